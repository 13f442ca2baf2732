#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace shopinbox {

/**
 * @brief A prepared SQLite statement (RAII over sqlite3_stmt).
 *
 * Parameters are 1-based like SQLite's. After step() returns false, check ok() to tell "done" from an error.
 * The statement resets itself before binding anew, so one prepared statement serves many executions.
 */
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    /** Resets the statement and clears its bindings; called automatically by the first bind after a step. */
    void reset();

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<qint64>(value ? 1 : 0)); }
    void bind(int index, const QString &value); ///< A null QString binds SQL NULL.
    /** Binds text for a NOT NULL column: a null QString binds the empty string. */
    void bindText(int index, const QString &value);
    void bind(int index, const QByteArray &value);
    void bind(int index, std::optional<qint64> value);
    void bindNull(int index);

    /** Advances to the next row; false when done or on error (see ok()). */
    bool step();
    /** Runs a statement that returns no rows; false on error. */
    bool exec();
    /** True unless the last step failed. */
    bool ok() const { return m_ok; }
    /** SQLite's message for the last failure. */
    QString errorMessage() const;
    int errorCode() const { return m_errorCode; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    bool boolean(int column) const { return int64(column) != 0; }
    QString text(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    void prepareBind();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_stepped = false;
    bool m_ok = true;
    int m_errorCode = 0;
};

} // namespace shopinbox
