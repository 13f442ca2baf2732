#include "customerstore.h"

#include "sqlitedatabase.h"
#include "timecolumn.h"

namespace shopinbox {

CustomerStore::CustomerStore(SqliteDatabase &db)
    : m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO customers(id, name, visitor_name, email, phone, location, time_zone, customer_since, "
          "lifetime_spend, currency, order_count, email_marketing, sms_marketing, note, note_updated_at, "
          "online) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
          "ON CONFLICT(id) DO UPDATE SET name = excluded.name, visitor_name = excluded.visitor_name, "
          "email = excluded.email, phone = excluded.phone, location = excluded.location, "
          "time_zone = excluded.time_zone, customer_since = excluded.customer_since, "
          "lifetime_spend = excluded.lifetime_spend, currency = excluded.currency, "
          "order_count = excluded.order_count, email_marketing = excluded.email_marketing, "
          "sms_marketing = excluded.sms_marketing, note = excluded.note, "
          "note_updated_at = excluded.note_updated_at, "
          "online = CASE WHEN ?17 THEN excluded.online ELSE customers.online END")))
    , m_get(db.prepare(QStringLiteral(
          "SELECT id, name, visitor_name, email, phone, location, time_zone, customer_since, lifetime_spend, "
          "currency, order_count, email_marketing, sms_marketing, note, note_updated_at, online "
          "FROM customers WHERE id = ?1")))
    , m_setOnline(db.prepare(QStringLiteral("UPDATE customers SET online = ?2 WHERE id = ?1")))
    , m_setNote(
          db.prepare(QStringLiteral("UPDATE customers SET note = ?2, note_updated_at = ?3 WHERE id = ?1")))
    , m_exists(db.prepare(QStringLiteral("SELECT 1 FROM customers WHERE id = ?1")))
{
}

bool CustomerStore::upsert(const Customer &customer, bool withPresence)
{
    SqliteStatement &q = m_upsert;
    q.bind(1, customer.id);
    q.bindText(2, customer.name);
    q.bindText(3, customer.visitorName);
    q.bindText(4, customer.email);
    q.bindText(5, customer.phone);
    q.bindText(6, customer.location);
    q.bindText(7, customer.timeZone);
    q.bind(8, timecolumn::toColumn(customer.customerSince));
    q.bind(9, customer.lifetimeSpend.minorUnits);
    q.bindText(10, customer.lifetimeSpend.currency);
    q.bind(11, customer.orderCount);
    q.bind(12, customer.emailMarketing);
    q.bind(13, customer.smsMarketing);
    q.bindText(14, customer.note);
    q.bind(15, timecolumn::toColumn(customer.noteUpdatedAt));
    q.bind(16, customer.online);
    q.bind(17, withPresence);
    return q.exec();
}

std::optional<Customer> CustomerStore::get(qint64 id)
{
    SqliteStatement &q = m_get;
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    Customer c;
    c.id = q.int64(0);
    c.name = q.text(1);
    c.visitorName = q.text(2);
    c.email = q.text(3);
    c.phone = q.text(4);
    c.location = q.text(5);
    c.timeZone = q.text(6);
    c.customerSince = timecolumn::fromColumn(q.optionalInt64(7));
    c.lifetimeSpend = Money{q.int64(8), q.text(9)};
    c.orderCount = q.int32(10);
    c.emailMarketing = q.boolean(11);
    c.smsMarketing = q.boolean(12);
    c.note = q.text(13);
    c.noteUpdatedAt = timecolumn::fromColumn(q.optionalInt64(14));
    c.online = q.boolean(15);
    q.reset();
    return c;
}

bool CustomerStore::setOnline(qint64 id, bool online)
{
    m_setOnline.bind(1, id);
    m_setOnline.bind(2, online);
    return m_setOnline.exec();
}

bool CustomerStore::setNote(qint64 id, const QString &note, const QDateTime &updatedAt)
{
    m_setNote.bind(1, id);
    m_setNote.bindText(2, note);
    m_setNote.bind(3, timecolumn::toColumn(updatedAt));
    return m_setNote.exec() && exists(id);
}

bool CustomerStore::exists(qint64 id)
{
    m_exists.bind(1, id);
    const bool found = m_exists.step();
    m_exists.reset();
    return found;
}

} // namespace shopinbox
