#pragma once

#include "sqlitestatement.h"

#include <QString>

struct sqlite3;

namespace shopinbox {

/**
 * @brief One SQLite connection (RAII over sqlite3*).
 *
 * Thin on purpose: the cache needs SQLite's own error codes (SQLITE_NOTADB, SQLITE_CORRUPT), FTS5 and
 * control over statements that QtSql hides.
 */
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /** Opens (creating when @p create) the file; false with errorMessage() on failure. */
    bool open(const QString &path, bool create = true);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /** Runs one or more statements without results; false on error. */
    bool exec(const QString &sql);
    /** Prepares a statement; an invalid statement on error (see errorMessage()). */
    SqliteStatement prepare(const QString &sql);
    /** Runs a query returning one integer, e.g. a PRAGMA; @p fallback on error. */
    qint64 queryInt(const QString &sql, qint64 fallback = -1);

    /** The error of the last exec()/prepare()/queryInt() call. */
    QString errorMessage() const { return m_error; }
    /** SQLite's message for the connection's most recent failure, whatever statement failed. */
    QString lastConnectionError() const;
    int errorCode() const { return m_errorCode; }
    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }

private:
    void captureError();

    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace shopinbox
