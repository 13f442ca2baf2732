#include "sqlitedatabase.h"

#include "storagelog.h"

#include <sqlite3.h>

namespace shopinbox {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, bool create)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_errorCode = rc;
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another connection (a second window, the benchmark shell) may hold a write lock briefly.
    sqlite3_busy_timeout(m_db, 5000);
    m_error.clear();
    m_errorCode = 0;
    return true;
}

void SqliteDatabase::close()
{
    if (m_db) {
        // Statements are owned by the stores and must be finalized first; close_v2 defers until they are.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteDatabase::captureError()
{
    m_errorCode = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("database not open");
}

bool SqliteDatabase::exec(const QString &sql)
{
    if (!m_db) {
        captureError();
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    if (!m_db) {
        captureError();
        return {};
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        captureError();
        qCWarning(lcStorage) << "cannot prepare" << sql.left(120) << ":" << m_error;
        sqlite3_finalize(stmt);
        return {};
    }
    return SqliteStatement(m_db, stmt);
}

qint64 SqliteDatabase::queryInt(const QString &sql, qint64 fallback)
{
    SqliteStatement statement = prepare(sql);
    if (!statement.isValid())
        return fallback;
    if (!statement.step()) {
        if (!statement.ok()) {
            m_errorCode = statement.errorCode();
            m_error = statement.errorMessage();
        }
        return fallback;
    }
    return statement.int64(0);
}

QString SqliteDatabase::lastConnectionError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("database not open");
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int SqliteDatabase::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace shopinbox
