#pragma once

#include "serviceresult.h"
#include "sessionrepository.h"

#include <QJsonObject>
#include <QString>

namespace shopinbox::server {

class ConversationService;
class MailOutbox;
class ServiceContext;

/** @brief A code was mailed to the customer's address. */
struct CodeSent
{
    QString sentTo;       ///< The address, masked ("a…@example.com").
    int validMinutes = 0; ///< How long the code works.
};

/** @brief The session proved the address: it is the customer's now. */
struct AddressConfirmed
{
    qint64 conversationId = 0; ///< The session's conversation from now on (the customer's own).
    qint64 customerId = 0;
    QString name; ///< The customer's name, which the session may show now.
    QString visitorName;
};

/**
 * @brief A linked storefront session (one that typed an existing customer's e-mail address) proves the
 * address: a six-digit code goes to it by mail, and typing that code makes the session the customer's. It
 * then sees the customer's own conversation — its whole history — with what it wrote while linked, and may
 * use their cart. Staff see both steps as notices in the threads.
 *
 * Limits: a code works for CodeMinutes and for MaxWrongCodes wrong tries; a session gets MaxCodesPerSession
 * mails and a customer MaxCodesPerCustomer (from all sessions) per StorefrontService::RateWindowSeconds.
 */
class VerificationService
{
public:
    static constexpr int CodeMinutes = 15;
    static constexpr int MaxWrongCodes = 5;
    static constexpr int MaxCodesPerSession = 3;
    static constexpr int MaxCodesPerCustomer = 6;

    VerificationService(ServiceContext &context, ConversationService &conversations, MailOutbox &outbox);

    /** Mails a new code for the session of @p token (whose earlier code stops working). */
    ServiceResult<CodeSent> sendCode(const StorefrontSession &session, const QString &token);
    /** Checks the code in @p body (`{"code": "123456"}`) and, when it is right, gives the session the
     * customer's conversation and cart. */
    ServiceResult<AddressConfirmed> confirm(const StorefrontSession &session, const QString &token,
                                            const QJsonObject &body);

    /** "ann@example.com" as "a…@example.com": enough for the visitor to recognise, not to learn. */
    static QString maskAddress(const QString &address);

private:
    /** The hash stored for @p code of the session with token hash @p tokenHash. */
    static QString codeHash(const QString &tokenHash, const QString &code);

    ServiceContext &m_context;
    ConversationService &m_conversations;
    MailOutbox &m_outbox;
};

} // namespace shopinbox::server
