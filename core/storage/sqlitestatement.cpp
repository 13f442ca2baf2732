#include "sqlitestatement.h"

#include <sqlite3.h>

#include <utility>

namespace shopinbox {

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_stepped(other.m_stepped)
    , m_ok(other.m_ok)
    , m_errorCode(other.m_errorCode)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_stepped = other.m_stepped;
        m_ok = other.m_ok;
        m_errorCode = other.m_errorCode;
    }
    return *this;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_stepped = false;
    m_ok = true;
    m_errorCode = 0;
}

void SqliteStatement::prepareBind()
{
    if (m_stepped)
        reset();
}

void SqliteStatement::bind(int index, qint64 value)
{
    prepareBind();
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    prepareBind();
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    // UTF-16 straight from QString avoids a conversion; SQLITE_TRANSIENT because the QString may be a
    // temporary.
    sqlite3_bind_text16(m_stmt, index, value.utf16(), static_cast<int>(value.size() * sizeof(char16_t)),
                        SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    if (value.isNull())
        bind(index, QStringLiteral(""));
    else
        bind(index, value);
}

void SqliteStatement::bind(int index, const QByteArray &value)
{
    prepareBind();
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindNull(int index)
{
    prepareBind();
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step()
{
    if (!m_stmt) {
        m_ok = false;
        m_errorCode = SQLITE_MISUSE;
        return false;
    }
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        m_ok = true;
        return false;
    }
    m_ok = false;
    m_errorCode = sqlite3_extended_errcode(m_db);
    return false;
}

bool SqliteStatement::exec()
{
    while (step()) {
    }
    return m_ok;
}

QString SqliteStatement::errorMessage() const
{
    if (m_ok)
        return {};
    if (!m_db)
        return QStringLiteral("statement not prepared");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString::fromUtf16(data, bytes / 2);
}

std::optional<qint64> SqliteStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace shopinbox
