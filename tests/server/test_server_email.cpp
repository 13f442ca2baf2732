// Email in and out: replies to offline customers go out through a REAL SMTP server on loopback (aiosmtpd,
// tests/support/smtp-sink.py, started per test with QProcess), and reply mails come back through
// POST /api/v1/inbound-email. On SQLite and on PostgreSQL ("pg." prefix).
#include "serverfixture.h"
#include "smtpsink.h"

#include "mimemessage.h"
#include "serverdatabase.h"
#include "shopservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimeZone>

using namespace servertest;
using namespace shopinbox;
using shopinbox::server::MimeMessage;

namespace {

constexpr const char *MailDomain = "mail.maple.test";
constexpr const char *InboundSecret = "inbound-secret-0123456789";

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/** One mail as the SMTP server stored it. */
struct ReceivedMail
{
    QByteArray raw;
    QString mailFrom;
    QStringList recipients;

    /** The value of header @p name (unfolded, raw). */
    QByteArray header(const QByteArray &name) const
    {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = raw.left(end).split('\n');
        QByteArray value;
        bool inside = false;
        for (QByteArray line : lines) {
            line = line.endsWith('\r') ? line.chopped(1) : line;
            if (inside && (line.startsWith(' ') || line.startsWith('\t'))) {
                value += ' ' + line.trimmed();
                continue;
            }
            if (inside)
                break;
            if (line.toLower().startsWith(name.toLower() + ':')) {
                value = line.mid(name.size() + 1).trimmed();
                inside = true;
            }
        }
        return value;
    }
    /** The decoded body of the part with Content-Type @p type. */
    QString part(const QByteArray &type) const
    {
        const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"([^\"]+)\""));
        const QString boundary =
            boundaryPattern.match(QString::fromLatin1(header("Content-Type"))).captured(1);
        const QByteArray delimiter = "--" + boundary.toLatin1();
        qsizetype from = 0;
        while (true) {
            const qsizetype start = raw.indexOf(delimiter, from);
            if (start < 0)
                break;
            const qsizetype end = raw.indexOf(delimiter, start + delimiter.size());
            const QByteArray chunk = raw.mid(start, end < 0 ? -1 : end - start);
            from = start + delimiter.size();
            if (!chunk.contains("Content-Type: " + type))
                continue;
            const qsizetype body = chunk.indexOf("\r\n\r\n");
            return QString::fromUtf8(MimeMessage::decodeQuotedPrintable(chunk.mid(body + 4)));
        }
        return {};
    }
};

/** The real SMTP server of tests/support, with the mails read for these tests' checks. */
class SmtpSink : public testsupport::SmtpSink
{
public:
    QList<ReceivedMail> mails() const
    {
        QList<ReceivedMail> result;
        for (const testsupport::SinkMail &mail : testsupport::SmtpSink::mails())
            result.append(ReceivedMail{mail.raw, mail.mailFrom, mail.recipients});
        return result;
    }
};

class Email : public ServerFixture
{
protected:
    /** Whether the SMTP server runs from the start (tests of retries start it late or never). */
    virtual bool smtpUpFromStart() const { return true; }

    void SetUp() override
    {
        m_smtpPort = freePort();
        if (smtpUpFromStart()) {
            ASSERT_TRUE(sink.start(m_smtpPort))
                << "cannot start tests/support/smtp-sink.py (python3-aiosmtpd)";
        }
        ServerFixture::SetUp();
        if (HasFatalFailure())
            return;
        token = http.login();
    }
    void adjustOptions(shopinbox::server::ServerOptions &options) override
    {
        options.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort);
        options.mailFromDomain = QString::fromLatin1(MailDomain);
        options.emailRetryInitialMs = 100;
        options.emailRetryMaxMs = 400;
        options.emailMaxAttempts = 1000;
        options.inboundSecret = QString::fromLatin1(InboundSecret);
    }

    /** A storefront customer (offline: no chat socket) with a conversation. */
    QJsonObject customer(const QString &name, const QString &email) { return startSession(name, email); }

    /** Events after @p since of type message.updated for message @p id. */
    QList<ServerEvent> updatesOf(qint64 id, qint64 since)
    {
        QList<ServerEvent> result;
        for (const ServerEvent &event :
             ofType(http.syncAll(token, since), QStringLiteral("message.updated"))) {
            if (event.data.value(QStringLiteral("id")).toInteger() == id)
                result.append(event);
        }
        return result;
    }
    /** Waits for a message.updated of @p id with delivery @p delivery; its data or an empty object. */
    QJsonObject waitForDelivery(qint64 id, qint64 since, const QString &delivery, int timeoutMs = 15000)
    {
        QJsonObject found;
        waitFor(
            [&] {
                for (const ServerEvent &event : updatesOf(id, since)) {
                    if (event.data.value(QStringLiteral("delivery")).toString() == delivery)
                        found = event.data;
                }
                return !found.isEmpty();
            },
            timeoutMs);
        return found;
    }
    /** Rows in the server's email queue (what was ever queued: sent, failed or waiting). */
    int queuedMails()
    {
        int count = -1;
        runner().service()->context().database().run(QStringLiteral("SELECT count(*) FROM email_queue"), {},
                                                     [&](const QSqlQuery &q) { count = q.value(0).toInt(); });
        return count;
    }
    /** The attempts the queue recorded for the mail of message @p id (-1: no such mail). */
    int attemptsOf(qint64 id)
    {
        int attempts = -1;
        runner().service()->context().database().run(
            QStringLiteral("SELECT attempts FROM email_queue WHERE message_id = ?"), {id},
            [&](const QSqlQuery &q) { attempts = q.value(0).toInt(); });
        return attempts;
    }
    void customerSays(const QJsonObject &session, const QString &text)
    {
        const std::optional<server::StorefrontSession> s = runner().service()->storefront().session(
            session.value(QStringLiteral("session_token")).toString());
        ASSERT_TRUE(s);
        const auto result = runner().service()->conversations().customerMessage(
            *s, {{QStringLiteral("client_id"), newClientId()}, {QStringLiteral("body"), text}});
        ASSERT_TRUE(result.ok() && result->created);
    }

    SmtpSink sink;
    QString token;
    quint16 m_smtpPort = 0;
};

class EmailLate : public Email
{
protected:
    bool smtpUpFromStart() const override { return false; }
};

qint64 idOf(const QJsonObject &object, const char *key = "id")
{
    return object.value(QString::fromLatin1(key)).toInteger();
}

} // namespace

TEST_F(Email, AReplyToAnOfflineCustomerIsEmailedWithHeadersAndStillInTheChat)
{
    const QJsonObject session = customer(QStringLiteral("Ana Núñez"), QStringLiteral("ana@example.com"));
    const qint64 conversation = idOf(session, "conversation_id");
    const qint64 since = http.lastSeq(token);
    const QJsonObject message =
        postText(token, conversation, QStringLiteral("Your parcel left today. Grüße!"));
    EXPECT_EQ(message.value(QStringLiteral("delivery")).toString(), QStringLiteral("pending"));

    ASSERT_TRUE(sink.waitForMails(1));
    const ReceivedMail mail = sink.mails().constFirst();
    EXPECT_EQ(mail.recipients, QStringList{QStringLiteral("ana@example.com")});
    EXPECT_EQ(mail.mailFrom, QStringLiteral("notifications@mail.maple.test"));
    EXPECT_EQ(mail.header("From"), QByteArray("\"Maple & Moss\" <notifications@mail.maple.test>"));
    EXPECT_EQ(mail.header("Subject"), QByteArray("New reply from Maple & Moss"));
    // The display name of the customer is not ASCII: an RFC 2047 encoded-word.
    EXPECT_TRUE(mail.header("To").startsWith("=?UTF-8?B?")) << mail.header("To").toStdString();
    EXPECT_EQ(MimeMessage::decodeHeaderText(mail.header("To")),
              QStringLiteral("Ana Núñez <ana@example.com>"));
    const QRegularExpression replyTo(
        QStringLiteral("^\"Maple & Moss\" <reply\\+%1\\.[0-9a-f]{32}@mail\\.maple\\.test>$")
            .arg(conversation));
    EXPECT_TRUE(replyTo.match(QString::fromLatin1(mail.header("Reply-To"))).hasMatch())
        << mail.header("Reply-To").toStdString();
    EXPECT_FALSE(mail.header("Date").isEmpty());
    EXPECT_TRUE(mail.header("Message-ID").startsWith('<'));
    EXPECT_EQ(mail.header("MIME-Version"), QByteArray("1.0"));
    EXPECT_TRUE(mail.header("Content-Type").startsWith("multipart/alternative; boundary="));
    // 7-bit on the wire, CRLF lines of at most 78 characters (quoted-printable, encoded-words).
    EXPECT_EQ(mail.raw.count('\n'), mail.raw.count("\r\n"));
    for (const QByteArray &line : mail.raw.split('\n')) {
        EXPECT_LE(line.size(), 79) << line.toStdString();
        for (char c : line)
            EXPECT_TRUE(static_cast<unsigned char>(c) < 128) << line.toStdString();
    }
    EXPECT_TRUE(mail.part("text/plain").contains(QStringLiteral("Your parcel left today. Grüße!")));
    EXPECT_TRUE(mail.part("text/html").contains(QStringLiteral("Your parcel left today. Grüße!")));
    EXPECT_TRUE(mail.part("text/html").contains(QStringLiteral("Maple &amp; Moss")));

    const QJsonObject updated = waitForDelivery(idOf(message), since, QStringLiteral("emailed"));
    EXPECT_EQ(updated.value(QStringLiteral("body")).toString(),
              message.value(QStringLiteral("body")).toString());

    // The chat has the reply as well: the history a chat socket receives when the customer comes back.
    WsClient chat;
    ASSERT_TRUE(chat.open(wsUrl(QStringLiteral("/storefront/v1/chat?session=%1")
                                    .arg(session.value(QStringLiteral("session_token")).toString()))));
    ASSERT_TRUE(chat.waitForFrames(1));
    bool inHistory = false;
    for (const QJsonValue &m : chat.frames.constFirst().value(QStringLiteral("messages")).toArray())
        inHistory = inHistory || m.toObject().value(QStringLiteral("id")).toInteger() == idOf(message);
    EXPECT_TRUE(inHistory);
}

TEST_F(Email, TheMailShowsTheTenPreviousMessagesAndTheOrdersOfTheLast14Days)
{
    const QJsonObject session = customer(QStringLiteral("Bo"), QStringLiteral("bo@example.com"));
    const qint64 conversation = idOf(session, "conversation_id");
    for (int i = 1; i <= 12; ++i)
        customerSays(session, QStringLiteral("history-%1").arg(i, 2, 10, QLatin1Char('0')));
    server::ShopService &service = *runner().service();
    const qint64 shopId = service.defaultShopId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto order = [&](qint64 id, const QString &number, int daysAgo) {
        Order o;
        o.id = id;
        o.number = number;
        o.customerId = idOf(session, "customer_id");
        o.placedAt = now.addDays(-daysAgo);
        o.total = Money{4250, QStringLiteral("EUR")};
        o.financialStatus = QStringLiteral("paid");
        o.fulfillmentStatus = QStringLiteral("unfulfilled");
        ASSERT_TRUE(service.context().customers().saveOrder(shopId, o));
    };
    order(990001, QStringLiteral("#9001"), 2);
    order(990002, QStringLiteral("#9002"), 13);
    order(990003, QStringLiteral("#9003"), 15);

    postText(token, conversation, QStringLiteral("Here is the summary."));
    ASSERT_TRUE(sink.waitForMails(1));
    const QString text = sink.mails().constFirst().part("text/plain");
    const QString html = sink.mails().constFirst().part("text/html");
    for (int i = 3; i <= 12; ++i) {
        const QString line = QStringLiteral("history-%1").arg(i, 2, 10, QLatin1Char('0'));
        EXPECT_TRUE(text.contains(line)) << line.toStdString();
        EXPECT_TRUE(html.contains(line)) << line.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("history-01")));
    EXPECT_FALSE(text.contains(QStringLiteral("history-02")));
    EXPECT_TRUE(text.contains(QStringLiteral("#9001")));
    EXPECT_TRUE(text.contains(QStringLiteral("#9002")));
    EXPECT_FALSE(text.contains(QStringLiteral("#9003")));
    EXPECT_TRUE(text.contains(QStringLiteral("EUR 42.50")));
    EXPECT_TRUE(text.contains(now.addDays(-2).toString(QStringLiteral("yyyy-MM-dd"))));
    EXPECT_TRUE(text.contains(QStringLiteral("paid, unfulfilled")));
    EXPECT_TRUE(html.contains(QStringLiteral("#9002")));
    EXPECT_FALSE(html.contains(QStringLiteral("#9003")));
}

TEST_F(Email, CustomerAndMerchantTextIsEscapedInTheHtmlPart)
{
    const QJsonObject session = customer(QStringLiteral("Eve"), QStringLiteral("eve@example.com"));
    customerSays(session, QStringLiteral("<img src=x onerror=alert(1)>"));
    postText(token, idOf(session, "conversation_id"), QStringLiteral("<b>bold</b> & <script>x()</script>"));
    ASSERT_TRUE(sink.waitForMails(1));
    const QString html = sink.mails().constFirst().part("text/html");
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;")));
    EXPECT_TRUE(sink.mails()
                    .constFirst()
                    .part("text/plain")
                    .contains(QStringLiteral("<img src=x onerror=alert(1)>")));
}

TEST_F(Email, ACustomerInTheStoreGetsNoEmail)
{
    const QJsonObject session = customer(QStringLiteral("Cy"), QStringLiteral("cy@example.com"));
    WsClient chat;
    ASSERT_TRUE(chat.open(wsUrl(QStringLiteral("/storefront/v1/chat?session=%1")
                                    .arg(session.value(QStringLiteral("session_token")).toString()))));
    server::ShopService &service = *runner().service();
    ASSERT_TRUE(waitFor([&] {
        const auto c =
            service.context().customers().customer(service.defaultShopId(), idOf(session, "customer_id"));
        return c && c->online;
    }));
    const qint64 since = http.lastSeq(token);
    const QJsonObject message = postText(token, idOf(session, "conversation_id"), QStringLiteral("Hi there"));
    EXPECT_EQ(message.value(QStringLiteral("delivery")).toString(), QStringLiteral("sent"));
    // A later observable point: the customer leaves, and the next reply is emailed. Had the first one been
    // queued, it would have been sent first (the queue goes in order), so by the time the second mail is in,
    // a mail for the first would be too.
    chat.close();
    ASSERT_TRUE(waitFor([&] {
        const auto c =
            service.context().customers().customer(service.defaultShopId(), idOf(session, "customer_id"));
        return c && !c->online;
    }));
    const QJsonObject later =
        postText(token, idOf(session, "conversation_id"), QStringLiteral("Now that you have left"));
    EXPECT_EQ(later.value(QStringLiteral("delivery")).toString(), QStringLiteral("pending"));
    ASSERT_FALSE(waitForDelivery(idOf(later), since, QStringLiteral("emailed")).isEmpty());
    ASSERT_TRUE(sink.waitForMails(1));
    EXPECT_EQ(sink.mails().size(), 1);
    EXPECT_EQ(queuedMails(), 1) << "only the reply after the customer left was queued";
    EXPECT_TRUE(updatesOf(idOf(message), since).isEmpty());
}

TEST_F(EmailLate, AMailWaitsWhileTheSmtpServerIsDownAndIsSentOnceItIsUp)
{
    const QJsonObject session = customer(QStringLiteral("Di"), QStringLiteral("di@example.com"));
    const qint64 since = http.lastSeq(token);
    const QJsonObject message = postText(token, idOf(session, "conversation_id"), QStringLiteral("Later"));
    // Several attempts fail (connection refused) meanwhile, as the queue records; the message stays pending.
    ASSERT_TRUE(waitFor([&] { return attemptsOf(idOf(message)) >= 3; }, 60000));
    EXPECT_TRUE(updatesOf(idOf(message), since).isEmpty());
    ASSERT_TRUE(sink.start(m_smtpPort));
    ASSERT_TRUE(sink.waitForMails(1));
    EXPECT_EQ(sink.mails().constFirst().recipients, QStringList{QStringLiteral("di@example.com")});
    EXPECT_FALSE(waitForDelivery(idOf(message), since, QStringLiteral("emailed")).isEmpty());
    EXPECT_EQ(updatesOf(idOf(message), since).size(), 1);
}

TEST_F(EmailLate, AfterTheLastAttemptTheMessageFailsWithTheReason)
{
    restartServer([](server::ServerOptions &options) {
        options.emailMaxAttempts = 3;
        options.emailRetryInitialMs = 50;
    });
    token = http.login();
    const QJsonObject session = customer(QStringLiteral("Fay"), QStringLiteral("fay@example.com"));
    const qint64 since = http.lastSeq(token);
    const QJsonObject message = postText(token, idOf(session, "conversation_id"), QStringLiteral("Nope"));
    const QJsonObject failed = waitForDelivery(idOf(message), since, QStringLiteral("failed"));
    ASSERT_FALSE(failed.isEmpty());
    const QString reason = failed.value(QStringLiteral("failure_reason")).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("could not be sent (3 attempts)"))) << reason.toStdString();
    EXPECT_EQ(updatesOf(idOf(message), since).size(), 1);
}

TEST_F(EmailLate, PendingMailSurvivesARestart)
{
    restartServer([](server::ServerOptions &options) { options.emailRetryInitialMs = 600000; });
    token = http.login();
    const QJsonObject session = customer(QStringLiteral("Gus"), QStringLiteral("gus@example.com"));
    const QJsonObject message = postText(token, idOf(session, "conversation_id"), QStringLiteral("Kept"));
    // The first attempt fails (as the queue records); the next is 10 minutes away.
    ASSERT_TRUE(waitFor([&] { return attemptsOf(idOf(message)) == 1; }, 60000));
    const qint64 since = http.lastSeq(token);
    ASSERT_TRUE(sink.start(m_smtpPort));
    restartServer();
    token = http.login();
    ASSERT_TRUE(sink.waitForMails(1));
    EXPECT_TRUE(sink.mails().constFirst().part("text/plain").contains(QStringLiteral("Kept")));
    EXPECT_FALSE(waitForDelivery(idOf(message), since, QStringLiteral("emailed")).isEmpty());
}

TEST_F(EmailLate, SmtpAuthUsesTheConfiguredUserAndAWrongPasswordFailsTheMessage)
{
    ASSERT_TRUE(sink.start(m_smtpPort, {QStringLiteral("shop"), QStringLiteral("s3cret")}));
    restartServer([](server::ServerOptions &options) {
        options.smtpUser = QStringLiteral("shop");
        options.smtpPassword = QStringLiteral("wrong");
        options.emailMaxAttempts = 2;
        options.emailRetryInitialMs = 50;
    });
    token = http.login();
    const QJsonObject session = customer(QStringLiteral("Jo"), QStringLiteral("jo@example.com"));
    qint64 since = http.lastSeq(token);
    QJsonObject message = postText(token, idOf(session, "conversation_id"), QStringLiteral("Locked out"));
    const QJsonObject failed = waitForDelivery(idOf(message), since, QStringLiteral("failed"));
    ASSERT_FALSE(failed.isEmpty());
    EXPECT_TRUE(failed.value(QStringLiteral("failure_reason")).toString().contains(QStringLiteral("535")))
        << failed.value(QStringLiteral("failure_reason")).toString().toStdString();
    EXPECT_TRUE(sink.mails().isEmpty());

    restartServer([](server::ServerOptions &options) { options.smtpPassword = QStringLiteral("s3cret"); });
    token = http.login();
    since = http.lastSeq(token);
    message = postText(token, idOf(session, "conversation_id"), QStringLiteral("Let in"));
    EXPECT_FALSE(waitForDelivery(idOf(message), since, QStringLiteral("emailed")).isEmpty());
    ASSERT_TRUE(sink.waitForMails(1));
    EXPECT_TRUE(sink.mails().constFirst().part("text/plain").contains(QStringLiteral("Let in")));
}

// --- Inbound
// ------------------------------------------------------------------------------------------------

namespace {

QByteArray replyMail(const QString &to, const QByteArray &body, const QByteArray &contentType,
                     const QByteArray &messageId = "<reply-1@client.example>")
{
    QByteArray mail = "From: Ana <ana@example.com>\r\nTo: " + to.toUtf8() +
                      "\r\nSubject: Re: New reply from Maple & Moss\r\nMessage-ID: " + messageId +
                      "\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n\r\n" + body;
    return mail;
}

} // namespace

TEST_F(Email, AReplyMailWithQuotedHistoryThreadsIntoItsConversation)
{
    const QJsonObject session = customer(QStringLiteral("Ana"), QStringLiteral("ana@example.com"));
    const qint64 conversation = idOf(session, "conversation_id");
    const QString address = runner().service()->context().email().replyAddress.make(conversation);
    const QByteArray body = "--b1\r\n"
                            "Content-Type: text/plain; charset=windows-1252\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                            "Yes, the blue one please. Caf=E9 =80 5 is fine.\r\n"
                            "Thanks!\r\n\r\n"
                            "On Tue, 24 Nov 2026 at 10:00, Maple & Moss <reply@x> wrote:\r\n"
                            "> Your parcel left today.\r\n"
                            "--b1\r\n"
                            "Content-Type: text/html; charset=utf-8\r\n"
                            "Content-Transfer-Encoding: base64\r\n\r\n" +
                            QByteArray("<p>Yes, the blue one</p>").toBase64() + "\r\n--b1--\r\n";
    const qint64 since = http.lastSeq(token);
    const HttpResponse response = http.send("POST", QStringLiteral("/api/v1/inbound-email"),
                                            replyMail(QStringLiteral("Maple & Moss <%1>").arg(address), body,
                                                      "multipart/alternative; boundary=\"b1\""),
                                            QString::fromLatin1(InboundSecret), "message/rfc822");
    ASSERT_EQ(response.status, 201) << response.describe();
    const QJsonObject message = response.object();
    EXPECT_EQ(message.value(QStringLiteral("conversation_id")).toInteger(), conversation);
    EXPECT_EQ(message.value(QStringLiteral("author")).toString(), QStringLiteral("customer"));
    EXPECT_EQ(message.value(QStringLiteral("body")).toString(),
              QStringLiteral("Yes, the blue one please. Café € 5 is fine.\nThanks!"));
    const QList<ServerEvent> events = http.syncAll(token, since);
    const QList<ServerEvent> created = ofType(events, QStringLiteral("message.created"));
    ASSERT_FALSE(created.isEmpty());
    EXPECT_EQ(created.constFirst().data.value(QStringLiteral("id")).toInteger(), idOf(message));
    const QList<ServerEvent> upserted = ofType(events, QStringLiteral("conversation.upserted"));
    ASSERT_FALSE(upserted.isEmpty());
    EXPECT_TRUE(upserted.constLast().data.value(QStringLiteral("unread")).toBool());

    // The relay delivering the same mail again creates nothing new.
    const qint64 after = http.lastSeq(token);
    const HttpResponse again = http.send("POST", QStringLiteral("/api/v1/inbound-email"),
                                         replyMail(address, body, "multipart/alternative; boundary=\"b1\""),
                                         QString::fromLatin1(InboundSecret), "message/rfc822");
    EXPECT_EQ(again.status, 200) << again.describe();
    EXPECT_EQ(http.lastSeq(token), after);
}

TEST_F(Email, AnHtmlOnlyReplyIsReadWithoutItsTags)
{
    const QJsonObject session = customer(QStringLiteral("Hal"), QStringLiteral("hal@example.com"));
    const QString address =
        runner().service()->context().email().replyAddress.make(idOf(session, "conversation_id"));
    const QByteArray html = "<html><body><div>Is it <b>in stock</b>?</div><div>Hal &amp; co</div>"
                            "<blockquote>old stuff</blockquote></body></html>";
    // Some relays pass the mbox envelope line ("From sender date") first: it is skipped.
    QByteArray mail = "From relay@mail.maple.test Tue Nov 24 10:00:00 2026\r\nTo: " + address.toUtf8() +
                      "\r\nDelivered-To: " + address.toUtf8() +
                      "\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=\"UTF-8\"\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n" +
                      html.toBase64() + "\r\n";
    const HttpResponse response = http.send("POST", QStringLiteral("/api/v1/inbound-email"), mail,
                                            QString::fromLatin1(InboundSecret), "message/rfc822");
    ASSERT_EQ(response.status, 201) << response.describe();
    EXPECT_EQ(response.object().value(QStringLiteral("body")).toString(),
              QStringLiteral("Is it in stock?\nHal & co"));
}

TEST_F(Email, ForgedUnknownUnauthenticatedAndMalformedReplyMailsChangeNothing)
{
    const QJsonObject session = customer(QStringLiteral("Ida"), QStringLiteral("ida@example.com"));
    const qint64 conversation = idOf(session, "conversation_id");
    const QString address = runner().service()->context().email().replyAddress.make(conversation);
    const QByteArray good = replyMail(address, "Hello\r\n", "text/plain; charset=utf-8");
    const qint64 before = http.lastSeq(token);
    const auto post = [&](const QByteArray &mail, const QString &secret) {
        return http.send("POST", QStringLiteral("/api/v1/inbound-email"), mail, secret, "message/rfc822");
    };
    struct Case
    {
        const char *what;
        QByteArray mail;
        QString secret;
        int status;
        const char *code;
    };
    QString forged = address;
    forged.replace(forged.indexOf(QLatin1Char('.')) + 1, 4, QStringLiteral("0000"));
    if (forged == address)
        forged.replace(forged.indexOf(QLatin1Char('.')) + 1, 4, QStringLiteral("1111"));
    server::ReplyAddress key = runner().service()->context().email().replyAddress;
    const QList<Case> cases{
        {"no secret", good, QString(), 401, "unauthorized"},
        {"wrong secret", good, QStringLiteral("not-the-secret-at-all"), 401, "unauthorized"},
        {"forged token", replyMail(forged, "Hello\r\n", "text/plain"), QString::fromLatin1(InboundSecret),
         403, "invalid_reply_address"},
        {"another conversation's token",
         replyMail(QStringLiteral("reply+%1.%2@%3")
                       .arg(conversation + 1)
                       .arg(address.section(QLatin1Char('.'), 1).section(QLatin1Char('@'), 0, 0),
                            QString::fromLatin1(MailDomain)),
                   "Hello\r\n", "text/plain"),
         QString::fromLatin1(InboundSecret), 403, "invalid_reply_address"},
        {"unknown conversation", replyMail(key.make(987654321), "Hello\r\n", "text/plain"),
         QString::fromLatin1(InboundSecret), 404, "unknown_conversation"},
        {"no reply address", replyMail(QStringLiteral("shop@example.com"), "Hello\r\n", "text/plain"),
         QString::fromLatin1(InboundSecret), 404, "unknown_recipient"},
        {"only quoted history", replyMail(address, "> old\r\n> text\r\n", "text/plain"),
         QString::fromLatin1(InboundSecret), 422, "empty_reply"},
        {"header without colon", "To " + address.toUtf8() + "\r\nSubject: x\r\n\r\nHello\r\n",
         QString::fromLatin1(InboundSecret), 400, "malformed_email"},
        {"multipart without boundary", replyMail(address, "Hello\r\n", "multipart/mixed"),
         QString::fromLatin1(InboundSecret), 400, "malformed_email"},
        {"broken base64",
         "To: " + address.toUtf8() +
             "\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@!!\r\n",
         QString::fromLatin1(InboundSecret), 400, "malformed_email"},
        {"unknown charset", replyMail(address, "Hello\r\n", "text/plain; charset=klingon"),
         QString::fromLatin1(InboundSecret), 400, "malformed_email"},
        {"empty body", QByteArray(), QString::fromLatin1(InboundSecret), 400, "malformed_email"},
        {"binary garbage", QByteArray("\x00\x01\x02\xff", 4), QString::fromLatin1(InboundSecret), 400,
         "malformed_email"},
    };
    for (const Case &c : cases) {
        const HttpResponse response = post(c.mail, c.secret);
        EXPECT_EQ(response.status, c.status) << c.what << ": " << response.describe();
        EXPECT_EQ(response.errorCode(), QString::fromLatin1(c.code)) << c.what;
        EXPECT_TRUE(response.hasErrorShape()) << c.what;
        EXPECT_FALSE(response.errorMessage().isEmpty()) << c.what;
    }
    EXPECT_EQ(http.lastSeq(token), before);
}

// --- Encodings
// ------------------------------------------------------------------------------------------------

// Found by tests/fuzz (fuzz_mime, regressions/mime/header-text-like-an-encoded-word.eml): printable text that
// reads as an encoded-word went out as is, and mail clients showed it decoded.
TEST(EmailEncoding, HeaderTextThatLooksLikeAnEncodedWordIsEncodedAndReadsBackAsIs)
{
    const QString subject = QStringLiteral("New reply from =?UTF-8?B?SGk=?= & Co");
    const QByteArray encoded = MimeMessage::encodeHeaderText(subject);
    EXPECT_FALSE(encoded.contains(subject.toLatin1())) << encoded.toStdString();
    EXPECT_EQ(MimeMessage::decodeHeaderText(encoded), subject);
    EXPECT_EQ(MimeMessage::encodeHeaderText(QStringLiteral("New reply from Maple & Moss")),
              QByteArray("New reply from Maple & Moss"));
}
