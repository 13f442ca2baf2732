#pragma once

#include "domain/message.h"
#include "mailoutbox.h"
#include "serviceresult.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace shopinbox::server {

class ConversationService;
class ServiceContext;

/**
 * @brief E-mail: customers' reply mails coming back through the mail relay, the queued notification mails
 * (outbox()) and the end of their delivery.
 */
class MailService
{
public:
    MailService(ServiceContext &context, ConversationService &conversations, MailOutbox &outbox);

    /** Largest inbound mail accepted, in bytes. */
    static constexpr qint64 MaxInboundEmailBytes = qint64{10} * 1024 * 1024;

    /** Whether @p secret is the mail relay's (`403 inbound_disabled` when the server has none, `401`). */
    ServiceStatus authorizeRelay(const QString &secret) const;
    /** A reply mail (raw RFC 822 @p raw) from the mail relay (authorizeRelay() first): a message of the
     * customer in the conversation its reply address names, once per Message-ID. */
    ServiceResult<Stored<Message>> inboundEmail(const QByteArray &raw);
    /**
     * The queued mail of message @p messageId ended: its delivery becomes @p state (Emailed or Failed with
     * @p reason) and a message.updated event is appended; @p inTransaction runs in the same transaction
     * (the queue's own bookkeeping). False when the database failed (nothing changed).
     */
    bool finishEmail(qint64 shopId, qint64 messageId, DeliveryState state, const QString &reason,
                     const std::function<bool()> &inTransaction);

    MailOutbox &outbox() { return m_outbox; }

private:
    ServiceContext &m_context;
    ConversationService &m_conversations;
    MailOutbox &m_outbox;
};

} // namespace shopinbox::server
