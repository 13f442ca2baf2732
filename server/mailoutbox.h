#pragma once

#include "domain/customer.h"
#include "domain/message.h"

namespace shopinbox::server {

class ServiceContext;

/**
 * @brief Queues the notification mail of a staff reply to a customer who is not in the store: composes it
 * (the last messages, the recent orders, a per-conversation Reply-To) and adds it to the mail queue, inside
 * the caller's unit of work.
 */
class MailOutbox
{
public:
    explicit MailOutbox(ServiceContext &context);

    /** Composes and queues the mail of staff message @p message to @p customer; false when the database
     * failed. */
    bool enqueue(qint64 shopId, const Message &message, const Customer &customer);

private:
    ServiceContext &m_context;
};

} // namespace shopinbox::server
