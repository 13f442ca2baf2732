#include "verificationservice.h"

#include "conversationservice.h"
#include "credentials.h"
#include "mailoutbox.h"
#include "servicecontext.h"
#include "storefrontservice.h"
#include "unitofwork.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace shopinbox::server {

namespace {

ServiceError alreadyConfirmed()
{
    return ServiceError::make(ServiceError::Kind::Conflict, QStringLiteral("already_confirmed"),
                              QStringLiteral("this chat is already the customer's own"));
}

} // namespace

VerificationService::VerificationService(ServiceContext &context, ConversationService &conversations,
                                         MailOutbox &outbox)
    : m_context(context)
    , m_conversations(conversations)
    , m_outbox(outbox)
{
}

QString VerificationService::maskAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("…");
    return trimmed.left(1) + QStringLiteral("…") + trimmed.mid(at);
}

QString VerificationService::codeHash(const QString &tokenHash, const QString &code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((tokenHash + QLatin1Char(':') + code).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

ServiceResult<CodeSent> VerificationService::sendCode(const StorefrontSession &session, const QString &token)
{
    if (!session.linked)
        return alreadyConfirmed();
    if (!m_context.email().outgoing)
        return ServiceError::make(
            ServiceError::Kind::Conflict, QStringLiteral("verification_unavailable"),
            QStringLiteral("this shop sends no e-mail, so the address cannot be confirmed"));
    const QString tokenHash = Credentials::tokenHash(token);
    const QDateTime now = m_context.now();
    // Each mail lands in a real customer's inbox: few per session, and few per customer from every session
    // (someone opening chat after chat with their address must not flood it).
    if (!m_context.rateLimits().hit(QStringLiteral("code-session|") + tokenHash, MaxCodesPerSession,
                                    StorefrontService::RateWindowSeconds, now) ||
        !m_context.rateLimits().hit(QStringLiteral("code-customer|%1").arg(session.customerId),
                                    MaxCodesPerCustomer, StorefrontService::RateWindowSeconds, now))
        return ServiceError::make(ServiceError::Kind::RateLimited, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many codes asked for; try again in a few minutes"));

    UnitOfWork work(m_context, session.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    const std::optional<Customer> customer =
        m_context.customers().customer(session.shopId, session.customerId);
    const std::optional<Conversation> conversation =
        m_context.conversations().conversation(session.shopId, session.conversationId);
    if (!customer || !conversation)
        return ServiceError::unavailable();
    const QString code =
        QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
    const QString masked = maskAddress(customer->email);
    Message draft = ConversationService::notice(
        NoticeKind::CodeSent, masked,
        QStringLiteral("A code to confirm the e-mail address was sent to %1").arg(masked));
    draft.delivery = DeliveryState::Pending; // the mail queue records how its delivery ended
    draft.conversationId = conversation->id;
    const std::optional<Message> stored = m_conversations.insertMessage(work, draft, *conversation);
    if (!stored ||
        !m_context.sessions().setCode(tokenHash, codeHash(tokenHash, code),
                                      now.addSecs(qint64{CodeMinutes} * 60).toMSecsSinceEpoch()) ||
        !m_outbox.enqueueCode(session.shopId, *stored, *customer, code, CodeMinutes) || !work.commit())
        return ServiceError::unavailable();
    emit m_context.emailQueued();
    return CodeSent{masked, CodeMinutes};
}

ServiceResult<AddressConfirmed> VerificationService::confirm(const StorefrontSession &session,
                                                             const QString &token, const QJsonObject &body)
{
    if (!session.linked)
        return alreadyConfirmed();
    const QJsonValue value = body.value(QStringLiteral("code"));
    const QString code = value.toString().trimmed();
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!value.isString() || !sixDigits.match(code).hasMatch())
        return ServiceError::invalid(QStringLiteral("code must be the six digits from the e-mail"));
    const QString tokenHash = Credentials::tokenHash(token);
    const QDateTime now = m_context.now();

    UnitOfWork work(m_context, session.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    // Read again under the shop's lock: a wrong try in another process counts.
    const std::optional<StorefrontSession> current = m_context.sessions().session(tokenHash);
    if (!current)
        return ServiceError::unavailable();
    if (current->codeHash.isEmpty() || current->codeExpiresMs <= now.toMSecsSinceEpoch() ||
        current->codeAttempts >= MaxWrongCodes)
        return ServiceError::unprocessable(QStringLiteral("code_expired"),
                                           QStringLiteral("this code no longer works; ask for a new one"));
    if (current->codeHash != codeHash(tokenHash, code)) {
        if (!m_context.sessions().countWrongCode(tokenHash) || !work.commit())
            return ServiceError::unavailable();
        return ServiceError::unprocessable(QStringLiteral("invalid_code"),
                                           QStringLiteral("that is not the code from the e-mail"));
    }

    const std::optional<Customer> customer =
        m_context.customers().customer(session.shopId, session.customerId);
    std::optional<Conversation> own =
        m_context.conversations().conversation(session.shopId, current->conversationId);
    bool failed = false;
    const std::optional<Conversation> customers = m_context.conversations().customersConversation(
        session.shopId, session.customerId, current->conversationId, &failed);
    if (!customer || !own || failed)
        return ServiceError::unavailable();
    const Message confirmed = ConversationService::notice(
        NoticeKind::AddressConfirmed, QString(),
        QStringLiteral("Confirmed the e-mail address with the code: the chat continues in the "
                       "customer's conversation"));
    // The sessions merge: from now on this one writes in (and sees) the customer's own conversation, with
    // what it wrote while linked. A customer who never chatted keeps this conversation as their own.
    qint64 conversationId = own->id;
    qint64 merged = 0;
    if (customers) {
        conversationId = customers->id;
        merged = own->id;
        own->status = ConversationStatus::Closed;
        Message here = confirmed;
        here.conversationId = customers->id;
        if (!m_conversations.insertMessage(work, here, *customers))
            return ServiceError::unavailable();
    }
    Message there = confirmed;
    there.conversationId = own->id;
    if (!m_conversations.insertMessage(work, there, *own) ||
        !m_context.sessions().confirm(tokenHash, conversationId, merged) || !work.commit())
        return ServiceError::unavailable();
    return AddressConfirmed{conversationId, customer->id, customer->name, customer->visitorName};
}

} // namespace shopinbox::server
