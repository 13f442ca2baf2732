#pragma once
// Helpers of the server integration tests: an HTTP client and a WebSocket client that wait by running the
// event loop (the in-process server lives in the same thread), a fresh PostgreSQL database per test, and
// a GoogleTest fixture that runs a demo server on SQLite or PostgreSQL.

#include "serverrunner.h"

#include "domain/clock.h"
#include "domain/serverevent.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>

#include "testhelpers.h"

namespace servertest {

using testsupport::waitFor;

/** A new client_id (a UUID without braces). */
QString newClientId();

/** A @p size x @p size image filled with @p color, encoded as @p format ("PNG", "JPEG"). */
QByteArray imageBytes(int size, Qt::GlobalColor color, const char *format = "PNG");

/** The demo shop's staff accounts (resources/demo/demo-shop.json). */
inline constexpr const char *OwnerEmail = "owner@demo.shop";
inline constexpr const char *OwnerPassword = "demo-owner";
inline constexpr const char *AgentEmail = "agent@demo.shop";
inline constexpr const char *AgentPassword = "demo-agent";
inline constexpr const char *WarehouseEmail = "warehouse@demo.shop";
inline constexpr const char *WarehousePassword = "demo-warehouse";

/** The demo data the server seeds, parsed from the server's built-in copy. */
const QJsonObject &demoData();

/** A finished HTTP exchange. status is 0 when no response arrived (connection error or timeout). */
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;

    QJsonObject object() const;
    QJsonArray array() const;
    QByteArray header(const QByteArray &name) const;
    /** error.code of an error body, empty otherwise. */
    QString errorCode() const;
    /** error.message of an error body. */
    QString errorMessage() const;
    /** True for exactly {"error": {"code": non-empty string, "message": non-empty string}}. */
    bool hasErrorShape() const;
    /** For failure messages: "<status> <body>". */
    std::string describe() const;
};

/** HTTP/1.1 client on a base URL; every call waits for the response. */
class HttpClient
{
public:
    HttpClient();
    void setBase(const QUrl &base) { m_base = base; }
    QUrl base() const { return m_base; }
    QUrl url(const QString &pathAndQuery) const;

    /** Starts a request without waiting (for concurrent requests); the caller owns the reply. */
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QString &token = {}, const QByteArray &contentType = "application/json");
    /** Waits for @p reply (at most @p timeoutMs), then reads and deletes it. */
    static HttpResponse finish(QNetworkReply *reply, int timeoutMs = 20000);

    HttpResponse send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QString &token = {}, const QByteArray &contentType = "application/json");
    HttpResponse get(const QString &path, const QString &token = {});
    HttpResponse post(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpResponse put(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpResponse patch(const QString &path, const QJsonObject &body, const QString &token = {});

    /** POST /api/v1/login; returns the token or an empty string (with a test failure). */
    QString login(const QString &email = QString::fromLatin1(OwnerEmail),
                  const QString &password = QString::fromLatin1(OwnerPassword));

    /**
     * Reads the whole event log after @p since page by page (@p limit per page, 0 = the server's default),
     * checking every page with the client's decoder (json::decodeSyncPage) and every event's data with the
     * decoder of its type. Adds test failures for anything wrong.
     */
    QList<shopinbox::ServerEvent> syncAll(const QString &token, qint64 since = 0, int limit = 0);
    /** Seq of the last event (0 when the log is empty). */
    qint64 lastSeq(const QString &token);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
};

/** Checks the data of @p event with the client's decoder for its type; empty when it decodes. */
QString checkEventData(const shopinbox::ServerEvent &event);
/** Checks that @p events have strictly increasing seqs without gaps, starting at @p firstSeq. */
::testing::AssertionResult isGapFree(const QList<shopinbox::ServerEvent> &events, qint64 firstSeq);
/** Events of one type. */
QList<shopinbox::ServerEvent> ofType(const QList<shopinbox::ServerEvent> &events, const QString &type);

/** A WebSocket client that collects every text frame. */
class WsClient : public QObject
{
    Q_OBJECT
public:
    WsClient();
    ~WsClient() override;

    /** Opens @p url (with an Authorization: Bearer header when @p bearer is set); waits for the
     * handshake. False when the socket closed or did not connect in time. */
    bool open(const QUrl &url, const QString &bearer = {}, int timeoutMs = 5000);
    void sendJson(const QJsonObject &object);
    void sendText(const QString &text);
    void close();

    /** Waits until at least @p count frames arrived. */
    bool waitForFrames(qsizetype count, int timeoutMs = 5000);
    /** Waits for a frame after position @p from matching @p match; returns its index or -1. */
    qsizetype waitForFrame(const std::function<bool(const QJsonObject &)> &match, qsizetype from = 0,
                           int timeoutMs = 5000);
    bool waitForClosed(int timeoutMs = 5000);

    /** Frames parsed as events (staff stream); a failure is recorded for frames that do not decode. */
    QList<shopinbox::ServerEvent> events() const;

    QList<QString> texts;
    QList<QJsonObject> frames;
    bool connected = false;
    bool closed = false;
    int closeCode = 0;
    QWebSocket socket;
};

/** A fresh PostgreSQL database on the cluster of SHOPINBOX_TEST_PG_ADMIN_URL, dropped on destruction. */
class PgDatabase
{
public:
    enum class Content {
        Empty,    ///< A new empty database: the server migrates and seeds it.
        DemoShop, ///< A copy of a database the demo shop was seeded into once per cluster (fast).
    };
    /** Null with @p error when the cluster is unreachable or the database cannot be created. */
    static std::unique_ptr<PgDatabase> create(Content content, QString *error);
    ~PgDatabase();
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;

    QString url() const { return m_url; }
    QString name() const { return m_name; }

    /** The admin URL from the environment, empty when PostgreSQL tests are not configured. */
    static QString adminUrl();

private:
    PgDatabase() = default;
    QString m_connection;
    QString m_name;
    QString m_url;
};

/**
 * @brief Runs the demo shop server in-process for one test: on SQLite in a temporary directory, or on a
 * fresh PostgreSQL database when SHOPINBOX_TEST_PG_ADMIN_URL is set (SHOPINBOX_TEST_DATABASE_URL names a
 * database to use as is).
 */
class ServerFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** The server's clock: the system's, unless a test sets the time (it must outlive the server). */
    virtual const shopinbox::Clock &clock() const { return m_systemClock; }
    /** Called by SetUp() before the server starts: tests that need other options change them here. */
    virtual void adjustOptions(shopinbox::server::ServerOptions &) {}
    /** Stops the server and starts it again on the same database and data directory, with @p options
     * changed by @p change (for example other SMTP settings); fails the test when it does not start. */
    void restartServer(const std::function<void(shopinbox::server::ServerOptions &)> &change = {});
    /** The options the server runs with. */
    const shopinbox::server::ServerOptions &options() const { return m_options; }

    bool isPostgreSQL() const { return m_pg != nullptr; }
    shopinbox::server::ServerRunner &runner() { return *m_runner; }
    /** ws://host:port + @p pathAndQuery. */
    QUrl wsUrl(const QString &pathAndQuery) const;

    /** POST /storefront/v1/sessions; the response object (session_token, conversation_id, ...). */
    QJsonObject startSession(const QString &name, const QString &email);
    /** Posts a staff text message; returns the created message (empty object with a failure otherwise). */
    QJsonObject postText(const QString &token, qint64 conversationId, const QString &body);

    HttpClient http;

private:
    shopinbox::SystemClock m_systemClock;
    QTemporaryDir m_dataDir;
    std::unique_ptr<PgDatabase> m_pg;
    std::unique_ptr<shopinbox::server::ServerRunner> m_runner;
    shopinbox::server::ServerOptions m_options;
};

} // namespace servertest
