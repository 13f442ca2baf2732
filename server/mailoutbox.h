#pragma once

#include "domain/customer.h"
#include "domain/message.h"

namespace shopinbox::server {

class ServiceContext;

/**
 * @brief Queues the notification mail of a staff reply to a customer who is not in the store: composes it
 * (the last messages, the recent orders, a per-conversation Reply-To) and adds it to the mail queue, inside
 * the caller's unit of work. Also the mail with a code that proves a customer's address.
 */
class MailOutbox
{
public:
    explicit MailOutbox(ServiceContext &context);

    /** Composes and queues the mail of staff message @p message to @p customer; false when the database
     * failed. */
    bool enqueue(qint64 shopId, const Message &message, const Customer &customer);
    /**
     * Queues the mail with @p code, which proves that the reader owns @p customer's address, valid for
     * @p validMinutes; its delivery is recorded on @p notice (the staff notice "a code was sent").
     */
    bool enqueueCode(qint64 shopId, const Message &notice, const Customer &customer, const QString &code,
                     int validMinutes);

private:
    ServiceContext &m_context;
};

} // namespace shopinbox::server
