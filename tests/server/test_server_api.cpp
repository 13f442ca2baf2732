// The shop server's HTTP API, end to end over loopback against the demo shop: sign-in, the staff routes,
// the storefront routes, errors and isolation. Runs on SQLite and (prefix "pg.") on PostgreSQL.
#include "serverfixture.h"

#include "codec/jsoncodec.h"
#include "shopservice.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <limits>

using namespace shopinbox;
using namespace servertest;

namespace {

class ServerApi : public ServerFixture
{
};

QByteArray tinyPng()
{
    QImage image(3, 2, QImage::Format_ARGB32);
    image.fill(QColor(47, 111, 78));
    image.setPixel(1, 1, qRgb(255, 255, 255));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QJsonArray demo(const char *section)
{
    return demoData().value(QLatin1String(section)).toArray();
}

/** The first demo entry of @p section for which @p match holds. */
QJsonObject firstDemo(const char *section, const std::function<bool(const QJsonObject &)> &match)
{
    for (const QJsonValue &value : demo(section)) {
        if (match(value.toObject()))
            return value.toObject();
    }
    return {};
}

QJsonObject demoCustomer(qint64 id)
{
    return firstDemo("customers", [id](const QJsonObject &c) { return c.value("id").toInteger() == id; });
}

QString messagePath(qint64 conversationId)
{
    return QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId);
}

qint64 firstConversationId()
{
    return demo("conversations").first().toObject().value("id").toInteger();
}

} // namespace

// --- sign-in ---------------------------------------------------------------------------------------------

TEST_F(ServerApi, LoginReturnsTokenStaffAndShop)
{
    // The email is matched case-insensitively.
    const HttpResponse response =
        http.post("/api/v1/login", {{"email", "Owner@Demo.Shop"}, {"password", OwnerPassword}});
    ASSERT_EQ(response.status, 200) << response.describe();
    const QJsonObject body = response.object();
    EXPECT_GE(body.value("token").toString().size(), 32);
    const Decoded<Staff> staff = json::decodeStaff(body.value("staff"));
    ASSERT_TRUE(staff) << staff.error().toString().toStdString();
    EXPECT_EQ(staff.value().email, "owner@demo.shop");
    EXPECT_TRUE(staff.value().chatPermission);
    EXPECT_FALSE(body.value("staff").toObject().contains("password_hash"));
    EXPECT_FALSE(response.body.contains("argon2")) << "a password hash leaked";
    const Decoded<Shop> shop = json::decodeShop(body.value("shop"));
    ASSERT_TRUE(shop) << shop.error().toString().toStdString();
    EXPECT_EQ(shop.value().name, demoData().value("shop").toObject().value("name").toString());
    EXPECT_EQ(shop.value().currency, "EUR");

    // The token works, and the warehouse account can sign in too.
    EXPECT_EQ(http.get("/api/v1/sync?limit=1", body.value("token").toString()).status, 200);
    EXPECT_FALSE(http.login(WarehouseEmail, WarehousePassword).isEmpty());
}

TEST_F(ServerApi, WrongPasswordIs401AndTheSixthAttemptIsRateLimited)
{
    const HttpResponse unknown =
        http.post("/api/v1/login", {{"email", "nobody@demo.shop"}, {"password", "demo-owner"}});
    EXPECT_EQ(unknown.status, 401) << unknown.describe();

    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpResponse response =
            http.post("/api/v1/login", {{"email", OwnerEmail}, {"password", "wrong password"}});
        ASSERT_EQ(response.status, 401) << "attempt " << attempt << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape()) << response.describe();
        EXPECT_EQ(response.errorCode(), "invalid_credentials");
        EXPECT_FALSE(response.object().contains("token"));
        // Unknown account and wrong password are indistinguishable.
        EXPECT_EQ(response.body, unknown.body);
    }
    // The sixth attempt is refused before the password is even checked, even the right one.
    const HttpResponse limited =
        http.post("/api/v1/login", {{"email", OwnerEmail}, {"password", OwnerPassword}});
    EXPECT_EQ(limited.status, 429) << limited.describe();
    EXPECT_TRUE(limited.hasErrorShape()) << limited.describe();
    EXPECT_EQ(limited.errorCode(), "rate_limited");
    EXPECT_FALSE(limited.object().contains("token"));

    // Another account is not affected.
    EXPECT_FALSE(http.login(AgentEmail, AgentPassword).isEmpty());

    // Missing or mistyped fields are a bad request, not a failed sign-in.
    const HttpResponse missing = http.post("/api/v1/login", {{"email", AgentEmail}});
    EXPECT_EQ(missing.status, 400) << missing.describe();
    EXPECT_TRUE(missing.hasErrorShape());
    const HttpResponse number = http.post("/api/v1/login", {{"email", AgentEmail}, {"password", 42}});
    EXPECT_EQ(number.status, 400) << number.describe();
}

TEST_F(ServerApi, LogoutRevokesOnlyThatToken)
{
    const QString token = http.login();
    const QString other = http.login();
    ASSERT_FALSE(token.isEmpty());
    ASSERT_NE(token, other);
    ASSERT_EQ(http.get("/api/v1/sync?limit=1", token).status, 200);

    const HttpResponse logout = http.send("POST", "/api/v1/logout", {}, token);
    EXPECT_EQ(logout.status, 200) << logout.describe();

    const HttpResponse after = http.get("/api/v1/sync", token);
    EXPECT_EQ(after.status, 401) << after.describe();
    EXPECT_TRUE(after.hasErrorShape());
    EXPECT_EQ(http.send("POST", "/api/v1/logout", {}, token).status, 401);
    EXPECT_EQ(http.get("/api/v1/sync?limit=1", other).status, 200);
}

// --- errors and routing -----------------------------------------------------------------------------------

TEST_F(ServerApi, EveryStaffRouteNeedsAValidToken)
{
    const QString owner = http.login();
    ASSERT_FALSE(owner.isEmpty());
    const qint64 seqBefore = http.lastSeq(owner);
    const QString revoked = http.login(AgentEmail, AgentPassword);
    ASSERT_EQ(http.send("POST", "/api/v1/logout", {}, revoked).status, 200);

    const QByteArray message =
        QJsonDocument(QJsonObject{{"client_id", newClientId()}, {"body", "hello"}}).toJson();
    struct Route
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    const QList<Route> routes{
        {"POST", "/api/v1/logout", {}},
        {"GET", "/api/v1/sync?since=0", {}},
        {"POST", messagePath(firstConversationId()), message},
        {"PATCH", QStringLiteral("/api/v1/conversations/%1").arg(firstConversationId()),
         R"({"status":"closed"})"},
        {"PUT", "/api/v1/customers/1/note", R"({"note":"written without a token"})"},
        {"GET", "/api/v1/customers/1/orders", {}},
        {"GET", "/api/v1/products?query=tee", {}},
        {"GET", "/api/v1/discounts", {}},
        {"GET", "/api/v1/staff", {}},
        {"POST", "/api/v1/media", tinyPng(), "image/png"},
        {"GET", "/api/v1/settings", {}},
        {"PUT", "/api/v1/settings", R"({"color":"#000000"})"},
        {"GET", "/api/v1/saved-replies", {}},
        {"POST", "/api/v1/saved-replies", R"({"shortcut":"sneaky","text":"no token"})"},
        {"PUT", "/api/v1/saved-replies/1", R"({"shortcut":"sneaky","text":"no token"})"},
        {"DELETE", "/api/v1/saved-replies/1", {}},
    };
    const QStringList badTokens{QString(), "not-a-token", revoked, QString(300, QLatin1Char('x'))};
    for (const Route &route : routes) {
        for (const QString &token : badTokens) {
            const HttpResponse response =
                http.send(route.method, route.path, route.body, token, route.contentType);
            EXPECT_EQ(response.status, 401)
                << route.method.constData() << " " << route.path.toStdString() << " with token \""
                << token.left(20).toStdString() << "\": " << response.describe();
            EXPECT_TRUE(response.hasErrorShape()) << response.describe();
            EXPECT_EQ(response.errorCode(), "unauthorized");
        }
    }
    // Nothing was written.
    EXPECT_EQ(http.lastSeq(owner), seqBefore);
    EXPECT_EQ(http.get("/api/v1/settings", owner).object().value("color").toString(),
              demoData().value("settings").toObject().value("color").toString());
}

TEST_F(ServerApi, UnknownRoutesAre404AndWrongMethods405)
{
    const QString token = http.login();
    struct Case
    {
        QByteArray method;
        QString path;
        int status;
    };
    const QList<Case> cases{
        {"GET", "/", 404},
        {"GET", "/api/v1/nope", 404},
        {"GET", "/api/v2/sync", 404},
        {"POST", "/api/v1/conversations", 404},
        {"GET", "/api/v1/conversations/1/messages/2", 404},
        {"GET", "/media/0123456789abcdef0123456789abcdef", 404},
        {"GET", "/media/..%2Fshop.sqlite", 404},
        {"GET", "/storefront/v1/nope", 404},
        {"GET", "/api/v1/login", 405},
        {"PUT", "/api/v1/login", 405},
        {"POST", "/api/v1/sync", 405},
        {"DELETE", "/api/v1/conversations/1", 405},
        {"GET", "/api/v1/conversations/1", 405},
        {"DELETE", "/api/v1/customers/1/note", 405},
        {"POST", "/api/v1/products", 405},
        {"GET", "/storefront/v1/sessions", 405},
        {"GET", "/storefront/v1/cart", 405},
    };
    for (const Case &c : cases) {
        for (const QString &auth : {QString(), token}) {
            const HttpResponse response = http.send(c.method, c.path, {}, auth);
            EXPECT_EQ(response.status, c.status)
                << c.method.constData() << " " << c.path.toStdString() << ": " << response.describe();
            EXPECT_TRUE(response.hasErrorShape()) << c.path.toStdString() << ": " << response.describe();
            EXPECT_TRUE(response.header("Content-Type").startsWith("application/json"));
        }
    }
    // Empty segments are ignored.
    EXPECT_EQ(http.get("/api/v1/staff/", token).status, 200);
    EXPECT_EQ(http.get("//api//v1/staff", token).status, 200);

    const HttpResponse method = http.send("DELETE", "/api/v1/conversations/1", {}, token);
    EXPECT_EQ(method.errorCode(), "method_not_allowed");
    EXPECT_TRUE(method.errorMessage().contains("PATCH")) << method.describe();
}

TEST_F(ServerApi, OversizedMalformedAndNonObjectBodiesAreRefused)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 seqBefore = http.lastSeq(token);
    const QString path = messagePath(firstConversationId());

    // Exactly 1 MiB is read (and is a wrong sign-in); one byte more is refused unread.
    QByteArray limit = R"({"email":"nobody@demo.shop","password":")";
    limit += QByteArray(1024 * 1024 - limit.size() - 2, 'p');
    limit += "\"}";
    ASSERT_EQ(limit.size(), 1024 * 1024);
    const HttpResponse atLimit = http.send("POST", "/api/v1/login", limit);
    EXPECT_EQ(atLimit.status, 401) << atLimit.describe();
    QByteArray over = limit;
    over.insert(over.size() - 2, 'p');
    const HttpResponse tooLarge = http.send("POST", "/api/v1/login", over);
    EXPECT_EQ(tooLarge.status, 413) << tooLarge.describe();
    EXPECT_TRUE(tooLarge.hasErrorShape());

    QByteArray bigMessage = R"({"client_id":")" + newClientId().toLatin1() + R"(","body":")";
    bigMessage += QByteArray(1024 * 1024 + 10, 'm') + "\"}";
    const HttpResponse bigPost = http.send("POST", path, bigMessage, token);
    EXPECT_EQ(bigPost.status, 413) << bigPost.describe();
    EXPECT_TRUE(bigPost.hasErrorShape());

    const QList<QByteArray> malformed{"{", R"({"client_id": )", "{'a': 1}", "not json", "", R"({"a":1}})"};
    for (const QByteArray &body : malformed) {
        const HttpResponse response = http.send("POST", path, body, token);
        EXPECT_EQ(response.status, 400) << body.constData() << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape()) << response.describe();
        EXPECT_EQ(response.errorCode(), "bad_json");
    }
    const QList<QByteArray> notObjects{"[]", R"([{"client_id":"x"}])", "\"text\"", "42", "null", "true"};
    for (const QByteArray &body : notObjects) {
        for (const QString &route :
             {path, QStringLiteral("/api/v1/login"), QStringLiteral("/storefront/v1/sessions")}) {
            const HttpResponse response = http.send("POST", route, body, token);
            EXPECT_EQ(response.status, 400)
                << route.toStdString() << " " << body.constData() << ": " << response.describe();
            EXPECT_TRUE(response.hasErrorShape()) << response.describe();
        }
    }
    // Checks run in order: route, authentication, body, then the {id} segment.
    EXPECT_EQ(http.send("POST", "/api/v1/conversations/abc/messages", "{", token).status, 400);
    EXPECT_EQ(http.send("POST", "/api/v1/conversations/abc/messages", "{", "bad-token").status, 401);
    EXPECT_EQ(http.send("POST", "/api/v1/conversations/abc/messages", "{}", token).status, 404);
    EXPECT_EQ(http.lastSeq(token), seqBefore);
}

// --- sync -------------------------------------------------------------------------------------------------

TEST_F(ServerApi, SyncReplaysTheWholeDemoShopGapFree)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const HttpResponse first = http.get("/api/v1/sync?since=0", token);
    ASSERT_EQ(first.status, 200) << first.describe();
    const Decoded<json::SyncPage> page = json::decodeSyncPage(first.body);
    ASSERT_TRUE(page) << page.error().toString().toStdString();
    const QList<ServerEvent> events = http.syncAll(token);
    ASSERT_FALSE(events.isEmpty());
    EXPECT_TRUE(isGapFree(events, 1));
    EXPECT_EQ(page.value().events, events.mid(0, page.value().events.size()));

    // Every part of the demo file arrived as its event.
    qsizetype messages = 0;
    for (const QJsonValue &conversation : demo("conversations"))
        messages += conversation.toObject().value("messages").toArray().size();
    EXPECT_EQ(ofType(events, "staff.upserted").size(), demo("staff").size());
    EXPECT_EQ(ofType(events, "product.upserted").size(), demo("products").size());
    EXPECT_EQ(ofType(events, "discount.upserted").size(), demo("discounts").size());
    EXPECT_EQ(ofType(events, "customer.upserted").size(), demo("customers").size());
    EXPECT_EQ(ofType(events, "order.upserted").size(), demo("orders").size());
    EXPECT_EQ(ofType(events, "cart.updated").size(), demo("carts").size());
    EXPECT_EQ(ofType(events, "conversation.upserted").size(), demo("conversations").size());
    EXPECT_EQ(ofType(events, "message.created").size(), messages);
    EXPECT_EQ(ofType(events, "settings.updated").size(), 1);
    EXPECT_EQ(ofType(events, "saved_reply.upserted").size(), demo("saved_replies").size());

    // The demo's literal HTML is plain text, kept verbatim.
    bool html = false;
    for (const ServerEvent &event : ofType(events, "message.created"))
        html = html || event.data.value("body").toString().contains("<img src=x onerror=alert(1)>");
    EXPECT_TRUE(html);

    // Past the end: nothing, and next_since stays.
    const qint64 last = events.constLast().seq;
    const HttpResponse end = http.get(QStringLiteral("/api/v1/sync?since=%1").arg(last + 5), token);
    ASSERT_EQ(end.status, 200) << end.describe();
    EXPECT_TRUE(end.object().value("events").toArray().isEmpty());
    EXPECT_EQ(end.object().value("next_since").toInteger(), last + 5);
    EXPECT_FALSE(end.object().value("has_more").toBool(true));
}

TEST_F(ServerApi, SyncPagesAddUpToOneReadAndLimitIsCapped)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    // More than one full page of events: the demo plus presence changes.
    const qint64 demoSeq = http.lastSeq(token);
    const qint64 customerId = demo("customers").first().toObject().value("id").toInteger();
    for (qint64 i = demoSeq; i <= 1100; ++i)
        ASSERT_TRUE(runner().service()->storefront().setPresence(1, customerId, i % 2 == 0));
    const QList<ServerEvent> all = http.syncAll(token);
    ASSERT_GT(all.size(), 1000);
    EXPECT_TRUE(isGapFree(all, 1));

    const QList<ServerEvent> paged = http.syncAll(token, 0, 97);
    EXPECT_EQ(paged, all);
    const QList<ServerEvent> fromMiddle = http.syncAll(token, 500, 1);
    ASSERT_FALSE(fromMiddle.isEmpty());
    EXPECT_TRUE(isGapFree(fromMiddle, 501));
    EXPECT_EQ(fromMiddle, all.mid(500));

    for (const QString &query : {QStringLiteral("limit=100000"), QStringLiteral("limit=1000"), QString()}) {
        const HttpResponse response = http.get("/api/v1/sync?since=0&" + query, token);
        ASSERT_EQ(response.status, 200) << response.describe();
        const QJsonObject page = response.object();
        EXPECT_EQ(page.value("events").toArray().size(), 1000) << query.toStdString();
        EXPECT_TRUE(page.value("has_more").toBool());
        EXPECT_EQ(page.value("next_since").toInteger(), 1000);
    }
    const HttpResponse two = http.get("/api/v1/sync?since=10&limit=2", token);
    ASSERT_EQ(two.status, 200);
    EXPECT_EQ(two.object().value("events").toArray().size(), 2);
    EXPECT_EQ(two.object().value("next_since").toInteger(), 12);
    EXPECT_TRUE(two.object().value("has_more").toBool());

    for (const QString &query :
         QStringList{"since=-1", "since=abc", "since=1.5", "since=0&limit=0", "since=0&limit=-3",
                     "since=0&limit=abc", "since=99999999999999999999999"}) {
        const HttpResponse response = http.get("/api/v1/sync?" + query, token);
        EXPECT_EQ(response.status, 400) << query.toStdString() << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape()) << response.describe();
    }
}

// --- messages ---------------------------------------------------------------------------------------------

TEST_F(ServerApi, TextMessageIsCreatedOnceForOneClientId)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 conversation = firstConversationId();
    const qint64 seqBefore = http.lastSeq(token);
    const QString clientId = newClientId();
    const QJsonObject body{{"client_id", clientId}, {"body", "Your parcel ships today."}};

    const HttpResponse created = http.post(messagePath(conversation), body, token);
    ASSERT_EQ(created.status, 201) << created.describe();
    const Decoded<Message> message = json::decodeMessage(created.object());
    ASSERT_TRUE(message) << message.error().toString().toStdString();
    EXPECT_EQ(message.value().conversationId, conversation);
    EXPECT_EQ(message.value().clientId, clientId);
    EXPECT_EQ(message.value().kind, MessageKind::Text);
    EXPECT_EQ(message.value().author, MessageAuthor::Staff);
    EXPECT_EQ(message.value().staffId, std::optional<qint64>(1));
    EXPECT_EQ(message.value().body, "Your parcel ships today.");
    EXPECT_EQ(message.value().delivery, DeliveryState::Sent);

    // message.created, then the conversation with its new activity.
    const QList<ServerEvent> events = http.syncAll(token, seqBefore);
    ASSERT_EQ(events.size(), 2);
    EXPECT_TRUE(isGapFree(events, seqBefore + 1));
    EXPECT_EQ(events.at(0).type, "message.created");
    EXPECT_EQ(events.at(0).data, created.object());
    EXPECT_EQ(events.at(1).type, "conversation.upserted");
    EXPECT_EQ(events.at(1).data.value("id").toInteger(), conversation);
    EXPECT_EQ(events.at(1).data.value("last_activity_at"), created.object().value("created_at"));

    // A retry, also in another spelling of the same UUID, returns the stored message and writes nothing.
    for (const QString &spelling : {clientId, "{" + clientId.toUpper() + "}"}) {
        const HttpResponse retry = http.post(messagePath(conversation),
                                             {{"client_id", spelling}, {"body", "a different body"}}, token);
        EXPECT_EQ(retry.status, 200) << retry.describe();
        EXPECT_EQ(retry.object().value("id").toInteger(), message.value().id);
        EXPECT_EQ(retry.object().value("body").toString(), "Your parcel ships today.");
    }
    EXPECT_EQ(http.lastSeq(token), seqBefore + 2);

    // The same client_id in another conversation is a conflict, not a second message.
    const qint64 otherConversation = demo("conversations").at(1).toObject().value("id").toInteger();
    const HttpResponse reused = http.post(messagePath(otherConversation), body, token);
    EXPECT_EQ(reused.status, 409) << reused.describe();
    EXPECT_TRUE(reused.hasErrorShape());

    // Refusals.
    const QList<QJsonObject> bad{
        {{"body", "no client id"}},
        {{"client_id", "not-a-uuid"}, {"body", "x"}},
        {{"client_id", 42}, {"body", "x"}},
        {{"client_id", newClientId()}},
        {{"client_id", newClientId()}, {"body", "   "}},
        {{"client_id", newClientId()}, {"body", 7}},
        {{"client_id", newClientId()}, {"body", QString(5001, QLatin1Char('a'))}},
        {{"client_id", newClientId()}, {"body", "x"}, {"kind", "video"}},
    };
    for (const QJsonObject &request : bad) {
        const HttpResponse response = http.post(messagePath(conversation), request, token);
        EXPECT_EQ(response.status, 400)
            << QJsonDocument(request).toJson().left(200).constData() << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape());
    }
    EXPECT_EQ(http.post(messagePath(conversation),
                        {{"client_id", newClientId()}, {"body", QString(5000, 'a')}}, token)
                  .status,
              201);
    EXPECT_EQ(http.lastSeq(token), seqBefore + 4);
}

TEST_F(ServerApi, MessageBodyIsStoredVerbatimAndUnknownConversationsAre404)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QString html =
        "<b>hi</b> <img src=x onerror=alert(1)> & \"quotes\" 'single' é 👩🏽‍💻\n  second line  ";
    const HttpResponse created =
        http.post(messagePath(firstConversationId()), {{"client_id", newClientId()}, {"body", html}}, token);
    ASSERT_EQ(created.status, 201) << created.describe();
    EXPECT_EQ(created.object().value("body").toString(), html);
    const QList<ServerEvent> events = http.syncAll(token, http.lastSeq(token) - 2);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).data.value("body").toString(), html);

    const qint64 seqBefore = http.lastSeq(token);
    for (const QString &id : QStringList{"999999", "0", "-1", "abc", "1.5"}) {
        const HttpResponse response = http.post("/api/v1/conversations/" + id + "/messages",
                                                {{"client_id", newClientId()}, {"body", "x"}}, token);
        EXPECT_EQ(response.status, 404) << id.toStdString() << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape()) << response.describe();
    }
    EXPECT_EQ(http.lastSeq(token), seqBefore);
}

TEST_F(ServerApi, ProductMessagesShareOneToThreePublishedProducts)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 conversation = firstConversationId();
    QList<QJsonObject> published;
    for (const QJsonValue &value : demo("products")) {
        if (value.toObject().value("published").toBool())
            published.append(value.toObject());
    }
    ASSERT_GE(published.size(), 4);
    const QJsonObject unpublished =
        firstDemo("products", [](const QJsonObject &p) { return !p.value("published").toBool(); });
    ASSERT_FALSE(unpublished.isEmpty());

    for (int count = 1; count <= 3; ++count) {
        QJsonArray ids;
        for (int i = 0; i < count; ++i)
            ids.append(published.at(i).value("id"));
        const HttpResponse response =
            http.post(messagePath(conversation),
                      {{"client_id", newClientId()}, {"kind", "products"}, {"product_ids", ids}}, token);
        ASSERT_EQ(response.status, 201) << response.describe();
        const Decoded<Message> message = json::decodeMessage(response.object());
        ASSERT_TRUE(message) << message.error().toString().toStdString();
        EXPECT_EQ(message.value().kind, MessageKind::Products);
        ASSERT_EQ(message.value().products.size(), count);
        for (int i = 0; i < count; ++i) {
            const QJsonObject product = published.at(i);
            const SharedProduct &shared = message.value().products.at(i);
            EXPECT_EQ(shared.productId, product.value("id").toInteger());
            EXPECT_EQ(shared.title, product.value("title").toString());
            EXPECT_EQ(shared.url, product.value("url").toString());
            EXPECT_EQ(shared.imageUrl, product.value("image_url").toString());
            const QJsonObject price =
                product.value("variants").toArray().first().toObject().value("price").toObject();
            EXPECT_EQ(shared.price.minorUnits, price.value("amount").toInteger());
            EXPECT_EQ(shared.price.currency, price.value("currency").toString());
        }
    }

    const qint64 seqBefore = http.lastSeq(token);
    QJsonArray four;
    for (int i = 0; i < 4; ++i)
        four.append(published.at(i).value("id"));
    const QList<QJsonValue> refusedIds{QJsonArray(), four,
                                       QJsonArray{published.at(0).value("id"), unpublished.value("id")},
                                       QJsonArray{unpublished.value("id")}, QJsonArray{999999}};
    for (const QJsonValue &ids : refusedIds) {
        const HttpResponse response =
            http.post(messagePath(conversation),
                      {{"client_id", newClientId()}, {"kind", "products"}, {"product_ids", ids}}, token);
        EXPECT_EQ(response.status, 422)
            << QJsonDocument(ids.toArray()).toJson().constData() << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape()) << response.describe();
    }
    const HttpResponse notPublished = http.post(messagePath(conversation),
                                                {{"client_id", newClientId()},
                                                 {"kind", "products"},
                                                 {"product_ids", QJsonArray{unpublished.value("id")}}},
                                                token);
    EXPECT_EQ(notPublished.errorCode(), "product_not_published");
    const HttpResponse missing =
        http.post(messagePath(conversation), {{"client_id", newClientId()}, {"kind", "products"}}, token);
    EXPECT_EQ(missing.status, 422) << missing.describe();
    EXPECT_EQ(http.lastSeq(token), seqBefore);
}

TEST_F(ServerApi, DiscountMessagesNeedAnActiveCode)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 conversation = firstConversationId();
    const QJsonObject inactive =
        firstDemo("discounts", [](const QJsonObject &d) { return !d.value("active").toBool(); });
    const QJsonObject active =
        firstDemo("discounts", [](const QJsonObject &d) { return d.value("active").toBool(); });
    ASSERT_FALSE(inactive.isEmpty());
    ASSERT_FALSE(active.isEmpty());
    const qint64 seqBefore = http.lastSeq(token);

    const HttpResponse refused = http.post(
        messagePath(conversation),
        {{"client_id", newClientId()}, {"kind", "discount"}, {"discount_code", inactive.value("code")}},
        token);
    EXPECT_EQ(refused.status, 422) << refused.describe();
    EXPECT_TRUE(refused.hasErrorShape());
    EXPECT_EQ(refused.errorCode(), "discount_inactive");
    // The merchant is told what to do about it.
    EXPECT_TRUE(refused.errorMessage().contains("Update the discount in the shop admin", Qt::CaseInsensitive))
        << refused.describe();
    EXPECT_TRUE(refused.errorMessage().contains(inactive.value("code").toString())) << refused.describe();

    const HttpResponse unknown = http.post(
        messagePath(conversation),
        {{"client_id", newClientId()}, {"kind", "discount"}, {"discount_code", "NOSUCHCODE"}}, token);
    EXPECT_EQ(unknown.status, 422) << unknown.describe();
    const HttpResponse missing =
        http.post(messagePath(conversation), {{"client_id", newClientId()}, {"kind", "discount"}}, token);
    EXPECT_EQ(missing.status, 400) << missing.describe();
    EXPECT_EQ(http.lastSeq(token), seqBefore);

    // Codes are matched case-insensitively and shared in their canonical spelling, with the summary.
    const HttpResponse shared = http.post(messagePath(conversation),
                                          {{"client_id", newClientId()},
                                           {"kind", "discount"},
                                           {"discount_code", active.value("code").toString().toLower()}},
                                          token);
    ASSERT_EQ(shared.status, 201) << shared.describe();
    const Decoded<Message> message = json::decodeMessage(shared.object());
    ASSERT_TRUE(message) << message.error().toString().toStdString();
    EXPECT_EQ(message.value().kind, MessageKind::Discount);
    EXPECT_EQ(message.value().discountCode, active.value("code").toString());
    EXPECT_EQ(message.value().discountSummary, active.value("summary").toString());
}

TEST_F(ServerApi, ImagesAreUploadedServedAndSent)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QByteArray png = tinyPng();
    ASSERT_TRUE(png.startsWith("\x89PNG"));

    const HttpResponse upload = http.send("POST", "/api/v1/media", png, token, "image/png");
    ASSERT_EQ(upload.status, 201) << upload.describe();
    const QString imageId = upload.object().value("image_id").toString();
    const QString url = upload.object().value("url").toString();
    EXPECT_EQ(imageId.size(), 32);
    EXPECT_EQ(url, "/media/" + imageId);

    const HttpResponse served = http.get(url);
    ASSERT_EQ(served.status, 200) << served.describe();
    EXPECT_EQ(served.body, png);
    EXPECT_EQ(served.header("Content-Type"), "image/png");
    EXPECT_EQ(served.header("Access-Control-Allow-Origin"), "*");
    EXPECT_EQ(http.get(url.toUpper().replace("/MEDIA/", "/media/")).status, 404);

    const HttpResponse text =
        http.send("POST", "/api/v1/media", "just some text, not an image", token, "image/png");
    EXPECT_EQ(text.status, 415) << text.describe();
    EXPECT_TRUE(text.hasErrorShape());
    const HttpResponse html =
        http.send("POST", "/api/v1/media", "<svg onload=alert(1)></svg>", token, "image/svg+xml");
    EXPECT_EQ(html.status, 415) << html.describe();
    const HttpResponse empty = http.send("POST", "/api/v1/media", {}, token, "image/png");
    EXPECT_EQ(empty.status, 415) << empty.describe();

    QByteArray huge = png;
    huge.append(QByteArray(10 * 1024 * 1024, '\0'));
    const HttpResponse tooLarge = http.send("POST", "/api/v1/media", huge, token, "image/png");
    EXPECT_EQ(tooLarge.status, 413) << tooLarge.describe();
    EXPECT_TRUE(tooLarge.hasErrorShape());

    const qint64 conversation = firstConversationId();
    const HttpResponse sent =
        http.post(messagePath(conversation),
                  {{"client_id", newClientId()}, {"kind", "image"}, {"image_id", imageId}}, token);
    ASSERT_EQ(sent.status, 201) << sent.describe();
    const Decoded<Message> message = json::decodeMessage(sent.object());
    ASSERT_TRUE(message) << message.error().toString().toStdString();
    EXPECT_EQ(message.value().kind, MessageKind::Image);
    EXPECT_EQ(message.value().imageId, imageId);
    EXPECT_EQ(message.value().imageUrl, url);

    for (const QJsonValue &id :
         {QJsonValue("0123456789abcdef0123456789abcdef"), QJsonValue(), QJsonValue(5)}) {
        QJsonObject body{{"client_id", newClientId()}, {"kind", "image"}};
        if (!id.isUndefined())
            body.insert("image_id", id);
        const HttpResponse unknown = http.post(messagePath(conversation), body, token);
        EXPECT_EQ(unknown.status, 422) << unknown.describe();
        EXPECT_TRUE(unknown.hasErrorShape());
    }
}

// --- conversations, customers ---------------------------------------------------------------------------

TEST_F(ServerApi, PatchConversationClosesAssignsAndMarksRead)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 id = firstConversationId();
    const QString path = QStringLiteral("/api/v1/conversations/%1").arg(id);
    const qint64 seqBefore = http.lastSeq(token);

    const auto patch = [&](const QJsonObject &body) {
        const HttpResponse response = http.patch(path, body, token);
        EXPECT_EQ(response.status, 200) << QJsonDocument(body).toJson().constData() << response.describe();
        const Decoded<Conversation> conversation = json::decodeConversation(response.object());
        EXPECT_TRUE(conversation) << (conversation ? "" : conversation.error().toString().toStdString());
        return conversation ? conversation.value() : Conversation{};
    };
    EXPECT_EQ(patch({{"status", "closed"}}).status, ConversationStatus::Closed);
    EXPECT_EQ(patch({{"status", "open"}}).status, ConversationStatus::Open);
    EXPECT_TRUE(patch({{"unread", true}}).unread);
    EXPECT_FALSE(patch({{"unread", false}}).unread);
    EXPECT_EQ(patch({{"assignee_id", 2}}).assigneeId, std::optional<qint64>(2));
    EXPECT_FALSE(patch({{"assignee_id", QJsonValue::Null}}).assigneeId.has_value());
    const Conversation both = patch({{"status", "closed"}, {"assignee_id", 1}, {"unread", false}});
    EXPECT_EQ(both.status, ConversationStatus::Closed);
    EXPECT_EQ(both.assigneeId, std::optional<qint64>(1));

    // Each change is one conversation.upserted event carrying the new state.
    const QList<ServerEvent> events = http.syncAll(token, seqBefore);
    ASSERT_EQ(events.size(), 7);
    EXPECT_TRUE(isGapFree(events, seqBefore + 1));
    for (const ServerEvent &event : events)
        EXPECT_EQ(event.type, "conversation.upserted");
    EXPECT_EQ(events.constLast().data, json::encode(both));

    // The warehouse account has no chat permission: it cannot be assigned.
    const qint64 before = http.lastSeq(token);
    const HttpResponse warehouse = http.patch(path, {{"assignee_id", 3}}, token);
    EXPECT_EQ(warehouse.status, 422) << warehouse.describe();
    EXPECT_TRUE(warehouse.hasErrorShape());
    EXPECT_EQ(warehouse.errorCode(), "assignee_without_chat_permission");
    EXPECT_EQ(http.patch(path, {{"assignee_id", 999}}, token).status, 422);
    for (const QJsonObject &bad : {QJsonObject{{"status", "archived"}}, QJsonObject{{"unread", "yes"}},
                                   QJsonObject{{"assignee_id", "2"}}, QJsonObject{{"assignee_id", 1.5}}}) {
        const HttpResponse response = http.patch(path, bad, token);
        EXPECT_EQ(response.status, 400) << QJsonDocument(bad).toJson().constData() << response.describe();
        EXPECT_TRUE(response.hasErrorShape());
    }
    // A refused change changes nothing, not even the fields that were valid.
    EXPECT_EQ(http.patch(path, {{"status", "open"}, {"assignee_id", 3}}, token).status, 422);
    EXPECT_EQ(http.lastSeq(token), before);

    EXPECT_EQ(http.patch("/api/v1/conversations/999999", {{"status", "closed"}}, token).status, 404);

    // There is no way to delete a conversation.
    const HttpResponse remove = http.send("DELETE", path, {}, token);
    EXPECT_EQ(remove.status, 405) << remove.describe();
    EXPECT_TRUE(remove.hasErrorShape());
    EXPECT_EQ(http.patch(path, {{"unread", true}}, token).status, 200);
}

TEST_F(ServerApi, NotesAreStoredAndSyncedAsCustomerUpserted)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 customerId = demo("customers").at(3).toObject().value("id").toInteger();
    const QString path = QStringLiteral("/api/v1/customers/%1/note").arg(customerId);
    const qint64 seqBefore = http.lastSeq(token);
    const QString note = "Prefers DHL. <script>alert('x')</script> Größe M";

    const HttpResponse response = http.put(path, {{"note", note}}, token);
    ASSERT_EQ(response.status, 200) << response.describe();
    const Decoded<Customer> customer = json::decodeCustomer(response.object());
    ASSERT_TRUE(customer) << customer.error().toString().toStdString();
    EXPECT_EQ(customer.value().id, customerId);
    EXPECT_EQ(customer.value().note, note);
    EXPECT_TRUE(customer.value().noteUpdatedAt.isValid());
    EXPECT_LE(qAbs(customer.value().noteUpdatedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(customer.value().email, demoCustomer(customerId).value("email").toString());

    const QList<ServerEvent> events = http.syncAll(token, seqBefore);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).type, "customer.upserted");
    EXPECT_EQ(events.at(0).data.value("note").toString(), note);
    EXPECT_EQ(events.at(0).data, response.object());

    // An empty note clears it.
    const HttpResponse cleared = http.put(path, {{"note", ""}}, token);
    ASSERT_EQ(cleared.status, 200) << cleared.describe();
    EXPECT_TRUE(cleared.object().value("note").toString().isEmpty());

    const qint64 before = http.lastSeq(token);
    EXPECT_EQ(http.put(path, QJsonObject{}, token).status, 400);
    EXPECT_EQ(http.put(path, {{"note", 5}}, token).status, 400);
    EXPECT_EQ(http.put(path, {{"note", QString(5001, 'n')}}, token).status, 400);
    const HttpResponse unknown = http.put("/api/v1/customers/999999/note", {{"note", "x"}}, token);
    EXPECT_EQ(unknown.status, 404) << unknown.describe();
    EXPECT_TRUE(unknown.hasErrorShape());
    EXPECT_EQ(http.lastSeq(token), before);
}

TEST_F(ServerApi, ANoteWrittenBeforeANewerOneIsRefusedAndTheNewerKept)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 customerId = demo("customers").at(4).toObject().value("id").toInteger();
    const QString path = QStringLiteral("/api/v1/customers/%1/note").arg(customerId);
    const QDateTime writtenOffline = QDateTime::currentDateTimeUtc().addSecs(-120);
    const HttpResponse newer = http.put(path, {{"note", "Newer, from the agent"}}, token);
    ASSERT_EQ(newer.status, 200) << newer.describe();
    const qint64 before = http.lastSeq(token);

    // An edit made two minutes ago, queued offline, arrives now: the newer note wins.
    const HttpResponse late = http.put(
        path, {{"note", "Older, queued offline"}, {"edited_at", json::formatTime(writtenOffline)}}, token);
    ASSERT_EQ(late.status, 409) << late.describe();
    EXPECT_FALSE(late.object().value("error").toObject().value("message").toString().isEmpty());
    EXPECT_EQ(late.object().value("error").toObject().value("code").toString(), "conflict");
    EXPECT_EQ(late.object().value("customer").toObject().value("note").toString(), "Newer, from the agent");
    EXPECT_EQ(http.lastSeq(token), before); // nothing stored, nothing announced

    // Written after the stored note: saved.
    const HttpResponse fresh = http.put(
        path,
        {{"note", "Newest"}, {"edited_at", json::formatTime(QDateTime::currentDateTimeUtc().addSecs(5))}},
        token);
    ASSERT_EQ(fresh.status, 200) << fresh.describe();
    EXPECT_EQ(fresh.object().value("note").toString(), "Newest");
    // A malformed time is refused; null means "not given".
    EXPECT_EQ(http.put(path, {{"note", "x"}, {"edited_at", "yesterday"}}, token).status, 400);
    EXPECT_EQ(http.put(path, {{"note", "Null time"}, {"edited_at", QJsonValue::Null}}, token).status, 200);
}

// --- catalogue, staff, orders, settings --------------------------------------------------------------------

TEST_F(ServerApi, ProductsListsPublishedProductsFilteredByQuery)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    QStringList publishedTitles;
    for (const QJsonValue &value : demo("products")) {
        if (value.toObject().value("published").toBool())
            publishedTitles.append(value.toObject().value("title").toString());
    }

    const HttpResponse all = http.get("/api/v1/products?limit=200", token);
    ASSERT_EQ(all.status, 200) << all.describe();
    QStringList titles;
    for (const QJsonValue &value : all.array()) {
        const Decoded<Product> product = json::decodeProduct(value);
        ASSERT_TRUE(product) << product.error().toString().toStdString();
        EXPECT_TRUE(product.value().publishedOnlineStore) << product.value().title.toStdString();
        titles.append(product.value().title);
    }
    EXPECT_EQ(QSet<QString>(titles.cbegin(), titles.cend()),
              QSet<QString>(publishedTitles.cbegin(), publishedTitles.cend()));
    EXPECT_EQ(titles.size(), publishedTitles.size());

    const HttpResponse linen = http.get("/api/v1/products?query=LINEN", token);
    ASSERT_EQ(linen.status, 200) << linen.describe();
    qsizetype expected = 0;
    for (const QString &title : publishedTitles)
        expected += title.contains("linen", Qt::CaseInsensitive) ? 1 : 0;
    ASSERT_GT(expected, 1);
    EXPECT_EQ(linen.array().size(), expected);
    for (const QJsonValue &value : linen.array())
        EXPECT_TRUE(value.toObject().value("title").toString().contains("linen", Qt::CaseInsensitive));

    // An unpublished product is not found by its exact title.
    const QJsonObject unpublished =
        firstDemo("products", [](const QJsonObject &p) { return !p.value("published").toBool(); });
    const HttpResponse hidden =
        http.get("/api/v1/products?query=" +
                     QString::fromLatin1(QUrl::toPercentEncoding(unpublished.value("title").toString())),
                 token);
    ASSERT_EQ(hidden.status, 200);
    EXPECT_TRUE(hidden.array().isEmpty()) << hidden.describe();

    // LIKE wildcards in the query are literal characters.
    for (const QString &wildcard : QStringList{"%25", "_", "%5C"}) {
        const HttpResponse response = http.get("/api/v1/products?query=" + wildcard, token);
        ASSERT_EQ(response.status, 200) << response.describe();
        EXPECT_TRUE(response.array().isEmpty()) << wildcard.toStdString() << ": " << response.describe();
    }
    EXPECT_EQ(http.get("/api/v1/products?limit=2", token).array().size(), 2);
    EXPECT_EQ(http.get("/api/v1/products?limit=0", token).status, 400);
    EXPECT_EQ(http.get("/api/v1/products?limit=abc", token).status, 400);
}

TEST_F(ServerApi, DiscountsStaffAndCustomerOrders)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());

    const HttpResponse discounts = http.get("/api/v1/discounts", token);
    ASSERT_EQ(discounts.status, 200) << discounts.describe();
    ASSERT_EQ(discounts.array().size(), demo("discounts").size());
    for (const QJsonValue &value : discounts.array()) {
        const Decoded<DiscountCode> discount = json::decodeDiscountCode(value);
        ASSERT_TRUE(discount) << discount.error().toString().toStdString();
        const QJsonObject source = firstDemo("discounts", [&](const QJsonObject &d) {
            return d.value("code").toString() == discount.value().code;
        });
        EXPECT_EQ(discount.value().active, source.value("active").toBool())
            << discount.value().code.toStdString();
        EXPECT_EQ(discount.value().summary, source.value("summary").toString());
    }
    const HttpResponse ship = http.get("/api/v1/discounts?query=SHIP", token);
    ASSERT_EQ(ship.status, 200);
    QStringList expectedCodes;
    for (const QJsonValue &value : demo("discounts")) {
        const QJsonObject d = value.toObject();
        if (d.value("code").toString().contains("ship", Qt::CaseInsensitive) ||
            d.value("summary").toString().contains("ship", Qt::CaseInsensitive))
            expectedCodes.append(d.value("code").toString());
    }
    ASSERT_FALSE(expectedCodes.isEmpty());
    QStringList codes;
    for (const QJsonValue &value : ship.array())
        codes.append(value.toObject().value("code").toString());
    expectedCodes.sort();
    codes.sort();
    EXPECT_EQ(codes, expectedCodes);

    // Staff: only those who may chat (they are who conversations can be assigned to).
    const HttpResponse staff = http.get("/api/v1/staff", token);
    ASSERT_EQ(staff.status, 200) << staff.describe();
    QStringList emails;
    for (const QJsonValue &value : staff.array()) {
        const Decoded<Staff> member = json::decodeStaff(value);
        ASSERT_TRUE(member) << member.error().toString().toStdString();
        EXPECT_TRUE(member.value().chatPermission);
        emails.append(member.value().email);
    }
    emails.sort();
    EXPECT_EQ(emails, QStringList({AgentEmail, OwnerEmail}));
    EXPECT_FALSE(staff.body.contains("password")) << staff.describe();

    // Orders of one customer, newest first.
    QJsonObject customer;
    for (const QJsonValue &value : demo("customers")) {
        if (value.toObject().value("order_count").toInt() > customer.value("order_count").toInt())
            customer = value.toObject();
    }
    const qint64 customerId = customer.value("id").toInteger();
    const HttpResponse orders =
        http.get(QStringLiteral("/api/v1/customers/%1/orders").arg(customerId), token);
    ASSERT_EQ(orders.status, 200) << orders.describe();
    ASSERT_EQ(orders.array().size(), customer.value("order_count").toInt());
    QDateTime previous;
    for (const QJsonValue &value : orders.array()) {
        const Decoded<Order> order = json::decodeOrder(value);
        ASSERT_TRUE(order) << order.error().toString().toStdString();
        EXPECT_EQ(order.value().customerId, customerId);
        if (previous.isValid()) {
            EXPECT_LE(order.value().placedAt, previous);
        }
        previous = order.value().placedAt;
    }
    const QJsonObject never =
        firstDemo("customers", [](const QJsonObject &c) { return c.value("order_count").toInt() == 0; });
    const HttpResponse none =
        http.get(QStringLiteral("/api/v1/customers/%1/orders").arg(never.value("id").toInteger()), token);
    EXPECT_EQ(none.status, 200);
    EXPECT_TRUE(none.array().isEmpty()) << none.describe();
    const HttpResponse unknown = http.get("/api/v1/customers/999999/orders", token);
    EXPECT_EQ(unknown.status, 404) << unknown.describe();
    EXPECT_TRUE(unknown.hasErrorShape());
}

TEST_F(ServerApi, SettingsAreReadValidatedAndPublished)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject seeded = demoData().value("settings").toObject();
    const HttpResponse read = http.get("/api/v1/settings", token);
    ASSERT_EQ(read.status, 200) << read.describe();
    EXPECT_EQ(read.object(), seeded);

    const qint64 seqBefore = http.lastSeq(token);
    for (const QJsonObject &bad :
         {QJsonObject{{"color", "red"}}, QJsonObject{{"color", "#12345g"}},
          QJsonObject{{"color", "#1234567"}}, QJsonObject{{"color", 123}}, QJsonObject{{"visible", "yes"}},
          QJsonObject{{"position", "top"}}, QJsonObject{{"greeting", QString(1001, 'g')}},
          QJsonObject{{"business_hours", "9-5"}}, QJsonObject{{"unknown_setting", true}},
          QJsonObject{{"business_hours", QJsonObject{{"monday", QJsonArray{"09:00", "17:00"}}}}},
          QJsonObject{{"business_hours", QJsonObject{{"mon", QJsonArray{"9am", "5pm"}}}}},
          QJsonObject{{"business_hours", QJsonObject{{"tue", QJsonArray{"09:00"}}}}},
          QJsonObject{{"business_hours", QJsonObject{{"wed", QJsonArray{"09:00", "09:00"}}}}},
          QJsonObject{{"business_hours", QJsonObject{{"thu", "closed"}}}},
          QJsonObject{{"greeting", "fine"}, {"color", "blue"}}}) {
        const HttpResponse response = http.put("/api/v1/settings", bad, token);
        EXPECT_EQ(response.status, 400)
            << QJsonDocument(bad).toJson().left(100).constData() << response.describe();
        EXPECT_TRUE(response.hasErrorShape());
    }
    EXPECT_EQ(http.lastSeq(token), seqBefore);
    EXPECT_EQ(http.get("/api/v1/settings", token).object(), seeded);

    const HttpResponse updated =
        http.put("/api/v1/settings", {{"color", "#1A2B3C"}, {"greeting", "Hoi! <b>Welkom</b>"}}, token);
    ASSERT_EQ(updated.status, 200) << updated.describe();
    QJsonObject expected = seeded;
    expected.insert("color", "#1A2B3C");
    expected.insert("greeting", "Hoi! <b>Welkom</b>");
    EXPECT_EQ(updated.object(), expected);
    EXPECT_EQ(http.get("/api/v1/settings", token).object(), expected);
    // Valid hours: a closed day, a day until midnight, a night shift past midnight.
    const QJsonObject hours{{"mon", QJsonArray{"09:00", "17:30"}},
                            {"sat", QJsonValue::Null},
                            {"fri", QJsonArray{"12:00", "24:00"}},
                            {"sun", QJsonArray{"22:00", "02:00"}}};
    const HttpResponse withHours = http.put("/api/v1/settings", {{"business_hours", hours}}, token);
    ASSERT_EQ(withHours.status, 200) << withHours.describe();
    expected.insert("business_hours", hours);
    EXPECT_EQ(withHours.object(), expected);

    const QList<ServerEvent> events = http.syncAll(token, seqBefore);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(1).type, "settings.updated");
    EXPECT_EQ(events.at(1).data, expected);

    // The storefront widget reads the same settings without signing in, from any origin.
    const HttpResponse storefront = http.get("/storefront/v1/settings");
    ASSERT_EQ(storefront.status, 200) << storefront.describe();
    EXPECT_EQ(storefront.object(), expected);
    EXPECT_EQ(storefront.header("Access-Control-Allow-Origin"), "*");
    EXPECT_TRUE(http.get("/api/v1/settings", token).header("Access-Control-Allow-Origin").isEmpty());
    const HttpResponse preflight = http.send("OPTIONS", "/storefront/v1/cart");
    EXPECT_EQ(preflight.status, 204) << preflight.describe();
    EXPECT_EQ(preflight.header("Access-Control-Allow-Origin"), "*");
    EXPECT_TRUE(preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
}

// --- saved replies ----------------------------------------------------------------------------------------

namespace {

QString savedReplyPath(qint64 id)
{
    return QStringLiteral("/api/v1/saved-replies/%1").arg(id);
}

QJsonArray savedReplies(HttpClient &http, const QString &token)
{
    const HttpResponse response = http.get("/api/v1/saved-replies", token);
    EXPECT_EQ(response.status, 200) << response.describe();
    return response.object().value("saved_replies").toArray();
}

} // namespace

TEST_F(ServerApi, SavedRepliesOfTheDemoShopAreListedByShortcut)
{
    const QString token = http.login(AgentEmail, AgentPassword);
    ASSERT_FALSE(token.isEmpty());
    const HttpResponse response = http.get("/api/v1/saved-replies", token);
    ASSERT_EQ(response.status, 200) << response.describe();
    EXPECT_EQ(response.object().keys(), QStringList{"saved_replies"});
    const Decoded<QList<SavedReply>> replies = json::decodeSavedReplyList(QJsonValue(response.object()));
    ASSERT_TRUE(replies) << replies.error().toString().toStdString();
    QStringList expected;
    QHash<QString, QString> texts;
    for (const QJsonValue &value : demo("saved_replies")) {
        expected.append(value.toObject().value("shortcut").toString());
        texts.insert(expected.constLast(), value.toObject().value("text").toString());
    }
    std::sort(expected.begin(), expected.end());
    ASSERT_GE(expected.size(), 4);
    QStringList listed;
    for (const SavedReply &reply : replies.value()) {
        listed.append(reply.shortcut);
        EXPECT_EQ(reply.text, texts.value(reply.shortcut));
        EXPECT_GT(reply.id, 0);
        EXPECT_TRUE(reply.updatedAt.isValid());
        EXPECT_EQ(json::encode(reply).keys(),
                  (QStringList{"id", "shortcut", "text", "updated_at"})); // nothing else, e.g. no client_id
    }
    EXPECT_EQ(listed, expected);
    // Each one arrived through sync as saved_reply.upserted with the same object.
    const QList<ServerEvent> events = ofType(http.syncAll(token), "saved_reply.upserted");
    ASSERT_EQ(events.size(), replies.value().size());
    for (const ServerEvent &event : events) {
        const Decoded<SavedReply> synced = json::decodeSavedReply(QJsonValue(event.data));
        ASSERT_TRUE(synced);
        EXPECT_TRUE(replies.value().contains(synced.value()));
    }
}

TEST_F(ServerApi, SavedRepliesAreCreatedUpdatedAndDeletedWithTheirEvents)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    qint64 seq = http.lastSeq(token);

    // Create: 201, the shortcut trimmed, the text verbatim.
    const QString text = "Hoi! <b>Bedankt</b> 🙏\n  Tot ziens ";
    const HttpResponse created =
        http.post("/api/v1/saved-replies", {{"shortcut", "  gift-wrap_2 "}, {"text", text}}, token);
    ASSERT_EQ(created.status, 201) << created.describe();
    const Decoded<SavedReply> reply = json::decodeSavedReply(QJsonValue(created.object()));
    ASSERT_TRUE(reply) << reply.error().toString().toStdString();
    EXPECT_EQ(reply.value().shortcut, "gift-wrap_2");
    EXPECT_EQ(reply.value().text, text);
    const qint64 id = reply.value().id;
    QList<ServerEvent> events = http.syncAll(token, seq);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).type, "saved_reply.upserted");
    EXPECT_EQ(events.at(0).data, created.object());
    seq = events.constLast().seq;
    EXPECT_TRUE(savedReplies(http, token).contains(created.object()));

    // Another staff member sees it.
    const QString agent = http.login(AgentEmail, AgentPassword);
    EXPECT_TRUE(savedReplies(http, agent).contains(created.object()));

    // ... but only staff who manage the shop change them (issue 17): refused, nothing written.
    const HttpResponse byAgent =
        http.put(savedReplyPath(id), {{"shortcut", "gift-wrap_2"}, {"text", "Agent's text"}}, agent);
    EXPECT_EQ(byAgent.status, 403) << byAgent.describe();
    EXPECT_EQ(byAgent.errorCode(), "forbidden");
    EXPECT_EQ(http.lastSeq(token), seq);

    // Update: 200, both fields replaced; keeping the own shortcut is no conflict.
    const HttpResponse updated =
        http.put(savedReplyPath(id), {{"shortcut", "gift-wrap_2"}, {"text", "We wrap for free."}}, token);
    ASSERT_EQ(updated.status, 200) << updated.describe();
    EXPECT_EQ(updated.object().value("id").toInteger(), id);
    EXPECT_EQ(updated.object().value("text").toString(), "We wrap for free.");
    const HttpResponse renamed =
        http.put(savedReplyPath(id), {{"shortcut", "wrap"}, {"text", "We wrap for free."}}, token);
    ASSERT_EQ(renamed.status, 200) << renamed.describe();
    EXPECT_EQ(renamed.object().value("shortcut").toString(), "wrap");
    events = http.syncAll(token, seq);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).data, updated.object());
    EXPECT_EQ(events.at(1).type, "saved_reply.upserted");
    EXPECT_EQ(events.at(1).data, renamed.object());
    seq = events.constLast().seq;
    // The old name is free again.
    const HttpResponse reused =
        http.post("/api/v1/saved-replies", {{"shortcut", "gift-wrap_2"}, {"text", "again"}}, token);
    EXPECT_EQ(reused.status, 201) << reused.describe();
    seq = http.lastSeq(token);

    // Delete: 200 {"id", "deleted"}; then it is gone (404 for every operation).
    const HttpResponse removed = http.send("DELETE", savedReplyPath(id), {}, token);
    ASSERT_EQ(removed.status, 200) << removed.describe();
    EXPECT_EQ(removed.object(), (QJsonObject{{"id", id}, {"deleted", true}}));
    events = http.syncAll(token, seq);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).type, "saved_reply.deleted");
    EXPECT_EQ(events.at(0).data, (QJsonObject{{"id", id}}));
    seq = events.constLast().seq;
    for (const QJsonValue &value : savedReplies(http, token))
        EXPECT_NE(value.toObject().value("id").toInteger(), id);
    const HttpResponse again = http.send("DELETE", savedReplyPath(id), {}, token);
    EXPECT_EQ(again.status, 404) << again.describe();
    EXPECT_EQ(again.errorMessage(), "saved reply not found");
    EXPECT_EQ(http.put(savedReplyPath(id), {{"shortcut", "wrap"}, {"text", "x"}}, token).status, 404);
    EXPECT_EQ(http.lastSeq(token), seq);
}

TEST_F(ServerApi, ARetriedCreateWithTheSameClientIdGetsTheSameReply)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QString clientId = newClientId();
    const QJsonObject body{{"client_id", clientId}, {"shortcut", "once"}, {"text", "Only once"}};
    const HttpResponse first = http.post("/api/v1/saved-replies", body, token);
    ASSERT_EQ(first.status, 201) << first.describe();
    const qint64 seq = http.lastSeq(token);
    const HttpResponse retry = http.post("/api/v1/saved-replies", body, token);
    EXPECT_EQ(retry.status, 200) << retry.describe();
    EXPECT_EQ(retry.object(), first.object());
    EXPECT_EQ(http.lastSeq(token), seq);
    // Another client_id with the same shortcut is a conflict.
    QJsonObject other = body;
    other.insert("client_id", newClientId());
    EXPECT_EQ(http.post("/api/v1/saved-replies", other, token).status, 409);
}

TEST_F(ServerApi, InvalidSavedRepliesAreRefusedAndNothingChanges)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonArray before = savedReplies(http, token);
    ASSERT_FALSE(before.isEmpty());
    const qint64 existingId = before.at(0).toObject().value("id").toInteger();
    const QString existingShortcut = before.at(0).toObject().value("shortcut").toString();
    const qint64 seq = http.lastSeq(token);

    struct Case
    {
        QJsonObject body;
        const char *message;
    };
    const QList<Case> invalid{
        {{{"text", "no shortcut"}}, "shortcut is required"},
        {{{"shortcut", QJsonValue()}, {"text", "x"}}, "shortcut is required"},
        {{{"shortcut", 5}, {"text", "x"}}, "shortcut must be a string"},
        {{{"shortcut", ""}, {"text", "x"}}, nullptr},
        {{{"shortcut", "   "}, {"text", "x"}}, nullptr},
        {{{"shortcut", "Shipping"}, {"text", "x"}}, nullptr},
        {{{"shortcut", "ship ping"}, {"text", "x"}}, nullptr},
        {{{"shortcut", "/ship"}, {"text", "x"}}, nullptr},
        {{{"shortcut", "café"}, {"text", "x"}}, nullptr},
        {{{"shortcut", QString(33, 'a')}, {"text", "x"}}, nullptr},
        {{{"shortcut", "ok"}}, "text is required"},
        {{{"shortcut", "ok"}, {"text", true}}, "text must be a string"},
        {{{"shortcut", "ok"}, {"text", ""}}, "text must not be blank"},
        {{{"shortcut", "ok"}, {"text", " \n\t "}}, "text must not be blank"},
        {{{"shortcut", "ok"}, {"text", QString(2001, 'x')}}, "text is longer than 2000 characters"},
        {{{"shortcut", "ok"}, {"text", "x"}, {"colour", "red"}}, "unknown field colour"},
    };
    const QString shortcutRule =
        "shortcut must be 1 to 32 characters of lower-case letters a-z, digits, - and _";
    for (const Case &c : invalid) {
        const QString expected = c.message ? QString::fromUtf8(c.message) : shortcutRule;
        const QByteArray shown = QJsonDocument(c.body).toJson(QJsonDocument::Compact).left(80);
        const HttpResponse created = http.post("/api/v1/saved-replies", c.body, token);
        EXPECT_EQ(created.status, 400) << shown.constData() << created.describe();
        EXPECT_EQ(created.errorCode(), "bad_request");
        EXPECT_EQ(created.errorMessage(), expected) << shown.constData();
        const HttpResponse updated = http.put(savedReplyPath(existingId), c.body, token);
        EXPECT_EQ(updated.status, 400) << shown.constData() << updated.describe();
        EXPECT_EQ(updated.errorMessage(), expected) << shown.constData();
    }
    // client_id is for POST only; on PUT it is an unknown field.
    EXPECT_EQ(http.put(savedReplyPath(existingId),
                       {{"shortcut", "ok"}, {"text", "x"}, {"client_id", newClientId()}}, token)
                  .errorMessage(),
              "unknown field client_id");
    EXPECT_EQ(
        http.post("/api/v1/saved-replies", {{"shortcut", "ok"}, {"text", "x"}, {"client_id", "nope"}}, token)
            .errorMessage(),
        "client_id must be a UUID string");
    const HttpResponse notObject = http.send("POST", "/api/v1/saved-replies", "[1]", token);
    EXPECT_EQ(notObject.status, 400);
    EXPECT_EQ(notObject.errorCode(), "bad_json");

    // Duplicate shortcuts: 409 conflict, on create and on rename.
    const HttpResponse duplicate =
        http.post("/api/v1/saved-replies", {{"shortcut", existingShortcut}, {"text", "another"}}, token);
    EXPECT_EQ(duplicate.status, 409) << duplicate.describe();
    EXPECT_EQ(duplicate.errorCode(), "conflict");
    EXPECT_EQ(duplicate.errorMessage(),
              QStringLiteral("a saved reply /%1 already exists").arg(existingShortcut));
    const qint64 otherId = before.at(1).toObject().value("id").toInteger();
    const HttpResponse clash =
        http.put(savedReplyPath(otherId), {{"shortcut", existingShortcut}, {"text", "another"}}, token);
    EXPECT_EQ(clash.status, 409) << clash.describe();
    EXPECT_EQ(clash.errorMessage(), QStringLiteral("a saved reply /%1 already exists").arg(existingShortcut));

    // Unknown ids: 404; ids that are not positive integers: 404 from the router.
    for (const QString &path : {savedReplyPath(987654321), QString("/api/v1/saved-replies/0"),
                                QString("/api/v1/saved-replies/abc")}) {
        const HttpResponse put = http.put(path, {{"shortcut", "ok"}, {"text", "x"}}, token);
        EXPECT_EQ(put.status, 404) << path.toStdString() << put.describe();
        EXPECT_EQ(put.errorCode(), "not_found");
        const HttpResponse del = http.send("DELETE", path, {}, token);
        EXPECT_EQ(del.status, 404) << path.toStdString() << del.describe();
    }
    // An id of another kind (customer 1) is not a saved reply.
    EXPECT_EQ(http.send("DELETE", savedReplyPath(1), {}, token).status, 404);
    EXPECT_EQ(http.send("PATCH", "/api/v1/saved-replies", "{}", token).status, 405);

    // Nothing was written.
    EXPECT_EQ(http.lastSeq(token), seq);
    EXPECT_EQ(savedReplies(http, token), before);

    // Limits are inclusive.
    const HttpResponse longest = http.post(
        "/api/v1/saved-replies", {{"shortcut", QString(32, 'z')}, {"text", QString(2000, 'x')}}, token);
    EXPECT_EQ(longest.status, 201) << longest.describe();
}

// --- storefront
// -------------------------------------------------------------------------------------------

TEST_F(ServerApi, StorefrontSessionCreatesAndResumesACustomer)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const qint64 seqBefore = http.lastSeq(token);

    const HttpResponse created =
        http.post("/storefront/v1/sessions", {{"name", "Mia Jansen"}, {"email", "Mia.Jansen@Example.com"}});
    ASSERT_EQ(created.status, 201) << created.describe();
    EXPECT_EQ(created.header("Access-Control-Allow-Origin"), "*");
    const QJsonObject session = created.object();
    EXPECT_GE(session.value("session_token").toString().size(), 32);
    const qint64 conversationId = session.value("conversation_id").toInteger();
    const qint64 customerId = session.value("customer_id").toInteger();
    EXPECT_GT(conversationId, 0);
    EXPECT_GT(customerId, 0);
    EXPECT_TRUE(session.value("visitor_name").toString().startsWith("Visitor ")) << created.describe();

    // Staff see the new customer and the new, empty conversation.
    const QList<ServerEvent> events = http.syncAll(token, seqBefore);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).type, "customer.upserted");
    EXPECT_EQ(events.at(0).data.value("id").toInteger(), customerId);
    EXPECT_EQ(events.at(0).data.value("name").toString(), "Mia Jansen");
    EXPECT_EQ(events.at(0).data.value("email").toString(), "Mia.Jansen@Example.com");
    EXPECT_EQ(events.at(0).data.value("visitor_name"), session.value("visitor_name"));
    EXPECT_EQ(events.at(1).type, "conversation.upserted");
    EXPECT_EQ(events.at(1).data.value("id").toInteger(), conversationId);
    EXPECT_EQ(events.at(1).data.value("customer_id").toInteger(), customerId);
    EXPECT_EQ(events.at(1).data.value("status").toString(), "open");

    // The same address in other letters is the same customer — but the address proves nothing (issue
    // 17): a conversation of its own, a new token, and the customer is not renamed.
    const qint64 beforeAgain = http.lastSeq(token);
    const HttpResponse again = http.post("/storefront/v1/sessions",
                                         {{"name", "Someone Else"}, {"email", "  mia.jansen@EXAMPLE.COM "}});
    ASSERT_EQ(again.status, 201) << again.describe();
    EXPECT_EQ(again.object().value("customer_id").toInteger(), customerId);
    EXPECT_NE(again.object().value("conversation_id").toInteger(), conversationId);
    EXPECT_EQ(again.object().value("visitor_name"), session.value("visitor_name"));
    EXPECT_EQ(again.object().value("name").toString(), "Someone Else"); // as given, not the stored name
    EXPECT_NE(again.object().value("session_token"), session.value("session_token"));
    EXPECT_FALSE(again.object().value("confirmed").toBool(true));
    EXPECT_TRUE(session.value("confirmed").toBool());
    // No customer.upserted: the conversation, then the notice that tells staff the name it gave.
    const QList<ServerEvent> againEvents = http.syncAll(token, beforeAgain);
    ASSERT_EQ(againEvents.size(), 3);
    EXPECT_EQ(againEvents.at(0).type, "conversation.upserted");
    EXPECT_EQ(againEvents.at(0).data.value("customer_id").toInteger(), customerId);
    EXPECT_EQ(againEvents.at(1).type, "message.created");
    EXPECT_EQ(againEvents.at(1).data.value("kind").toString(), "notice");
    EXPECT_EQ(againEvents.at(1).data.value("notice").toString(), "given_name");
    EXPECT_EQ(againEvents.at(1).data.value("notice_detail").toString(), "Someone Else");
    EXPECT_EQ(againEvents.at(2).type, "conversation.upserted");

    // A demo customer who chatted before: linked to that customer, in a new conversation.
    const QJsonObject demoConversation = demo("conversations").first().toObject();
    const QJsonObject demoCustomerObject = demoCustomer(demoConversation.value("customer_id").toInteger());
    const HttpResponse resumed =
        http.post("/storefront/v1/sessions",
                  {{"name", ""}, {"email", demoCustomerObject.value("email").toString().toUpper()}});
    ASSERT_EQ(resumed.status, 201) << resumed.describe();
    EXPECT_EQ(resumed.object().value("customer_id").toInteger(), demoCustomerObject.value("id").toInteger());
    EXPECT_EQ(resumed.object().value("visitor_name"), demoCustomerObject.value("visitor_name"));
    for (const QJsonValue &value : demo("conversations"))
        EXPECT_NE(resumed.object().value("conversation_id"), value.toObject().value("id"));
    // An empty name: the answer names nobody (the stored name is the customer's, not the session's), and
    // the customer keeps it.
    EXPECT_EQ(resumed.object().value("name").toString(), "");
    EXPECT_FALSE(demoCustomerObject.value("name").toString().isEmpty());

    const qint64 before = http.lastSeq(token);
    for (const QString &email : QStringList{"", "not-an-email", "a@b", "two@@example.com",
                                            "spa ce@example.com", "@example.com", "x@exa mple.com"}) {
        const HttpResponse response = http.post("/storefront/v1/sessions", {{"name", "X"}, {"email", email}});
        EXPECT_EQ(response.status, 422) << email.toStdString() << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape());
        EXPECT_EQ(response.errorCode(), "invalid_email");
    }
    // Surrounding white space is trimmed: a valid address.
    const HttpResponse padded =
        http.post("/storefront/v1/sessions", {{"name", "X"}, {"email", " x@example.com\n"}});
    EXPECT_EQ(padded.status, 201) << padded.describe();
    const HttpResponse missing = http.post("/storefront/v1/sessions", {{"name", "X"}});
    EXPECT_EQ(missing.status, 422) << missing.describe();
    const HttpResponse wrongType =
        http.post("/storefront/v1/sessions", {{"name", 5}, {"email", "ok@example.com"}});
    EXPECT_EQ(wrongType.status, 400) << wrongType.describe();
    EXPECT_EQ(http.lastSeq(token), before + 2); // only the padded address created something
}

TEST_F(ServerApi, CartEventsNameShortProductsOnly)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject session = startSession("Noah de Vries", "noah@example.org");
    const QString sessionToken = session.value("session_token").toString();
    ASSERT_FALSE(sessionToken.isEmpty());
    const qint64 conversationId = session.value("conversation_id").toInteger();
    const qint64 customerId = session.value("customer_id").toInteger();

    const auto inStock = [](const QJsonObject &p) {
        for (const QJsonValue &v : p.value("variants").toArray()) {
            if (v.toObject().value("inventory").toInt() > 0)
                return v.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject shortProduct = firstDemo("products", [&](const QJsonObject &p) {
        return p.value("published").toBool() && p.value("title").toString().size() < 41 &&
               !inStock(p).isEmpty();
    });
    const QJsonObject longProduct = firstDemo("products", [&](const QJsonObject &p) {
        return p.value("published").toBool() && p.value("title").toString().size() >= 41 &&
               !inStock(p).isEmpty();
    });
    ASSERT_FALSE(shortProduct.isEmpty());
    ASSERT_FALSE(longProduct.isEmpty());
    const QString shortTitle = shortProduct.value("title").toString();
    const QString longTitle = longProduct.value("title").toString();

    const auto cart = [&](const QString &action, const QJsonObject &product, const QString &bearer) {
        return http.send("POST", "/storefront/v1/cart",
                         QJsonDocument(QJsonObject{{"action", action},
                                                   {"product_id", product.value("id")},
                                                   {"variant_id", inStock(product).value("id")},
                                                   {"quantity", 1}})
                             .toJson(),
                         bearer);
    };
    const auto cartEvents = [&](qint64 since) {
        const QList<ServerEvent> events = http.syncAll(token, since);
        EXPECT_EQ(events.size(), 3);
        if (events.size() != 3)
            return ServerEvent();
        EXPECT_EQ(events.at(0).type, "cart.updated");
        EXPECT_EQ(events.at(0).data.value("customer_id").toInteger(), customerId);
        EXPECT_EQ(events.at(1).type, "message.created");
        EXPECT_EQ(events.at(2).type, "conversation.upserted");
        EXPECT_EQ(events.at(2).data.value("id").toInteger(), conversationId);
        const Decoded<Message> message = json::decodeMessage(events.at(1).data);
        EXPECT_TRUE(message);
        if (message) {
            EXPECT_EQ(message.value().kind, MessageKind::CartEvent);
            EXPECT_EQ(message.value().author, MessageAuthor::System);
            EXPECT_EQ(message.value().conversationId, conversationId);
        }
        return events.at(1);
    };

    qint64 seq = http.lastSeq(token);
    const HttpResponse addShort = cart("add", shortProduct, sessionToken);
    ASSERT_EQ(addShort.status, 200) << addShort.describe();
    const Decoded<Cart> afterAdd = json::decodeCart(addShort.object());
    ASSERT_TRUE(afterAdd) << afterAdd.error().toString().toStdString();
    ASSERT_EQ(afterAdd.value().lines.size(), 1);
    EXPECT_EQ(afterAdd.value().lines.at(0).productTitle, shortTitle);
    ServerEvent event = cartEvents(seq);
    EXPECT_EQ(event.data.value("cart_action").toString(), "add");
    EXPECT_EQ(event.data.value("body").toString(), "Added " + shortTitle + " to the cart");

    seq = http.lastSeq(token);
    const HttpResponse addLong = cart("add", longProduct, sessionToken);
    ASSERT_EQ(addLong.status, 200) << addLong.describe();
    EXPECT_EQ(addLong.object().value("lines").toArray().size(), 2);
    event = cartEvents(seq);
    EXPECT_EQ(event.data.value("body").toString(), "Added a product to the cart");
    EXPECT_FALSE(event.data.value("body").toString().contains(longTitle));

    seq = http.lastSeq(token);
    const HttpResponse removeShort = cart("remove", shortProduct, sessionToken);
    ASSERT_EQ(removeShort.status, 200) << removeShort.describe();
    const QJsonArray lines = removeShort.object().value("lines").toArray();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).toObject().value("product_id"), longProduct.value("id"));
    event = cartEvents(seq);
    EXPECT_EQ(event.data.value("cart_action").toString(), "remove");
    EXPECT_EQ(event.data.value("body").toString(), "Removed " + shortTitle + " from the cart");

    seq = http.lastSeq(token);
    const HttpResponse removeLong = cart("remove", longProduct, sessionToken);
    ASSERT_EQ(removeLong.status, 200) << removeLong.describe();
    EXPECT_TRUE(removeLong.object().value("lines").toArray().isEmpty());
    EXPECT_EQ(cartEvents(seq).data.value("body").toString(), "Removed a product from the cart");

    // Refusals write nothing.
    seq = http.lastSeq(token);
    const HttpResponse notInCart = cart("remove", shortProduct, sessionToken);
    EXPECT_EQ(notInCart.status, 422) << notInCart.describe();
    EXPECT_TRUE(notInCart.hasErrorShape());
    const QJsonObject unpublished =
        firstDemo("products", [](const QJsonObject &p) { return !p.value("published").toBool(); });
    const HttpResponse hidden = cart("add", unpublished, sessionToken);
    EXPECT_EQ(hidden.status, 404) << hidden.describe();
    EXPECT_TRUE(hidden.hasErrorShape());
    const HttpResponse wrongVariant = http.send(
        "POST", "/storefront/v1/cart",
        QJsonDocument(
            QJsonObject{{"action", "add"}, {"product_id", shortProduct.value("id")}, {"variant_id", 1}})
            .toJson(),
        sessionToken);
    EXPECT_EQ(wrongVariant.status, 404) << wrongVariant.describe();
    for (const QJsonObject &bad :
         {QJsonObject{{"action", "steal"}}, QJsonObject{{"action", "add"}},
          QJsonObject{{"action", "add"},
                      {"product_id", shortProduct.value("id")},
                      {"variant_id", inStock(shortProduct).value("id")},
                      {"quantity", 0}},
          QJsonObject{{"action", "add"}, {"product_id", "1"}, {"variant_id", 101}}}) {
        const HttpResponse response =
            http.send("POST", "/storefront/v1/cart", QJsonDocument(bad).toJson(), sessionToken);
        EXPECT_EQ(response.status, 400) << QJsonDocument(bad).toJson().constData() << response.describe();
        EXPECT_TRUE(response.hasErrorShape());
    }
    for (const QString &bad : {QString(), QStringLiteral("bogus-session"), token}) {
        const HttpResponse response = cart("add", shortProduct, bad);
        EXPECT_EQ(response.status, 401) << bad.toStdString() << ": " << response.describe();
        EXPECT_TRUE(response.hasErrorShape());
        EXPECT_EQ(response.errorCode(), "invalid_session");
        EXPECT_EQ(response.header("Access-Control-Allow-Origin"), "*");
    }
    EXPECT_EQ(http.lastSeq(token), seq);
}

TEST_F(ServerApi, OrderStatusNeedsTheNumberAndTheCustomersEmail)
{
    const QJsonObject shipped = firstDemo("orders", [](const QJsonObject &o) {
        return o.value("fulfillment_status").toString() == "fulfilled" && o.value("tracking_url").isString();
    });
    const QJsonObject unfulfilled = firstDemo("orders", [](const QJsonObject &o) {
        return o.value("fulfillment_status").toString() == "unfulfilled";
    });
    ASSERT_FALSE(shipped.isEmpty());
    ASSERT_FALSE(unfulfilled.isEmpty());
    const QString shippedEmail =
        demoCustomer(shipped.value("customer_id").toInteger()).value("email").toString();
    const QString unfulfilledEmail =
        demoCustomer(unfulfilled.value("customer_id").toInteger()).value("email").toString();

    const HttpResponse tracked =
        http.post("/storefront/v1/order-status",
                  {{"order_number", shipped.value("number")}, {"email", shippedEmail.toUpper()}});
    ASSERT_EQ(tracked.status, 200) << tracked.describe();
    EXPECT_EQ(tracked.header("Access-Control-Allow-Origin"), "*");
    EXPECT_EQ(tracked.object().value("fulfillment_status").toString(), "fulfilled");
    EXPECT_EQ(tracked.object().value("tracking_url"), shipped.value("tracking_url"));
    EXPECT_FALSE(tracked.object().contains("status_page_url")) << tracked.describe();

    // The number may be given without "#".
    const HttpResponse pending = http.post(
        "/storefront/v1/order-status",
        {{"order_number", unfulfilled.value("number").toString().mid(1)}, {"email", unfulfilledEmail}});
    ASSERT_EQ(pending.status, 200) << pending.describe();
    EXPECT_EQ(pending.object().value("fulfillment_status").toString(), "unfulfilled");
    EXPECT_EQ(pending.object().value("status_page_url"), unfulfilled.value("status_page_url"));
    EXPECT_FALSE(pending.object().contains("tracking_url")) << pending.describe();

    // Someone else's order and no order at all get the same answer, which tells nothing about the
    // order.
    const QString otherEmail =
        shippedEmail == unfulfilledEmail ? QStringLiteral("someone@example.com") : unfulfilledEmail;
    const HttpResponse wrongEmail = http.post(
        "/storefront/v1/order-status", {{"order_number", shipped.value("number")}, {"email", otherEmail}});
    const HttpResponse unknownNumber =
        http.post("/storefront/v1/order-status", {{"order_number", "#999999"}, {"email", shippedEmail}});
    EXPECT_EQ(wrongEmail.status, 404) << wrongEmail.describe();
    EXPECT_EQ(unknownNumber.status, 404) << unknownNumber.describe();
    EXPECT_TRUE(wrongEmail.hasErrorShape());
    EXPECT_EQ(wrongEmail.body, unknownNumber.body);
    for (const QString &secret :
         {shipped.value("tracking_url").toString(), shipped.value("status_page_url").toString(), shippedEmail,
          shipped.value("number").toString().mid(1), QStringLiteral("fulfilled")})
        EXPECT_FALSE(QString::fromUtf8(wrongEmail.body).contains(secret, Qt::CaseInsensitive))
            << secret.toStdString();

    for (const QJsonObject &bad :
         {QJsonObject{{"order_number", shipped.value("number")}}, QJsonObject{{"email", shippedEmail}},
          QJsonObject{{"order_number", ""}, {"email", shippedEmail}}}) {
        const HttpResponse response = http.post("/storefront/v1/order-status", bad);
        EXPECT_EQ(response.status, 400) << response.describe();
        EXPECT_TRUE(response.hasErrorShape());
    }
}

TEST_F(ServerApi, StorefrontSessionsAndStaffTokensDoNotMix)
{
    const QString token = http.login();
    ASSERT_FALSE(token.isEmpty());
    const QJsonObject alice = startSession("Alice", "alice@example.com");
    const QJsonObject bob = startSession("Bob", "bob@example.com");
    const QString aliceToken = alice.value("session_token").toString();
    ASSERT_FALSE(aliceToken.isEmpty());
    ASSERT_NE(alice.value("conversation_id"), bob.value("conversation_id"));
    const qint64 seqBefore = http.lastSeq(token);

    // A storefront session is no staff token.
    EXPECT_EQ(http.get("/api/v1/sync", aliceToken).status, 401);
    EXPECT_EQ(http.post(messagePath(alice.value("conversation_id").toInteger()),
                        {{"client_id", newClientId()}, {"body", "I am staff now"}}, aliceToken)
                  .status,
              401);
    EXPECT_EQ(http.put(QStringLiteral("/api/v1/customers/%1/note").arg(bob.value("customer_id").toInteger()),
                       {{"note", "x"}}, aliceToken)
                  .status,
              401);
    EXPECT_EQ(
        http.get(QStringLiteral("/api/v1/customers/%1/orders").arg(bob.value("customer_id").toInteger()),
                 aliceToken)
            .status,
        401);
    EXPECT_EQ(http.lastSeq(token), seqBefore);

    // The cart always belongs to the session: ids of another customer in the body change nothing.
    const QJsonObject product =
        firstDemo("products", [](const QJsonObject &p) { return p.value("published").toBool(); });
    const HttpResponse added = http.send(
        "POST", "/storefront/v1/cart",
        QJsonDocument(
            QJsonObject{{"action", "add"},
                        {"product_id", product.value("id")},
                        {"variant_id", product.value("variants").toArray().last().toObject().value("id")},
                        {"customer_id", bob.value("customer_id")},
                        {"conversation_id", bob.value("conversation_id")}})
            .toJson(),
        aliceToken);
    ASSERT_EQ(added.status, 200) << added.describe();
    EXPECT_EQ(added.object().value("customer_id"), alice.value("customer_id"));
    const QList<ServerEvent> events = http.syncAll(token, seqBefore);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(0).data.value("customer_id"), alice.value("customer_id"));
    EXPECT_EQ(events.at(1).data.value("conversation_id"), alice.value("conversation_id"));
    EXPECT_EQ(events.at(2).data.value("id"), alice.value("conversation_id"));
}
