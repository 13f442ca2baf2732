#pragma once

#include <QLatin1String>
#include <QString>

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>

namespace shopinbox {

/**
 * @brief The columns of one table, in one order, shared by its SELECT, its INSERT and its row reader.
 *
 * A store declares an enum of its columns and one list of their names; the SQL text is built from the list
 * and every bind and read goes through the enum, so adding a column is one enum value, one name and the two
 * lines that bind and read it — no positional `?17` or `value(15)` to keep in step by hand.
 *
 * @code
 * enum class Col { Id, Name, Count };
 * constexpr ColumnList<Col> Columns{{"id", "name"}};
 * "SELECT " + Columns.names() + " FROM customers"          // id, name
 * q.bind(Columns.param(Col::Name), customer.name);         // ?2
 * customer.name = q.text(Columns.at(Col::Name));           // column 1
 * @endcode
 *
 * @p Column must end with a `Count` enumerator equal to the number of columns.
 */
template<typename Column, std::size_t N = static_cast<std::size_t>(Column::Count)> class ColumnList
{
public:
    constexpr explicit ColumnList(std::array<const char *, N> names)
        : m_names(names)
    {
    }

    static constexpr std::size_t size() { return N; }

    /** "id, name, …", each name prefixed by @p alias and a dot when given ("c.id, c.name"), without the
     * columns in @p leaveOut. */
    QString names(QLatin1String alias = {}, std::initializer_list<Column> leaveOut = {}) const
    {
        return joined(leaveOut, [alias](QLatin1String name, std::size_t) {
            return alias.isEmpty() ? QString(name) : alias + u'.' + name;
        });
    }

    /** "?1, ?2, …": the parameters of an INSERT of names({}, @p leaveOut), numbered by param() (a column
     * left out leaves its number unused). */
    QString placeholders(std::initializer_list<Column> leaveOut = {}) const
    {
        return joined(leaveOut, [](QLatin1String, std::size_t i) { return u'?' + QString::number(i + 1); });
    }

    /** "name = excluded.name, …" for an upsert, for every column but those in @p leaveOut (the key, and
     * columns the upsert treats specially). */
    QString assignExcluded(std::initializer_list<Column> leaveOut) const
    {
        return joined(leaveOut, [](QLatin1String name, std::size_t) {
            return name + QLatin1String(" = excluded.") + name;
        });
    }

    /** The name of @p column. */
    QLatin1String name(Column column) const { return QLatin1String(m_names[index(column)]); }
    /** The parameter number of @p column in an INSERT built with placeholders() (1-based). */
    static constexpr int param(Column column) { return index(column) + 1; }
    /** The result column of @p column in a SELECT of names(), after @p offset earlier columns. */
    static constexpr int at(Column column, int offset = 0) { return index(column) + offset; }

private:
    static constexpr int index(Column column) { return static_cast<int>(column); }
    /** @p part(name, index) of every column not in @p leaveOut, joined by ", ". */
    template<typename Part> QString joined(std::initializer_list<Column> leaveOut, const Part &part) const
    {
        QString text;
        for (std::size_t i = 0; i < N; ++i) {
            if (std::find(leaveOut.begin(), leaveOut.end(), static_cast<Column>(i)) != leaveOut.end())
                continue;
            if (!text.isEmpty())
                text += QLatin1String(", ");
            text += part(QLatin1String(m_names[i]), i);
        }
        return text;
    }

    std::array<const char *, N> m_names;
};

} // namespace shopinbox
