#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <bitset>
#include <cstddef>
#include <initializer_list>

namespace shopinbox::server {

/**
 * @brief One table's column list, named once in the order of the enum @p Column (whose last value is
 * `Count`): SELECT, INSERT, upsert and UPDATE statements and the row reader all come from it, so no
 * statement or reader counts positions by hand.
 *
 * A SELECT built here returns every column of the list in enum order, so `value(query, Column::X)` reads
 * column X. Used by the repositories only.
 */
template<typename Column> class SqlTable
{
public:
    static constexpr std::size_t Size = static_cast<std::size_t>(Column::Count);

    constexpr SqlTable(const char *name, std::array<const char *, Size> columns)
        : m_name(name)
        , m_columns(columns)
    {
    }

    /** `SELECT <every column> FROM <table> <rest>`, e.g. @p rest "WHERE shop_id = ? AND id = ?". */
    QString select(const char *rest) const
    {
        return QStringLiteral("SELECT %1 FROM %2 %3")
            .arg(names().join(QStringLiteral(", ")), QLatin1String(m_name), QLatin1String(rest));
    }
    /** `INSERT INTO <table>(<every column>) VALUES (?, ...)`: bind a Row (or @p rows Rows, one after the
     *  other: one statement and one round trip for a batch). */
    QString insert(int rows = 1) const
    {
        QStringList marks;
        for (std::size_t i = 0; i < Size; ++i)
            marks.append(QStringLiteral("?"));
        const QString tuple = QStringLiteral("(%1)").arg(marks.join(QStringLiteral(", ")));
        QStringList tuples;
        for (int i = 0; i < rows; ++i)
            tuples.append(tuple);
        return QStringLiteral("INSERT INTO %1(%2) VALUES %3")
            .arg(QLatin1String(m_name), names().join(QStringLiteral(", ")),
                 tuples.join(QStringLiteral(", ")));
    }
    /**
     * insert() that updates the row whose @p key columns collide: every other column, or only @p update
     * when given. The same text for SQLite and PostgreSQL.
     */
    QString upsert(std::initializer_list<Column> key, std::initializer_list<Column> update = {},
                   int rows = 1) const
    {
        QStringList keys;
        for (Column column : key)
            keys.append(QLatin1String(name(column)));
        QStringList sets;
        for (std::size_t i = 0; i < Size; ++i) {
            const auto column = static_cast<Column>(i);
            const bool listed = update.size() == 0 ? !contains(key, column) : contains(update, column);
            if (listed)
                sets.append(QStringLiteral("%1 = excluded.%1").arg(QLatin1String(m_columns[i])));
        }
        return QStringLiteral("%1 ON CONFLICT (%2) DO UPDATE SET %3")
            .arg(insert(rows), keys.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
    }
    /** `UPDATE <table> SET a = ?, b = ? <rest>`: bind the values of @p set in that order, then @p rest's. */
    QString update(std::initializer_list<Column> set, const char *rest) const
    {
        QStringList sets;
        for (Column column : set)
            sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(name(column))));
        return QStringLiteral("UPDATE %1 SET %2 %3")
            .arg(QLatin1String(m_name), sets.join(QStringLiteral(", ")), QLatin1String(rest));
    }

    constexpr const char *name(Column column) const { return m_columns[static_cast<std::size_t>(column)]; }
    /** Column @p column of a row read by a select() statement. */
    static QVariant value(const QSqlQuery &query, Column column)
    {
        return query.value(static_cast<int>(column));
    }

    /** @brief The values of one row, set by column and bound in column order (for insert() and upsert()). */
    class Row
    {
    public:
        // A sink, moved below: clang-tidy 14 does not see a std::move into a dependent member of a template.
        Row &set(Column column, QVariant value) // NOLINT(performance-unnecessary-value-param)
        {
            m_values[static_cast<std::size_t>(column)] = std::move(value);
            m_set.set(static_cast<std::size_t>(column));
            return *this;
        }
        /** Every column must have been set (a forgotten one is a programming error, not a NULL). */
        QVariantList values() const
        {
            Q_ASSERT(m_set.all());
            return QVariantList(m_values.cbegin(), m_values.cend());
        }

    private:
        std::array<QVariant, Size> m_values;
        std::bitset<Size> m_set;
    };

private:
    QStringList names() const
    {
        QStringList result;
        for (const char *column : m_columns)
            result.append(QLatin1String(column));
        return result;
    }
    static bool contains(std::initializer_list<Column> list, Column column)
    {
        for (Column c : list) {
            if (c == column)
                return true;
        }
        return false;
    }

    const char *m_name;
    std::array<const char *, Size> m_columns;
};

} // namespace shopinbox::server
