#include "mailservice.h"
#include "domain/eventtype.h"

#include "codec/jsoncodec.h"
#include "conversationservice.h"
#include "mimemessage.h"
#include "replyextractor.h"
#include "servicecontext.h"
#include "unitofwork.h"

#include <QUuid>

namespace shopinbox::server {

namespace {

ServiceError refusal(ServiceError::Kind kind, const char *code, const QString &message)
{
    return ServiceError::make(kind, QString::fromLatin1(code), message);
}

} // namespace

MailService::MailService(ServiceContext &context, ConversationService &conversations, MailOutbox &outbox)
    : m_context(context)
    , m_conversations(conversations)
    , m_outbox(outbox)
{
}

ServiceStatus MailService::authorizeRelay(const QString &secret) const
{
    using Kind = ServiceError::Kind;
    const QByteArray &expected = m_context.email().inboundSecret;
    if (expected.isEmpty())
        return refusal(Kind::Forbidden, "inbound_disabled",
                       QStringLiteral("inbound email is not enabled on this server (--inbound-secret-file)"));
    const QByteArray given = secret.toUtf8();
    unsigned char diff = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < given.size() && i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    if (given.isEmpty() || diff != 0)
        return refusal(Kind::Unauthorized, "unauthorized",
                       QStringLiteral("the inbound secret is required: Authorization: Bearer <secret>"));
    return std::monostate{};
}

ServiceResult<Stored<Message>> MailService::inboundEmail(const QByteArray &raw)
{
    using Kind = ServiceError::Kind;
    if (raw.size() > MaxInboundEmailBytes)
        return refusal(Kind::TooLarge, "too_large", QStringLiteral("mails may be at most 10 MiB"));
    QString error;
    const std::optional<MimeMessage> mail = MimeMessage::parse(raw, &error);
    if (!mail)
        return refusal(Kind::Invalid, "malformed_email",
                       QStringLiteral("the mail cannot be read: %1").arg(error));
    qint64 conversationId = 0;
    bool found = false;
    bool forged = false;
    const QStringList recipients = mail->addresses({"delivered-to", "x-original-to", "to", "cc"});
    for (const QString &address : recipients) {
        qint64 id = 0;
        const ReplyAddress::Match match = m_context.email().replyAddress.check(address, &id);
        if (match == ReplyAddress::Match::Valid) {
            conversationId = id;
            found = true;
            break;
        }
        forged = forged || match == ReplyAddress::Match::BadToken;
    }
    if (!found && forged)
        return refusal(Kind::Forbidden, "invalid_reply_address",
                       QStringLiteral("the reply address's token does not match its conversation"));
    if (!found)
        return refusal(Kind::NotFound, "unknown_recipient",
                       QStringLiteral("no reply address of this server among the recipients "
                                      "(Delivered-To, X-Original-To, To, Cc)"));
    if (mail->text().isNull())
        return refusal(Kind::Unprocessable, "no_text",
                       QStringLiteral("the mail has no text/plain or text/html part"));
    QString text = ReplyExtractor::extract(mail->text());
    if (text.trimmed().isEmpty())
        return refusal(Kind::Unprocessable, "empty_reply",
                       QStringLiteral("the mail holds no new text (only quoted history or a signature)"));
    if (text.size() > ConversationService::MaxMessageLength)
        text = text.left(ConversationService::MaxMessageLength - 1) + QChar(0x2026);
    qint64 shopId = 0;
    std::optional<Conversation> conversation;
    for (const Shop &shop : m_context.shops().shops()) {
        conversation = m_context.conversations().conversation(shop.id, conversationId);
        if (conversation) {
            shopId = shop.id;
            break;
        }
    }
    if (!conversation)
        return refusal(Kind::NotFound, "unknown_conversation",
                       QStringLiteral("conversation %1 does not exist").arg(conversationId));
    // The same mail delivered twice (relays retry) is one message: its client_id derives from Message-ID.
    const QString messageIdHeader = mail->header("message-id").trimmed();
    static const QUuid mailNamespace(QStringLiteral("6b1f3c52-3f0e-4f5e-9a57-1c1f6e0d7a10"));
    const QString clientId =
        (messageIdHeader.isEmpty() ? QUuid::createUuid()
                                   : QUuid::createUuidV5(mailNamespace, messageIdHeader + QLatin1Char('|') +
                                                                            QString::number(conversationId)))
            .toString(QUuid::WithoutBraces);
    UnitOfWork work(m_context, shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    if (std::optional<Message> existing = m_context.conversations().messageByClientId(shopId, clientId))
        return Stored<Message>{*existing, false};
    conversation = m_context.conversations().conversation(shopId, conversationId);
    if (!conversation)
        return ServiceError::unavailable();
    Message message;
    message.conversationId = conversationId;
    message.clientId = clientId;
    message.author = MessageAuthor::Customer;
    message.kind = MessageKind::Text;
    message.body = text;
    message.delivery = DeliveryState::Sent;
    const ServiceResult<Message> added =
        m_conversations.addCustomerMessage(work, message, *conversation, true);
    if (!added)
        return added.error();
    if (!work.commit())
        return ServiceError::unavailable();
    return Stored<Message>{added.value(), true};
}

bool MailService::finishEmail(qint64 shopId, qint64 messageId, DeliveryState state, const QString &reason,
                              const std::function<bool()> &inTransaction)
{
    UnitOfWork work(m_context, shopId);
    if (!work.isActive())
        return false;
    if (std::optional<Message> message = m_context.conversations().message(shopId, messageId)) {
        message->delivery = state;
        message->failureReason = state == DeliveryState::Failed ? reason : QString();
        if (!m_context.conversations().updateMessage(shopId, *message))
            return false;
        work.stage(EventTypes.wire(EventType::MessageUpdated), json::encode(*message));
    }
    return inTransaction() && work.commit();
}

} // namespace shopinbox::server
