#include "orderstore.h"

#include "columnlist.h"
#include "sqlitedatabase.h"
#include "timecolumn.h"

namespace shopinbox {

namespace {

// The orders table, in one order for the upsert, the SELECTs and readOrder().
enum class Col {
    Id,
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
constexpr ColumnList<Col> Columns{{"id", "number", "customer_id", "placed_at", "total", "currency",
                                   "financial_status", "fulfillment_status", "open", "tracking_url",
                                   "status_page_url"}};

Order readOrder(const SqliteStatement &q)
{
    Order o;
    o.id = q.int64(Columns.at(Col::Id));
    o.number = q.text(Columns.at(Col::Number));
    o.customerId = q.int64(Columns.at(Col::CustomerId));
    o.placedAt = timecolumn::fromColumn(q.int64(Columns.at(Col::PlacedAt)));
    o.total = Money{q.int64(Columns.at(Col::Total)), q.text(Columns.at(Col::Currency))};
    o.financialStatus = q.text(Columns.at(Col::FinancialStatus));
    o.fulfillmentStatus = q.text(Columns.at(Col::FulfillmentStatus));
    o.open = q.boolean(Columns.at(Col::Open));
    o.trackingUrl = q.text(Columns.at(Col::TrackingUrl));
    o.statusPageUrl = q.text(Columns.at(Col::StatusPageUrl));
    return o;
}

QString selectSql(const char *rest)
{
    return QLatin1String("SELECT ") + Columns.names() + QLatin1String(" FROM orders ") + QLatin1String(rest);
}

} // namespace

OrderStore::OrderStore(SqliteDatabase &db)
    : m_upsert(db.prepare(QLatin1String("INSERT INTO orders(") + Columns.names() +
                          QLatin1String(") VALUES (") + Columns.placeholders() +
                          QLatin1String(") ON CONFLICT(id) DO UPDATE SET ") +
                          Columns.assignExcluded({Col::Id})))
    , m_get(db.prepare(selectSql("WHERE id = ?1")))
    , m_forCustomer(db.prepare(selectSql("WHERE customer_id = ?1 ORDER BY placed_at DESC, id DESC")))
{
}

bool OrderStore::upsert(const Order &o)
{
    SqliteStatement &q = m_upsert;
    q.bind(Columns.param(Col::Id), o.id);
    q.bindText(Columns.param(Col::Number), o.number);
    q.bind(Columns.param(Col::CustomerId), o.customerId);
    q.bind(Columns.param(Col::PlacedAt), timecolumn::toColumn(o.placedAt).value_or(0));
    q.bind(Columns.param(Col::Total), o.total.minorUnits);
    q.bindText(Columns.param(Col::Currency), o.total.currency);
    q.bindText(Columns.param(Col::FinancialStatus), o.financialStatus);
    q.bindText(Columns.param(Col::FulfillmentStatus), o.fulfillmentStatus);
    q.bind(Columns.param(Col::Open), o.open);
    q.bindText(Columns.param(Col::TrackingUrl), o.trackingUrl);
    q.bindText(Columns.param(Col::StatusPageUrl), o.statusPageUrl);
    return q.exec();
}

std::optional<Order> OrderStore::get(qint64 id)
{
    m_get.bind(1, id);
    if (!m_get.step())
        return std::nullopt;
    Order o = readOrder(m_get);
    m_get.reset();
    return o;
}

QList<Order> OrderStore::forCustomer(qint64 customerId)
{
    QList<Order> orders;
    m_forCustomer.bind(1, customerId);
    while (m_forCustomer.step())
        orders.append(readOrder(m_forCustomer));
    m_forCustomer.reset();
    return orders;
}

} // namespace shopinbox
