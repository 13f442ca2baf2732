// Who may do what (issue 17): every route of the server's own route table (HttpApi::routes()) is called by
// every principal — no token, garbage, an expired token, a revoked one, a storefront session, staff without
// chat permission, chat staff, the owner (manager), and the mail relay — and the status is the one the route
// table promises. Every refusal is checked to have changed nothing: the shop's event log (every write of the
// domain appends to it) and the uploaded media stay as they were. A route without a sample below fails the
// test, so a new route cannot skip the table. On SQLite and on PostgreSQL ("pg." prefix).
#include "serverfixture.h"

#include "httpapi.h"
#include "manualclock.h"
#include "staffservice.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

using namespace servertest;
using namespace shopinbox;
using shopinbox::server::HttpApi;

namespace {

constexpr const char *InboundSecret = "inbound-secret-access-0123456789";

enum class Who { None, Garbage, Expired, Revoked, Storefront, NoChat, Chat, Owner, MailRelay };

const char *name(Who who)
{
    switch (who) {
    case Who::None:
        return "no token";
    case Who::Garbage:
        return "garbage";
    case Who::Expired:
        return "expired staff token";
    case Who::Revoked:
        return "revoked staff token";
    case Who::Storefront:
        return "storefront session";
    case Who::NoChat:
        return "staff without chat";
    case Who::Chat:
        return "chat staff";
    case Who::Owner:
        return "owner";
    case Who::MailRelay:
        return "mail relay";
    }
    return "";
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

class AccessTest : public ServerFixture
{
protected:
    const Clock &clock() const override { return m_clock; }
    void adjustOptions(server::ServerOptions &options) override
    {
        options.mailFromDomain = QStringLiteral("mail.maple.test");
        options.inboundSecret = QString::fromLatin1(InboundSecret);
    }

    void SetUp() override
    {
        ServerFixture::SetUp();
        // A token last used more than the idle period ago: made first, then the clock moves on.
        m_tokens[Who::Expired] =
            http.login(QString::fromLatin1(AgentEmail), QString::fromLatin1(AgentPassword));
        m_clock.advance(qint64(server::StaffService::TokenIdleDays) * 24 * 3600 * 1000 + 1000);
        m_tokens[Who::Revoked] =
            http.login(QString::fromLatin1(AgentEmail), QString::fromLatin1(AgentPassword));
        ASSERT_EQ(http.send("POST", QStringLiteral("/api/v1/logout"), {}, m_tokens[Who::Revoked]).status,
                  200);
        m_tokens[Who::Garbage] = QStringLiteral("Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg");
        m_tokens[Who::Storefront] =
            startSession(QStringLiteral("Mara"), QStringLiteral("mara.access@example.com"))
                .value(QStringLiteral("session_token"))
                .toString();
        m_tokens[Who::MailRelay] = QString::fromLatin1(InboundSecret);
        relogin(Who::NoChat);
        relogin(Who::Chat);
        relogin(Who::Owner);
        const QJsonObject demo = demoData();
        m_conversationId =
            demo.value(QStringLiteral("conversations")).toArray().first()[QStringLiteral("id")].toInteger();
        m_customerId =
            demo.value(QStringLiteral("customers")).toArray().first()[QStringLiteral("id")].toInteger();
        m_mediaDir = QDir(options().dataDirectory).filePath(QStringLiteral("media"));
    }

    void relogin(Who who)
    {
        if (who == Who::NoChat)
            m_tokens[who] =
                http.login(QString::fromLatin1(WarehouseEmail), QString::fromLatin1(WarehousePassword));
        else if (who == Who::Chat)
            m_tokens[who] = http.login(QString::fromLatin1(AgentEmail), QString::fromLatin1(AgentPassword));
        else if (who == Who::Owner)
            m_tokens[who] = http.login();
    }

    /** The seq of the shop's newest event, read on from the last answer (cheap to ask after every call). */
    qint64 lastSeq()
    {
        for (;;) {
            const HttpResponse page =
                http.get(QStringLiteral("/api/v1/sync?since=%1").arg(m_seq), m_tokens[Who::Owner]);
            EXPECT_EQ(page.status, 200) << page.describe();
            if (page.status != 200)
                return -1;
            m_seq = page.object().value(QStringLiteral("next_since")).toInteger();
            if (!page.object().value(QStringLiteral("has_more")).toBool())
                return m_seq;
        }
    }

    qsizetype mediaFiles() const
    {
        return QDir(m_mediaDir).entryList(QDir::Files | QDir::NoDotAndDotDot).size();
    }

    /** A saved reply of the owner's, for the routes that change or delete one. */
    qint64 newSavedReply()
    {
        const HttpResponse created =
            http.post(QStringLiteral("/api/v1/saved-replies"),
                      {{QStringLiteral("shortcut"), QStringLiteral("s%1").arg(++m_serial)},
                       {QStringLiteral("text"), QStringLiteral("Hi")}},
                      m_tokens[Who::Owner]);
        EXPECT_EQ(created.status, 201) << created.describe();
        return created.object().value(QStringLiteral("id")).toInteger();
    }

    /** A member invited by the owner, for the route that changes one. */
    qint64 newMember()
    {
        const HttpResponse created =
            http.post(QStringLiteral("/api/v1/team"),
                      {{QStringLiteral("name"), QStringLiteral("Temp %1").arg(++m_serial)},
                       {QStringLiteral("email"), QStringLiteral("temp%1@demo.shop").arg(m_serial)}},
                      m_tokens[Who::Owner]);
        EXPECT_EQ(created.status, 201) << created.describe();
        return created.object()
            .value(QStringLiteral("staff"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }

    /** One call of a route: its path with ids filled in, body and the status when allowed. */
    struct Call
    {
        QString path;
        QByteArray body;
        int allowed = 200;
        QByteArray contentType = "application/json";
    };

    /** The sample call of @p route; a route without one fails the test. */
    std::optional<Call> sample(const HttpApi::RouteInfo &route)
    {
        const QString key = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.path;
        const QString conversation = QString::number(m_conversationId);
        const QString customer = QString::number(m_customerId);
        const QString unique = QString::number(++m_serial);
        if (key == QLatin1String("POST /api/v1/login"))
            return Call{route.path, json({{QStringLiteral("email"), QString::fromLatin1(OwnerEmail)},
                                          {QStringLiteral("password"), QString::fromLatin1(OwnerPassword)}})};
        if (key == QLatin1String("POST /api/v1/logout"))
            return Call{route.path, {}};
        if (key == QLatin1String("GET /api/v1/sync"))
            return Call{route.path + QStringLiteral("?limit=1"), {}};
        if (key == QLatin1String("POST /api/v1/conversations/{id}/messages"))
            return Call{
                QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                json({{QStringLiteral("kind"), QStringLiteral("text")},
                      {QStringLiteral("body"), QStringLiteral("Access check %1").arg(unique)},
                      {QStringLiteral("client_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}),
                201};
        if (key == QLatin1String("PATCH /api/v1/conversations/{id}"))
            return Call{QStringLiteral("/api/v1/conversations/%1").arg(conversation),
                        json({{QStringLiteral("unread"), false}})};
        if (key == QLatin1String("PUT /api/v1/customers/{id}/note"))
            return Call{QStringLiteral("/api/v1/customers/%1/note").arg(customer),
                        json({{QStringLiteral("note"), QStringLiteral("Note %1").arg(unique)}})};
        if (key == QLatin1String("GET /api/v1/customers/{id}/orders"))
            return Call{QStringLiteral("/api/v1/customers/%1/orders").arg(customer), {}};
        if (key == QLatin1String("GET /api/v1/products") || key == QLatin1String("GET /api/v1/discounts") ||
            key == QLatin1String("GET /api/v1/staff") || key == QLatin1String("GET /api/v1/settings") ||
            key == QLatin1String("GET /api/v1/saved-replies") || key == QLatin1String("GET /api/v1/team") ||
            key == QLatin1String("GET /api/v1/devices") ||
            key == QLatin1String("GET /storefront/v1/settings"))
            return Call{route.path, {}};
        if (key == QLatin1String("POST /api/v1/media"))
            return Call{route.path, imageBytes(4, Qt::darkGreen), 201, "image/png"};
        if (key == QLatin1String("PUT /api/v1/settings"))
            return Call{route.path, json({{QStringLiteral("away"), QStringLiteral("Away %1").arg(unique)}})};
        if (key == QLatin1String("POST /api/v1/saved-replies"))
            return Call{route.path,
                        json({{QStringLiteral("shortcut"), QStringLiteral("new%1").arg(unique)},
                              {QStringLiteral("text"), QStringLiteral("Text")}}),
                        201};
        if (key == QLatin1String("PUT /api/v1/saved-replies/{id}"))
            return Call{QStringLiteral("/api/v1/saved-replies/%1").arg(newSavedReply()),
                        json({{QStringLiteral("shortcut"), QStringLiteral("changed%1").arg(unique)},
                              {QStringLiteral("text"), QStringLiteral("Changed")}})};
        if (key == QLatin1String("DELETE /api/v1/saved-replies/{id}"))
            return Call{QStringLiteral("/api/v1/saved-replies/%1").arg(newSavedReply()), {}};
        if (key == QLatin1String("POST /api/v1/team"))
            return Call{route.path,
                        json({{QStringLiteral("name"), QStringLiteral("Nina %1").arg(unique)},
                              {QStringLiteral("email"), QStringLiteral("nina%1@demo.shop").arg(unique)},
                              {QStringLiteral("chat_permission"), true}}),
                        201};
        if (key == QLatin1String("PATCH /api/v1/team/{id}"))
            return Call{QStringLiteral("/api/v1/team/%1").arg(newMember()),
                        json({{QStringLiteral("chat_permission"), true}})};
        // Allowed callers get the new password refused as too short: nobody's password changes here.
        if (key == QLatin1String("POST /api/v1/password"))
            return Call{route.path,
                        json({{QStringLiteral("current_password"), QStringLiteral("x")},
                              {QStringLiteral("new_password"), QStringLiteral("short")}}),
                        422};
        if (key == QLatin1String("POST /api/v1/devices/revoke"))
            return Call{route.path, json({{QStringLiteral("device_id"), QStringLiteral("0000000000000000")}}),
                        404};
        if (key == QLatin1String("POST /storefront/v1/sessions"))
            return Call{route.path,
                        json({{QStringLiteral("name"), QStringLiteral("Visitor")},
                              {QStringLiteral("email"), QStringLiteral("v%1@example.com").arg(unique)}}),
                        201};
        if (key == QLatin1String("POST /storefront/v1/cart"))
            return Call{route.path, json({{QStringLiteral("action"), QStringLiteral("apply_discount")},
                                          {QStringLiteral("discount_code"), QStringLiteral("WELCOME10")}})};
        // The storefront session here is a new customer's own: nothing to confirm, and nothing changes.
        if (key == QLatin1String("POST /storefront/v1/verification"))
            return Call{route.path, {}, 409};
        if (key == QLatin1String("POST /storefront/v1/verification/confirm"))
            return Call{route.path, json({{QStringLiteral("code"), QStringLiteral("000000")}}), 409};
        if (key == QLatin1String("POST /storefront/v1/order-status"))
            return Call{route.path,
                        json({{QStringLiteral("order_number"), QStringLiteral("#1001")},
                              {QStringLiteral("email"), QStringLiteral("nobody@example.com")}}),
                        404};
        // A mail to nobody of this server: the relay is let in, the mail is refused as undeliverable.
        if (key == QLatin1String("POST /api/v1/inbound-email"))
            return Call{route.path,
                        QByteArrayLiteral("From: a@example.com\r\nTo: nobody@elsewhere.test\r\n"
                                          "Subject: Re\r\nMessage-ID: <x@example.com>\r\n\r\nHello\r\n"),
                        404, "message/rfc822"};
        return std::nullopt;
    }

    /** What @p who gets from @p route: the allowed status, or the refusal's status and code. */
    static std::pair<int, QString> expected(const HttpApi::RouteInfo &route, Who who, int allowed)
    {
        switch (route.principal) {
        case HttpApi::Principal::None:
            return {allowed, {}};
        case HttpApi::Principal::Storefront:
            return who == Who::Storefront ? std::pair<int, QString>{allowed, {}}
                                          : std::pair<int, QString>{401, QStringLiteral("invalid_session")};
        case HttpApi::Principal::MailRelay:
            return who == Who::MailRelay ? std::pair<int, QString>{allowed, {}}
                                         : std::pair<int, QString>{401, QStringLiteral("unauthorized")};
        case HttpApi::Principal::Staff:
            break;
        }
        if (who != Who::NoChat && who != Who::Chat && who != Who::Owner)
            return {401, QStringLiteral("unauthorized")};
        const bool permitted = route.permission == HttpApi::Permission::None || who == Who::Owner ||
                               (route.permission == HttpApi::Permission::Chat && who == Who::Chat);
        return permitted ? std::pair<int, QString>{allowed, {}}
                         : std::pair<int, QString>{403, QStringLiteral("forbidden")};
    }

    test::ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc())};
    QHash<Who, QString> m_tokens;
    qint64 m_conversationId = 0;
    qint64 m_customerId = 0;
    QString m_mediaDir;
    int m_serial = 0;
    qint64 m_seq = 0;
};

TEST_F(AccessTest, EveryRouteAnswersEveryPrincipalAsTheRouteTableSaysAndRefusalsChangeNothing)
{
    const QList<HttpApi::RouteInfo> routes = runner().api()->routes();
    ASSERT_GE(routes.size(), 25);
    const QList<Who> everyone{Who::None,   Who::Garbage, Who::Expired, Who::Revoked,  Who::Storefront,
                              Who::NoChat, Who::Chat,    Who::Owner,   Who::MailRelay};
    int refusals = 0;
    for (const HttpApi::RouteInfo &route : routes) {
        for (const Who who : everyone) {
            const std::optional<Call> call = sample(route);
            ASSERT_TRUE(call) << "no sample call for " << route.method.constData() << " "
                              << route.path.toStdString() << ": add it to this table";
            const auto [status, code] = expected(route, who, call->allowed);
            const qint64 seqBefore = lastSeq();
            const qsizetype mediaBefore = mediaFiles();
            const HttpResponse response =
                http.send(route.method, call->path, call->body, m_tokens.value(who), call->contentType);
            const std::string what = route.method.toStdString() + " " + call->path.toStdString() + " as " +
                                     name(who) + ": " + response.describe();
            EXPECT_EQ(response.status, status) << what;
            if (!code.isEmpty()) {
                ++refusals;
                EXPECT_EQ(response.errorCode(), code) << what;
                EXPECT_TRUE(response.hasErrorShape()) << what;
                EXPECT_EQ(lastSeq(), seqBefore) << "a refusal wrote to the shop: " << what;
                EXPECT_EQ(mediaFiles(), mediaBefore) << "a refusal stored media: " << what;
            }
            if (route.path == QLatin1String("/api/v1/logout") && code.isEmpty())
                relogin(who); // that token is gone now
        }
    }
    // The table is not trivially "everything allowed": most combinations are refusals.
    EXPECT_GT(refusals, routes.size() * 4);
}

TEST_F(AccessTest, StaffStreamsAdmitValidTokensOnly)
{
    for (const Who who :
         {Who::None, Who::Garbage, Who::Expired, Who::Revoked, Who::Storefront, Who::MailRelay}) {
        WsClient stream;
        ASSERT_TRUE(stream.open(wsUrl(QStringLiteral("/api/v1/stream")), m_tokens.value(who)) ||
                    stream.closed);
        ASSERT_TRUE(stream.waitForClosed()) << name(who);
        EXPECT_EQ(stream.closeCode, 1008) << name(who);
    }
    // Staff without chat may read: their stream runs (docs/security.md).
    for (const Who who : {Who::NoChat, Who::Chat, Who::Owner}) {
        WsClient stream;
        ASSERT_TRUE(stream.open(wsUrl(QStringLiteral("/api/v1/stream?since=0")), m_tokens.value(who)))
            << name(who);
        EXPECT_TRUE(stream.waitForFrames(1)) << name(who);
        EXPECT_FALSE(stream.closed) << name(who);
    }
}

} // namespace
