// Customers on the wire: the customer, presence, cart and orders (docs/protocol.md).
#include "jsonreader.h"

namespace shopinbox::json {

using namespace detail;

QJsonObject encode(const Customer &customer)
{
    return {
        {QStringLiteral("id"), customer.id},
        {QStringLiteral("name"), nullable(customer.name)},
        {QStringLiteral("visitor_name"), customer.visitorName},
        {QStringLiteral("email"), nullable(customer.email)},
        {QStringLiteral("phone"), nullable(customer.phone)},
        {QStringLiteral("location"), nullable(customer.location)},
        {QStringLiteral("time_zone"), nullable(customer.timeZone)},
        {QStringLiteral("customer_since"), nullableTime(customer.customerSince)},
        {QStringLiteral("lifetime_spend"), encode(customer.lifetimeSpend)},
        {QStringLiteral("order_count"), customer.orderCount},
        {QStringLiteral("email_marketing"), customer.emailMarketing},
        {QStringLiteral("sms_marketing"), customer.smsMarketing},
        {QStringLiteral("note"), nullable(customer.note)},
        {QStringLiteral("note_updated_at"), nullableTime(customer.noteUpdatedAt)},
        {QStringLiteral("online"), customer.online},
    };
}

Decoded<Customer> decodeCustomer(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Customer customer;
    customer.id = r.id("id");
    customer.name = r.nullableString("name");
    customer.visitorName = r.nonEmptyString("visitor_name");
    customer.email = r.nullableString("email");
    customer.phone = r.nullableString("phone");
    customer.location = r.nullableString("location");
    customer.timeZone = r.nullableString("time_zone");
    customer.customerSince = r.nullableTime("customer_since");
    customer.lifetimeSpend = r.object<Money>("lifetime_spend", decodeMoney);
    customer.orderCount = r.int32("order_count", 0);
    customer.emailMarketing = r.boolean("email_marketing");
    customer.smsMarketing = r.boolean("sms_marketing");
    customer.note = r.nullableString("note");
    customer.noteUpdatedAt = r.nullableTime("note_updated_at");
    customer.online = r.optionalBoolean("online", false);
    return r.finish(std::move(customer));
}

QJsonObject encode(const Presence &presence)
{
    return {
        {QStringLiteral("customer_id"), presence.customerId},
        {QStringLiteral("online"), presence.online},
    };
}

Decoded<Presence> decodePresence(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Presence presence;
    presence.customerId = r.id("customer_id");
    presence.online = r.boolean("online");
    return r.finish(presence);
}

QJsonObject encode(const CartLine &line)
{
    return {
        {QStringLiteral("product_id"), line.productId},
        {QStringLiteral("variant_id"), line.variantId},
        {QStringLiteral("product_title"), line.productTitle},
        {QStringLiteral("variant_title"), nullable(line.variantTitle)},
        {QStringLiteral("quantity"), line.quantity},
        {QStringLiteral("unit_price"), encode(line.unitPrice)},
        {QStringLiteral("available"), line.available},
    };
}

Decoded<CartLine> decodeCartLine(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    CartLine line;
    line.productId = r.id("product_id");
    line.variantId = r.id("variant_id");
    line.productTitle = r.string("product_title");
    line.variantTitle = r.nullableString("variant_title");
    line.quantity = r.int32("quantity", 1);
    line.unitPrice = r.object<Money>("unit_price", decodeMoney);
    line.available = r.int32("available");
    return r.finish(std::move(line));
}

QJsonObject encode(const Cart &cart)
{
    return {
        {QStringLiteral("customer_id"), cart.customerId},
        {QStringLiteral("lines"), encodeAll(cart.lines)},
        {QStringLiteral("discount_code"), nullable(cart.discountCode)},
        {QStringLiteral("updated_at"), formatTime(cart.updatedAt)},
    };
}

Decoded<Cart> decodeCart(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Cart cart;
    cart.customerId = r.id("customer_id");
    cart.lines = r.array<CartLine>("lines", Rule::Required, decodeCartLine);
    cart.discountCode = r.nullableString("discount_code");
    cart.updatedAt = r.time("updated_at");
    return r.finish(std::move(cart));
}

QJsonObject encode(const Order &order)
{
    return {
        {QStringLiteral("id"), order.id},
        {QStringLiteral("number"), order.number},
        {QStringLiteral("customer_id"), order.customerId},
        {QStringLiteral("placed_at"), formatTime(order.placedAt)},
        {QStringLiteral("total"), encode(order.total)},
        {QStringLiteral("financial_status"), order.financialStatus},
        {QStringLiteral("fulfillment_status"), order.fulfillmentStatus},
        {QStringLiteral("open"), order.open},
        {QStringLiteral("tracking_url"), nullable(order.trackingUrl)},
        {QStringLiteral("status_page_url"), nullable(order.statusPageUrl)},
    };
}

Decoded<Order> decodeOrder(const QJsonValue &value, const QString &path)
{
    Reader r(value, path);
    Order order;
    order.id = r.id("id");
    order.number = r.string("number");
    order.customerId = r.id("customer_id");
    order.placedAt = r.time("placed_at");
    order.total = r.object<Money>("total", decodeMoney);
    order.financialStatus = r.string("financial_status");
    order.fulfillmentStatus = r.string("fulfillment_status");
    order.open = r.boolean("open");
    order.trackingUrl = r.nullableString("tracking_url");
    order.statusPageUrl = r.nullableString("status_page_url");
    return r.finish(std::move(order));
}

} // namespace shopinbox::json
