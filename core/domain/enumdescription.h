#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace shopinbox {

/** @brief One value of an enum as it is written: its wire string (JSON) and its stored integer (SQL). */
template<typename E> struct EnumEntry
{
    E value;
    const char *wire;
    int stored;
};

/**
 * @brief The one description of an enum: every value with its wire string and its stored integer, used by the
 * codec, the stores and the SQL that filters on it. Stored values are written out, never the C++ ordinal;
 * an unknown string or integer is nullopt — the reader refuses it with a clear error, never clamps it to a
 * neighbour.
 */
template<typename E, std::size_t N> class EnumDescription
{
public:
    constexpr explicit EnumDescription(std::array<EnumEntry<E>, N> entries)
        : m_entries(entries)
    {
    }

    constexpr const std::array<EnumEntry<E>, N> &entries() const { return m_entries; }
    constexpr std::array<E, N> values() const
    {
        std::array<E, N> values{};
        for (std::size_t i = 0; i < N; ++i)
            values[i] = m_entries[i].value;
        return values;
    }

    QString wire(E value) const
    {
        for (const EnumEntry<E> &entry : m_entries) {
            if (entry.value == value)
                return QString::fromLatin1(entry.wire);
        }
        return {};
    }
    std::optional<E> fromWire(const QString &text) const
    {
        for (const EnumEntry<E> &entry : m_entries) {
            if (text == QLatin1String(entry.wire))
                return entry.value;
        }
        return std::nullopt;
    }
    constexpr int stored(E value) const
    {
        for (const EnumEntry<E> &entry : m_entries) {
            if (entry.value == value)
                return entry.stored;
        }
        return -1;
    }
    constexpr std::optional<E> fromStored(int stored) const
    {
        for (const EnumEntry<E> &entry : m_entries) {
            if (entry.stored == stored)
                return entry.value;
        }
        return std::nullopt;
    }

private:
    std::array<EnumEntry<E>, N> m_entries;
};

} // namespace shopinbox
