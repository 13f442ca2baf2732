#pragma once

#include "domain/cart.h"
#include "domain/customer.h"
#include "domain/message.h"
#include "domain/order.h"
#include "serviceresult.h"
#include "sessionrepository.h"
#include "staffrepository.h"

#include <QJsonObject>
#include <QList>

namespace shopinbox::server {

class ConversationService;
class ServiceContext;

/**
 * @brief Customers and what belongs to them: the staff's internal note, the orders, and the cart the
 * customer changes from the storefront (each change also a cart event in the conversation).
 */
class CustomerService
{
public:
    CustomerService(ServiceContext &context, ConversationService &conversations);

    /** Longest internal note, in characters. */
    static constexpr int MaxNoteLength = Message::MaxBodyLength;

    /**
     * Sets the customer's internal note. With `edited_at`, a note saved after that time by someone else is
     * newer and wins: a Conflict that carries the customer as kept.
     */
    ServiceResult<Customer> putNote(const StaffAccount &staff, qint64 customerId, const QJsonObject &body);
    /** The customer's orders, newest first. */
    ServiceResult<QList<Order>> customerOrders(const StaffAccount &staff, qint64 customerId);
    /** A storefront cart action: add, remove or apply_discount. */
    ServiceResult<Cart> cart(const StorefrontSession &session, const QJsonObject &body);

private:
    ServiceContext &m_context;
    ConversationService &m_conversations;
};

} // namespace shopinbox::server
