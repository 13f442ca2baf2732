#pragma once

#include <QString>

namespace shopinbox {

class SqliteDatabase;

/**
 * @brief Begins a transaction and rolls it back on destruction unless commit() succeeded.
 *
 * @code
 * TransactionGuard tx(db);
 * if (!tx.isActive()) return error;
 * ... writes ...
 * if (!tx.commit()) return error;   // otherwise the destructor rolls back
 * @endcode
 */
class TransactionGuard
{
public:
    /** BEGIN IMMEDIATE: takes the write lock up front so a batch never fails half-way on SQLITE_BUSY. */
    explicit TransactionGuard(SqliteDatabase &db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    /** Commits; false (and rolled back) on failure. */
    bool commit();
    /** Rolls back now; idempotent. */
    void rollback();
    QString errorMessage() const { return m_error; }

private:
    SqliteDatabase &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace shopinbox
