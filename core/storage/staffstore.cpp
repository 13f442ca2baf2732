#include "staffstore.h"

#include "sqlitedatabase.h"

namespace shopinbox {

namespace {
// The columns readStaff() reads, in its order.
constexpr const char *Columns = "id, name, email, chat_permission, manage_shop_permission, owner, active";

Staff readStaff(const SqliteStatement &row)
{
    Staff staff;
    staff.id = row.int64(0);
    staff.name = row.text(1);
    staff.email = row.text(2);
    staff.chatPermission = row.boolean(3);
    staff.manageShopPermission = row.boolean(4);
    staff.owner = row.boolean(5);
    staff.active = row.boolean(6);
    return staff;
}
} // namespace

StaffStore::StaffStore(SqliteDatabase &db)
    : m_db(db)
    , m_upsert(db.prepare(
          QStringLiteral("INSERT INTO staff(id, name, email, chat_permission, manage_shop_permission, owner, "
                         "active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                         "ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, "
                         "chat_permission = excluded.chat_permission, "
                         "manage_shop_permission = excluded.manage_shop_permission, owner = excluded.owner, "
                         "active = excluded.active")))
    , m_get(db.prepare(QStringLiteral("SELECT ") + QLatin1String(Columns) +
                       QStringLiteral(" FROM staff WHERE id = ?1")))
{
}

bool StaffStore::upsert(const Staff &staff)
{
    m_upsert.bind(1, staff.id);
    m_upsert.bind(2, staff.name);
    m_upsert.bind(3, staff.email);
    m_upsert.bind(4, staff.chatPermission);
    m_upsert.bind(5, staff.manageShopPermission);
    m_upsert.bind(6, staff.owner);
    m_upsert.bind(7, staff.active);
    return m_upsert.exec();
}

std::optional<Staff> StaffStore::get(qint64 id)
{
    m_get.bind(1, id);
    if (!m_get.step())
        return std::nullopt;
    Staff staff = readStaff(m_get);
    m_get.reset();
    return staff;
}

QList<Staff> StaffStore::all(bool chatOnly)
{
    SqliteStatement query = m_db.prepare(
        QStringLiteral("SELECT ") + QLatin1String(Columns) +
        QStringLiteral(" FROM staff WHERE ?1 = 0 OR (active = 1 AND (chat_permission = 1 OR owner = 1)) "
                       "ORDER BY name COLLATE NOCASE, id"));
    query.bind(1, chatOnly);
    QList<Staff> result;
    while (query.step())
        result.append(readStaff(query));
    return result;
}

} // namespace shopinbox
