// The findings of issue 17 that are not about who calls: each one as it was found, now refused cleanly or
// handled, on SQLite and on PostgreSQL ("pg." prefix). A refused call changes nothing (the event log), and
// the next good call works (no statement left broken, no transaction left aborted).
#include "serverfixture.h"

#include "serverdatabase.h"
#include "shopservice.h"
#include "storefrontservice.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>

using namespace servertest;
using namespace shopinbox;

namespace {

QByteArray png(int size = 8)
{
    return imageBytes(size, Qt::darkCyan);
}

QByteArray jpeg()
{
    return imageBytes(16, Qt::darkRed, "JPEG");
}

class Hardening : public ServerFixture
{
protected:
    QString messagePath(qint64 conversation) const
    {
        return QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation);
    }
    qint64 firstConversation() const
    {
        return demoData()
            .value(QStringLiteral("conversations"))
            .toArray()
            .first()[QStringLiteral("id")]
            .toInteger();
    }
};

TEST_F(Hardening, AnImageIdOfTheWrongTypeLeavesLaterImageMessagesWorking)
{
    const QString token = http.login();
    const HttpResponse upload = http.send("POST", QStringLiteral("/api/v1/media"), png(), token, "image/png");
    ASSERT_EQ(upload.status, 201) << upload.describe();
    const QString imageId = upload.object().value(QStringLiteral("image_id")).toString();
    for (const QJsonValue &wrong : {QJsonValue(1), QJsonValue(true), QJsonValue(QJsonArray{imageId})}) {
        const HttpResponse refused = http.post(messagePath(firstConversation()),
                                               {{QStringLiteral("client_id"), newClientId()},
                                                {QStringLiteral("kind"), QStringLiteral("image")},
                                                {QStringLiteral("image_id"), wrong}},
                                               token);
        EXPECT_EQ(refused.status, 422) << refused.describe();
    }
    for (int i = 0; i < 3; ++i) {
        const HttpResponse sent = http.post(messagePath(firstConversation()),
                                            {{QStringLiteral("client_id"), newClientId()},
                                             {QStringLiteral("kind"), QStringLiteral("image")},
                                             {QStringLiteral("image_id"), imageId}},
                                            token);
        EXPECT_EQ(sent.status, 201) << sent.describe();
    }
}

TEST_F(Hardening, NulInAnyTextIsABadRequestAndTheNextSessionStarts)
{
    const QString token = http.login();
    const qint64 before = http.lastSeq(token);
    const QString nul = QStringLiteral("victim") + QChar(0) + QStringLiteral("@example.com");
    const HttpResponse session =
        http.post(QStringLiteral("/storefront/v1/sessions"),
                  {{QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("email"), nul}});
    EXPECT_EQ(session.status, 400) << session.describe();
    EXPECT_EQ(session.errorCode(), QStringLiteral("bad_request"));
    const HttpResponse message =
        http.post(messagePath(firstConversation()),
                  {{QStringLiteral("client_id"), newClientId()},
                   {QStringLiteral("kind"), QStringLiteral("text")},
                   {QStringLiteral("body"), QStringLiteral("a") + QChar(0) + QStringLiteral("b")}},
                  token);
    EXPECT_EQ(message.status, 400) << message.describe();
    const HttpResponse key = http.put(QStringLiteral("/api/v1/settings"),
                                      {{QStringLiteral("gree") + QChar(0), QStringLiteral("x")}}, token);
    EXPECT_EQ(key.status, 400) << key.describe();
    const HttpResponse query = http.get(QStringLiteral("/api/v1/products?query=a%00b"), token);
    EXPECT_EQ(query.status, 400) << query.describe();
    EXPECT_EQ(http.lastSeq(token), before);
    // Nothing was left broken: the next sessions start (on PostgreSQL an aborted transaction used to leave a
    // statement prepared in it, and every later session got 503).
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(
            startSession(QStringLiteral("Next"), QStringLiteral("next%1@example.com").arg(i)).isEmpty());
    // In a chat message too.
    const QJsonObject chat = startSession(QStringLiteral("Chat"), QStringLiteral("chat@example.com"));
    WsClient socket;
    ASSERT_TRUE(socket.open(wsUrl(QStringLiteral("/storefront/v1/chat?session=") +
                                  chat.value(QStringLiteral("session_token")).toString())));
    socket.sendJson({{QStringLiteral("type"), QStringLiteral("message")},
                     {QStringLiteral("client_id"), newClientId()},
                     {QStringLiteral("body"), QStringLiteral("x") + QChar(0)}});
    const qsizetype error = socket.waitForFrame([](const QJsonObject &frame) {
        return frame.value(QStringLiteral("type")).toString() == QLatin1String("error");
    });
    ASSERT_GE(error, 0);
    EXPECT_TRUE(socket.frames.at(error)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("NUL")));
}

TEST_F(Hardening, PathIdsAreDigitsOnlyAndLimitsAreClamped)
{
    const QString token = http.login();
    const qint64 before = http.lastSeq(token);
    const QString id = QString::number(firstConversation());
    for (const QString &bad :
         {id + QStringLiteral("%00abc"), id + QStringLiteral("abc"), QStringLiteral("+") + id,
          QStringLiteral("%20") + id, QStringLiteral("0x1"), QStringLiteral("99999999999999999999")}) {
        const HttpResponse refused = http.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(bad),
                                               {{QStringLiteral("client_id"), newClientId()},
                                                {QStringLiteral("kind"), QStringLiteral("text")},
                                                {QStringLiteral("body"), QStringLiteral("x")}},
                                               token);
        EXPECT_EQ(refused.status, 404) << bad.toStdString() << ": " << refused.describe();
    }
    EXPECT_EQ(http.lastSeq(token), before);
    const HttpResponse clamped = http.get(QStringLiteral("/api/v1/sync?limit=2147483648"), token);
    ASSERT_EQ(clamped.status, 200) << clamped.describe();
    EXPECT_EQ(clamped.object().value(QStringLiteral("events")).toArray().size(), qMin<qint64>(before, 1000));
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/products?limit=99999999999"), token).status, 200);
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=-1"), token).status, 400);
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?since=%2B1"), token).status, 400);
}

TEST_F(Hardening, UploadsKeepOnlyTheImageAndAreServedAsNothingElse)
{
    const QString token = http.login();
    const QByteArray html = "<html><script>alert(document.cookie)</script></html>";
    for (const QByteArray &image : {png(), jpeg()}) {
        const HttpResponse upload = http.send("POST", QStringLiteral("/api/v1/media"), image + html, token,
                                              "application/octet-stream");
        ASSERT_EQ(upload.status, 201) << upload.describe();
        const HttpResponse served = http.get(upload.object().value(QStringLiteral("url")).toString());
        ASSERT_EQ(served.status, 200);
        EXPECT_FALSE(served.body.contains("<script>")) << "the polyglot's HTML was stored";
        EXPECT_FALSE(QImage::fromData(served.body).isNull()) << "what is stored is still the image";
        EXPECT_EQ(served.header("X-Content-Type-Options"), "nosniff");
        EXPECT_TRUE(served.header("Content-Security-Policy").startsWith("default-src 'none'"));
    }
    // A PNG with a text chunk (metadata) keeps its pixels, loses the text.
    QImage tagged(4, 4, QImage::Format_RGB32);
    tagged.fill(Qt::yellow);
    tagged.setText(QStringLiteral("Comment"), QStringLiteral("<svg onload=alert(1)>"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    tagged.save(&buffer, "PNG");
    ASSERT_TRUE(bytes.contains("onload"));
    const HttpResponse upload = http.send("POST", QStringLiteral("/api/v1/media"), bytes, token, "image/png");
    ASSERT_EQ(upload.status, 201) << upload.describe();
    const HttpResponse served = http.get(upload.object().value(QStringLiteral("url")).toString());
    EXPECT_FALSE(served.body.contains("onload"));
    EXPECT_EQ(QImage::fromData(served.body).pixelColor(1, 1), QColor(Qt::yellow));
    // A cut-off container is refused, nothing stored.
    const qint64 seq = http.lastSeq(token);
    const QByteArray whole = png(64);
    const HttpResponse cut =
        http.send("POST", QStringLiteral("/api/v1/media"), whole.left(whole.size() / 2), token, "image/png");
    EXPECT_EQ(cut.status, 415) << cut.describe();
    EXPECT_EQ(http.lastSeq(token), seq);
}

TEST_F(Hardening, VisitorNamesNeverRunOut)
{
    // A shop whose five-digit visitor names are all taken (99,000 customers), written straight into the
    // database: the next sessions still start, at once, with names no one else has.
    server::ServerDatabase &db = runner().service()->context().database();
    const qint64 shopId = runner().service()->defaultShopId();
    const QString currency =
        demoData().value(QStringLiteral("shop")).toObject().value(QStringLiteral("currency")).toString();
    ASSERT_TRUE(db.execSql(QStringLiteral("BEGIN")));
    // 500 rows a statement; a name a demo customer has already is skipped.
    for (int first = 1000; first < 100000; first += 500) {
        QStringList rows;
        for (int n = first; n < first + 500 && n < 100000; ++n)
            rows.append(QStringLiteral("(%1, %2, 'Visitor %3', '%4')")
                            .arg(qint64(900000000) + n)
                            .arg(shopId)
                            .arg(n)
                            .arg(currency));
        ASSERT_TRUE(
            db.execSql(QStringLiteral("INSERT INTO customers(id, shop_id, visitor_name, currency) VALUES ") +
                       rows.join(QLatin1Char(',')) + QStringLiteral(" ON CONFLICT DO NOTHING")));
    }
    ASSERT_TRUE(db.execSql(QStringLiteral("COMMIT")));
    QSqlQuery count(db.db());
    ASSERT_TRUE(
        count.exec(QStringLiteral("SELECT COUNT(*) FROM customers WHERE visitor_name LIKE 'Visitor ____' "
                                  "OR visitor_name LIKE 'Visitor _____'")));
    ASSERT_TRUE(count.next());
    const int seeded = count.value(0).toInt();
    count.finish();
    ASSERT_EQ(seeded, 99000); // every five-digit name is taken
    QSet<QString> names;
    for (int i = 0; i < 20; ++i) {
        const QJsonObject session = startSession(QString(), QStringLiteral("late%1@example.com").arg(i));
        ASSERT_FALSE(session.isEmpty());
        const QString name = session.value(QStringLiteral("visitor_name")).toString();
        EXPECT_TRUE(name.startsWith(QStringLiteral("Visitor "))) << name.toStdString();
        EXPECT_FALSE(names.contains(name));
        names.insert(name);
    }
}

} // namespace

namespace {

/** A short presence lease, so that a crashed process's customers go offline within a test. */
class PresenceLeases : public ServerFixture
{
protected:
    void adjustOptions(server::ServerOptions &options) override { options.presenceLeaseMs = 600; }
};

TEST_F(PresenceLeases, ACrashedProcesssCustomersGoOfflineAndALiveOnesStayOnline)
{
    const QString token = http.login();
    // A chat socket held by this process: the customer is online, and stays so through the sweeps.
    const QJsonObject session = startSession(QStringLiteral("Live"), QStringLiteral("live@example.com"));
    WsClient chat;
    ASSERT_TRUE(chat.open(wsUrl(QStringLiteral("/storefront/v1/chat?session=") +
                                session.value(QStringLiteral("session_token")).toString())));
    ASSERT_TRUE(chat.waitForFrames(1));
    const qint64 live = session.value(QStringLiteral("customer_id")).toInteger();
    // The stream first: the sweep may run at any turn of the event loop from the moment the rows below
    // exist, and its event must come after the stream's starting point.
    WsClient staff;
    ASSERT_TRUE(staff.open(wsUrl(QStringLiteral("/api/v1/stream?since=%1").arg(http.lastSeq(token))), token));

    // Another process held a socket of a demo customer and crashed: its lease is over, its row remains.
    server::ServerDatabase &db = runner().service()->context().database();
    const qint64 shopId = runner().service()->defaultShopId();
    const qint64 crashed =
        demoData().value(QStringLiteral("customers")).toArray().first()[QStringLiteral("id")].toInteger();
    ASSERT_TRUE(
        db.run(QStringLiteral("INSERT INTO server_processes(id, lease_until) VALUES ('crashed', 1)"), {}));
    ASSERT_TRUE(db.run(
        QStringLiteral("INSERT INTO presence(shop_id, customer_id, process_id) VALUES (?, ?, 'crashed')"),
        {shopId, crashed}));
    ASSERT_TRUE(db.run(QStringLiteral("UPDATE customers SET online = TRUE WHERE id = ?"), {crashed}));
    // The sweep (every 200 ms here) takes them offline; the ceiling only bounds a hang.
    ASSERT_GE(staff.waitForFrame(
                  [&](const QJsonObject &f) {
                      return f.value(QStringLiteral("type")) == QLatin1String("presence.changed") &&
                             f.value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("customer_id"))
                                     .toInteger() == crashed;
                  },
                  0, 20000),
              0);
    // The sweep that took them offline left the customer whose socket this process holds online.
    bool stillOnline = false;
    db.run(QStringLiteral("SELECT online FROM customers WHERE id = ?"), {live},
           [&](const QSqlQuery &q) { stillOnline = q.value(0).toBool(); });
    EXPECT_TRUE(stillOnline);
    for (const ServerEvent &event : staff.events()) {
        if (event.type == QLatin1String("presence.changed")) {
            EXPECT_NE(event.data.value(QStringLiteral("customer_id")).toInteger(), live);
        }
    }
}

} // namespace
