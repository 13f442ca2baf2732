#include "customerstore.h"

#include "columnlist.h"
#include "sqlitedatabase.h"
#include "timecolumn.h"

namespace shopinbox {

namespace {

// The customers table, in one order for the upsert, the SELECT and readCustomer().
enum class Col {
    Id,
    Name,
    VisitorName,
    Email,
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
constexpr ColumnList<Col> Columns{{"id", "name", "visitor_name", "email", "phone", "location", "time_zone",
                                   "customer_since", "lifetime_spend", "currency", "order_count",
                                   "email_marketing", "sms_marketing", "note", "note_updated_at", "online"}};
// The upsert's extra parameter: whether the customer's `online` is news (presence is not in every event).
constexpr int WithPresenceParam = static_cast<int>(Columns.size()) + 1;

QString upsertSql()
{
    // Every column but the key and `online`, which changes only when the event carries presence.
    return QLatin1String("INSERT INTO customers(") + Columns.names() + QLatin1String(") VALUES (") +
           Columns.placeholders() + QLatin1String(") ON CONFLICT(id) DO UPDATE SET ") +
           Columns.assignExcluded({Col::Id, Col::Online}) + QLatin1String(", online = CASE WHEN ?") +
           QString::number(WithPresenceParam) +
           QLatin1String(" THEN excluded.online ELSE customers.online END");
}

Customer readCustomer(const SqliteStatement &q)
{
    Customer c;
    c.id = q.int64(Columns.at(Col::Id));
    c.name = q.text(Columns.at(Col::Name));
    c.visitorName = q.text(Columns.at(Col::VisitorName));
    c.email = q.text(Columns.at(Col::Email));
    c.phone = q.text(Columns.at(Col::Phone));
    c.location = q.text(Columns.at(Col::Location));
    c.timeZone = q.text(Columns.at(Col::TimeZone));
    c.customerSince = timecolumn::fromColumn(q.optionalInt64(Columns.at(Col::CustomerSince)));
    c.lifetimeSpend = Money{q.int64(Columns.at(Col::LifetimeSpend)), q.text(Columns.at(Col::Currency))};
    c.orderCount = q.int32(Columns.at(Col::OrderCount));
    c.emailMarketing = q.boolean(Columns.at(Col::EmailMarketing));
    c.smsMarketing = q.boolean(Columns.at(Col::SmsMarketing));
    c.note = q.text(Columns.at(Col::Note));
    c.noteUpdatedAt = timecolumn::fromColumn(q.optionalInt64(Columns.at(Col::NoteUpdatedAt)));
    c.online = q.boolean(Columns.at(Col::Online));
    return c;
}

} // namespace

CustomerStore::CustomerStore(SqliteDatabase &db)
    : m_upsert(db.prepare(upsertSql()))
    , m_get(db.prepare(QLatin1String("SELECT ") + Columns.names() +
                       QLatin1String(" FROM customers WHERE id = ?1")))
    , m_setOnline(db.prepare(QStringLiteral("UPDATE customers SET online = ?2 WHERE id = ?1")))
    , m_setNote(
          db.prepare(QStringLiteral("UPDATE customers SET note = ?2, note_updated_at = ?3 WHERE id = ?1")))
    , m_exists(db.prepare(QStringLiteral("SELECT 1 FROM customers WHERE id = ?1")))
{
}

bool CustomerStore::upsert(const Customer &customer, bool withPresence)
{
    SqliteStatement &q = m_upsert;
    q.bind(Columns.param(Col::Id), customer.id);
    q.bindText(Columns.param(Col::Name), customer.name);
    q.bindText(Columns.param(Col::VisitorName), customer.visitorName);
    q.bindText(Columns.param(Col::Email), customer.email);
    q.bindText(Columns.param(Col::Phone), customer.phone);
    q.bindText(Columns.param(Col::Location), customer.location);
    q.bindText(Columns.param(Col::TimeZone), customer.timeZone);
    q.bind(Columns.param(Col::CustomerSince), timecolumn::toColumn(customer.customerSince));
    q.bind(Columns.param(Col::LifetimeSpend), customer.lifetimeSpend.minorUnits);
    q.bindText(Columns.param(Col::Currency), customer.lifetimeSpend.currency);
    q.bind(Columns.param(Col::OrderCount), customer.orderCount);
    q.bind(Columns.param(Col::EmailMarketing), customer.emailMarketing);
    q.bind(Columns.param(Col::SmsMarketing), customer.smsMarketing);
    q.bindText(Columns.param(Col::Note), customer.note);
    q.bind(Columns.param(Col::NoteUpdatedAt), timecolumn::toColumn(customer.noteUpdatedAt));
    q.bind(Columns.param(Col::Online), customer.online);
    q.bind(WithPresenceParam, withPresence);
    return q.exec();
}

std::optional<Customer> CustomerStore::get(qint64 id)
{
    SqliteStatement &q = m_get;
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    Customer c = readCustomer(q);
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
