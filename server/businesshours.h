#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace shopinbox::server {

/**
 * @brief The shop's opening hours (settings.business_hours) and whether the shop is open at a moment.
 *
 * The setting is an object with the keys "mon" … "sun", each ["HH:mm", "HH:mm"] (open from the first time,
 * closed from the second; "24:00" is the end of the day; an end before the start runs past midnight) or
 * null (closed all day); a missing or unreadable day counts as closed. The times are wall-clock times in
 * the shop's IANA time zone, so they follow daylight saving time. A setting that is null or absent means
 * always open.
 */
class BusinessHours
{
public:
    /** Whether the shop is open at @p utc under @p hours in @p timeZone (UTC when unknown). */
    static bool isOpen(const QJsonValue &hours, const QString &timeZone, const QDateTime &utc);
    /** Why @p hours is not a valid setting (an unknown day, a day that is neither null nor two readable
     * times, opening and closing at the same time), or an empty string. */
    static QString problem(const QJsonObject &hours);
};

} // namespace shopinbox::server
