// Several real shop-inbox-server processes on one PostgreSQL database (events committed by one reach the
// streams of the other; seqs stay gap-free under concurrent writers), and the binary's command line, exit
// codes and signal handling. Registered only against the test cluster (prefix "pg.").
#include "serverfixture.h"

#include "codec/jsoncodec.h"
#include "credentials.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QWebSocketProtocol>

using namespace shopinbox;
using namespace servertest;

namespace {

/** One shop-inbox-server child process. */
class ServerProcess
{
public:
    ServerProcess()
    {
        m_process.setProgram(QStringLiteral(SHOPINBOX_SERVER_BINARY));
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { err += m_process.readAllStandardError(); });
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!waitForExit(5000)) {
                m_process.kill();
                m_process.waitForFinished(2000);
            }
        }
    }

    /** Starts the server and waits for its "listening on <url>" line. */
    bool start(const QStringList &arguments, int timeoutMs = 30000)
    {
        run(arguments);
        return waitForListening(timeoutMs);
    }
    /** Waits for the "listening on <url>" line of a server that was run(). */
    bool waitForListening(int timeoutMs = 30000)
    {
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)\\n"));
        waitFor(
            [&] {
                const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
                if (match.hasMatch())
                    url = QUrl(match.captured(1));
                return url.isValid() || m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return url.isValid() && m_process.state() == QProcess::Running;
    }
    /** Starts the program without waiting for anything. */
    void run(const QStringList &arguments)
    {
        m_process.setArguments(arguments);
        m_process.start();
    }
    bool waitForExit(int timeoutMs = 20000)
    {
        return waitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    void terminate() { m_process.terminate(); }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    std::string output() const { return ("stdout: " + out + "\nstderr: " + err).toStdString(); }

    QUrl url;
    QByteArray out;
    QByteArray err;

private:
    QProcess m_process;
};

QUrl wsUrl(const QUrl &base, const QString &pathAndQuery)
{
    QUrl url(base.toString(QUrl::StripTrailingSlash) + pathAndQuery);
    url.setScheme(QStringLiteral("ws"));
    return url;
}

bool waitForSeq(WsClient &ws, qint64 seq, int timeoutMs = 10000)
{
    return ws.waitForFrame([seq](const QJsonObject &frame) { return frame.value("seq").toInteger() >= seq; },
                           0, timeoutMs) >= 0;
}

qint64 firstConversationId()
{
    return demoData().value("conversations").toArray().first().toObject().value("id").toInteger();
}

/** Two servers on one database, with what the tests that write through both need. */
struct StreamingPair
{
    std::unique_ptr<PgDatabase> db;
    ServerProcess a;
    ServerProcess b;
    HttpClient httpA;
    HttpClient httpB;
    QString token;
    qint64 last = 0;
    WsClient streamA;
    WsClient streamB;
};

/** Servers sharing one fresh database of the test cluster. */
class SharedDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(PgDatabase::adminUrl().isEmpty())
            << "SHOPINBOX_TEST_PG_ADMIN_URL is not set: these tests need the PostgreSQL test cluster "
               "(run them through ctest, which starts it)";
    }

    std::unique_ptr<PgDatabase> database(PgDatabase::Content content)
    {
        QString error;
        std::unique_ptr<PgDatabase> db = PgDatabase::create(content, &error);
        EXPECT_TRUE(db) << error.toStdString();
        return db;
    }
    QStringList arguments(const PgDatabase &db, const QTemporaryDir &dataDir) const
    {
        return {"--database", db.url(), "--port", "0", "--demo", "--data-dir", dataDir.path()};
    }

    /** Both servers on a copy of the demo shop, the owner signed in, a staff stream on each from now. */
    void startStreamingPair(StreamingPair &pair)
    {
        pair.db = database(PgDatabase::Content::DemoShop);
        ASSERT_TRUE(pair.db);
        ASSERT_TRUE(pair.a.start(arguments(*pair.db, dirA))) << pair.a.output();
        ASSERT_TRUE(pair.b.start(arguments(*pair.db, dirB))) << pair.b.output();
        pair.httpA.setBase(pair.a.url);
        pair.httpB.setBase(pair.b.url);
        pair.token = pair.httpA.login();
        ASSERT_FALSE(pair.token.isEmpty());
        pair.last = pair.httpA.lastSeq(pair.token);
        const QString since = QStringLiteral("/api/v1/stream?since=%1").arg(pair.last);
        ASSERT_TRUE(pair.streamA.open(wsUrl(pair.a.url, since), pair.token));
        ASSERT_TRUE(pair.streamB.open(wsUrl(pair.b.url, since), pair.token));
    }

    QTemporaryDir dirA;
    QTemporaryDir dirB;
};

class ServerBinary : public ::testing::Test
{
protected:
    QTemporaryDir dataDir;
};

} // namespace

TEST_F(SharedDatabase, SecondServerJoinsWithoutReseedingAndSeesTheFirstServersEvents)
{
    const std::unique_ptr<PgDatabase> db = database(PgDatabase::Content::Empty);
    ASSERT_TRUE(db);
    ServerProcess a;
    ASSERT_TRUE(a.start(arguments(*db, dirA))) << a.output();
    EXPECT_TRUE(a.err.contains("demo shop seeded")) << a.output();
    HttpClient httpA;
    httpA.setBase(a.url);
    const QString token = httpA.login();
    ASSERT_FALSE(token.isEmpty());
    const QList<ServerEvent> seeded = httpA.syncAll(token);
    ASSERT_FALSE(seeded.isEmpty());
    EXPECT_TRUE(isGapFree(seeded, 1));

    ServerProcess b;
    ASSERT_TRUE(b.start(arguments(*db, dirB))) << b.output();
    EXPECT_FALSE(b.err.contains("demo shop seeded")) << b.output();
    HttpClient httpB;
    httpB.setBase(b.url);
    // One database: A's token is valid on B, and B's log is A's log, not a second demo shop.
    EXPECT_EQ(httpB.syncAll(token), seeded);
    EXPECT_EQ(ofType(seeded, "staff.upserted").size(), demoData().value("staff").toArray().size());

    const qint64 last = seeded.constLast().seq;
    WsClient streamB;
    ASSERT_TRUE(streamB.open(wsUrl(b.url, QStringLiteral("/api/v1/stream?since=%1").arg(last)), token));
    WsClient streamA;
    ASSERT_TRUE(streamA.open(wsUrl(a.url, QStringLiteral("/api/v1/stream?since=%1").arg(last)), token));

    const HttpResponse posted =
        httpA.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(firstConversationId()),
                   {{"client_id", newClientId()}, {"body", "posted through A"}}, token);
    ASSERT_EQ(posted.status, 201) << posted.describe();
    ASSERT_TRUE(waitForSeq(streamB, last + 2)) << streamB.texts.join('\n').toStdString() << b.output();
    const QList<ServerEvent> eventsB = streamB.events();
    EXPECT_TRUE(isGapFree(eventsB, last + 1));
    ASSERT_GE(eventsB.size(), 1);
    EXPECT_EQ(eventsB.at(0).type, "message.created");
    EXPECT_EQ(eventsB.at(0).data, posted.object());

    // And back: written through B, seen on A.
    const QJsonObject session = [&] {
        const HttpResponse response =
            httpB.post("/storefront/v1/sessions", {{"name", "Via B"}, {"email", "via.b@example.com"}});
        EXPECT_EQ(response.status, 201) << response.describe();
        return response.object();
    }();
    ASSERT_TRUE(waitForSeq(streamA, last + 4)) << streamA.texts.join('\n').toStdString() << a.output();
    EXPECT_EQ(streamA.events().at(2).data.value("id"), session.value("customer_id"));

    const QList<ServerEvent> all = httpA.syncAll(token);
    EXPECT_TRUE(isGapFree(all, 1));
    EXPECT_EQ(httpB.syncAll(token), all);
    EXPECT_EQ(streamA.events(), all.mid(last));
    ASSERT_TRUE(waitForSeq(streamB, all.constLast().seq));
    EXPECT_EQ(streamB.events(), all.mid(last));
}

TEST_F(SharedDatabase, ConcurrentWritersThroughTwoServersKeepSeqsGapFree)
{
    StreamingPair pair;
    ASSERT_NO_FATAL_FAILURE(startStreamingPair(pair));
    auto &[db, a, b, httpA, httpB, token, last, streamA, streamB] = pair;

    // 50 messages through each server, all in flight together, into the same two conversations.
    const QJsonArray conversations = demoData().value("conversations").toArray();
    const qint64 first = conversations.at(0).toObject().value("id").toInteger();
    const qint64 second = conversations.at(1).toObject().value("id").toInteger();
    constexpr int PerServer = 50;
    QSet<QString> clientIds;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < PerServer; ++i) {
        for (HttpClient *http : {&httpA, &httpB}) {
            const QString clientId = newClientId();
            clientIds.insert(clientId);
            const QString body = QStringLiteral("%1 #%2").arg(http == &httpA ? "A" : "B").arg(i);
            replies.append(http->start(
                "POST", QStringLiteral("/api/v1/conversations/%1/messages").arg(i % 2 ? first : second),
                QJsonDocument(QJsonObject{{"client_id", clientId}, {"body", body}}).toJson(), token));
        }
    }
    QSet<qint64> messageIds;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const HttpResponse response = HttpClient::finish(reply, 30000);
        EXPECT_EQ(response.status, 201) << response.describe();
        messageIds.insert(response.object().value("id").toInteger());
    }
    EXPECT_EQ(messageIds.size(), 2 * PerServer);

    const qint64 end = last + 4 * PerServer; // message.created + conversation.upserted each
    const QList<ServerEvent> viaA = httpA.syncAll(token);
    const QList<ServerEvent> viaB = httpB.syncAll(token);
    EXPECT_TRUE(isGapFree(viaA, 1));
    ASSERT_EQ(viaA.size(), end);
    EXPECT_EQ(viaB, viaA);
    QSet<QString> stored;
    qsizetype created = 0;
    for (const ServerEvent &event : ofType(viaA.mid(last), "message.created")) {
        stored.insert(event.data.value("client_id").toString());
        ++created;
    }
    EXPECT_EQ(created, 2 * PerServer);
    EXPECT_EQ(stored, clientIds);

    // Both streams delivered the whole sequence once, in order, whoever committed each event.
    ASSERT_TRUE(waitForSeq(streamA, end)) << streamA.frames.size() << " frames on A";
    ASSERT_TRUE(waitForSeq(streamB, end)) << streamB.frames.size() << " frames on B";
    EXPECT_EQ(streamA.events(), viaA.mid(last));
    EXPECT_EQ(streamB.events(), viaA.mid(last));
}

TEST_F(SharedDatabase, ChatHistoryIsInTheOrderMessagesWereWrittenThroughEitherServer)
{
    const std::unique_ptr<PgDatabase> db = database(PgDatabase::Content::DemoShop);
    ASSERT_TRUE(db);
    ServerProcess a;
    ServerProcess b;
    ASSERT_TRUE(a.start(arguments(*db, dirA))) << a.output();
    ASSERT_TRUE(b.start(arguments(*db, dirB))) << b.output();
    HttpClient httpA;
    httpA.setBase(a.url);
    HttpClient httpB;
    httpB.setBase(b.url);
    const QString token = httpA.login();
    ASSERT_FALSE(token.isEmpty());
    const HttpResponse session = httpA.post("/storefront/v1/sessions",
                                            {{"name", "Two Servers"}, {"email", "two.servers@example.com"}});
    ASSERT_EQ(session.status, 201) << session.describe();
    const qint64 conversation = session.object().value("conversation_id").toInteger();

    // Staff answer through A and B in turn (each process allocates ids on its own).
    QStringList written;
    for (int i = 0; i < 6; ++i) {
        HttpClient &http = i % 2 ? httpB : httpA;
        written.append(QStringLiteral("reply %1 via %2").arg(i).arg(i % 2 ? "B" : "A"));
        const HttpResponse posted =
            http.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                      {{"client_id", newClientId()}, {"body", written.constLast()}}, token);
        ASSERT_EQ(posted.status, 201) << posted.describe();
        // The next reply gets a later created_at: wait until the clock has passed this one's stamp.
        const QDateTime stamped =
            QDateTime::fromString(posted.object().value("created_at").toString(), Qt::ISODateWithMs);
        ASSERT_TRUE(stamped.isValid()) << posted.describe();
        ASSERT_TRUE(testsupport::waitUntilClockPasses(stamped));
    }

    // The customer's chat (on either server) shows them oldest first, as the event log has them.
    QStringList logged;
    for (const ServerEvent &event : ofType(httpB.syncAll(token), "message.created")) {
        if (event.data.value("conversation_id").toInteger() == conversation)
            logged.append(event.data.value("body").toString());
    }
    EXPECT_EQ(logged, written);
    for (const QUrl &base : {a.url, b.url}) {
        WsClient chat;
        ASSERT_TRUE(chat.open(wsUrl(base, "/storefront/v1/chat?session=" +
                                              session.object().value("session_token").toString())));
        ASSERT_TRUE(chat.waitForFrames(1));
        QStringList history;
        for (const QJsonValue &message : chat.frames.first().value("messages").toArray())
            history.append(message.toObject().value("body").toString());
        EXPECT_EQ(history, written) << base.toString().toStdString();
    }
}

TEST_F(SharedDatabase, ChatBurstsBesideStaffWritesReachEveryStreamOnceInOrder)
{
    // On PostgreSQL each process writes chat messages on a connection of its own (ChatWriter) while its
    // event loop commits the staff's writes on another: both streams must still see the log once, in order.
    StreamingPair pair;
    ASSERT_NO_FATAL_FAILURE(startStreamingPair(pair));
    auto &[db, a, b, httpA, httpB, token, last, streamA, streamB] = pair;

    // Three customers: two chatting through A, one through B.
    struct Chat
    {
        qint64 conversation = 0;
        std::shared_ptr<WsClient> socket;
        QStringList sent;
    };
    QList<Chat> chats;
    for (int i = 0; i < 3; ++i) {
        const HttpResponse session =
            httpA.post("/storefront/v1/sessions", {{"name", QStringLiteral("Burst %1").arg(i)},
                                                   {"email", QStringLiteral("burst%1@example.com").arg(i)}});
        ASSERT_EQ(session.status, 201) << session.describe();
        Chat chat;
        chat.conversation = session.object().value("conversation_id").toInteger();
        chat.socket = std::make_shared<WsClient>();
        ASSERT_TRUE(chat.socket->open(
            wsUrl(i < 2 ? a.url : b.url,
                  "/storefront/v1/chat?session=" + session.object().value("session_token").toString())));
        ASSERT_TRUE(chat.socket->waitForFrames(1)); // hello
        chats.append(std::move(chat));
    }

    // Every chat sends 20 messages at once while the staff answer each conversation 5 times through A.
    constexpr int PerChat = 20;
    for (Chat &chat : chats) {
        for (int i = 0; i < PerChat; ++i) {
            chat.sent.append(newClientId());
            chat.socket->sendJson({{"type", "message"},
                                   {"client_id", chat.sent.constLast()},
                                   {"body", QStringLiteral("burst message %1").arg(i)}});
        }
    }
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i) {
        for (const Chat &chat : std::as_const(chats))
            replies.append(httpA.start(
                "POST", QStringLiteral("/api/v1/conversations/%1/messages").arg(chat.conversation),
                QJsonDocument(
                    QJsonObject{{"client_id", newClientId()}, {"body", QStringLiteral("reply %1").arg(i)}})
                    .toJson(),
                token));
    }
    for (QNetworkReply *reply : std::as_const(replies))
        EXPECT_EQ(HttpClient::finish(reply, 30000).status, 201);
    // Each chat gets its own messages back (the sign that they are stored), each once and in the order sent.
    for (const Chat &chat : std::as_const(chats)) {
        const auto ownMessages = [&chat] {
            QStringList own;
            for (const QJsonObject &frame : std::as_const(chat.socket->frames)) {
                const QString clientId = frame.value("message").toObject().value("client_id").toString();
                if (frame.value("type").toString() == "message" && chat.sent.contains(clientId))
                    own.append(clientId);
            }
            return own;
        };
        ASSERT_TRUE(chat.socket->waitForFrame(
                        [&](const QJsonObject &) { return ownMessages().size() >= PerChat; }, 0, 20000) >= 0)
            << ownMessages().size() << " of " << PerChat;
        EXPECT_EQ(ownMessages(), chat.sent);
        for (const QJsonObject &frame : std::as_const(chat.socket->frames))
            EXPECT_NE(frame.value("type").toString(), "error") << QJsonDocument(frame).toJson().toStdString();
    }

    // The log holds every message once, and both streams delivered exactly the log, whoever committed what.
    const QList<ServerEvent> log = httpA.syncAll(token);
    EXPECT_TRUE(isGapFree(log, 1));
    qsizetype chatMessages = 0;
    qsizetype replyMessages = 0;
    for (const ServerEvent &event : ofType(log.mid(last), "message.created")) {
        const QString author = event.data.value("author").toString();
        chatMessages += author == "customer" ? 1 : 0;
        replyMessages += author == "staff" ? 1 : 0;
    }
    EXPECT_EQ(chatMessages, 3 * PerChat);
    EXPECT_EQ(replyMessages, 15);
    const qint64 end = log.constLast().seq;
    ASSERT_TRUE(waitForSeq(streamA, end)) << streamA.frames.size() << " frames on A";
    ASSERT_TRUE(waitForSeq(streamB, end)) << streamB.frames.size() << " frames on B";
    EXPECT_EQ(streamA.events(), log.mid(last));
    EXPECT_EQ(streamB.events(), log.mid(last));
}

TEST_F(SharedDatabase, TokensRevokedThroughOneServerCloseTheirStreamsOnTheOther)
{
    const std::unique_ptr<PgDatabase> db = database(PgDatabase::Content::Empty);
    ASSERT_TRUE(db);
    ServerProcess a;
    ASSERT_TRUE(a.start(arguments(*db, dirA))) << a.output();
    ServerProcess b;
    ASSERT_TRUE(b.start(arguments(*db, dirB))) << b.output();
    HttpClient httpA;
    httpA.setBase(a.url);
    // Three devices of one member; each has a stream open on server B.
    const QString signingOut = httpA.login();
    const QString revoked = httpA.login();
    const QString staying = httpA.login();
    ASSERT_FALSE(signingOut.isEmpty() || revoked.isEmpty() || staying.isEmpty());
    const qint64 last = httpA.lastSeq(staying);
    const auto stream = [&](const QString &token) {
        auto ws = std::make_unique<WsClient>();
        EXPECT_TRUE(ws->open(wsUrl(b.url, QStringLiteral("/api/v1/stream?since=%1").arg(last)), token));
        return ws;
    };
    const std::unique_ptr<WsClient> first = stream(signingOut);
    const std::unique_ptr<WsClient> second = stream(revoked);
    const std::unique_ptr<WsClient> third = stream(staying);

    // Signed out through A: B closes that token's stream (NOTIFY shopinbox_revoked).
    ASSERT_EQ(httpA.send("POST", QStringLiteral("/api/v1/logout"), {}, signingOut).status, 200);
    ASSERT_TRUE(first->waitForClosed(15000)) << b.output();
    EXPECT_EQ(first->closeCode, 1008);

    // One device revoked from another through A: the same on B.
    const QString deviceId = server::Credentials::tokenHash(revoked).left(16);
    ASSERT_EQ(httpA.post(QStringLiteral("/api/v1/devices/revoke"), {{"device_id", deviceId}}, staying).status,
              200);
    ASSERT_TRUE(second->waitForClosed(15000)) << b.output();
    EXPECT_EQ(second->closeCode, 1008);

    // The device that stayed is still served by B: a message posted through A after both revocations
    // reaches it, and the revoked tokens are refused by B too.
    const HttpResponse posted =
        httpA.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(firstConversationId()),
                   {{"client_id", newClientId()}, {"body", "after the revocations"}}, staying);
    ASSERT_EQ(posted.status, 201) << posted.describe();
    ASSERT_GE(third->waitForFrame(
                  [](const QJsonObject &frame) {
                      return frame.value("data").toObject().value("body") ==
                             QLatin1String("after the revocations");
                  },
                  0, 15000),
              0)
        << third->texts.join('\n').toStdString() << b.output();
    EXPECT_FALSE(third->closed);
    HttpClient httpB;
    httpB.setBase(b.url);
    EXPECT_EQ(httpB.get(QStringLiteral("/api/v1/sync?limit=1"), signingOut).status, 401);
    EXPECT_EQ(httpB.get(QStringLiteral("/api/v1/sync?limit=1"), revoked).status, 401);
    EXPECT_EQ(httpB.get(QStringLiteral("/api/v1/sync?limit=1"), staying).status, 200);
}

TEST_F(SharedDatabase, TwoServersStartingTogetherOnAnEmptyDatabaseSeedItOnce)
{
    const std::unique_ptr<PgDatabase> db = database(PgDatabase::Content::Empty);
    ASSERT_TRUE(db);
    ServerProcess a;
    ServerProcess b;
    a.run(arguments(*db, dirA));
    b.run(arguments(*db, dirB));
    ASSERT_TRUE(a.waitForListening()) << a.output();
    ASSERT_TRUE(b.waitForListening()) << b.output();
    EXPECT_NE(a.err.contains("demo shop seeded"), b.err.contains("demo shop seeded"))
        << a.output() << b.output();

    HttpClient http;
    http.setBase(b.url);
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QList<ServerEvent> events = http.syncAll(token);
    EXPECT_TRUE(isGapFree(events, 1));
    EXPECT_EQ(ofType(events, "staff.upserted").size(), demoData().value("staff").toArray().size());
    EXPECT_EQ(ofType(events, "settings.updated").size(), 1);
}

TEST_F(SharedDatabase, SigtermStopsCleanlyAndTheCustomersLeaveWithTheServer)
{
    const std::unique_ptr<PgDatabase> db = database(PgDatabase::Content::DemoShop);
    ASSERT_TRUE(db);
    ServerProcess a;
    ServerProcess b;
    ASSERT_TRUE(a.start(arguments(*db, dirA))) << a.output();
    ASSERT_TRUE(b.start(arguments(*db, dirB))) << b.output();
    HttpClient httpA;
    httpA.setBase(a.url);
    HttpClient httpB;
    httpB.setBase(b.url);
    const QString token = httpB.login();
    ASSERT_FALSE(token.isEmpty());
    const HttpResponse session =
        httpA.post("/storefront/v1/sessions", {{"name", "Tab Open"}, {"email", "tab.open@example.com"}});
    ASSERT_EQ(session.status, 201) << session.describe();
    const qint64 customerId = session.object().value("customer_id").toInteger();

    WsClient streamA;
    ASSERT_TRUE(
        streamA.open(wsUrl(a.url, "/api/v1/stream?since=" + QString::number(httpA.lastSeq(token))), token));
    WsClient streamB;
    ASSERT_TRUE(
        streamB.open(wsUrl(b.url, "/api/v1/stream?since=" + QString::number(httpA.lastSeq(token))), token));
    WsClient chat;
    ASSERT_TRUE(chat.open(
        wsUrl(a.url, "/storefront/v1/chat?session=" + session.object().value("session_token").toString())));
    const auto presence = [customerId](bool online) {
        return [customerId, online](const QJsonObject &frame) {
            return frame.value("type") == "presence.changed" &&
                   frame.value("data").toObject().value("customer_id").toInteger() == customerId &&
                   frame.value("data").toObject().value("online").toBool() == online;
        };
    };
    ASSERT_GE(streamB.waitForFrame(presence(true), 0, 10000), 0) << b.output();

    a.terminate(); // SIGTERM
    ASSERT_TRUE(a.waitForExit()) << a.output();
    EXPECT_EQ(a.exitStatus(), QProcess::NormalExit) << a.output();
    EXPECT_EQ(a.exitCode(), 0) << a.output();
    EXPECT_TRUE(streamA.waitForClosed());
    EXPECT_EQ(streamA.closeCode, QWebSocketProtocol::CloseCodeGoingAway);
    EXPECT_TRUE(chat.waitForClosed());

    // The customer whose only chat ran through A left the store with it; B tells its staff.
    EXPECT_GE(streamB.waitForFrame(presence(false), 0, 10000), 0) << streamB.texts.join('\n').toStdString();
    const QList<ServerEvent> events = httpB.syncAll(token);
    EXPECT_TRUE(isGapFree(events, 1));
    EXPECT_FALSE(ofType(events, "presence.changed").constLast().data.value("online").toBool(true));

    b.terminate();
    ASSERT_TRUE(b.waitForExit()) << b.output();
    EXPECT_EQ(b.exitCode(), 0) << b.output();
}

TEST_F(ServerBinary, UnreachableOrMalformedDatabaseExitsWithAClearMessage)
{
    const QList<QPair<QString, QString>> cases{
        {"postgresql://postgres@127.0.0.1:1/x",
         "cannot open the database postgresql://postgres@127.0.0.1:1/x"},
        {"postgresql://postgres:secret@127.0.0.1:1/x", "cannot open the database"},
        {"postgresql://127.0.0.1:1/", "malformed PostgreSQL URL"},
        {"mysql://root@127.0.0.1/x", "unsupported database URL scheme"},
    };
    for (const auto &[url, message] : cases) {
        ServerProcess server;
        server.run({"--database", url, "--port", "0", "--data-dir", dataDir.path()});
        ASSERT_TRUE(server.waitForExit(15000)) << url.toStdString();
        EXPECT_EQ(server.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(server.exitCode(), 1) << url.toStdString() << server.output();
        EXPECT_TRUE(server.err.contains(message.toUtf8())) << url.toStdString() << ": " << server.output();
        EXPECT_FALSE(server.err.contains("secret")) << "the password was printed: " << server.output();
        EXPECT_FALSE(server.out.contains("listening")) << server.output();
    }
}

TEST_F(ServerBinary, BadOptionsExitWithStatus2)
{
    const QList<QStringList> cases{
        {"--bogus"},
        {"--port"},
        {"--port", "abc"},
        {"--port", "70000"},
        {"--port", "-1"},
        {"unexpected-argument"},
        {"--tls-cert", "cert.pem"},
        {"--tls-key", "key.pem"},
        {"--smtp-url", "http://127.0.0.1:25", "--mail-from-domain", "shop.test"},
        {"--smtp-url", "smtp://127.0.0.1:25"},
        {"--smtp-url", "smtps://127.0.0.1:465", "--mail-from-domain", "shop.test", "--smtp-starttls"},
        {"--smtp-url", "smtp://127.0.0.1:25", "--mail-from-domain", "shop.test", "--smtp-password-file",
         "/nonexistent/password"},
        {"--inbound-secret-file", "/nonexistent/secret", "--reply-domain", "shop.test"},
        {"--email-max-attempts", "0"},
        {"--email-retry-ms", "soon"},
    };
    for (const QStringList &arguments : cases) {
        ServerProcess server;
        server.run(QStringList{"--data-dir", dataDir.path()} + arguments);
        ASSERT_TRUE(server.waitForExit(10000)) << arguments.join(' ').toStdString();
        EXPECT_EQ(server.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(server.exitCode(), 2) << arguments.join(' ').toStdString() << server.output();
        EXPECT_TRUE(server.err.startsWith("shop-inbox-server: ")) << server.output();
        EXPECT_FALSE(server.out.contains("listening")) << server.output();
    }
}

TEST_F(ServerBinary, HelpListsEveryOptionAndExitsZero)
{
    ServerProcess server;
    server.run({"--help"});
    ASSERT_TRUE(server.waitForExit(10000));
    EXPECT_EQ(server.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(server.exitCode(), 0) << server.output();
    for (const char *option : {"--data-dir <dir>",
                               "--database <url>",
                               "--host <address>",
                               "--port <port>",
                               "--demo ",
                               "--demo-traffic",
                               "--tls-cert <file>",
                               "--tls-key <file>",
                               "--demo-data <file>",
                               "--smtp-url <url>",
                               "--smtp-user <name>",
                               "--smtp-password-file <file>",
                               "--smtp-starttls",
                               "--mail-from-domain <domain>",
                               "--reply-domain <domain>",
                               "--email-retry-ms <ms>",
                               "--email-retry-max-ms <ms>",
                               "--email-max-attempts <n>",
                               "--inbound-secret-file <file>",
                               "--help",
                               "--version"})
        EXPECT_TRUE(server.out.contains(option)) << option << " is missing from:\n"
                                                 << server.out.toStdString();

    ServerProcess version;
    version.run({"--version"});
    ASSERT_TRUE(version.waitForExit(10000));
    EXPECT_EQ(version.exitCode(), 0);
    EXPECT_TRUE(version.out.startsWith("shop-inbox-server ")) << version.output();
}
