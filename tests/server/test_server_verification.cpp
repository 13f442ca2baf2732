// A customer proves their address (issue 17): a chat that typed an existing customer's e-mail address asks
// for a code, which goes by mail through a REAL SMTP server on loopback (tests/support/smtp-sink.py); typing
// it makes the chat the customer's — their conversation with its whole history, with what the chat wrote
// before, and their cart. Staff see each step as a notice in the thread; the customer's side never sees a
// notice. Wrong codes, expired codes and too many mails are refused and change nothing. On SQLite and
// PostgreSQL ("pg." prefix).
#include "serverfixture.h"
#include "smtpsink.h"

#include "manualclock.h"
#include "mimemessage.h"
#include "verificationservice.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimeZone>

using namespace servertest;
using namespace shopinbox;
using shopinbox::server::MimeMessage;
using shopinbox::server::VerificationService;

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

class Verification : public ServerFixture
{
protected:
    const Clock &clock() const override { return m_clock; }

    void SetUp() override
    {
        m_smtpPort = freePort();
        ASSERT_TRUE(m_sink.start(m_smtpPort)) << "cannot start tests/support/smtp-sink.py (python3-aiosmtpd)";
        ServerFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_staff = http.login();
    }
    void adjustOptions(server::ServerOptions &options) override
    {
        options.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort);
        options.mailFromDomain = QStringLiteral("mail.maple.test");
    }

    QUrl chatUrl(const QString &token) const
    {
        return wsUrl(QStringLiteral("/storefront/v1/chat?session=") + token);
    }

    /** Says @p body in the chat of @p token and waits until it is stored (it comes back as a frame). */
    void say(const QString &token, const QString &body)
    {
        WsClient chat;
        ASSERT_TRUE(chat.open(chatUrl(token)));
        ASSERT_TRUE(chat.waitForFrames(1));
        chat.sendJson({{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("client_id"), newClientId()},
                       {QStringLiteral("body"), body}});
        ASSERT_GE(chat.waitForFrame([&](const QJsonObject &f) {
            return f.value(QStringLiteral("message")).toObject().value(QStringLiteral("body")) == body;
        }),
                  0);
    }

    /** The code in the @p index-th mail (waits for it). */
    QString mailedCode(qsizetype index, QString *recipient = nullptr)
    {
        if (!m_sink.waitForMails(index + 1))
            return {};
        const testsupport::SinkMail mail = m_sink.mails().at(index);
        if (recipient)
            *recipient = mail.recipients.value(0);
        QString error;
        const std::optional<MimeMessage> parsed = MimeMessage::parse(mail.raw, &error);
        if (!parsed)
            return {};
        return QRegularExpression(QStringLiteral("\\b([0-9]{6})\\b")).match(parsed->text()).captured(1);
    }

    HttpResponse askForCode(const QString &token)
    {
        return http.send("POST", QStringLiteral("/storefront/v1/verification"), {}, token);
    }
    HttpResponse confirm(const QString &token, const QString &code)
    {
        return http.post(QStringLiteral("/storefront/v1/verification/confirm"),
                         {{QStringLiteral("code"), code}}, token);
    }
    HttpResponse applyDiscount(const QString &token)
    {
        return http.post(QStringLiteral("/storefront/v1/cart"),
                         {{QStringLiteral("action"), QStringLiteral("apply_discount")},
                          {QStringLiteral("discount_code"), QStringLiteral("WELCOME10")}},
                         token);
    }

    /** The messages of @p conversationId as staff have them (latest version of each). */
    QList<QJsonObject> staffMessages(qint64 conversationId)
    {
        QHash<qint64, QJsonObject> byId;
        QList<qint64> order;
        for (const ServerEvent &event : http.syncAll(m_staff)) {
            if (!event.type.startsWith(QLatin1String("message.")) ||
                event.data.value(QStringLiteral("conversation_id")).toInteger() != conversationId)
                continue;
            const qint64 id = event.data.value(QStringLiteral("id")).toInteger();
            if (!byId.contains(id))
                order.append(id);
            byId.insert(id, event.data);
        }
        QList<QJsonObject> result;
        for (const qint64 id : order)
            result.append(byId.value(id));
        return result;
    }
    QJsonObject staffConversation(qint64 id)
    {
        QJsonObject found;
        for (const ServerEvent &event : http.syncAll(m_staff)) {
            if (event.type == QLatin1String("conversation.upserted") &&
                event.data.value(QStringLiteral("id")).toInteger() == id)
                found = event.data;
        }
        return found;
    }
    static QStringList notices(const QList<QJsonObject> &messages)
    {
        QStringList result;
        for (const QJsonObject &m : messages) {
            if (m.value(QStringLiteral("kind")) == QLatin1String("notice"))
                result.append(m.value(QStringLiteral("notice")).toString() + QLatin1Char(':') +
                              m.value(QStringLiteral("notice_detail")).toString());
        }
        return result;
    }

    test::ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc())};
    testsupport::SmtpSink m_sink;
    quint16 m_smtpPort = 0;
    QString m_staff;
};

TEST_F(Verification, TheMailedCodeMakesTheChatTheCustomersWithTheirHistoryAndCart)
{
    // Ada chats from her laptop.
    const QJsonObject laptop =
        startSession(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
    const qint64 customersConversation = laptop.value(QStringLiteral("conversation_id")).toInteger();
    say(laptop.value(QStringLiteral("session_token")).toString(), QStringLiteral("Where is my parcel?"));

    // Later, on her phone, she types her address again: a linked chat, which says so.
    const QJsonObject phone = startSession(QStringLiteral("Ada (phone)"), QStringLiteral("Ada@Example.com"));
    const QString token = phone.value(QStringLiteral("session_token")).toString();
    const qint64 phoneConversation = phone.value(QStringLiteral("conversation_id")).toInteger();
    EXPECT_FALSE(phone.value(QStringLiteral("confirmed")).toBool(true))
        << QJsonDocument(phone).toJson().data();
    EXPECT_TRUE(laptop.value(QStringLiteral("confirmed")).toBool());
    EXPECT_EQ(notices(staffMessages(phoneConversation)),
              QStringList{QStringLiteral("given_name:Ada (phone)")});
    say(token, QStringLiteral("Sent from my phone: the parcel came, thanks!"));
    EXPECT_EQ(applyDiscount(token).status, 403);

    const HttpResponse sent = askForCode(token);
    ASSERT_EQ(sent.status, 202) << sent.describe();
    EXPECT_EQ(sent.object().value(QStringLiteral("sent_to")).toString(), QStringLiteral("a…@example.com"));
    EXPECT_EQ(sent.object().value(QStringLiteral("valid_minutes")).toInt(), VerificationService::CodeMinutes);
    QString recipient;
    const QString code = mailedCode(0, &recipient);
    ASSERT_EQ(code.size(), 6);
    EXPECT_EQ(recipient, QStringLiteral("ada@example.com"));
    EXPECT_TRUE(
        notices(staffMessages(phoneConversation)).contains(QStringLiteral("code_sent:a…@example.com")));

    // A wrong code changes nothing: still linked, no cart.
    const QString wrong =
        code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    const qint64 before = http.lastSeq(m_staff);
    const HttpResponse refused = confirm(token, wrong);
    EXPECT_EQ(refused.status, 422) << refused.describe();
    EXPECT_EQ(refused.errorCode(), QStringLiteral("invalid_code"));
    EXPECT_EQ(http.lastSeq(m_staff), before);
    EXPECT_EQ(applyDiscount(token).status, 403);

    const HttpResponse confirmed = confirm(token, code);
    ASSERT_EQ(confirmed.status, 200) << confirmed.describe();
    EXPECT_EQ(confirmed.object().value(QStringLiteral("conversation_id")).toInteger(), customersConversation);
    EXPECT_EQ(confirmed.object().value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(applyDiscount(token).status, 200);
    EXPECT_EQ(confirm(token, code).errorCode(), QStringLiteral("already_confirmed"));

    // The chat now shows the customer's conversation with what the phone wrote before, and no notice.
    WsClient chat;
    ASSERT_TRUE(chat.open(chatUrl(token)));
    ASSERT_TRUE(chat.waitForFrames(1));
    const QJsonObject hello = chat.frames.first();
    EXPECT_EQ(hello.value(QStringLiteral("conversation_id")).toInteger(), customersConversation);
    QStringList bodies;
    for (const QJsonValue &m : hello.value(QStringLiteral("messages")).toArray()) {
        EXPECT_NE(m[QStringLiteral("kind")].toString(), QStringLiteral("notice"))
            << chat.texts.first().toStdString();
        if (m[QStringLiteral("author")] == QLatin1String("customer"))
            bodies.append(m[QStringLiteral("body")].toString());
    }
    EXPECT_EQ(bodies, (QStringList{QStringLiteral("Where is my parcel?"),
                                   QStringLiteral("Sent from my phone: the parcel came, thanks!")}));

    // What it writes now goes to the customer's conversation, and staff replies there reach it.
    chat.sendJson({{QStringLiteral("type"), QStringLiteral("message")},
                   {QStringLiteral("client_id"), newClientId()},
                   {QStringLiteral("body"), QStringLiteral("One more question")}});
    ASSERT_GE(chat.waitForFrame([](const QJsonObject &f) {
        return f.value(QStringLiteral("message")).toObject().value(QStringLiteral("body")) ==
               QLatin1String("One more question");
    }),
              0);
    postText(m_staff, customersConversation, QStringLiteral("Glad it arrived!"));
    ASSERT_GE(chat.waitForFrame([](const QJsonObject &f) {
        return f.value(QStringLiteral("message")).toObject().value(QStringLiteral("body")) ==
               QLatin1String("Glad it arrived!");
    }),
              0);
    for (const QJsonObject &frame : chat.frames)
        EXPECT_NE(frame.value(QStringLiteral("message")).toObject().value(QStringLiteral("kind")).toString(),
                  QStringLiteral("notice"));
    const QList<QJsonObject> mainThread = staffMessages(customersConversation);
    EXPECT_EQ(mainThread.last().value(QStringLiteral("body")).toString(), QStringLiteral("Glad it arrived!"));
    EXPECT_TRUE(notices(mainThread).contains(QStringLiteral("address_confirmed:")));
    EXPECT_TRUE(notices(staffMessages(phoneConversation)).contains(QStringLiteral("address_confirmed:")));
    // The phone's conversation is closed for staff: the chat goes on in the customer's.
    EXPECT_EQ(staffConversation(phoneConversation).value(QStringLiteral("status")).toString(),
              QStringLiteral("closed"));
}

TEST_F(Verification, ACustomerWhoNeverChattedKeepsTheChatsConversation)
{
    // A customer the shop knows from an order (the demo's), never in the chat before with this address.
    const QJsonObject demoCustomer =
        demoData().value(QStringLiteral("customers")).toArray().last().toObject();
    const QString email = demoCustomer.value(QStringLiteral("email")).toString();
    ASSERT_FALSE(email.isEmpty());
    const QJsonObject session = startSession(QStringLiteral("Me"), email);
    const QString token = session.value(QStringLiteral("session_token")).toString();
    ASSERT_EQ(askForCode(token).status, 202);
    const HttpResponse confirmed = confirm(token, mailedCode(0));
    ASSERT_EQ(confirmed.status, 200) << confirmed.describe();
    // Either their own earlier conversation (the demo gives most customers one), or this chat's.
    const qint64 conversation = confirmed.object().value(QStringLiteral("conversation_id")).toInteger();
    EXPECT_GT(conversation, 0);
    EXPECT_EQ(applyDiscount(token).status, 200);
}

TEST_F(Verification, CodesExpireRunOutAfterWrongTriesAndAreNotMailedWithoutLimit)
{
    startSession(QStringLiteral("Bo"), QStringLiteral("bo@example.com"));
    const QJsonObject linked = startSession(QStringLiteral("Not Bo"), QStringLiteral("bo@example.com"));
    const QString token = linked.value(QStringLiteral("session_token")).toString();
    const qint64 conversation = linked.value(QStringLiteral("conversation_id")).toInteger();
    // No code asked for yet.
    EXPECT_EQ(confirm(token, QStringLiteral("123456")).errorCode(), QStringLiteral("code_expired"));
    // Malformed codes are refused before anything is counted.
    for (const QString &bad :
         {QStringLiteral(""), QStringLiteral("12345"), QStringLiteral("1234567"), QStringLiteral("12a456")}) {
        const HttpResponse response = confirm(token, bad);
        EXPECT_EQ(response.status, 400) << bad.toStdString() << response.describe();
    }
    const HttpResponse notAString = http.post(QStringLiteral("/storefront/v1/verification/confirm"),
                                              {{QStringLiteral("code"), 123456}}, token);
    EXPECT_EQ(notAString.status, 400) << notAString.describe();

    // Too many wrong tries void the code, right or not after that.
    ASSERT_EQ(askForCode(token).status, 202);
    const QString first = mailedCode(0);
    const QString wrong =
        first == QLatin1String("999999") ? QStringLiteral("999998") : QStringLiteral("999999");
    for (int i = 0; i < VerificationService::MaxWrongCodes; ++i)
        EXPECT_EQ(confirm(token, wrong).errorCode(), QStringLiteral("invalid_code")) << i;
    EXPECT_EQ(confirm(token, first).errorCode(), QStringLiteral("code_expired"));

    // A new code replaces the one before; then the session has had its share of mails for a while:
    // refused, nothing written, no mail.
    ASSERT_EQ(askForCode(token).status, 202);
    ASSERT_EQ(askForCode(token).status, 202);
    const QString third = mailedCode(2);
    // The mails' ends are recorded on their notices (message.updated): wait for all three first.
    ASSERT_TRUE(waitFor([&] {
        int emailed = 0;
        for (const QJsonObject &m : staffMessages(conversation))
            emailed += m.value(QStringLiteral("notice")) == QLatin1String("code_sent") &&
                       m.value(QStringLiteral("delivery")) == QLatin1String("emailed");
        return emailed == 3;
    }));
    const qint64 before = http.lastSeq(m_staff);
    const HttpResponse limited = askForCode(token);
    EXPECT_EQ(limited.status, 429) << limited.describe();
    EXPECT_EQ(limited.errorCode(), QStringLiteral("rate_limited"));
    EXPECT_EQ(http.lastSeq(m_staff), before);

    // The code runs out after its minutes (and the mail limit's window has passed by then).
    m_clock.advance(qint64(VerificationService::CodeMinutes) * 60 * 1000 + 1);
    EXPECT_EQ(confirm(token, third).errorCode(), QStringLiteral("code_expired"));
    ASSERT_EQ(askForCode(token).status, 202);
    ASSERT_EQ(confirm(token, mailedCode(3)).status, 200);
    // Exactly the four mails asked for and allowed (the refused one sent none: it would have come before).
    EXPECT_EQ(m_sink.mails().size(), 4);
}

TEST_F(Verification, ManyChatsCannotFloodTheCustomersInbox)
{
    startSession(QStringLiteral("Cy"), QStringLiteral("cy@example.com"));
    int sent = 0;
    int refused = 0;
    for (int i = 0; i < VerificationService::MaxCodesPerCustomer + 2; ++i) {
        const QString token =
            startSession(QStringLiteral("Someone %1").arg(i), QStringLiteral("cy@example.com"))
                .value(QStringLiteral("session_token"))
                .toString();
        const int status = askForCode(token).status;
        sent += status == 202 ? 1 : 0;
        refused += status == 429 ? 1 : 0;
    }
    EXPECT_EQ(sent, VerificationService::MaxCodesPerCustomer);
    EXPECT_EQ(refused, 2);
    ASSERT_TRUE(m_sink.waitForMails(sent));
}

} // namespace
