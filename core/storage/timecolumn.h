#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace shopinbox::timecolumn {

/** UTC milliseconds since the epoch for an INTEGER column; nullopt for an invalid time (SQL NULL). */
inline std::optional<qint64> toColumn(const QDateTime &time)
{
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

inline QDateTime fromColumn(std::optional<qint64> msecs)
{
    if (!msecs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*msecs, QTimeZone::utc());
}

} // namespace shopinbox::timecolumn
