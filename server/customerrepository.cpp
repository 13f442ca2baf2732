#include "customerrepository.h"

#include "codec/jsoncodec.h"
#include "serverdatabase.h"
#include "sqltable.h"
#include "sqlvalues.h"

namespace shopinbox::server {

namespace {

enum class CustomerColumn {
    Id,
    ShopId,
    Name,
    VisitorName,
    Email,
    EmailLower,
    Phone,
    Location,
    TimeZone,
    CustomerSince,
    LifetimeSpend,
    Currency,
    OrderCount,
    EmailMarketing,
    SmsMarketing,
    Note,
    NoteUpdatedAt,
    Online,
    Count
};
constexpr SqlTable<CustomerColumn> Customers{"customers",
                                             {"id", "shop_id", "name", "visitor_name", "email", "email_lower",
                                              "phone", "location", "time_zone", "customer_since",
                                              "lifetime_spend", "currency", "order_count", "email_marketing",
                                              "sms_marketing", "note", "note_updated_at", "online"}};

// The cart's whole wire object is its document; the other columns serve queries.
enum class CartColumn { CustomerId, ShopId, Document, DiscountCode, UpdatedAt, Count };
constexpr SqlTable<CartColumn> Carts{"carts",
                                     {"customer_id", "shop_id", "document", "discount_code", "updated_at"}};

enum class OrderColumn {
    Id,
    ShopId,
    Number,
    CustomerId,
    PlacedAt,
    Total,
    Currency,
    FinancialStatus,
    FulfillmentStatus,
    Open,
    TrackingUrl,
    StatusPageUrl,
    Count
};
constexpr SqlTable<OrderColumn> Orders{"orders",
                                       {"id", "shop_id", "number", "customer_id", "placed_at", "total",
                                        "currency", "financial_status", "fulfillment_status", "open",
                                        "tracking_url", "status_page_url"}};

Customer readCustomer(const QSqlQuery &q)
{
    using C = CustomerColumn;
    const auto value = [&q](C column) { return Customers.value(q, column); };
    Customer c;
    c.id = value(C::Id).toLongLong();
    c.name = value(C::Name).toString();
    c.visitorName = value(C::VisitorName).toString();
    c.email = value(C::Email).toString();
    c.phone = value(C::Phone).toString();
    c.location = value(C::Location).toString();
    c.timeZone = value(C::TimeZone).toString();
    c.customerSince = sql::timeOf(value(C::CustomerSince));
    c.lifetimeSpend = Money{value(C::LifetimeSpend).toLongLong(), value(C::Currency).toString()};
    c.orderCount = value(C::OrderCount).toInt();
    c.emailMarketing = value(C::EmailMarketing).toBool();
    c.smsMarketing = value(C::SmsMarketing).toBool();
    c.note = value(C::Note).toString();
    c.noteUpdatedAt = sql::timeOf(value(C::NoteUpdatedAt));
    c.online = value(C::Online).toBool();
    return c;
}

Order readOrder(const QSqlQuery &q)
{
    using C = OrderColumn;
    const auto value = [&q](C column) { return Orders.value(q, column); };
    Order o;
    o.id = value(C::Id).toLongLong();
    o.number = value(C::Number).toString();
    o.customerId = value(C::CustomerId).toLongLong();
    o.placedAt = sql::timeOf(value(C::PlacedAt));
    o.total = Money{value(C::Total).toLongLong(), value(C::Currency).toString()};
    o.financialStatus = value(C::FinancialStatus).toString();
    o.fulfillmentStatus = value(C::FulfillmentStatus).toString();
    o.open = value(C::Open).toBool();
    o.trackingUrl = value(C::TrackingUrl).toString();
    o.statusPageUrl = value(C::StatusPageUrl).toString();
    return o;
}

} // namespace

CustomerRepository::CustomerRepository(ServerDatabase &db)
    : m_db(db)
{
}

std::optional<Customer> CustomerRepository::customer(qint64 shopId, qint64 id)
{
    static const QString statement = Customers.select("WHERE shop_id = ? AND id = ?");
    std::optional<Customer> customer;
    m_db.run(statement, {shopId, id}, [&](const QSqlQuery &q) { customer = readCustomer(q); });
    return customer;
}

std::optional<Customer> CustomerRepository::customerByEmail(qint64 shopId, const QString &email)
{
    static const QString statement = Customers.select("WHERE shop_id = ? AND email_lower = ?");
    std::optional<Customer> customer;
    m_db.run(statement, {shopId, email.trimmed().toLower()},
             [&](const QSqlQuery &q) { customer = readCustomer(q); });
    return customer;
}

std::optional<QList<qint64>> CustomerRepository::onlineCustomers(qint64 shopId)
{
    QList<qint64> ids;
    if (!m_db.run(QStringLiteral("SELECT id FROM customers WHERE shop_id = ? AND online ORDER BY id"),
                  {shopId}, [&](const QSqlQuery &q) { ids.append(q.value(0).toLongLong()); }))
        return std::nullopt;
    return ids;
}

bool CustomerRepository::setAllOffline(qint64 shopId)
{
    return m_db.run(QStringLiteral("UPDATE customers SET online = FALSE WHERE shop_id = ? AND online"),
                    {shopId});
}

bool CustomerRepository::visitorNameTaken(qint64 shopId, const QString &visitorName)
{
    bool taken = false;
    m_db.run(QStringLiteral("SELECT 1 FROM customers WHERE shop_id = ? AND visitor_name = ?"),
             {shopId, visitorName}, [&](const QSqlQuery &) { taken = true; });
    return taken;
}

bool CustomerRepository::saveCustomer(qint64 shopId, const Customer &c)
{
    using C = CustomerColumn;
    static const QString statement = Customers.upsert({C::Id});
    SqlTable<CustomerColumn>::Row row;
    row.set(C::Id, c.id)
        .set(C::ShopId, shopId)
        .set(C::Name, sql::nullableText(c.name))
        .set(C::VisitorName, c.visitorName)
        .set(C::Email, sql::nullableText(c.email))
        .set(C::EmailLower, sql::nullableText(c.email.trimmed().toLower()))
        .set(C::Phone, sql::nullableText(c.phone))
        .set(C::Location, sql::nullableText(c.location))
        .set(C::TimeZone, sql::nullableText(c.timeZone))
        .set(C::CustomerSince, sql::nullableTime(c.customerSince))
        .set(C::LifetimeSpend, c.lifetimeSpend.minorUnits)
        .set(C::Currency, c.lifetimeSpend.currency)
        .set(C::OrderCount, c.orderCount)
        .set(C::EmailMarketing, c.emailMarketing)
        .set(C::SmsMarketing, c.smsMarketing)
        .set(C::Note, sql::nullableText(c.note))
        .set(C::NoteUpdatedAt, sql::nullableTime(c.noteUpdatedAt))
        .set(C::Online, c.online);
    return m_db.run(statement, row.values());
}

std::optional<Cart> CustomerRepository::cart(qint64 shopId, qint64 customerId)
{
    static const QString statement = Carts.select("WHERE shop_id = ? AND customer_id = ?");
    std::optional<Cart> cart;
    m_db.run(statement, {shopId, customerId}, [&](const QSqlQuery &q) {
        cart = sql::decodeDocument<Cart>(Carts.value(q, CartColumn::Document), json::decodeCart, "cart");
    });
    return cart;
}

bool CustomerRepository::saveCart(qint64 shopId, const Cart &cart)
{
    using C = CartColumn;
    static const QString statement = Carts.upsert({C::CustomerId});
    SqlTable<CartColumn>::Row row;
    row.set(C::CustomerId, cart.customerId)
        .set(C::ShopId, shopId)
        .set(C::Document, sql::jsonText(json::encode(cart)))
        .set(C::DiscountCode, sql::nullableText(cart.discountCode))
        .set(C::UpdatedAt, cart.updatedAt.toMSecsSinceEpoch());
    return m_db.run(statement, row.values());
}

std::optional<Order> CustomerRepository::orderByNumber(qint64 shopId, const QString &number)
{
    static const QString statement = Orders.select("WHERE shop_id = ? AND number = ?");
    std::optional<Order> order;
    m_db.run(statement, {shopId, number}, [&](const QSqlQuery &q) { order = readOrder(q); });
    return order;
}

QList<Order> CustomerRepository::orders(qint64 shopId, qint64 customerId)
{
    static const QString statement =
        Orders.select("WHERE shop_id = ? AND customer_id = ? ORDER BY placed_at DESC, id DESC");
    QList<Order> result;
    m_db.run(statement, {shopId, customerId}, [&](const QSqlQuery &q) { result.append(readOrder(q)); });
    return result;
}

bool CustomerRepository::saveOrder(qint64 shopId, const Order &o)
{
    using C = OrderColumn;
    static const QString statement = Orders.upsert({C::Id});
    SqlTable<OrderColumn>::Row row;
    row.set(C::Id, o.id)
        .set(C::ShopId, shopId)
        .set(C::Number, o.number)
        .set(C::CustomerId, o.customerId)
        .set(C::PlacedAt, o.placedAt.toMSecsSinceEpoch())
        .set(C::Total, o.total.minorUnits)
        .set(C::Currency, o.total.currency)
        .set(C::FinancialStatus, o.financialStatus)
        .set(C::FulfillmentStatus, o.fulfillmentStatus)
        .set(C::Open, o.open)
        .set(C::TrackingUrl, sql::nullableText(o.trackingUrl))
        .set(C::StatusPageUrl, sql::nullableText(o.statusPageUrl));
    return m_db.run(statement, row.values());
}

} // namespace shopinbox::server
