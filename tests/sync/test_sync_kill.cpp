// shop-inbox-syncclient killed during its catch-up from a server with more than 10,000 events, again and
// again, at points the protocol chooses rather than moments a timer chooses:
//  - at the crash points just before and just after a page's commit (SHOPINBOX_CRASH_AT, see
//    core/faults/crashpoint.h): the cursor after the crash is known exactly;
//  - with SIGKILL from the test right after the k-th "progress … cursor=" line the client prints; the client
//    runs with --hold-when-caught-up, so it can never finish before the kill lands.
// After every death the cache must open without repair and hold exactly the events up to its cursor: the
// catch-up page and the cursor commit together. Finally each cache is left to finish and must equal an
// independent full sync. Every count below is exact; nothing depends on how fast the machine is.
#include "syncsupport.h"

#include "shopservice.h"
#include "storage/syncstatestore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>

#include <algorithm>

using namespace shopinbox;
using namespace synctest;

namespace {

constexpr int PageSize = 500;
constexpr int RunCeilingMs = 60000; // bounds a hang only

/** How one run of the CLI is to end. */
struct Plan
{
    enum class End { Finish, CrashBeforeCommit, CrashAfterCommit, KillAfterProgress };
    End end = End::Finish;
    int k = 0; ///< The page of the crash point, or the progress line after which the test kills.
};

/** One run of the CLI on a cache file. */
struct ClientRun
{
    bool killedByTest = false; ///< Ended by our SIGKILL.
    bool crashed = false;      ///< Ended by a signal (ours or its own crash point's).
    int exitCode = -1;         ///< When it ended by itself.
    QList<qint64> progress;    ///< The cursor of each "progress" line, in order.
    QByteArray out;            ///< Its standard output.
    QByteArray err;            ///< Its standard error.
};

ClientRun runClient(const QUrl &server, const QString &cachePath, const Plan &plan)
{
    ClientRun run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (plan.end == Plan::End::CrashBeforeCommit || plan.end == Plan::End::CrashAfterCommit) {
        env.insert(QStringLiteral("SHOPINBOX_CRASH_AT"),
                   QStringLiteral("%1:%2")
                       .arg(plan.end == Plan::End::CrashBeforeCommit
                                ? QStringLiteral("cache.apply.before-commit")
                                : QStringLiteral("cache.apply.after-commit"))
                       .arg(plan.k));
    }
    process.setProcessEnvironment(env);
    bool sawOnline = false;
    QByteArray pending;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        const QByteArray chunk = process.readAllStandardOutput();
        run.out += chunk;
        pending += chunk;
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("progress ")) {
                const qsizetype at = line.indexOf("cursor=");
                run.progress.append(line.mid(at + 7).toLongLong());
            } else if (line.startsWith("online ")) {
                sawOnline = true;
            }
        }
        // The k-th progress line, or "online" when fewer pages were left: kill it now. It cannot have
        // exited by itself (it holds until its standard input closes).
        if (plan.end == Plan::End::KillAfterProgress && !run.killedByTest &&
            (run.progress.size() >= plan.k || sawOnline)) {
            run.killedByTest = true;
            process.kill();
        }
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { run.err += process.readAllStandardError(); });
    QStringList arguments{QStringLiteral("--server"),
                          server.toString(),
                          QStringLiteral("--email"),
                          QString::fromLatin1(OwnerEmail),
                          QStringLiteral("--password-stdin"),
                          QStringLiteral("--cache"),
                          cachePath,
                          QStringLiteral("--page-size"),
                          QString::number(PageSize)};
    arguments.append(plan.end == Plan::End::KillAfterProgress ? QStringLiteral("--hold-when-caught-up")
                                                              : QStringLiteral("--exit-when-caught-up"));
    process.start(QStringLiteral(SHOPINBOX_SYNCCLIENT_BINARY), arguments);
    if (!process.waitForStarted(RunCeilingMs)) {
        ADD_FAILURE() << "shop-inbox-syncclient did not start: " << process.errorString().toStdString();
        return run;
    }
    process.write(QByteArray(OwnerPassword) + '\n'); // and standard input stays open
    if (!waitFor([&] { return process.state() == QProcess::NotRunning; }, RunCeilingMs)) {
        ADD_FAILURE() << "shop-inbox-syncclient did not end within the ceiling of " << RunCeilingMs << " ms";
        process.kill();
        waitFor([&] { return process.state() == QProcess::NotRunning; });
    }
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    if (!run.crashed)
        run.exitCode = process.exitCode();
    return run;
}

/** The events of the reference, to compute page boundaries and what the cache must hold at a cursor. */
class Expectation
{
public:
    explicit Expectation(const QList<ServerEvent> &events)
        : m_events(events)
    {
    }
    /** The cursor after @p pages full pages of PageSize events from @p cursor (at most the last seq). */
    qint64 after(qint64 cursor, int pages) const
    {
        const auto first = std::upper_bound(m_events.cbegin(), m_events.cend(), cursor,
                                            [](qint64 c, const ServerEvent &e) { return c < e.seq; });
        if (pages == 0)
            return cursor;
        const qsizetype index = (first - m_events.cbegin()) + qsizetype(pages) * PageSize - 1;
        return index < m_events.size() ? m_events.at(index).seq : m_events.constLast().seq;
    }
    /** Full pages left after @p cursor. */
    qsizetype pagesLeft(qint64 cursor) const
    {
        const auto first = std::upper_bound(m_events.cbegin(), m_events.cend(), cursor,
                                            [](qint64 c, const ServerEvent &e) { return c < e.seq; });
        return (m_events.cend() - first + PageSize - 1) / PageSize;
    }
    /** Sorted ids of the entities of @p type ("message.created" -> data.id) in events with seq <= cursor. */
    QList<qint64> ids(const QString &type, qint64 cursor) const
    {
        QSet<qint64> ids;
        for (const ServerEvent &event : m_events) {
            if (event.seq > cursor)
                break;
            if (event.type == type)
                ids.insert(event.data.value(QStringLiteral("id")).toInteger());
        }
        QList<qint64> sorted(ids.cbegin(), ids.cend());
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }

private:
    const QList<ServerEvent> &m_events;
};

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

/** The client never had to repair the cache it found. */
void expectCacheOpenedCleanly(const ClientRun &run, int step)
{
    const qsizetype at = run.out.indexOf("cache ");
    if (at < 0)
        return; // killed before it got that far
    const QByteArray status = run.out.mid(at + 6).split(' ').value(0);
    EXPECT_TRUE(status == "Opened" || status == "Created") << "step " << step << ": " << status.toStdString();
}

/** Opens a copy of the cache as the death left it; returns its cursor after checking its contents. */
qint64 inspect(const QString &cachePath, const QString &copy, const Expectation &expect, int step)
{
    if (!copyCacheFiles(cachePath, copy))
        return -1;
    const bool existed = QFile::exists(cachePath) && QFileInfo(cachePath).size() > 0;
    Cache cache;
    const Cache::OpenResult opened = cache.open(copy);
    EXPECT_EQ(opened.status, existed ? Cache::Status::Opened : Cache::Status::Created)
        << "step " << step << ": " << opened.message.toStdString();
    if (!opened.ok())
        return -1;
    const qint64 cursor = cache.syncState().cursor();
    // Every event up to the cursor is applied, none beyond.
    EXPECT_EQ(queryInts(cache, QStringLiteral("SELECT id FROM messages ORDER BY id")),
              expect.ids(QStringLiteral("message.created"), cursor))
        << "step " << step << " at cursor " << cursor;
    EXPECT_EQ(queryInts(cache, QStringLiteral("SELECT id FROM customers ORDER BY id")),
              expect.ids(QStringLiteral("customer.upserted"), cursor));
    EXPECT_EQ(queryInts(cache, QStringLiteral("SELECT id FROM conversations ORDER BY id")),
              expect.ids(QStringLiteral("conversation.upserted"), cursor));
    EXPECT_EQ(queryInts(cache, QStringLiteral("SELECT id FROM orders ORDER BY id")),
              expect.ids(QStringLiteral("order.upserted"), cursor));
    return cursor;
}

/** Lets the cache at @p cachePath finish; it must then equal the reference. */
void finishAndCompare(const QUrl &server, const QString &cachePath, const Reference &reference)
{
    const ClientRun last = runClient(server, cachePath, {Plan::End::Finish, 0});
    ASSERT_FALSE(last.crashed) << last.err.toStdString();
    ASSERT_EQ(last.exitCode, 0) << last.err.toStdString();
    expectCacheOpenedCleanly(last, -1);
    Cache cache;
    ASSERT_EQ(cache.open(cachePath).status, Cache::Status::Opened);
    EXPECT_EQ(cache.syncState().cursor(), reference.lastSeq);
    EXPECT_TRUE(sameDump(canonicalDump(cache), reference.dump));
}

} // namespace

TEST(SyncKill, CrashesAndKillsDuringCatchUpLeaveAConsistentCache)
{
    InProcessServer server;
    ASSERT_EQ(server.start(), QString());
    server::ShopService &service = server.service();

    // More than 10,000 events: 50 storefront customers write 100 messages each (message.created and
    // conversation.upserted per message), in batches of one transaction each.
    QList<server::StorefrontSession> sessions;
    for (int c = 0; c < 50; ++c) {
        const auto created = service.storefront().createSession(
            DemoShopId, {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(c)},
                         {QStringLiteral("email"), QStringLiteral("kill-%1@example.com").arg(c)}});
        ASSERT_TRUE(created.ok());
        const std::optional<server::StorefrontSession> session = service.storefront().session(created->token);
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
        for (const auto &result : service.conversations().customerMessages(incoming))
            ASSERT_TRUE(result.ok() && result->created);
    }
    const qint64 lastSeq = service.context().eventLog().lastSeq(DemoShopId);
    ASSERT_GE(lastSeq, 10'000);

    QNetworkAccessManager network;
    const std::optional<Login> owner =
        login(network, server.url(), QString::fromLatin1(OwnerEmail), QString::fromLatin1(OwnerPassword));
    ASSERT_TRUE(owner);
    const std::optional<Reference> reference = referenceOf(server.url(), owner->token);
    ASSERT_TRUE(reference);
    ASSERT_EQ(reference->lastSeq, lastSeq);
    const Expectation expect(reference->events);
    ASSERT_GE(expect.pagesLeft(0), 20) << "the crash plan below needs at least 20 pages";

    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());
    const QString copy = work.filePath(QStringLiteral("inspect.sqlite"));

    // 1. Crash points, one cache: the cursor after each crash is exact. Before the commit of page k, the
    //    k-1 pages before it are kept and page k is not; after the commit of page k, all k are kept.
    const QList<Plan> crashes{
        {Plan::End::CrashBeforeCommit, 1}, {Plan::End::CrashAfterCommit, 1},
        {Plan::End::CrashBeforeCommit, 2}, {Plan::End::CrashAfterCommit, 2},
        {Plan::End::CrashBeforeCommit, 3}, {Plan::End::CrashAfterCommit, 1},
        {Plan::End::CrashBeforeCommit, 1}, {Plan::End::CrashAfterCommit, 3},
        {Plan::End::CrashBeforeCommit, 2}, {Plan::End::CrashAfterCommit, 4},
    };
    const QString crashCache = work.filePath(QStringLiteral("crash.sqlite"));
    qint64 cursor = 0;
    int crashDeaths = 0;
    for (int step = 0; step < crashes.size(); ++step) {
        const Plan &plan = crashes.at(step);
        const bool before = plan.end == Plan::End::CrashBeforeCommit;
        const QByteArray point =
            QByteArray(before ? "cache.apply.before-commit:" : "cache.apply.after-commit:") +
            QByteArray::number(plan.k);
        const ClientRun run = runClient(server.url(), crashCache, plan);
        ASSERT_TRUE(run.crashed) << "step " << step << " did not crash at " << point.toStdString() << ": "
                                 << run.out.toStdString() << run.err.toStdString();
        ASSERT_TRUE(run.err.contains("crash point " + point + " reached")) << run.err.toStdString();
        ++crashDeaths;
        expectCacheOpenedCleanly(run, step);
        const qint64 expected = expect.after(cursor, before ? plan.k - 1 : plan.k);
        const qint64 found = inspect(crashCache, copy, expect, step);
        ASSERT_EQ(found, expected) << "step " << step << " (" << point.toStdString() << ") from cursor "
                                   << cursor;
        // The client's own report of its cursor never ran ahead of the cache, and reported each page.
        ASSERT_EQ(run.progress.size(), plan.k - 1) << run.out.toStdString();
        if (!run.progress.isEmpty()) {
            EXPECT_LE(run.progress.constLast(), found);
        }
        cursor = found;
        ASSERT_FALSE(::testing::Test::HasFailure());
    }
    EXPECT_EQ(crashDeaths, crashes.size());
    EXPECT_GT(cursor, 0);
    EXPECT_LT(cursor, lastSeq) << "every crash came during the catch-up";
    finishAndCompare(server.url(), crashCache, *reference);

    // 2. SIGKILL from outside after the k-th progress line (or "online", when fewer pages were left): the
    //    kill lands wherever the client is, in the next page's download, its writes or its commit.
    const QList<int> killAfter{1, 2, 1, 3, 1, 2, 1, 1, 2, 1};
    const QString killCache = work.filePath(QStringLiteral("kill.sqlite"));
    cursor = 0;
    int kills = 0;
    int killsMidCatchUp = 0;
    for (int step = 0; step < killAfter.size(); ++step) {
        const ClientRun run =
            runClient(server.url(), killCache, {Plan::End::KillAfterProgress, killAfter.at(step)});
        ASSERT_TRUE(run.killedByTest && run.crashed)
            << "step " << step << ": " << run.out.toStdString() << run.err.toStdString();
        ++kills;
        expectCacheOpenedCleanly(run, step);
        const qint64 found = inspect(killCache, copy, expect, 100 + step);
        ASSERT_GE(found, cursor) << "the cursor went backwards";
        ASSERT_LE(found, lastSeq);
        // Every page the client reported is in the cache.
        if (!run.progress.isEmpty()) {
            EXPECT_LE(run.progress.constLast(), found) << "a reported page was not in the cache";
        }
        if (found < lastSeq)
            ++killsMidCatchUp;
        cursor = found;
        ASSERT_FALSE(::testing::Test::HasFailure());
    }
    EXPECT_EQ(kills, killAfter.size());
    std::printf("[ measure  ] %lld events in pages of %d: %d crash-point deaths, %d kills after a progress "
                "line (%d of them before the catch-up ended)\n",
                static_cast<long long>(lastSeq), PageSize, crashDeaths, kills, killsMidCatchUp);
    ::testing::Test::RecordProperty("crash_point_deaths", crashDeaths);
    ::testing::Test::RecordProperty("kills", kills);
    finishAndCompare(server.url(), killCache, *reference);
}
