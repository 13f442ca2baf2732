#include "customerservice.h"
#include "domain/eventtype.h"

#include "codec/jsoncodec.h"
#include "conversationservice.h"
#include "domain/carteventtext.h"
#include "fieldcheck.h"
#include "servicecontext.h"
#include "unitofwork.h"

#include <algorithm>

namespace shopinbox::server {

CustomerService::CustomerService(ServiceContext &context, ConversationService &conversations)
    : m_context(context)
    , m_conversations(conversations)
{
}

ServiceResult<Customer> CustomerService::putNote(const StaffAccount &staff, qint64 customerId,
                                                 const QJsonObject &body)
{
    QString error;
    const std::optional<QString> note =
        fields::optionalString(body, QStringLiteral("note"), MaxNoteLength, &error);
    if (!note || !body.contains(QStringLiteral("note")))
        return ServiceError::invalid(error.isEmpty() ? QStringLiteral("note is required") : error);
    // When the client says when the merchant wrote the note (an edit queued offline arrives late), a note
    // saved after that by someone else is newer and wins.
    std::optional<QDateTime> editedAt;
    if (body.contains(QStringLiteral("edited_at")) && !body.value(QStringLiteral("edited_at")).isNull()) {
        const Decoded<QDateTime> parsed =
            json::parseTime(body.value(QStringLiteral("edited_at")), QStringLiteral("edited_at"));
        if (!parsed)
            return ServiceError::invalid(
                QStringLiteral("edited_at must be a UTC time like 2026-11-24T15:04:05.000Z"));
        editedAt = parsed.value();
    }
    UnitOfWork work(m_context, staff.shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    std::optional<Customer> customer = m_context.customers().customer(staff.shopId, customerId);
    if (!customer)
        return ServiceError::notFound(QStringLiteral("customer"));
    if (editedAt && customer->noteUpdatedAt.isValid() && customer->noteUpdatedAt > *editedAt) {
        // The kept customer comes along, so the client shows the note that won at once.
        ServiceError refused = ServiceError::make(ServiceError::Kind::Conflict, QStringLiteral("conflict"),
                                                  QStringLiteral("a newer note was saved at %1 and was kept")
                                                      .arg(json::formatTime(customer->noteUpdatedAt)));
        refused.currentCustomer = *customer;
        return refused;
    }
    customer->note = *note;
    customer->noteUpdatedAt = m_context.now();
    if (!m_context.customers().saveCustomer(staff.shopId, *customer))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::CustomerUpserted), json::encode(*customer));
    if (!work.commit())
        return ServiceError::unavailable();
    return *customer;
}

ServiceResult<QList<Order>> CustomerService::customerOrders(const StaffAccount &staff, qint64 customerId)
{
    if (!m_context.customers().customer(staff.shopId, customerId))
        return ServiceError::notFound(QStringLiteral("customer"));
    return m_context.customers().orders(staff.shopId, customerId);
}

ServiceResult<Cart> CustomerService::cart(const StorefrontSession &session, const QJsonObject &body)
{
    const QString action = body.value(QStringLiteral("action")).toString();
    if (action != QLatin1String("add") && action != QLatin1String("remove") &&
        action != QLatin1String("apply_discount"))
        return ServiceError::invalid(QStringLiteral("action must be add, remove or apply_discount"));
    if (session.linked)
        return ServiceError::make(
            ServiceError::Kind::Forbidden, QStringLiteral("verification_required"),
            QStringLiteral("this chat named an existing customer's e-mail address, which "
                           "proves nothing: it cannot change their cart"));
    const qint64 shopId = session.shopId;
    UnitOfWork work(m_context, shopId);
    if (!work.isActive())
        return ServiceError::unavailable();
    Cart cart = m_context.customers().cart(shopId, session.customerId).value_or(Cart{});
    cart.customerId = session.customerId;
    cart.updatedAt = m_context.now();

    if (action == QLatin1String("apply_discount")) {
        const std::optional<DiscountCode> discount =
            m_context.catalog().discount(shopId, body.value(QStringLiteral("discount_code")).toString());
        if (!discount || !discount->active)
            return ServiceError::unprocessable(QStringLiteral("discount_inactive"),
                                               QStringLiteral("this discount code cannot be used"));
        cart.discountCode = discount->code;
        if (!m_context.customers().saveCart(shopId, cart))
            return ServiceError::unavailable();
        work.stage(EventTypes.wire(EventType::CartUpdated), json::encode(cart));
        if (!work.commit())
            return ServiceError::unavailable();
        return cart;
    }

    const std::optional<qint64> productId = fields::positiveId(body.value(QStringLiteral("product_id")));
    const std::optional<qint64> variantId = fields::positiveId(body.value(QStringLiteral("variant_id")));
    const QJsonValue quantityValue = body.value(QStringLiteral("quantity"));
    const int quantity = quantityValue.isUndefined() ? 1 : quantityValue.toInt(0);
    if (!productId || !variantId || quantity < 1 || quantity > 100)
        return ServiceError::invalid(
            QStringLiteral("product_id, variant_id and a quantity of 1 to 100 are required"));
    const std::optional<Product> product = m_context.catalog().product(shopId, *productId);
    if (!product || !product->publishedOnlineStore)
        return ServiceError::notFound(QStringLiteral("product"));
    const auto variant = std::find_if(product->variants.cbegin(), product->variants.cend(),
                                      [&](const Variant &v) { return v.id == *variantId; });
    if (variant == product->variants.cend())
        return ServiceError::notFound(QStringLiteral("variant"));

    const bool add = action == QLatin1String("add");
    auto line = std::find_if(cart.lines.begin(), cart.lines.end(),
                             [&](const CartLine &l) { return l.variantId == *variantId; });
    if (add) {
        if (line == cart.lines.end())
            cart.lines.append(CartLine{product->id, variant->id, product->title, variant->title, quantity,
                                       variant->price, variant->inventory});
        else
            line->quantity += quantity;
    } else {
        if (line == cart.lines.end())
            return ServiceError::unprocessable(QStringLiteral("not_in_cart"),
                                               QStringLiteral("that product is not in the cart"));
        line->quantity -= quantity;
        if (line->quantity <= 0)
            cart.lines.erase(line);
    }
    const std::optional<Conversation> conversation =
        m_context.conversations().conversation(shopId, session.conversationId);
    if (!conversation)
        return ServiceError::notFound(QStringLiteral("conversation"));
    // The thread names the product only when the name is short enough to read at a glance.
    Message event;
    event.conversationId = session.conversationId;
    event.kind = MessageKind::CartEvent;
    event.author = MessageAuthor::System;
    event.cartAction = add ? CartAction::Add : CartAction::Remove;
    event.body = cartEventText(product->title, event.cartAction);
    event.cartProductTitle = product->title;
    event.delivery = DeliveryState::Sent;
    if (!m_context.customers().saveCart(shopId, cart))
        return ServiceError::unavailable();
    work.stage(EventTypes.wire(EventType::CartUpdated), json::encode(cart));
    if (!m_conversations.insertMessage(work, event, *conversation) || !work.commit())
        return ServiceError::unavailable();
    return cart;
}

} // namespace shopinbox::server
