#pragma once
// Helpers of the sync tests: waiting by running the event loop, a canonical dump of a cache, reading the
// server's whole event log with plain ApiClient calls (the reference path that the SyncEngine is compared
// with), the shop server in-process (ServerRunner) or as a child process (shop-inbox-server), and child
// processes of the sync client CLI.

#include "api/apiclient.h"
#include "domain/serverevent.h"
#include "storage/cache.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>

#include "testhelpers.h"

namespace shopinbox::server {
class ServerRunner;
class ShopService;
} // namespace shopinbox::server

namespace synctest {

/** The demo shop's staff (resources/demo/demo-shop.json). */
inline constexpr const char *OwnerEmail = "owner@demo.shop";
inline constexpr const char *OwnerPassword = "demo-owner";
inline constexpr const char *AgentEmail = "agent@demo.shop";
inline constexpr const char *AgentPassword = "demo-agent";
inline constexpr qint64 WarehouseStaffId = 3; ///< Has no chat permission.
inline constexpr qint64 DemoShopId = 1;

using testsupport::waitFor;

/** A new client_id (UUID without braces). */
QString newClientId();

/** The demo shop JSON from the source tree. */
const QJsonObject &demoData();

/**
 * Every row of every synced table of @p cache as text, ordered by the entities' server keys. Local-only
 * parts are left out: messages.local_id, the full-text tables, the outbox and the meta bookkeeping (the
 * cursor and the full-text mark; the shop and settings documents are kept).
 */
QString canonicalDump(shopinbox::Cache &cache);
/** Equal dumps, or a failure that shows the first lines that differ (not the whole dumps). */
::testing::AssertionResult sameDump(const QString &actual, const QString &expected);
/** Number of rows of @p table (for the tables of the dump). -1 on error. */
qint64 rowCount(shopinbox::Cache &cache, const QString &table);
/** One integer from @p sql on the cache, -1 on error. */
qint64 queryInt(shopinbox::Cache &cache, const QString &sql);
/** The first column of every row of @p sql as integers (e.g. "SELECT id FROM messages ORDER BY id"). */
QList<qint64> queryInts(shopinbox::Cache &cache, const QString &sql);
/** The first column of every row of @p sql as text. */
QStringList queryTexts(shopinbox::Cache &cache, const QString &sql);

/** Waits for one API call of @p api. */
shopinbox::ApiResponse call(shopinbox::ApiClient &api, const QByteArray &verb, const QString &path,
                            const QJsonObject &body = {}, int timeoutMs = 30000);

/** POST /api/v1/login with a plain ApiClient. */
struct Login
{
    QString token;
    qint64 staffId = 0;
};
std::optional<Login> login(QNetworkAccessManager &network, const QUrl &server, const QString &email,
                           const QString &password);

/**
 * The server's whole event log after @p since, read page by page with plain ApiClient calls and the
 * client's decoder (independent of the SyncEngine). Adds a test failure and returns nullopt on any error.
 */
std::optional<QList<shopinbox::ServerEvent>> fetchAllEvents(shopinbox::ApiClient &api, qint64 since = 0);
/** Applies @p events with EventApplier in batches of @p batch; false (with a test failure) on error. */
bool applyEvents(shopinbox::Cache &cache, const QList<shopinbox::ServerEvent> &events, int batch = 1000);

/** A cache in its own temporary directory. */
class TempCache
{
public:
    TempCache();
    ~TempCache();
    shopinbox::Cache &cache() { return *m_cache; }
    QString path() const { return m_path; }
    QString directory() const { return m_dir.path(); }
    /** Opens (again); false with a test failure when the status is not Opened/Created. */
    bool open();
    void close() { m_cache->close(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<shopinbox::Cache> m_cache;
};

/** The canonical dump of a fresh cache filled from the server's event log through plain ApiClient calls. */
struct Reference
{
    QString dump;
    qint64 lastSeq = 0;
    qint64 messages = 0;
    QList<shopinbox::ServerEvent> events;
};
std::optional<Reference> referenceOf(const QUrl &server, const QString &token);

/** The demo shop server in this process (ServerRunner), on SQLite in a temporary directory. */
class InProcessServer
{
public:
    InProcessServer();
    ~InProcessServer();
    /** Empty on success, else why not. */
    QString start();
    void stop();
    QUrl url() const;
    QString dataDirectory() const { return m_dir.path(); }
    shopinbox::server::ShopService &service();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<shopinbox::server::ServerRunner> m_runner;
};

/** shop-inbox-server as a child process (SHOPINBOX_SERVER_BINARY), on SQLite in a data directory. */
class ServerProcess
{
public:
    explicit ServerProcess(QString dataDirectory);
    ~ServerProcess();
    /**
     * Arms a crash point (SHOPINBOX_CRASH_AT, core/faults/crashpoint.h) for the next start() only, e.g.
     * "server.message.after-commit:45".
     */
    void setCrashAt(const QString &spec) { m_crashAt = spec; }
    /** Starts with --demo on @p port (0: any) and waits for the "listening on" line. */
    bool start(quint16 port = 0, int timeoutMs = 30000);
    /** Waits until the process ended by itself (at a crash point, say); @p ceilingMs only bounds a hang. */
    bool waitForExit(int ceilingMs = 60000);
    /** SIGKILL, then waits for the process to end. */
    void kill();
    /** SIGTERM (clean shutdown), then waits. */
    void terminate();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    quint16 port() const { return static_cast<quint16>(m_url.port()); }
    /** Everything the current and earlier runs wrote to standard error. */
    QString log() const;

private:
    QString m_dataDirectory;
    QString m_crashAt;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace synctest
