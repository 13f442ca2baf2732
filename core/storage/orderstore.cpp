#include "orderstore.h"

#include "sqlitedatabase.h"
#include "timecolumn.h"

namespace shopinbox {

namespace {
const QString Columns =
    QStringLiteral("id, number, customer_id, placed_at, total, currency, financial_status, "
                   "fulfillment_status, open, tracking_url, status_page_url");

Order readOrder(const SqliteStatement &q)
{
    Order o;
    o.id = q.int64(0);
    o.number = q.text(1);
    o.customerId = q.int64(2);
    o.placedAt = timecolumn::fromColumn(q.int64(3));
    o.total = Money{q.int64(4), q.text(5)};
    o.financialStatus = q.text(6);
    o.fulfillmentStatus = q.text(7);
    o.open = q.boolean(8);
    o.trackingUrl = q.text(9);
    o.statusPageUrl = q.text(10);
    return o;
}
} // namespace

OrderStore::OrderStore(SqliteDatabase &db)
    : m_upsert(db.prepare(
          QStringLiteral(
              "INSERT INTO orders(%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
              "ON CONFLICT(id) DO UPDATE SET number = excluded.number, customer_id = excluded.customer_id, "
              "placed_at = excluded.placed_at, total = excluded.total, currency = excluded.currency, "
              "financial_status = excluded.financial_status, fulfillment_status = "
              "excluded.fulfillment_status, "
              "open = excluded.open, tracking_url = excluded.tracking_url, "
              "status_page_url = excluded.status_page_url")
              .arg(Columns)))
    , m_get(db.prepare(QStringLiteral("SELECT %1 FROM orders WHERE id = ?1").arg(Columns)))
    , m_forCustomer(db.prepare(
          QStringLiteral("SELECT %1 FROM orders WHERE customer_id = ?1 ORDER BY placed_at DESC, id DESC")
              .arg(Columns)))
{
}

bool OrderStore::upsert(const Order &o)
{
    SqliteStatement &q = m_upsert;
    q.bind(1, o.id);
    q.bindText(2, o.number);
    q.bind(3, o.customerId);
    q.bind(4, timecolumn::toColumn(o.placedAt).value_or(0));
    q.bind(5, o.total.minorUnits);
    q.bindText(6, o.total.currency);
    q.bindText(7, o.financialStatus);
    q.bindText(8, o.fulfillmentStatus);
    q.bind(9, o.open);
    q.bindText(10, o.trackingUrl);
    q.bindText(11, o.statusPageUrl);
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
    return orders;
}

} // namespace shopinbox
