// The shop's team and the staff's tokens (issue 17), against the real server over loopback on SQLite and
// PostgreSQL ("pg." prefix): a sign-out closes that token's open stream (it used to go on receiving events),
// deactivating a member closes theirs and refuses their password, an invited member must choose a password
// before anything else, tokens expire after 30 idle days (use keeps them alive), and each member lists and
// revokes their own devices. The owner cannot be changed, nobody locks themselves out.
#include "serverfixture.h"

#include "manualclock.h"
#include "staffservice.h"

#include <QTimeZone>

using namespace servertest;
using namespace shopinbox;

namespace {

class Team : public ServerFixture
{
protected:
    const Clock &clock() const override { return m_clock; }

    /** A staff stream from the start of the log that has caught up (its first frame arrived). */
    std::unique_ptr<WsClient> openStream(const QString &token)
    {
        auto stream = std::make_unique<WsClient>();
        EXPECT_TRUE(stream->open(wsUrl(QStringLiteral("/api/v1/stream?since=0")), token));
        EXPECT_TRUE(stream->waitForFrames(1));
        return stream;
    }

    QJsonObject memberByEmail(const QString &owner, const QString &email)
    {
        const HttpResponse team = http.get(QStringLiteral("/api/v1/team"), owner);
        EXPECT_EQ(team.status, 200) << team.describe();
        for (const QJsonValue &member : team.object().value(QStringLiteral("staff")).toArray()) {
            if (member.toObject().value(QStringLiteral("email")).toString() == email)
                return member.toObject();
        }
        return {};
    }

    HttpResponse tryLogin(const QString &email, const QString &password)
    {
        return http.post(QStringLiteral("/api/v1/login"),
                         {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    }

    test::ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc())};
};

TEST_F(Team, SigningOutClosesThatTokensStreamAndNoOther)
{
    const QString first = http.login();
    const QString second = http.login();
    auto signedOut = openStream(first);
    auto other = openStream(second);
    ASSERT_EQ(http.send("POST", QStringLiteral("/api/v1/logout"), {}, first).status, 200);
    ASSERT_TRUE(signedOut->waitForClosed());
    EXPECT_EQ(signedOut->closeCode, 1008);
    // The other device goes on receiving events.
    const qsizetype seen = other->frames.size();
    postText(
        second,
        demoData().value(QStringLiteral("conversations")).toArray().first()[QStringLiteral("id")].toInteger(),
        QStringLiteral("Still here"));
    EXPECT_TRUE(other->waitForFrames(seen + 1));
    EXPECT_FALSE(other->closed);
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=1"), first).status, 401);
}

TEST_F(Team, DeactivatingAMemberSignsThemOutEverywhereAndRefusesTheirPassword)
{
    const QString owner = http.login();
    const QString agent = http.login(QString::fromLatin1(AgentEmail), QString::fromLatin1(AgentPassword));
    auto stream = openStream(agent);
    const qint64 agentId =
        memberByEmail(owner, QString::fromLatin1(AgentEmail)).value(QStringLiteral("id")).toInteger();
    ASSERT_GT(agentId, 0);
    const HttpResponse off = http.patch(QStringLiteral("/api/v1/team/%1").arg(agentId),
                                        {{QStringLiteral("active"), false}}, owner);
    ASSERT_EQ(off.status, 200) << off.describe();
    EXPECT_FALSE(off.object().value(QStringLiteral("active")).toBool());
    ASSERT_TRUE(stream->waitForClosed());
    EXPECT_EQ(stream->closeCode, 1008);
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=1"), agent).status, 401);
    const HttpResponse refused =
        tryLogin(QString::fromLatin1(AgentEmail), QString::fromLatin1(AgentPassword));
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_credentials"));
    // The event tells every client's cache; the member cannot be assigned any more.
    const QList<ServerEvent> events = http.syncAll(owner);
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.constLast().type, QStringLiteral("staff.upserted"));
    EXPECT_FALSE(events.constLast().data.value(QStringLiteral("active")).toBool());
    for (const QJsonValue &staff : http.get(QStringLiteral("/api/v1/staff"), owner).array())
        EXPECT_NE(staff.toObject().value(QStringLiteral("id")).toInteger(), agentId);

    // Active again: the same password works.
    ASSERT_EQ(
        http.patch(QStringLiteral("/api/v1/team/%1").arg(agentId), {{QStringLiteral("active"), true}}, owner)
            .status,
        200);
    EXPECT_EQ(tryLogin(QString::fromLatin1(AgentEmail), QString::fromLatin1(AgentPassword)).status, 200);
}

TEST_F(Team, TheOwnerCannotBeChangedAndNobodyLocksThemselvesOut)
{
    const QString owner = http.login();
    const qint64 ownerId =
        memberByEmail(owner, QString::fromLatin1(OwnerEmail)).value(QStringLiteral("id")).toInteger();
    const qint64 before = http.lastSeq(owner);
    const HttpResponse demote = http.patch(QStringLiteral("/api/v1/team/%1").arg(ownerId),
                                           {{QStringLiteral("chat_permission"), false}}, owner);
    EXPECT_EQ(demote.status, 422) << demote.describe();
    EXPECT_EQ(demote.errorCode(), QStringLiteral("owner_unchangeable"));

    // A manager (invited with manage_shop) cannot take their own access away.
    const HttpResponse invited = http.post(QStringLiteral("/api/v1/team"),
                                           {{QStringLiteral("name"), QStringLiteral("Mo Manager")},
                                            {QStringLiteral("email"), QStringLiteral("mo@demo.shop")},
                                            {QStringLiteral("manage_shop_permission"), true}},
                                           owner);
    ASSERT_EQ(invited.status, 201) << invited.describe();
    const QString password = invited.object().value(QStringLiteral("password")).toString();
    const qint64 moId =
        invited.object().value(QStringLiteral("staff")).toObject().value(QStringLiteral("id")).toInteger();
    const QString mo = http.login(QStringLiteral("mo@demo.shop"), password);
    ASSERT_EQ(http.post(QStringLiteral("/api/v1/password"),
                        {{QStringLiteral("current_password"), password},
                         {QStringLiteral("new_password"), QStringLiteral("mo's own long password")}},
                        mo)
                  .status,
              200);
    const qint64 afterInvite = http.lastSeq(owner);
    for (const QJsonObject &change : {QJsonObject{{QStringLiteral("active"), false}},
                                      QJsonObject{{QStringLiteral("manage_shop_permission"), false}}}) {
        const HttpResponse self = http.patch(QStringLiteral("/api/v1/team/%1").arg(moId), change, mo);
        EXPECT_EQ(self.status, 422) << self.describe();
        EXPECT_EQ(self.errorCode(), QStringLiteral("cannot_change_self"));
    }
    EXPECT_EQ(http.patch(QStringLiteral("/api/v1/team/987654321"), {{QStringLiteral("active"), false}}, owner)
                  .status,
              404);
    EXPECT_EQ(http.patch(QStringLiteral("/api/v1/team/%1").arg(moId),
                         {{QStringLiteral("active"), QStringLiteral("no")}}, owner)
                  .status,
              400);
    EXPECT_EQ(http.post(QStringLiteral("/api/v1/team"),
                        {{QStringLiteral("name"), QStringLiteral("Again")},
                         {QStringLiteral("email"), QStringLiteral("MO@demo.shop")}},
                        owner)
                  .status,
              409);
    EXPECT_EQ(http.lastSeq(owner), afterInvite);
    EXPECT_GT(afterInvite, before);
}

TEST_F(Team, AnInvitedMemberChoosesTheirOwnPasswordBeforeAnythingElse)
{
    const QString owner = http.login();
    const HttpResponse invited = http.post(QStringLiteral("/api/v1/team"),
                                           {{QStringLiteral("name"), QStringLiteral("Noor El Amrani")},
                                            {QStringLiteral("email"), QStringLiteral("Noor@Demo.Shop ")},
                                            {QStringLiteral("chat_permission"), true}},
                                           owner);
    ASSERT_EQ(invited.status, 201) << invited.describe();
    const QString oneTime = invited.object().value(QStringLiteral("password")).toString();
    EXPECT_GE(oneTime.size(), 16);
    EXPECT_TRUE(
        invited.object().value(QStringLiteral("staff")).toObject().value(QStringLiteral("invited")).toBool());

    const HttpResponse signedIn = tryLogin(QStringLiteral("noor@demo.shop"), oneTime);
    ASSERT_EQ(signedIn.status, 200) << signedIn.describe();
    EXPECT_TRUE(signedIn.object().value(QStringLiteral("password_change_required")).toBool());
    const QString token = signedIn.object().value(QStringLiteral("token")).toString();
    const HttpResponse blocked = http.get(QStringLiteral("/api/v1/sync"), token);
    EXPECT_EQ(blocked.status, 403);
    EXPECT_EQ(blocked.errorCode(), QStringLiteral("password_change_required"));
    WsClient stream;
    stream.open(wsUrl(QStringLiteral("/api/v1/stream")), token);
    ASSERT_TRUE(stream.waitForClosed());
    EXPECT_EQ(stream.closeCode, 1008);

    const auto change = [&](const QString &current, const QString &next) {
        return http.post(
            QStringLiteral("/api/v1/password"),
            {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), next}}, token);
    };
    EXPECT_EQ(change(oneTime, QStringLiteral("short")).status, 422);
    EXPECT_EQ(
        change(QStringLiteral("not the one-time one"), QStringLiteral("a long enough password")).errorCode(),
        QStringLiteral("invalid_credentials"));
    ASSERT_EQ(change(oneTime, QStringLiteral("Noor's very own password")).status, 200);
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=1"), token).status, 200);
    EXPECT_EQ(tryLogin(QStringLiteral("noor@demo.shop"), oneTime).status, 401);
    const HttpResponse again =
        tryLogin(QStringLiteral("noor@demo.shop"), QStringLiteral("Noor's very own password"));
    ASSERT_EQ(again.status, 200);
    EXPECT_FALSE(again.object().value(QStringLiteral("password_change_required")).toBool());
    // Chat staff: answers customers, but does not manage the shop.
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/team"), token).status, 403);
}

TEST_F(Team, TokensExpireAfterThirtyIdleDaysAndUseKeepsThemAlive)
{
    const QString used = http.login();
    const QString idle = http.login();
    const qint64 day = 24 * 3600 * 1000;
    m_clock.advance(20 * day);
    ASSERT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=1"), used).status, 200);
    m_clock.advance(15 * day); // 35 days after sign-in, 15 after the last use
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=1"), used).status, 200);
    const HttpResponse expired = http.get(QStringLiteral("/api/v1/sync?limit=1"), idle);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.errorCode(), QStringLiteral("unauthorized"));
}

TEST_F(Team, EachMemberListsAndRevokesTheirOwnDevices)
{
    const QString laptop = http.login();
    const HttpResponse phoneLogin =
        http.post(QStringLiteral("/api/v1/login"),
                  {{QStringLiteral("email"), QString::fromLatin1(OwnerEmail)},
                   {QStringLiteral("password"), QString::fromLatin1(OwnerPassword)},
                   {QStringLiteral("device"), QStringLiteral("Shop Inbox on the shop PC")}});
    ASSERT_EQ(phoneLogin.status, 200);
    const QString phone = phoneLogin.object().value(QStringLiteral("token")).toString();
    auto stream = openStream(phone);
    const HttpResponse devices = http.get(QStringLiteral("/api/v1/devices"), laptop);
    ASSERT_EQ(devices.status, 200) << devices.describe();
    QString phoneId;
    int current = 0;
    for (const QJsonValue &device : devices.array()) {
        current += device.toObject().value(QStringLiteral("current")).toBool() ? 1 : 0;
        if (device.toObject().value(QStringLiteral("device")).toString() ==
            QLatin1String("Shop Inbox on the shop PC"))
            phoneId = device.toObject().value(QStringLiteral("id")).toString();
    }
    EXPECT_EQ(current, 1);
    ASSERT_EQ(phoneId.size(), 16);
    // Another member's devices are not theirs to revoke.
    const QString agent = http.login(QString::fromLatin1(AgentEmail), QString::fromLatin1(AgentPassword));
    EXPECT_EQ(
        http.post(QStringLiteral("/api/v1/devices/revoke"), {{QStringLiteral("device_id"), phoneId}}, agent)
            .status,
        404);
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=1"), phone).status, 200);

    ASSERT_EQ(
        http.post(QStringLiteral("/api/v1/devices/revoke"), {{QStringLiteral("device_id"), phoneId}}, laptop)
            .status,
        200);
    ASSERT_TRUE(stream->waitForClosed());
    EXPECT_EQ(stream->closeCode, 1008);
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=1"), phone).status, 401);
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/sync?limit=1"), laptop).status, 200);
}

} // namespace
