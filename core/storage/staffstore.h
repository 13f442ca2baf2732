#pragma once

#include "domain/staff.h"
#include "sqlitestatement.h"

#include <QList>

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/** @brief Staff members of the shop in the cache. */
class StaffStore
{
public:
    explicit StaffStore(SqliteDatabase &db);

    bool upsert(const Staff &staff);
    std::optional<Staff> get(qint64 id);
    /** All staff ordered by name; only those with chat permission when @p chatOnly. */
    QList<Staff> all(bool chatOnly);

private:
    SqliteDatabase &m_db;
    SqliteStatement m_upsert;
    SqliteStatement m_get;
};

} // namespace shopinbox
