#pragma once

#include "domain/customer.h"
#include "sqlitestatement.h"

#include <optional>

namespace shopinbox {

class SqliteDatabase;

/** @brief Customers in the cache (profile, presence and internal note). */
class CustomerStore
{
public:
    explicit CustomerStore(SqliteDatabase &db);

    /** Inserts or replaces the customer. Presence is kept unless @p withPresence. */
    bool upsert(const Customer &customer, bool withPresence = true);
    std::optional<Customer> get(qint64 id);
    bool setOnline(qint64 id, bool online);
    /** Changes the note; returns false when the customer is unknown. */
    bool setNote(qint64 id, const QString &note, const QDateTime &updatedAt);
    bool exists(qint64 id);

private:
    SqliteStatement m_upsert;
    SqliteStatement m_get;
    SqliteStatement m_setOnline;
    SqliteStatement m_setNote;
    SqliteStatement m_exists;
};

} // namespace shopinbox
