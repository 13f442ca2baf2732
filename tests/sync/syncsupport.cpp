#include "syncsupport.h"

#include "codec/jsoncodec.h"
#include "serverrunner.h"
#include "shopservice.h"
#include "storage/eventapplier.h"
#include "storage/syncstatestore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <sqlite3.h>

using namespace shopinbox;

namespace synctest {

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QJsonObject &demoData()
{
    static const QJsonObject data = [] {
        QFile file(QStringLiteral(SHOPINBOX_DEMO_JSON));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return data;
}

// --- the cache as text ----------------------------------------------------------------------------------

namespace {

struct Statement
{
    explicit Statement(sqlite3 *db, const QString &sql)
    {
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            ADD_FAILURE() << "cannot prepare " << sql.toStdString() << ": " << sqlite3_errmsg(db);
            stmt = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool next() { return stmt && sqlite3_step(stmt) == SQLITE_ROW; }
    sqlite3_stmt *stmt = nullptr;
};

QString valueText(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        return QStringLiteral("NULL");
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(stmt, column));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(stmt, column), 'g', 17);
    case SQLITE_BLOB: {
        const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(stmt, column)),
                               sqlite3_column_bytes(stmt, column));
        return QStringLiteral("x'") + QString::fromLatin1(bytes.toHex()) + QLatin1Char('\'');
    }
    default: {
        QString text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                         sqlite3_column_bytes(stmt, column));
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    }
}

void dumpQuery(sqlite3 *db, const QString &title, const QString &sql, QString &out)
{
    Statement q(db, sql);
    out += QStringLiteral("== ") + title + QLatin1Char('\n');
    const int columns = q.stmt ? sqlite3_column_count(q.stmt) : 0;
    while (q.next()) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += QStringLiteral(" | ");
            out +=
                QString::fromUtf8(sqlite3_column_name(q.stmt, c)) + QLatin1Char('=') + valueText(q.stmt, c);
        }
        out += QLatin1Char('\n');
    }
}

} // namespace

QString canonicalDump(Cache &cache)
{
    if (!cache.isOpen()) {
        ADD_FAILURE() << "canonicalDump of a closed cache";
        return {};
    }
    sqlite3 *db = cache.database().handle();
    // The synced tables with their server keys. messages.local_id, the full-text index, the outbox and the
    // meta bookkeeping (cursor, index progress, what the server said it can do) and the drafts are local.
    const QList<std::pair<QString, QString>> tables = {
        {QStringLiteral("meta"),
         QStringLiteral("SELECT key, value FROM meta WHERE key NOT IN "
                        "('sync_cursor', 'message_fts_upto', 'server') ORDER BY key")},
        {QStringLiteral("staff"), QStringLiteral("SELECT * FROM staff ORDER BY id")},
        {QStringLiteral("customers"), QStringLiteral("SELECT * FROM customers ORDER BY id")},
        {QStringLiteral("conversations"), QStringLiteral("SELECT * FROM conversations ORDER BY id")},
        {QStringLiteral("messages"),
         QStringLiteral("SELECT id, conversation_id, client_id, kind, author, staff_id, body, payload, "
                        "created_at, delivery, failure_reason FROM messages "
                        "ORDER BY id IS NULL, id, client_id")},
        {QStringLiteral("carts"), QStringLiteral("SELECT * FROM carts ORDER BY customer_id")},
        {QStringLiteral("orders"), QStringLiteral("SELECT * FROM orders ORDER BY id")},
        {QStringLiteral("products"), QStringLiteral("SELECT * FROM products ORDER BY id")},
        {QStringLiteral("discounts"), QStringLiteral("SELECT * FROM discounts ORDER BY code")},
    };
    QString out;
    QStringList known{QStringLiteral("outbox"), QStringLiteral("drafts"), QStringLiteral("sqlite_sequence")};
    for (const auto &[table, sql] : tables) {
        dumpQuery(db, table, sql, out);
        known.append(table);
    }
    // A table added to the schema later shows up here, so the dump does not silently miss it. (SQLite's own
    // tables, e.g. sqlite_stat1 from PRAGMA optimize, are no part of the data.)
    Statement schema(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                        "LIKE '%fts%' AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name"));
    while (schema.next()) {
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(schema.stmt, 0)));
        if (!known.contains(name))
            dumpQuery(db, name, QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name), out);
    }
    return out;
}

::testing::AssertionResult sameDump(const QString &actual, const QString &expected)
{
    if (actual == expected)
        return ::testing::AssertionSuccess();
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    ::testing::AssertionResult failure = ::testing::AssertionFailure();
    failure << "the dumps differ (" << a.size() << " vs " << e.size() << " lines)";
    QString table;
    int shown = 0;
    for (qsizetype i = 0; i < qMax(a.size(), e.size()) && shown < 5; ++i) {
        const QString left = a.value(i);
        if (left.startsWith(QStringLiteral("== ")))
            table = left;
        if (left == e.value(i))
            continue;
        failure << "\n  line " << i + 1 << " (" << table.toStdString()
                << ")\n    actual:   " << left.left(400).toStdString()
                << "\n    expected: " << e.value(i).left(400).toStdString();
        ++shown;
    }
    return failure;
}

qint64 queryInt(Cache &cache, const QString &sql)
{
    Statement q(cache.database().handle(), sql);
    return q.next() ? sqlite3_column_int64(q.stmt, 0) : -1;
}

qint64 rowCount(Cache &cache, const QString &table)
{
    return queryInt(cache, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
}

QList<qint64> queryInts(Cache &cache, const QString &sql)
{
    QList<qint64> values;
    Statement q(cache.database().handle(), sql);
    while (q.next())
        values.append(sqlite3_column_int64(q.stmt, 0));
    return values;
}

QStringList queryTexts(Cache &cache, const QString &sql)
{
    QStringList values;
    Statement q(cache.database().handle(), sql);
    while (q.next())
        values.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 0))));
    return values;
}

// --- plain API calls ------------------------------------------------------------------------------------

ApiResponse call(ApiClient &api, const QByteArray &verb, const QString &path, const QJsonObject &body,
                 int timeoutMs)
{
    std::optional<ApiResponse> result;
    auto done = [&result](const ApiResponse &response) { result = response; };
    if (verb == "GET") {
        const QUrl url(path);
        api.get(url.path(), QUrlQuery(url.query()), done);
    } else if (verb == "POST") {
        api.post(path, body, done);
    } else if (verb == "PATCH") {
        api.patch(path, body, done);
    } else {
        api.put(path, body, done);
    }
    if (!waitFor([&] { return result.has_value(); }, timeoutMs)) {
        ADD_FAILURE() << verb.constData() << ' ' << path.toStdString() << ": no answer in " << timeoutMs
                      << " ms";
        return {};
    }
    return *result;
}

std::optional<Login> login(QNetworkAccessManager &network, const QUrl &server, const QString &email,
                           const QString &password)
{
    ApiClient api(&network);
    api.setBaseUrl(server);
    const ApiResponse response =
        call(api, "POST", QStringLiteral("/api/v1/login"),
             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    const QJsonObject body = response.json();
    Login result{body.value(QStringLiteral("token")).toString(),
                 body.value(QStringLiteral("staff")).toObject().value(QStringLiteral("id")).toInteger()};
    if (!response.ok() || result.token.isEmpty() || result.staffId <= 0) {
        ADD_FAILURE() << "login of " << email.toStdString() << " failed: " << response.status << ' '
                      << response.body.toStdString();
        return std::nullopt;
    }
    return result;
}

std::optional<QList<ServerEvent>> fetchAllEvents(ApiClient &api, qint64 since)
{
    QList<ServerEvent> events;
    for (int guard = 0; guard < 100'000; ++guard) {
        const ApiResponse response =
            call(api, "GET", QStringLiteral("/api/v1/sync?since=%1&limit=1000").arg(since));
        if (!response.ok()) {
            ADD_FAILURE() << "GET /api/v1/sync?since=" << since << ": " << response.status << ' '
                          << response.errorMessage.toStdString();
            return std::nullopt;
        }
        const Decoded<json::SyncPage> page = json::decodeSyncPage(response.body);
        if (!page) {
            ADD_FAILURE() << "sync page after " << since
                          << " does not decode: " << page.error().toString().toStdString();
            return std::nullopt;
        }
        for (const ServerEvent &event : page.value().events) {
            if (event.seq != since + 1) {
                ADD_FAILURE() << "the server's log has a gap: seq " << event.seq << " after " << since;
                return std::nullopt;
            }
            events.append(event);
            since = event.seq;
        }
        since = qMax(since, page.value().nextSince);
        if (!page.value().hasMore)
            return events;
    }
    ADD_FAILURE() << "the sync never ended";
    return std::nullopt;
}

bool applyEvents(Cache &cache, const QList<ServerEvent> &events, int batch)
{
    for (qsizetype i = 0; i < events.size(); i += batch) {
        EventApplier applier(cache);
        const EventApplier::Result result = applier.apply(events.mid(i, batch));
        if (!result.ok) {
            ADD_FAILURE() << "EventApplier failed: " << result.error.toStdString();
            return false;
        }
        if (!result.skipped.isEmpty()) {
            ADD_FAILURE() << "the server sent malformed events: " << result.skipped.join(u'\n').toStdString();
            return false;
        }
    }
    return true;
}

TempCache::TempCache()
    : m_path(m_dir.filePath(QStringLiteral("cache.sqlite")))
    , m_cache(std::make_unique<Cache>())
{
    EXPECT_TRUE(m_dir.isValid());
    open();
}

TempCache::~TempCache() = default;

bool TempCache::open()
{
    const Cache::OpenResult result = m_cache->open(m_path);
    if (result.status != Cache::Status::Opened && result.status != Cache::Status::Created) {
        ADD_FAILURE() << "cache " << m_path.toStdString()
                      << " did not open: " << result.message.toStdString();
        return false;
    }
    return true;
}

std::optional<Reference> referenceOf(const QUrl &server, const QString &token)
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(server);
    api.setToken(token);
    std::optional<QList<ServerEvent>> events = fetchAllEvents(api);
    if (!events)
        return std::nullopt;
    TempCache reference;
    if (!applyEvents(reference.cache(), *events))
        return std::nullopt;
    Reference result;
    result.dump = canonicalDump(reference.cache());
    result.lastSeq = events->isEmpty() ? 0 : events->constLast().seq;
    result.messages = rowCount(reference.cache(), QStringLiteral("messages"));
    result.events = std::move(*events);
    if (reference.cache().syncState().cursor() != result.lastSeq) {
        ADD_FAILURE() << "the reference cache's cursor is " << reference.cache().syncState().cursor()
                      << ", not " << result.lastSeq;
        return std::nullopt;
    }
    return result;
}

// --- servers --------------------------------------------------------------------------------------------

InProcessServer::InProcessServer()
{
    // One line per request from the server is noise here; the client's own logs stay.
    QLoggingCategory::setFilterRules(QStringLiteral("shopinbox.server.http.info=false\n"
                                                    "shopinbox.server.stream.info=false\n"
                                                    "shopinbox.server.demo.info=false"));
}

InProcessServer::~InProcessServer()
{
    stop();
}

QString InProcessServer::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    m_runner = std::make_unique<server::ServerRunner>();
    server::ServerOptions options;
    options.dataDirectory = m_dir.path();
    options.port = 0;
    options.demo = true;
    return m_runner->start(options);
}

void InProcessServer::stop()
{
    if (m_runner) {
        m_runner->stop();
        m_runner.reset();
    }
}

QUrl InProcessServer::url() const
{
    return m_runner ? m_runner->url() : QUrl();
}

server::ShopService &InProcessServer::service()
{
    return *m_runner->service();
}

ServerProcess::ServerProcess(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool ServerProcess::start(quint16 port, int timeoutMs)
{
    if (isRunning()) {
        ADD_FAILURE() << "the server is already running";
        return false;
    }
    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    m_stdout.clear();
    m_stderr += "--- start ---\n";
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, process] { m_stdout += process->readAllStandardOutput(); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process] { m_stderr += process->readAllStandardError(); });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHOPINBOX_CRASH_AT"));
    if (!m_crashAt.isEmpty())
        env.insert(QStringLiteral("SHOPINBOX_CRASH_AT"), m_crashAt);
    m_crashAt.clear();
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(SHOPINBOX_SERVER_BINARY),
                   {QStringLiteral("--data-dir"), m_dataDirectory, QStringLiteral("--host"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                    QStringLiteral("--demo")});
    const QByteArray marker = "listening on ";
    const bool listening = waitFor(
        [&] { return m_stdout.contains(marker) && m_stdout.indexOf('\n', m_stdout.indexOf(marker)) > 0; },
        timeoutMs);
    if (!listening) {
        ADD_FAILURE() << "shop-inbox-server did not start: " << m_stderr.right(2000).toStdString();
        kill();
        return false;
    }
    const qsizetype from = m_stdout.indexOf(marker) + marker.size();
    m_url = QUrl(QString::fromUtf8(m_stdout.mid(from, m_stdout.indexOf('\n', from) - from).trimmed()));
    if (!m_url.isValid() || m_url.port() <= 0) {
        ADD_FAILURE() << "cannot read the server's address from " << m_stdout.toStdString();
        return false;
    }
    return true;
}

bool ServerProcess::waitForExit(int ceilingMs)
{
    if (!m_process)
        return false;
    const bool ended = waitFor([&] { return m_process->state() == QProcess::NotRunning; }, ceilingMs);
    m_stderr += m_process->readAllStandardError();
    return ended;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // SIGKILL to our own child
        if (!waitFor([&] { return m_process->state() == QProcess::NotRunning; }, 10000))
            ADD_FAILURE() << "the server did not end after SIGKILL";
    }
    m_stderr += m_process->readAllStandardError();
}

void ServerProcess::terminate()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!waitFor([&] { return m_process->state() == QProcess::NotRunning; }, 10000)) {
            ADD_FAILURE() << "the server did not end after SIGTERM";
            kill();
        }
    }
    m_stderr += m_process->readAllStandardError();
}

QString ServerProcess::log() const
{
    return QString::fromUtf8(m_stderr);
}

} // namespace synctest
