// Automated messages: the follow-up after a customer's first message of a conversation, or the away message
// outside the shop's business hours (in the shop's time zone, Europe/Amsterdam for the demo shop, across
// the change to summer time on 2026-03-29). The service's clock is injected.
#include "serverfixture.h"

#include "manualclock.h"
#include "shopservice.h"

using namespace servertest;
using namespace shopinbox;

namespace {

const QString FollowUp = QStringLiteral("Thanks for your message, we usually reply within a few minutes.");
const QString Away = QStringLiteral("We're away right now and will reply by email as soon as we're back.");

class AutomatedMessages : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (HasFatalFailure())
            return;
        token = http.login();
    }
    void setNow(const QString &isoUtc)
    {
        const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
        ASSERT_TRUE(at.isValid());
        m_clock.set(at);
    }
    /** A new customer writes @p texts; returns the system messages created meanwhile. */
    QList<QJsonObject> conversationWith(const QStringList &texts)
    {
        const qint64 since = http.lastSeq(token);
        const QJsonObject session =
            startSession(QStringLiteral("Kim"), QStringLiteral("kim-%1@example.com").arg(newClientId()));
        const std::optional<server::StorefrontSession> s = runner().service()->storefront().session(
            session.value(QStringLiteral("session_token")).toString());
        EXPECT_TRUE(s);
        if (!s)
            return {};
        for (const QString &text : texts) {
            const auto result = runner().service()->conversations().customerMessage(
                *s, {{QStringLiteral("client_id"), newClientId()}, {QStringLiteral("body"), text}});
            EXPECT_TRUE(result.ok() && result->created);
        }
        QList<QJsonObject> automated;
        for (const ServerEvent &event :
             ofType(http.syncAll(token, since), QStringLiteral("message.created"))) {
            if (event.data.value(QStringLiteral("author")).toString() == QLatin1String("system")) {
                EXPECT_EQ(event.data.value(QStringLiteral("conversation_id")).toInteger(),
                          session.value(QStringLiteral("conversation_id")).toInteger());
                automated.append(event.data);
            }
        }
        return automated;
    }
    QString automatedTextAt(const QString &isoUtc)
    {
        setNow(isoUtc);
        const QList<QJsonObject> automated = conversationWith({QStringLiteral("Hello?")});
        EXPECT_EQ(automated.size(), 1) << isoUtc.toStdString();
        m_lastAutomated = automated.isEmpty()
                              ? QString()
                              : automated.constFirst().value(QStringLiteral("automated")).toString();
        return automated.isEmpty() ? QString()
                                   : automated.constFirst().value(QStringLiteral("body")).toString();
    }

    const Clock &clock() const override { return m_clock; }

    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    QString token;
    QString m_lastAutomated; ///< The "automated" field of the last automatedTextAt() message.
};

} // namespace

TEST_F(AutomatedMessages, TheFollowUpAnswersOnlyTheFirstCustomerMessage)
{
    setNow(QStringLiteral("2026-03-25T10:00:00Z")); // Wednesday 11:00 in Amsterdam: open
    const QList<QJsonObject> automated =
        conversationWith({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
    ASSERT_EQ(automated.size(), 1);
    EXPECT_EQ(automated.constFirst().value(QStringLiteral("body")).toString(), FollowUp);
    EXPECT_EQ(automated.constFirst().value(QStringLiteral("kind")).toString(), QStringLiteral("system"));
    EXPECT_TRUE(automated.constFirst().value(QStringLiteral("staff_id")).isNull());
}

TEST_F(AutomatedMessages, TheAwayMessageOnlyOutsideBusinessHours)
{
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-25T07:59:00Z")), Away); // Wed 08:59 CET
    EXPECT_EQ(m_lastAutomated, QStringLiteral("away")) << "says which automatic message it is";
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-25T08:00:00Z")), FollowUp); // Wed 09:00 CET
    EXPECT_EQ(m_lastAutomated, QStringLiteral("follow_up"));
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-25T16:29:00Z")), FollowUp); // Wed 17:29 CET
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-25T16:30:00Z")), Away);     // Wed 17:30 CET
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-29T12:00:00Z")), Away);     // Sunday: closed (null)
}

TEST_F(AutomatedMessages, BusinessHoursFollowTheShopsClockAcrossTheChangeToSummerTime)
{
    QJsonObject hours{{QStringLiteral("sun"), QJsonArray{QStringLiteral("09:00"), QStringLiteral("17:00")}}};
    const HttpResponse put =
        http.put(QStringLiteral("/api/v1/settings"), {{QStringLiteral("business_hours"), hours}}, token);
    ASSERT_EQ(put.status, 200) << put.describe();
    // Sunday before the change: CET, UTC+1.
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-22T08:30:00Z")), FollowUp); // 09:30 CET
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-22T16:30:00Z")), Away);     // 17:30 CET
    // 2026-03-29: at 01:00 UTC the clocks go from 02:00 CET to 03:00 CEST (UTC+2). A fixed UTC+1 would
    // get both of these wrong.
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-29T07:30:00Z")), FollowUp); // 09:30 CEST
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-29T15:30:00Z")), Away);     // 17:30 CEST
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-29T06:59:00Z")), Away);     // 08:59 CEST
}

TEST_F(AutomatedMessages, NoBusinessHoursMeansAlwaysOpenAndEmptyTextsSendNothing)
{
    ASSERT_EQ(http.put(QStringLiteral("/api/v1/settings"), {{QStringLiteral("business_hours"), QJsonValue()}},
                       token)
                  .status,
              200);
    EXPECT_EQ(automatedTextAt(QStringLiteral("2026-03-29T02:00:00Z")), FollowUp); // Sunday 04:00
    ASSERT_EQ(http.put(QStringLiteral("/api/v1/settings"),
                       {{QStringLiteral("follow_up"), QStringLiteral("")}}, token)
                  .status,
              200);
    setNow(QStringLiteral("2026-03-25T10:00:00Z"));
    EXPECT_TRUE(conversationWith({QStringLiteral("anyone?")}).isEmpty());
}
