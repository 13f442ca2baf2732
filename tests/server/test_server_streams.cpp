// The shop server's WebSocket streams over loopback: the staff event stream (replay after `since`, then
// live, across reconnects) and the storefront chat (history, presence, messages both ways, bad frames).
// Runs on SQLite and (prefix "pg.") on PostgreSQL.
#include "serverfixture.h"

#include "codec/jsoncodec.h"
#include "serverdatabase.h"
#include "shopservice.h"
#include "streamhub.h"

#include <QHash>
#include <QJsonDocument>
#include <QWebSocketProtocol>

using namespace shopinbox;
using namespace servertest;

namespace {

class ServerStreams : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (HasFatalFailure())
            return;
        // These tests count the messages of new conversations exactly: no follow-up or away message after
        // a customer's first message (test_server_automated covers those).
        shopinbox::server::ShopRepository &repository = runner().service()->context().shops();
        const qint64 shop = runner().service()->defaultShopId();
        QJsonObject settings = repository.settings(shop);
        settings.insert(QStringLiteral("follow_up"), QString());
        settings.insert(QStringLiteral("away"), QString());
        ASSERT_TRUE(repository.setSettings(shop, settings));
    }
    QUrl streamUrl(qint64 since) const { return wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(since)); }
    QUrl chatUrl(const QString &session) const
    {
        return wsUrl("/storefront/v1/chat?session=" + QString::fromLatin1(QUrl::toPercentEncoding(session)));
    }
};

/** Waits until @p ws has received the event with seq @p seq (or a later one). */
bool waitForSeq(WsClient &ws, qint64 seq, int timeoutMs = 5000)
{
    return ws.waitForFrame([seq](const QJsonObject &frame) { return frame.value("seq").toInteger() >= seq; },
                           0, timeoutMs) >= 0;
}

bool isType(const QJsonObject &frame, const char *type)
{
    return frame.value("type").toString() == QLatin1String(type);
}

QList<QJsonObject> presenceEvents(const QList<ServerEvent> &events, qint64 customerId)
{
    QList<QJsonObject> result;
    for (const ServerEvent &event : ofType(events, "presence.changed")) {
        if (event.data.value("customer_id").toInteger() == customerId)
            result.append(event.data);
    }
    return result;
}

} // namespace

// --- staff stream -----------------------------------------------------------------------------------------

TEST_F(ServerStreams, StaffStreamReplaysAfterSinceThenDeliversLiveEvents)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QList<ServerEvent> log = http.syncAll(token);
    ASSERT_GT(log.size(), 30);
    const qint64 last = log.constLast().seq;
    const qint64 since = last - 25;

    WsClient ws;
    ASSERT_TRUE(ws.open(streamUrl(since), token));
    ASSERT_TRUE(ws.waitForFrames(25)) << ws.frames.size() << " frames";
    EXPECT_EQ(ws.events(), log.mid(since));

    // A second stream from the very beginning sees the whole log.
    WsClient full;
    ASSERT_TRUE(full.open(streamUrl(0), token));
    ASSERT_TRUE(full.waitForFrames(log.size()));
    EXPECT_EQ(full.events(), log);

    // Live: a message posted over HTTP arrives on both, in seq order, as the same events sync returns.
    const QJsonObject message = postText(
        token, demoData().value("conversations").toArray().first().toObject().value("id").toInteger(),
        "Live from the test");
    ASSERT_FALSE(message.isEmpty());
    ASSERT_TRUE(waitForSeq(ws, last + 2, 5000)) << ws.frames.size() << " frames";
    ASSERT_TRUE(waitForSeq(full, last + 2, 5000));
    const QList<ServerEvent> events = ws.events();
    EXPECT_TRUE(isGapFree(events, since + 1));
    ASSERT_EQ(events.size(), 27);
    EXPECT_EQ(events.at(25).type, "message.created");
    EXPECT_EQ(events.at(25).data, message);
    EXPECT_EQ(events.at(26).type, "conversation.upserted");
    EXPECT_EQ(events, http.syncAll(token, since));
    EXPECT_TRUE(isGapFree(full.events(), 1));
    EXPECT_EQ(full.events().size(), last + 2);
    EXPECT_TRUE(ws.connected && !ws.closed);
}

TEST_F(ServerStreams, StaffStreamRefusesBadTokensWithoutSendingEvents)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QString revoked = http.login(AgentEmail, AgentPassword);
    ASSERT_EQ(http.send("POST", "/api/v1/logout", {}, revoked).status, 200);
    const QJsonObject session = startSession("Eve", "eve@example.com");
    const QString sessionToken = session.value("session_token").toString();
    ASSERT_FALSE(sessionToken.isEmpty());

    for (const QString &bad : {QString(), QStringLiteral("bogus"), revoked, sessionToken}) {
        WsClient ws;
        ws.open(streamUrl(0), bad);
        EXPECT_TRUE(ws.waitForClosed()) << "token \"" << bad.left(12).toStdString() << "\" was not refused";
        EXPECT_TRUE(ws.frames.isEmpty())
            << ws.frames.size() << " frames with token " << bad.left(12).toStdString();
        EXPECT_EQ(ws.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
    }
    for (const QString &since : QStringList{"-1", "abc", "1.5"}) {
        WsClient ws;
        ws.open(wsUrl("/api/v1/stream?since=" + since), token);
        EXPECT_TRUE(ws.waitForClosed()) << "since=" << since.toStdString();
        EXPECT_TRUE(ws.frames.isEmpty());
        EXPECT_EQ(ws.closeCode, QWebSocketProtocol::CloseCodeProtocolError);
    }
    WsClient nowhere;
    nowhere.open(wsUrl("/api/v1/nowhere"), token);
    EXPECT_TRUE(nowhere.waitForClosed());
    EXPECT_TRUE(nowhere.frames.isEmpty());

    // Browsers cannot set headers on a WebSocket: the token may come as a query parameter instead.
    const qint64 last = http.lastSeq(token);
    WsClient query;
    ASSERT_TRUE(
        query.open(wsUrl(QStringLiteral("/api/v1/stream?since=%1&access_token=%2").arg(last).arg(token))));
    const QJsonObject message = postText(token, session.value("conversation_id").toInteger(), "hello Eve");
    ASSERT_TRUE(waitForSeq(query, last + 2));
    EXPECT_TRUE(isGapFree(query.events(), last + 1));
    EXPECT_FALSE(query.closed);
}

TEST_F(ServerStreams, SinceIsExclusiveAndReconnectsNeitherRepeatNorSkip)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 conversation =
        demoData().value("conversations").toArray().at(2).toObject().value("id").toInteger();
    const qint64 last = http.lastSeq(token);

    // since = the last seq: nothing old, only what happens from now on.
    WsClient fresh;
    ASSERT_TRUE(fresh.open(streamUrl(last), token));
    WsClient first;
    ASSERT_TRUE(first.open(streamUrl(0), token));
    ASSERT_TRUE(first.waitForFrames(last));
    ASSERT_TRUE(postText(token, conversation, "one").size() > 0);
    ASSERT_TRUE(waitForSeq(first, last + 2));
    ASSERT_TRUE(waitForSeq(fresh, last + 2));
    EXPECT_EQ(fresh.events().size(), 2);
    EXPECT_TRUE(isGapFree(fresh.events(), last + 1));

    // since beyond the newest event: nothing until seq passes it.
    WsClient ahead;
    ASSERT_TRUE(ahead.open(streamUrl(last + 3), token));
    ASSERT_TRUE(postText(token, conversation, "one and a half").size() > 0);
    ASSERT_TRUE(waitForSeq(ahead, last + 4));
    EXPECT_EQ(ahead.events().size(), 1);
    EXPECT_EQ(ahead.events().constFirst().seq, last + 4);

    // Disconnect, miss a few events, reconnect from the last seq received.
    ASSERT_TRUE(waitForSeq(first, last + 4));
    const qint64 received = first.events().constLast().seq;
    first.close();
    ASSERT_TRUE(first.closed);
    for (const char *text : {"two", "three", "four"})
        ASSERT_TRUE(postText(token, conversation, text).size() > 0);
    WsClient second;
    ASSERT_TRUE(second.open(streamUrl(received), token));
    ASSERT_TRUE(waitForSeq(second, received + 6));
    ASSERT_TRUE(postText(token, conversation, "five").size() > 0);
    ASSERT_TRUE(waitForSeq(second, received + 8));

    QList<ServerEvent> combined = first.events();
    combined += second.events();
    EXPECT_TRUE(isGapFree(combined, 1));
    EXPECT_EQ(combined, http.syncAll(token));
    QStringList bodies;
    for (const ServerEvent &event : ofType(second.events(), "message.created"))
        bodies.append(event.data.value("body").toString());
    EXPECT_EQ(bodies, QStringList({"two", "three", "four", "five"}));
    // The stream that never went away saw the same.
    ASSERT_TRUE(waitForSeq(fresh, received + 8));
    EXPECT_EQ(fresh.events(), http.syncAll(token, last));
}

TEST_F(ServerStreams, ShutdownClosesStreamsAsGoingAway)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject session = startSession("Leaving", "leaving@example.com");
    WsClient staff;
    ASSERT_TRUE(staff.open(streamUrl(http.lastSeq(token)), token));
    WsClient chat;
    ASSERT_TRUE(chat.open(chatUrl(session.value("session_token").toString())));
    ASSERT_TRUE(chat.waitForFrames(1));
    ASSERT_TRUE(
        staff.waitForFrame([](const QJsonObject &f) { return f.value("type") == "presence.changed"; }) >= 0);

    runner().stop();
    EXPECT_TRUE(staff.waitForClosed());
    EXPECT_TRUE(chat.waitForClosed());
    EXPECT_EQ(staff.closeCode, QWebSocketProtocol::CloseCodeGoingAway);
    EXPECT_EQ(chat.closeCode, QWebSocketProtocol::CloseCodeGoingAway);
}

// --- storefront chat --------------------------------------------------------------------------------------

TEST_F(ServerStreams, ChatSaysHelloWithHistoryAndTracksPresence)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QList<ServerEvent> log = http.syncAll(token);
    // A demo customer with exactly one conversation (a new session resumes the customer's latest one).
    QHash<qint64, int> perCustomer;
    for (const QJsonValue &value : demoData().value("conversations").toArray())
        ++perCustomer[value.toObject().value("customer_id").toInteger()];
    QJsonObject demoConversation;
    for (const QJsonValue &value : demoData().value("conversations").toArray()) {
        if (perCustomer.value(value.toObject().value("customer_id").toInteger()) == 1) {
            demoConversation = value.toObject();
            break;
        }
    }
    const qint64 conversationId = demoConversation.value("id").toInteger();
    QString email;
    for (const QJsonValue &value : demoData().value("customers").toArray()) {
        if (value.toObject().value("id") == demoConversation.value("customer_id"))
            email = value.toObject().value("email").toString();
    }
    ASSERT_FALSE(email.isEmpty());
    // The address of a customer who exists: a linked session with a conversation of its own (issue 17).
    const QJsonObject session = startSession("", email);
    ASSERT_NE(session.value("conversation_id").toInteger(), conversationId);
    ASSERT_GT(session.value("conversation_id").toInteger(), 0);
    const qint64 customerId = session.value("customer_id").toInteger();
    const QString sessionToken = session.value("session_token").toString();

    WsClient staff;
    ASSERT_TRUE(staff.open(streamUrl(http.lastSeq(token)), token));

    WsClient chat;
    ASSERT_TRUE(chat.open(chatUrl(sessionToken)));
    ASSERT_TRUE(chat.waitForFrames(1));
    const QJsonObject hello = chat.frames.first();
    EXPECT_TRUE(isType(hello, "hello")) << chat.texts.first().toStdString();
    EXPECT_EQ(hello.value("conversation_id").toInteger(), session.value("conversation_id").toInteger());
    EXPECT_EQ(hello.value("customer_id").toInteger(), customerId);
    QJsonArray expected;
    for (const ServerEvent &event : ofType(log, "message.created")) {
        if (event.data.value("conversation_id").toInteger() == conversationId)
            expected.append(event.data);
    }
    ASSERT_EQ(expected.size(), demoConversation.value("messages").toArray().size());
    ASSERT_FALSE(expected.isEmpty());
    // The session named an existing customer by e-mail alone, which proves nothing: the customer's
    // conversation stays private; the session sees only its own, which is new.
    EXPECT_TRUE(hello.value("messages").toArray().isEmpty()) << chat.texts.first().toStdString();

    // Entering the store: online, once, however many tabs.
    ASSERT_TRUE(
        staff.waitForFrame([&](const QJsonObject &f) { return f.value("type") == "presence.changed"; }) >= 0);
    WsClient secondTab;
    ASSERT_TRUE(secondTab.open(chatUrl(sessionToken)));
    ASSERT_TRUE(secondTab.waitForFrames(1));
    EXPECT_TRUE(isType(secondTab.frames.first(), "hello"));
    ASSERT_TRUE(waitFor([&] { return runner().hub()->storefrontSocketCount() == 2; }));
    chat.close();
    // The server has handled the close once it no longer counts the socket; any presence change it caused
    // is in the event log by then.
    ASSERT_TRUE(waitFor([&] { return runner().hub()->storefrontSocketCount() == 1; }));
    QList<QJsonObject> presence = presenceEvents(http.syncAll(token), customerId);
    ASSERT_EQ(presence.size(), 1);
    EXPECT_TRUE(presence.at(0).value("online").toBool());

    // Leaving with the last tab: offline.
    secondTab.close();
    ASSERT_TRUE(staff.waitForFrame([&](const QJsonObject &f) {
        return f.value("type") == "presence.changed" &&
               !f.value("data").toObject().value("online").toBool(true);
    }) >= 0);
    presence = presenceEvents(staff.events(), customerId);
    ASSERT_EQ(presence.size(), 2);
    EXPECT_FALSE(presence.at(1).value("online").toBool(true));
    EXPECT_TRUE(isGapFree(staff.events(), staff.events().constFirst().seq));
    EXPECT_EQ(presenceEvents(http.syncAll(token), customerId), presence);
}

TEST_F(ServerStreams, ChatMessagesReachStaffAndRepliesReachTheChat)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject session = startSession("Lena Fischer", "lena.fischer@example.de");
    const qint64 conversationId = session.value("conversation_id").toInteger();
    ASSERT_EQ(http.patch(QStringLiteral("/api/v1/conversations/%1").arg(conversationId),
                         {{"status", "closed"}, {"unread", false}}, token)
                  .status,
              200);
    const qint64 since = http.lastSeq(token);
    WsClient staff;
    ASSERT_TRUE(staff.open(streamUrl(since), token));

    WsClient chat;
    ASSERT_TRUE(chat.open(chatUrl(session.value("session_token").toString())));
    ASSERT_TRUE(chat.waitForFrames(1));
    EXPECT_TRUE(isType(chat.frames.at(0), "hello"));
    EXPECT_TRUE(chat.frames.at(0).value("messages").toArray().isEmpty());

    // The customer writes: the chat gets its message back, staff get it with the reopened conversation.
    const QString clientId = newClientId();
    chat.sendJson(
        {{"type", "message"}, {"client_id", clientId}, {"body", "Do you ship to Belgium? <b>asap</b>"}});
    const qsizetype echoed = chat.waitForFrame([](const QJsonObject &f) { return isType(f, "message"); }, 1);
    ASSERT_GE(echoed, 0) << chat.texts.join('\n').toStdString();
    const Decoded<Message> sent = json::decodeMessage(chat.frames.at(echoed).value("message"));
    ASSERT_TRUE(sent) << sent.error().toString().toStdString();
    EXPECT_EQ(sent.value().author, MessageAuthor::Customer);
    EXPECT_EQ(sent.value().conversationId, conversationId);
    EXPECT_EQ(sent.value().clientId, clientId);
    EXPECT_EQ(sent.value().body, "Do you ship to Belgium? <b>asap</b>");

    ASSERT_TRUE(staff.waitForFrame(
                    [](const QJsonObject &f) { return f.value("type") == "conversation.upserted"; }) >= 0);
    const QList<ServerEvent> events = staff.events();
    const QList<ServerEvent> created = ofType(events, "message.created");
    ASSERT_EQ(created.size(), 1);
    EXPECT_EQ(created.at(0).data, json::encode(sent.value()));
    const QList<ServerEvent> upserted = ofType(events, "conversation.upserted");
    ASSERT_EQ(upserted.size(), 1);
    EXPECT_EQ(upserted.at(0).data.value("status").toString(), "open");
    EXPECT_TRUE(upserted.at(0).data.value("unread").toBool());

    // The same client_id again: acknowledged with the stored message, nothing new.
    const qsizetype before = chat.frames.size();
    chat.sendJson(
        {{"type", "message"}, {"client_id", clientId}, {"body", "Do you ship to Belgium? <b>asap</b>"}});
    const qsizetype ack =
        chat.waitForFrame([](const QJsonObject &f) { return isType(f, "message"); }, before);
    ASSERT_GE(ack, 0);
    EXPECT_EQ(chat.frames.at(ack).value("message").toObject().value("id").toInteger(), sent.value().id);

    // A staff reply over HTTP reaches the chat.
    const QJsonObject reply = postText(token, conversationId, "Yes, in 2-3 working days.");
    ASSERT_FALSE(reply.isEmpty());
    const qsizetype replied = chat.waitForFrame(
        [](const QJsonObject &f) {
            return isType(f, "message") && f.value("message").toObject().value("author") == "staff";
        },
        ack + 1);
    ASSERT_GE(replied, 0) << chat.texts.join('\n').toStdString();
    EXPECT_EQ(chat.frames.at(replied).value("message").toObject(), reply);

    const QList<ServerEvent> log = http.syncAll(token, since);
    int stored = 0;
    for (const ServerEvent &event : ofType(log, "message.created"))
        stored += event.data.value("client_id").toString() == clientId ? 1 : 0;
    EXPECT_EQ(stored, 1);
    ASSERT_TRUE(waitForSeq(staff, log.constLast().seq));
    EXPECT_EQ(staff.events(), log);
}

TEST_F(ServerStreams, MalformedChatFramesGetAnErrorAndTheSocketStaysUsable)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject session = startSession("Frank", "frank@example.net");
    WsClient chat;
    ASSERT_TRUE(chat.open(chatUrl(session.value("session_token").toString())));
    ASSERT_TRUE(chat.waitForFrames(1));
    const qint64 seqBefore = http.lastSeq(token);

    const QStringList bad{
        "{",
        "[]",
        "42",
        "\"message\"",
        R"({"type":"nope"})",
        R"({"body":"no type"})",
        R"({"type":"message","body":"no client id"})",
        R"({"type":"message","client_id":"not-a-uuid","body":"x"})",
        R"({"type":"message","client_id":"7b0e7c52-1c9f-4bfb-9d7b-0d0f4f1d8a10"})",
        R"({"type":"message","client_id":"7b0e7c52-1c9f-4bfb-9d7b-0d0f4f1d8a10","body":"   "})",
        R"({"type":"message","client_id":"7b0e7c52-1c9f-4bfb-9d7b-0d0f4f1d8a10","body":7})",
        QString(70 * 1024, QLatin1Char('{'))};
    for (const QString &text : bad) {
        const qsizetype from = chat.frames.size();
        chat.sendText(text);
        const qsizetype error =
            chat.waitForFrame([](const QJsonObject &f) { return isType(f, "error"); }, from);
        ASSERT_GE(error, 0) << "no error frame for " << text.left(80).toStdString();
        const QJsonObject detail = chat.frames.at(error).value("error").toObject();
        EXPECT_FALSE(detail.value("code").toString().isEmpty()) << chat.texts.at(error).toStdString();
        EXPECT_FALSE(detail.value("message").toString().isEmpty()) << chat.texts.at(error).toStdString();
        EXPECT_FALSE(chat.closed) << "closed after " << text.left(80).toStdString();
    }
    const qsizetype from = chat.frames.size();
    chat.socket.sendBinaryMessage("\x89PNG");
    EXPECT_GE(chat.waitForFrame([](const QJsonObject &f) { return isType(f, "error"); }, from), 0);

    // Still usable.
    chat.sendJson({{"type", "ping"}});
    EXPECT_GE(chat.waitForFrame([](const QJsonObject &f) { return isType(f, "pong"); }, from), 0);
    chat.sendJson({{"type", "message"}, {"client_id", newClientId()}, {"body", "still here"}});
    const qsizetype message =
        chat.waitForFrame([](const QJsonObject &f) { return isType(f, "message"); }, from);
    ASSERT_GE(message, 0);
    EXPECT_EQ(chat.frames.at(message).value("message").toObject().value("body").toString(), "still here");
    EXPECT_FALSE(chat.closed);

    // Only the good message was stored.
    const QList<ServerEvent> events = http.syncAll(token, seqBefore);
    EXPECT_EQ(ofType(events, "message.created").size(), 1);
}

TEST_F(ServerStreams, ADatabaseFailureDuringABurstOfChatMessagesIsReportedToEachSender)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject session = startSession("Burst", "burst@example.com");
    WsClient chat;
    ASSERT_TRUE(chat.open(chatUrl(session.value("session_token").toString())));
    ASSERT_TRUE(chat.waitForFrames(1));
    const qint64 seqBefore = http.lastSeq(token);

    // The database refuses one of the messages (as if a write failed).
    server::ServerDatabase &db = runner().service()->context().database();
    ASSERT_TRUE(
        db.execSql(db.dialect() == server::ServerDatabase::Dialect::PostgreSQL
                       ? QStringLiteral("ALTER TABLE messages ADD CONSTRAINT injected_failure "
                                        "CHECK (body <> 'FAIL')")
                       : QStringLiteral("CREATE TRIGGER injected_failure BEFORE INSERT ON messages "
                                        "WHEN NEW.body = 'FAIL' BEGIN SELECT RAISE(ABORT, 'injected'); END")))
        << db.errorMessage().toStdString();

    // Sent back to back, so the server reads them in one go.
    const QStringList clientIds{newClientId(), newClientId(), newClientId()};
    const QStringList bodies{"first", "FAIL", "third"};
    for (int i = 0; i < 3; ++i)
        chat.sendJson({{"type", "message"}, {"client_id", clientIds.at(i)}, {"body", bodies.at(i)}});

    // Every message gets exactly one answer: stored (its message comes back) or an error naming it.
    const auto outcome = [&](const QString &clientId) {
        for (const QJsonObject &frame : std::as_const(chat.frames)) {
            if (isType(frame, "error") && frame.value("client_id").toString() == clientId)
                return QStringLiteral("error");
            if (isType(frame, "message") &&
                frame.value("message").toObject().value("client_id").toString() == clientId)
                return QStringLiteral("stored");
        }
        return QString();
    };
    EXPECT_TRUE(waitFor([&] {
        return !outcome(clientIds.at(0)).isEmpty() && !outcome(clientIds.at(1)).isEmpty() &&
               !outcome(clientIds.at(2)).isEmpty();
    })) << chat.texts.join('\n').toStdString();
    EXPECT_EQ(outcome(clientIds.at(1)), "error");
    for (const QJsonObject &frame : std::as_const(chat.frames)) {
        if (isType(frame, "message")) {
            const Decoded<Message> message = json::decodeMessage(frame.value("message"));
            EXPECT_TRUE(message) << "a message frame without a message: "
                                 << QJsonDocument(frame).toJson(QJsonDocument::Compact).toStdString();
        }
    }
    // What the chat was told is what the log has.
    QStringList stored;
    for (const ServerEvent &event : ofType(http.syncAll(token, seqBefore), "message.created"))
        stored.append(event.data.value("client_id").toString());
    QStringList told;
    for (const QString &clientId : clientIds) {
        if (outcome(clientId) == "stored")
            told.append(clientId);
    }
    EXPECT_EQ(stored, told);
    EXPECT_FALSE(chat.closed);
}

TEST_F(ServerStreams, ChatRefusesBadSessions)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 seqBefore = http.lastSeq(token);
    for (const QString &path :
         {QStringLiteral("/storefront/v1/chat"), QStringLiteral("/storefront/v1/chat?session="),
          QStringLiteral("/storefront/v1/chat?session=bogus"), "/storefront/v1/chat?session=" + token}) {
        WsClient chat;
        chat.open(wsUrl(path));
        EXPECT_TRUE(chat.waitForClosed()) << path.left(40).toStdString();
        EXPECT_TRUE(chat.frames.isEmpty()) << path.left(40).toStdString();
        EXPECT_EQ(chat.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
    }
    EXPECT_EQ(http.lastSeq(token), seqBefore);
}

TEST_F(ServerStreams, ChatSessionOnlyPostsIntoItsOwnConversation)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject alice = startSession("Alice", "alice@example.com");
    const QJsonObject bob = startSession("Bob", "bob@example.com");
    const qint64 aliceConversation = alice.value("conversation_id").toInteger();
    const qint64 bobConversation = bob.value("conversation_id").toInteger();
    ASSERT_NE(aliceConversation, bobConversation);

    WsClient aliceChat;
    ASSERT_TRUE(aliceChat.open(chatUrl(alice.value("session_token").toString())));
    WsClient bobChat;
    ASSERT_TRUE(bobChat.open(chatUrl(bob.value("session_token").toString())));
    ASSERT_TRUE(aliceChat.waitForFrames(1));
    ASSERT_TRUE(bobChat.waitForFrames(1));

    // Naming Bob's conversation (or customer) does not put Alice's message there.
    aliceChat.sendJson({{"type", "message"},
                        {"client_id", newClientId()},
                        {"conversation_id", bobConversation},
                        {"customer_id", bob.value("customer_id")},
                        {"body", "from Alice"}});
    const qsizetype mine =
        aliceChat.waitForFrame([](const QJsonObject &f) { return isType(f, "message"); }, 1);
    ASSERT_GE(mine, 0);
    EXPECT_EQ(aliceChat.frames.at(mine).value("message").toObject().value("conversation_id").toInteger(),
              aliceConversation);

    // Staff answer Bob: only Bob's chat hears it, and Bob never hears Alice.
    const QJsonObject reply = postText(token, bobConversation, "for Bob only");
    ASSERT_FALSE(reply.isEmpty());
    ASSERT_GE(bobChat.waitForFrame([](const QJsonObject &f) { return isType(f, "message"); }, 1), 0);
    // A later point on each socket: a marker reply to each conversation. A chat gets its frames in order, so
    // a frame that went to the wrong chat would have arrived before that chat's marker.
    ASSERT_FALSE(postText(token, aliceConversation, "marker for Alice").isEmpty());
    ASSERT_FALSE(postText(token, bobConversation, "marker for Bob").isEmpty());
    auto bodies = [](const WsClient &client) {
        QStringList found;
        for (const QJsonObject &frame : client.frames) {
            if (isType(frame, "message"))
                found.append(frame.value("message").toObject().value("body").toString());
        }
        return found;
    };
    ASSERT_TRUE(waitFor([&] { return bodies(aliceChat).contains("marker for Alice"); }));
    ASSERT_TRUE(waitFor([&] { return bodies(bobChat).contains("marker for Bob"); }));
    EXPECT_TRUE(bodies(bobChat).contains("for Bob only"));
    for (const char *foreign : {"for Bob only", "marker for Bob"})
        EXPECT_FALSE(bodies(aliceChat).contains(foreign)) << foreign;
    for (const char *foreign : {"from Alice", "marker for Alice"})
        EXPECT_FALSE(bodies(bobChat).contains(foreign)) << foreign;
    int fromAlice = 0;
    for (const ServerEvent &event : ofType(http.syncAll(token), "message.created")) {
        if (event.data.value("body").toString() == "from Alice") {
            ++fromAlice;
            EXPECT_EQ(event.data.value("conversation_id").toInteger(), aliceConversation);
        }
    }
    EXPECT_EQ(fromAlice, 1);
}

TEST_F(ServerStreams, AReturningBrowserSeesItsHistoryButAnotherDeviceWithTheSameEmailDoesNot)
{
    const QJsonObject first = startSession("Noor", "noor@example.nl");
    const QString firstToken = first.value("session_token").toString();
    {
        WsClient chat;
        ASSERT_TRUE(chat.open(chatUrl(firstToken)));
        ASSERT_TRUE(chat.waitForFrames(1));
        chat.sendJson(
            {{"type", "message"}, {"client_id", newClientId()}, {"body", "Is de trui nog leverbaar?"}});
        ASSERT_GE(chat.waitForFrame([](const QJsonObject &f) { return isType(f, "message"); }, 1), 0);
        chat.close();
    }
    // The same browser (same session token, kept in localStorage) comes back: its conversation is there.
    WsClient again;
    ASSERT_TRUE(again.open(chatUrl(firstToken)));
    ASSERT_TRUE(again.waitForFrames(1));
    const QJsonArray history = again.frames.first().value("messages").toArray();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).toObject().value("body").toString(), "Is de trui nog leverbaar?");

    // Someone else types the same e-mail address on another device: the same customer, a conversation of
    // its own, none of the first one's messages.
    const QJsonObject second = startSession("", "NOOR@example.nl");
    EXPECT_EQ(second.value("customer_id"), first.value("customer_id"));
    EXPECT_NE(second.value("conversation_id"), first.value("conversation_id"));
    WsClient other;
    ASSERT_TRUE(other.open(chatUrl(second.value("session_token").toString())));
    ASSERT_TRUE(other.waitForFrames(1));
    EXPECT_TRUE(other.frames.first().value("messages").toArray().isEmpty());
}
