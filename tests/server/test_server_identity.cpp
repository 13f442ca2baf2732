// Customers' identity (issue 17): an e-mail address typed into the pre-chat form proves nothing. Someone who
// knows a customer's address gets a session linked to that customer for the merchant, but sees none of the
// customer's conversation, receives none of the replies sent to it, cannot rename the customer and cannot
// change their cart. Sessions expire a week after their last use; new sessions and order lookups are rate
// limited per address (and lookups per session), in the database so that every process counts together.
// On SQLite and PostgreSQL ("pg." prefix).
#include "serverfixture.h"

#include "manualclock.h"
#include "storefrontservice.h"

#include <QTimeZone>

using namespace servertest;
using namespace shopinbox;
using shopinbox::server::StorefrontService;

namespace {

class Identity : public ServerFixture
{
protected:
    const Clock &clock() const override { return m_clock; }

    QUrl chatUrl(const QString &token) const
    {
        return wsUrl(QStringLiteral("/storefront/v1/chat?session=") + token);
    }

    QJsonObject customer(const QString &staffToken, qint64 id)
    {
        QJsonObject found;
        for (const ServerEvent &event : http.syncAll(staffToken)) {
            if (event.type == QLatin1String("customer.upserted") &&
                event.data.value(QStringLiteral("id")).toInteger() == id)
                found = event.data;
        }
        return found;
    }

    test::ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc())};
};

TEST_F(Identity, SomeoneWhoKnowsACustomersEmailSeesAndChangesNothingOfTheirs)
{
    const QString staff = http.login();
    // The real customer: chats, and gets a discount code from staff.
    const QJsonObject victim =
        startSession(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
    const qint64 victimConversation = victim.value(QStringLiteral("conversation_id")).toInteger();
    const qint64 customerId = victim.value(QStringLiteral("customer_id")).toInteger();
    {
        WsClient chat;
        ASSERT_TRUE(chat.open(chatUrl(victim.value(QStringLiteral("session_token")).toString())));
        ASSERT_TRUE(chat.waitForFrames(1));
        chat.sendJson({{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("client_id"), newClientId()},
                       {QStringLiteral("body"), QStringLiteral("My address is 12 Baker Street")}});
        ASSERT_GE(chat.waitForFrame(
                      [](const QJsonObject &f) {
                          return f.value(QStringLiteral("type")) == QLatin1String("message");
                      },
                      1),
                  0);
    }
    ASSERT_EQ(http.post(QStringLiteral("/storefront/v1/cart"),
                        {{QStringLiteral("action"), QStringLiteral("apply_discount")},
                         {QStringLiteral("discount_code"), QStringLiteral("WELCOME10")}},
                        victim.value(QStringLiteral("session_token")).toString())
                  .status,
              200);

    // The attacker types the same address (in other letters) and another name.
    const QJsonObject attacker = startSession(QStringLiteral("Mallory"), QStringLiteral("ADA@example.com"));
    const QString attackerToken = attacker.value(QStringLiteral("session_token")).toString();
    EXPECT_EQ(attacker.value(QStringLiteral("customer_id")).toInteger(),
              customerId); // one customer for the merchant
    EXPECT_NE(attacker.value(QStringLiteral("conversation_id")).toInteger(), victimConversation);
    // The answer does not tell the victim's name: the attacker sees the name it gave.
    EXPECT_EQ(attacker.value(QStringLiteral("name")).toString(), QStringLiteral("Mallory"));
    EXPECT_EQ(customer(staff, customerId).value(QStringLiteral("name")).toString(),
              QStringLiteral("Ada Lovelace"));

    WsClient spy;
    ASSERT_TRUE(spy.open(chatUrl(attackerToken)));
    ASSERT_TRUE(spy.waitForFrames(1));
    EXPECT_TRUE(spy.frames.first().value(QStringLiteral("messages")).toArray().isEmpty())
        << spy.texts.first().toStdString();

    // Staff answer the real customer: the attacker's socket gets nothing of it. Its own conversation still
    // works both ways (the reply there arrives: a later observable point).
    postText(staff, victimConversation, QStringLiteral("Here is 15% off: ADA15"));
    const QJsonObject own = postText(staff, attacker.value(QStringLiteral("conversation_id")).toInteger(),
                                     QStringLiteral("Hello, how can we help?"));
    ASSERT_FALSE(own.isEmpty());
    ASSERT_GE(spy.waitForFrame([](const QJsonObject &f) {
        return f.value(QStringLiteral("message")).toObject().value(QStringLiteral("body")) ==
               QLatin1String("Hello, how can we help?");
    }),
              0);
    for (const QString &text : spy.texts)
        EXPECT_FALSE(text.contains(QStringLiteral("ADA15")) || text.contains(QStringLiteral("Baker Street")))
            << text.toStdString();

    // The cart is the customer's: refused, and nothing changed.
    const qint64 before = http.lastSeq(staff);
    const HttpResponse cart = http.post(QStringLiteral("/storefront/v1/cart"),
                                        {{QStringLiteral("action"), QStringLiteral("apply_discount")},
                                         {QStringLiteral("discount_code"), QStringLiteral("FREESHIP")}},
                                        attackerToken);
    EXPECT_EQ(cart.status, 403) << cart.describe();
    EXPECT_EQ(cart.errorCode(), QStringLiteral("verification_required"));
    EXPECT_EQ(http.lastSeq(staff), before);
}

TEST_F(Identity, SessionsExpireAWeekAfterTheirLastUse)
{
    const QJsonObject used = startSession(QStringLiteral("Bo"), QStringLiteral("bo@example.com"));
    const QJsonObject idle = startSession(QStringLiteral("Cy"), QStringLiteral("cy@example.com"));
    const qint64 day = 24 * 3600 * 1000;
    const auto cart = [&](const QJsonObject &session) {
        return http.post(QStringLiteral("/storefront/v1/cart"),
                         {{QStringLiteral("action"), QStringLiteral("apply_discount")},
                          {QStringLiteral("discount_code"), QStringLiteral("WELCOME10")}},
                         session.value(QStringLiteral("session_token")).toString());
    };
    m_clock.advance(5 * day);
    ASSERT_EQ(cart(used).status, 200);
    m_clock.advance(4 * day); // 9 days after both started; 4 after the last use of one
    EXPECT_EQ(cart(used).status, 200);
    const HttpResponse expired = cart(idle);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.errorCode(), QStringLiteral("invalid_session"));
    WsClient chat;
    chat.open(chatUrl(idle.value(QStringLiteral("session_token")).toString()));
    ASSERT_TRUE(chat.waitForClosed());
    EXPECT_EQ(chat.closeCode, 1008);
}

TEST_F(Identity, NewSessionsAndOrderLookupsAreRateLimited)
{
    const QString staff = http.login();
    for (int i = 0; i < StorefrontService::MaxSessionsPerAddress; ++i)
        ASSERT_FALSE(startSession(QStringLiteral("V"), QStringLiteral("v%1@example.com").arg(i)).isEmpty())
            << i;
    const qint64 before = http.lastSeq(staff);
    const HttpResponse limited =
        http.post(QStringLiteral("/storefront/v1/sessions"),
                  {{QStringLiteral("name"), QStringLiteral("V")},
                   {QStringLiteral("email"), QStringLiteral("one-more@example.com")}});
    EXPECT_EQ(limited.status, 429) << limited.describe();
    EXPECT_EQ(limited.errorCode(), QStringLiteral("rate_limited"));
    EXPECT_EQ(http.lastSeq(staff), before); // no customer, no conversation
    // The window passes: new sessions again.
    m_clock.advance(qint64(StorefrontService::RateWindowSeconds) * 1000 + 1);
    EXPECT_FALSE(startSession(QStringLiteral("V"), QStringLiteral("later@example.com")).isEmpty());

    // Order lookups: per session first (the widget sends its session), then per address.
    const QJsonObject order = demoData().value(QStringLiteral("orders")).toArray().first().toObject();
    const QJsonObject lookup{
        {QStringLiteral("order_number"), order.value(QStringLiteral("number")).toString()},
        {QStringLiteral("email"), QStringLiteral("guess@example.com")}};
    const QString session = startSession(QStringLiteral("G"), QStringLiteral("g@example.com"))
                                .value(QStringLiteral("session_token"))
                                .toString();
    for (int i = 0; i < StorefrontService::MaxLookupsPerSession; ++i)
        EXPECT_EQ(http.post(QStringLiteral("/storefront/v1/order-status"), lookup, session).status, 404) << i;
    EXPECT_EQ(http.post(QStringLiteral("/storefront/v1/order-status"), lookup, session).status, 429);
    int answered = StorefrontService::MaxLookupsPerSession + 1; // the address counted those too
    while (answered < StorefrontService::MaxLookupsPerAddress) {
        EXPECT_EQ(http.post(QStringLiteral("/storefront/v1/order-status"), lookup).status, 404) << answered;
        ++answered;
    }
    const HttpResponse tooMany = http.post(QStringLiteral("/storefront/v1/order-status"), lookup);
    EXPECT_EQ(tooMany.status, 429) << tooMany.describe();
}

TEST_F(Identity, OrderLookupsFromAChatShowToStaffAsNoticesAndNeverToTheCustomer)
{
    const QString staff = http.login();
    const QJsonObject order = demoData().value(QStringLiteral("orders")).toArray().first().toObject();
    QString ownerEmail;
    for (const QJsonValue &c : demoData().value(QStringLiteral("customers")).toArray()) {
        if (c[QStringLiteral("id")].toInteger() == order.value(QStringLiteral("customer_id")).toInteger())
            ownerEmail = c[QStringLiteral("email")].toString();
    }
    ASSERT_FALSE(ownerEmail.isEmpty());
    const QString number = order.value(QStringLiteral("number")).toString();
    const QJsonObject session = startSession(QStringLiteral("Lou"), QStringLiteral("lou@example.com"));
    const QString token = session.value(QStringLiteral("session_token")).toString();
    const qint64 conversation = session.value(QStringLiteral("conversation_id")).toInteger();
    WsClient chat;
    ASSERT_TRUE(chat.open(chatUrl(token)));
    ASSERT_TRUE(chat.waitForFrames(1));

    const auto lookup = [&](const QString &orderNumber, const QString &email, const QString &withToken) {
        return http
            .post(QStringLiteral("/storefront/v1/order-status"),
                  {{QStringLiteral("order_number"), orderNumber}, {QStringLiteral("email"), email}},
                  withToken)
            .status;
    };
    EXPECT_EQ(lookup(number.mid(1), ownerEmail, token), 200); // without "#": shown as the order's number
    EXPECT_EQ(lookup(QStringLiteral("#999999"), ownerEmail, token), 404);
    EXPECT_EQ(lookup(number, QStringLiteral("guess@example.com"), QString()), 404); // no chat: no thread
    EXPECT_EQ(lookup(QString(), ownerEmail, token), 400); // refused: nothing to show

    // A later observable point for the customer: a staff reply after the lookups.
    postText(staff, conversation, QStringLiteral("Anything else?"));
    ASSERT_GE(chat.waitForFrame([](const QJsonObject &f) {
        return f.value(QStringLiteral("message")).toObject().value(QStringLiteral("body")) ==
               QLatin1String("Anything else?");
    }),
              0);
    for (const QString &text : chat.texts)
        EXPECT_FALSE(text.contains(QStringLiteral("notice"))) << text.toStdString();

    QStringList notices;
    for (const ServerEvent &event : http.syncAll(staff)) {
        if (event.type == QLatin1String("message.created") &&
            event.data.value(QStringLiteral("kind")) == QLatin1String("notice")) {
            EXPECT_EQ(event.data.value(QStringLiteral("author")).toString(), QStringLiteral("system"));
            EXPECT_EQ(event.data.value(QStringLiteral("conversation_id")).toInteger(), conversation);
            notices.append(event.data.value(QStringLiteral("notice")).toString() + QLatin1Char(' ') +
                           event.data.value(QStringLiteral("notice_detail")).toString());
        }
    }
    EXPECT_EQ(notices, (QStringList{QStringLiteral("order_lookup ") + number,
                                    QStringLiteral("order_lookup_failed #999999")}));
}

} // namespace
