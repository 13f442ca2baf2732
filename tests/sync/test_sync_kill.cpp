// shop-inbox-syncclient killed with SIGKILL at random moments of its catch-up from a server with more than
// 10,000 events, again and again. After every kill the cache must open without repair, and hold exactly the
// events up to its cursor: the catch-up page and the cursor commit together. Finally a run that is left to
// finish must produce the same cache as an independent full sync.
#include "syncsupport.h"

#include "shopservice.h"
#include "storage/syncstatestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace shopinbox;
using namespace synctest;

namespace {

constexpr int MinimumKills = 20;
constexpr int MinimumKillsMidCatchUp = 10;
constexpr int MaximumRuns = 60;

/** One run of the CLI on @p cachePath, killed after @p killAfterMs (never when negative). */
struct ClientRun
{
    bool killed = false; ///< Ended by our SIGKILL.
    int exitCode = -1;   ///< When it ended by itself.
    QByteArray out;      ///< Its standard output.
    QByteArray err;      ///< Its standard error.
    qint64 elapsedMs = 0;
};

ClientRun runClient(const QUrl &server, const QString &cachePath, int killAfterMs)
{
    ClientRun run;
    QProcess process;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { run.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { run.err += process.readAllStandardError(); });
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(QStringLiteral(SHOPINBOX_SYNCCLIENT_BINARY),
                  {QStringLiteral("--server"), server.toString(), QStringLiteral("--email"),
                   QString::fromLatin1(OwnerEmail), QStringLiteral("--password-stdin"),
                   QStringLiteral("--cache"), cachePath, QStringLiteral("--exit-when-caught-up")});
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "shop-inbox-syncclient did not start: " << process.errorString().toStdString();
        return run;
    }
    process.write(QByteArray(OwnerPassword) + '\n');
    process.closeWriteChannel();
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &process, [&] {
        if (process.state() != QProcess::NotRunning) {
            run.killed = true;
            process.kill(); // SIGKILL to our own child
        }
    });
    if (killAfterMs >= 0)
        killer.start(killAfterMs);
    if (!waitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        ADD_FAILURE() << "shop-inbox-syncclient did not end in 60 s";
        process.kill();
        waitFor([&] { return process.state() == QProcess::NotRunning; });
    }
    run.elapsedMs = elapsed.elapsed();
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    if (!run.killed) {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    return run;
}

/** The value after "key=" on the last line of @p out that starts with @p prefix; -1 when there is none. */
qint64 lastValue(const QByteArray &out, const QByteArray &prefix, const QByteArray &key)
{
    qint64 value = -1;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const qsizetype at = line.indexOf(key + '=');
        if (at >= 0)
            value = line.mid(at + key.size() + 1).split(' ').value(0).toLongLong();
    }
    return value;
}

/** Copies the cache file with its WAL, shared-memory and "open" marker files, as a crash leaves them. */
bool copyCacheFiles(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", ".open"}) {
        const QString source = from + QLatin1String(suffix);
        const QString target = to + QLatin1String(suffix);
        QFile::remove(target);
        if (QFile::exists(source) && !QFile::copy(source, target)) {
            ADD_FAILURE() << "cannot copy " << source.toStdString();
            return false;
        }
    }
    return true;
}

/** What the cache must hold at each cursor: the ids created by the events up to it. */
class Expectation
{
public:
    explicit Expectation(const QList<ServerEvent> &events)
        : m_events(events)
    {
    }
    /** Sorted ids of the entities of @p type ("message.created" -> data.id) in events with seq <= cursor. */
    QList<qint64> ids(const QString &type, qint64 cursor, const QString &key = QStringLiteral("id")) const
    {
        QSet<qint64> ids;
        for (const ServerEvent &event : m_events) {
            if (event.seq > cursor)
                break;
            if (event.type == type)
                ids.insert(event.data.value(key).toInteger());
        }
        QList<qint64> sorted(ids.cbegin(), ids.cend());
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }

private:
    const QList<ServerEvent> &m_events;
};

} // namespace

TEST(SyncKill, SigkillDuringCatchUpLeavesAConsistentCache)
{
    InProcessServer server;
    ASSERT_EQ(server.start(), QString());
    server::ShopService &service = server.service();

    // More than 10,000 events: 50 storefront customers write 100 messages each (message.created and
    // conversation.upserted per message), in batches of one transaction each.
    QList<server::StorefrontSession> sessions;
    for (int c = 0; c < 50; ++c) {
        const server::ApiResult created = service.createSession(
            DemoShopId, {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(c)},
                         {QStringLiteral("email"), QStringLiteral("kill-%1@example.com").arg(c)}});
        ASSERT_EQ(created.status, 201);
        const std::optional<server::StorefrontSession> session =
            service.session(created.body.value(QStringLiteral("session_token")).toString());
        ASSERT_TRUE(session);
        sessions.append(*session);
    }
    for (int batch = 0; batch < 10; ++batch) {
        QList<std::pair<server::StorefrontSession, QJsonObject>> incoming;
        for (int i = 0; i < 500; ++i) {
            incoming.append(
                {sessions.at(i % sessions.size()),
                 {{QStringLiteral("client_id"), newClientId()},
                  {QStringLiteral("body"),
                   QStringLiteral("Message %1 of batch %2: where is my parcel?").arg(i).arg(batch)}}});
        }
        for (const server::ApiResult &result : service.customerMessages(incoming))
            ASSERT_EQ(result.status, 201);
    }
    const qint64 lastSeq = service.eventLog().lastSeq(DemoShopId);
    ASSERT_GE(lastSeq, 10'000);

    QNetworkAccessManager network;
    const std::optional<Login> owner =
        login(network, server.url(), QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword));
    ASSERT_TRUE(owner);
    const std::optional<Reference> reference = referenceOf(server.url(), owner->token);
    ASSERT_TRUE(reference);
    ASSERT_EQ(reference->lastSeq, lastSeq);
    const Expectation expect(reference->events);

    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());

    // How long a full sync takes, start to exit.
    const QString fullPath = work.filePath(QStringLiteral("full.sqlite"));
    const ClientRun full = runClient(server.url(), fullPath, -1);
    ASSERT_EQ(full.exitCode, 0) << full.err.toStdString();
    ASSERT_EQ(lastValue(full.out, "online", "cursor"), lastSeq) << full.out.toStdString();
    const int fullMs = static_cast<int>(full.elapsedMs);
    {
        Cache cache;
        ASSERT_EQ(cache.open(fullPath).status, Cache::Status::Opened);
        EXPECT_TRUE(sameDump(canonicalDump(cache), reference->dump));
    }

    QRandomGenerator random(20261124); // deterministic delays
    int round = 0;
    QString cachePath = work.filePath(QStringLiteral("round-0.sqlite"));
    int kills = 0;
    int killsMidCatchUp = 0;
    int finishedRuns = 0;
    qint64 previousCursor = 0;
    for (int runs = 0;
         runs < MaximumRuns && (kills < MinimumKills || killsMidCatchUp < MinimumKillsMidCatchUp); ++runs) {
        const int delay = static_cast<int>(random.bounded(fullMs + 1));
        const ClientRun run = runClient(server.url(), cachePath, delay);
        // The client itself never had to repair the cache it found.
        const qint64 openedLine = run.out.indexOf("cache ");
        if (openedLine >= 0) {
            const QByteArray status = run.out.mid(openedLine + 6).split(' ').value(0);
            EXPECT_TRUE(status == "Opened" || status == "Created")
                << "run " << runs << ": " << status.toStdString();
        }
        if (!run.killed) {
            // It finished before the kill: this round's cache is complete.
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
            ++finishedRuns;
            Cache cache;
            ASSERT_EQ(cache.open(cachePath).status, Cache::Status::Opened);
            EXPECT_EQ(cache.syncState().cursor(), lastSeq);
            EXPECT_TRUE(sameDump(canonicalDump(cache), reference->dump));
            cache.close();
            cachePath = work.filePath(QStringLiteral("round-%1.sqlite").arg(++round));
            previousCursor = 0;
            continue;
        }
        ++kills;
        // Look at a copy, so the next run finds the files exactly as the kill left them.
        const QString copy = work.filePath(QStringLiteral("inspect.sqlite"));
        ASSERT_TRUE(copyCacheFiles(cachePath, copy));
        Cache cache;
        const Cache::OpenResult opened = cache.open(copy);
        const bool existed = QFile::exists(cachePath) && QFileInfo(cachePath).size() > 0;
        ASSERT_EQ(opened.status, existed ? Cache::Status::Opened : Cache::Status::Created)
            << "kill " << kills << " after " << delay << " ms: " << opened.message.toStdString();
        const qint64 cursor = cache.syncState().cursor();
        ASSERT_GE(cursor, previousCursor) << "the cursor went backwards";
        ASSERT_LE(cursor, lastSeq);
        previousCursor = cursor;
        if (cursor > 0 && cursor < lastSeq)
            ++killsMidCatchUp;
        // Every event up to the cursor is applied, none beyond.
        EXPECT_EQ(queryInts(cache, QStringLiteral("SELECT id FROM messages ORDER BY id")),
                  expect.ids(QStringLiteral("message.created"), cursor))
            << "kill " << kills << " at cursor " << cursor;
        EXPECT_EQ(queryInts(cache, QStringLiteral("SELECT id FROM customers ORDER BY id")),
                  expect.ids(QStringLiteral("customer.upserted"), cursor));
        EXPECT_EQ(queryInts(cache, QStringLiteral("SELECT id FROM conversations ORDER BY id")),
                  expect.ids(QStringLiteral("conversation.upserted"), cursor));
        EXPECT_EQ(queryInts(cache, QStringLiteral("SELECT id FROM orders ORDER BY id")),
                  expect.ids(QStringLiteral("order.upserted"), cursor));
        cache.close();
        // The client's own report of its cursor never ran ahead of the cache.
        const qint64 reported = lastValue(run.out, "progress", "cursor");
        EXPECT_LE(reported, cursor) << "a reported page was not in the cache";
        if (::testing::Test::HasFatalFailure() || ::testing::Test::HasNonfatalFailure())
            break;
    }
    std::printf(
        "[ measure  ] full sync of %lld events: %d ms; %d kills (%d during catch-up), %d runs finished "
        "before their kill, %d rounds\n",
        static_cast<long long>(lastSeq), fullMs, kills, killsMidCatchUp, finishedRuns, round + 1);
    ::testing::Test::RecordProperty("kills", kills);
    ::testing::Test::RecordProperty("kills_mid_catch_up", killsMidCatchUp);
    EXPECT_GE(kills, MinimumKills);
    EXPECT_GE(killsMidCatchUp, MinimumKillsMidCatchUp);

    // Finally let the last round finish: the same cache as an independent full sync.
    const ClientRun last = runClient(server.url(), cachePath, -1);
    ASSERT_EQ(last.exitCode, 0) << last.err.toStdString();
    EXPECT_EQ(lastValue(last.out, "online", "cursor"), lastSeq);
    Cache cache;
    ASSERT_EQ(cache.open(cachePath).status, Cache::Status::Opened);
    EXPECT_EQ(cache.syncState().cursor(), lastSeq);
    EXPECT_TRUE(sameDump(canonicalDump(cache), reference->dump));
}
