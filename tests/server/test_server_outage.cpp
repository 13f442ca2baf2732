// PostgreSQL goes away under a running server (issue 17): this test starts a cluster of its own (the shared
// test cluster serves other tests at the same time), halts it while the server runs, and starts it again.
// While it is down every request answers 503 unavailable with Retry-After — never 401 for a valid token,
// never 401 invalid_credentials for the right password (nor counted toward the sign-in limit), never 404
// "shop not found" for a new chat — and afterwards the same token works again, the server LISTENs again,
// and every message acknowledged before the outage is in the log.
#include "serverfixture.h"

#include "serverdatabase.h"
#include "shopservice.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace servertest;
using namespace shopinbox;

namespace {

const QString Script = QStringLiteral(SHOPINBOX_SOURCE_DIR "/tests/support/pg-cluster");

QString clusterCommand(const QString &action, const QString &dir, quint16 port)
{
    QProcess process;
    process.start(QStringLiteral("bash"), {Script, action, dir, QString::number(port)});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError()) +
               QString::fromUtf8(process.readAllStandardOutput());
    return {};
}

class PostgresOutage : public ServerFixture
{
protected:
    static void SetUpTestSuite()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        s_port = probe.serverPort();
        probe.close();
        s_dir = QStringLiteral("/tmp/shop-inbox-outage-%1").arg(s_port); // short: the socket path limit
        s_error = clusterCommand(QStringLiteral("start"), s_dir, s_port);
        if (!s_error.isEmpty())
            return;
        // A database of its own in that cluster; the server migrates and seeds it.
        const QString name = QStringLiteral("outage-admin");
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(s_port);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE outage")))
                s_error = admin.lastError().text();
            admin.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    static void TearDownTestSuite() { clusterCommand(QStringLiteral("stop"), s_dir, s_port); }

    void SetUp() override
    {
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
        ServerFixture::SetUp();
    }
    void adjustOptions(server::ServerOptions &options) override
    {
        options.databaseUrl = QStringLiteral("postgresql://postgres@127.0.0.1:%1/outage").arg(s_port);
    }

    static inline quint16 s_port = 0;
    static inline QString s_dir;
    static inline QString s_error;
};

TEST_F(PostgresOutage, EveryRequestIs503WhileItIsDownAndEverythingWorksAgainAfter)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 conversation =
        demoData().value(QStringLiteral("conversations")).toArray().first()[QStringLiteral("id")].toInteger();
    QStringList acknowledged;
    for (int i = 0; i < 5; ++i) {
        const QJsonObject sent = postText(token, conversation, QStringLiteral("Before the outage %1").arg(i));
        ASSERT_FALSE(sent.isEmpty());
        acknowledged.append(sent.value(QStringLiteral("client_id")).toString());
    }

    ASSERT_EQ(clusterCommand(QStringLiteral("halt"), s_dir, s_port), QString());
    // The first request finds the connection gone; it and every later one answer 503.
    const HttpResponse sync = http.get(QStringLiteral("/api/v1/sync?limit=1"), token);
    EXPECT_EQ(sync.status, 503) << sync.describe();
    EXPECT_EQ(sync.errorCode(), QStringLiteral("unavailable"));
    EXPECT_EQ(sync.header("Retry-After"), "2");
    for (int i = 0; i < 10; ++i) { // more than the sign-in limits: none of these may count
        const HttpResponse login =
            http.post(QStringLiteral("/api/v1/login"),
                      {{QStringLiteral("email"), QString::fromLatin1(OwnerEmail)},
                       {QStringLiteral("password"), QString::fromLatin1(OwnerPassword)}});
        EXPECT_EQ(login.status, 503) << login.describe();
    }
    const HttpResponse session = http.post(QStringLiteral("/storefront/v1/sessions"),
                                           {{QStringLiteral("name"), QStringLiteral("Ann")},
                                            {QStringLiteral("email"), QStringLiteral("ann@example.com")}});
    EXPECT_EQ(session.status, 503) << session.describe();
    const HttpResponse message =
        http.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                  {{QStringLiteral("client_id"), newClientId()},
                   {QStringLiteral("kind"), QStringLiteral("text")},
                   {QStringLiteral("body"), QStringLiteral("During the outage")}},
                  token);
    EXPECT_EQ(message.status, 503) << message.describe();
    WsClient stream;
    stream.open(wsUrl(QStringLiteral("/api/v1/stream")), token);
    ASSERT_TRUE(stream.waitForClosed());
    EXPECT_EQ(stream.closeCode, 1011);

    ASSERT_EQ(clusterCommand(QStringLiteral("resume"), s_dir, s_port), QString());
    // The server reconnects with backoff (at most 8 s between attempts); the ceiling only bounds a hang.
    ASSERT_TRUE(waitFor([&] { return http.get(QStringLiteral("/api/v1/sync?limit=1"), token).status == 200; },
                        60000));
    // The same token, the right password (not rate limited by the refusals above), a new chat.
    EXPECT_EQ(http.post(QStringLiteral("/api/v1/login"),
                        {{QStringLiteral("email"), QString::fromLatin1(OwnerEmail)},
                         {QStringLiteral("password"), QString::fromLatin1(OwnerPassword)}})
                  .status,
              200);
    EXPECT_FALSE(startSession(QStringLiteral("Ann"), QStringLiteral("ann@example.com")).isEmpty());
    QSet<QString> logged;
    for (const ServerEvent &event : http.syncAll(token)) {
        if (event.type == QLatin1String("message.created"))
            logged.insert(event.data.value(QStringLiteral("client_id")).toString());
    }
    for (const QString &clientId : acknowledged)
        EXPECT_TRUE(logged.contains(clientId)) << clientId.toStdString();
    // LISTEN again (events of other processes reach this one's streams).
    ASSERT_TRUE(waitFor([&] {
        return runner().service()->context().database().db().driver()->subscribedToNotifications().size() ==
               2;
    }));
    WsClient again;
    EXPECT_TRUE(again.open(wsUrl(QStringLiteral("/api/v1/stream?since=0")), token));
    EXPECT_TRUE(again.waitForFrames(1));
}

} // namespace
