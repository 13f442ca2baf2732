#include "businesshours.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace shopinbox::server {

namespace {

// Minutes since midnight of "HH:mm" ("24:00" is 1440); -1 when unreadable.
int minutes(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text == QLatin1String("24:00"))
        return 24 * 60;
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : -1;
}

} // namespace

bool BusinessHours::isOpen(const QJsonValue &hours, const QString &timeZone, const QDateTime &utc)
{
    if (!hours.isObject())
        return true;
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QJsonValue day = hours.toObject().value(QLatin1String(days[local.date().dayOfWeek() - 1]));
    const QJsonArray span = day.toArray();
    if (!day.isArray() || span.size() != 2)
        return false;
    const int open = minutes(span.at(0));
    const int close = minutes(span.at(1));
    if (open < 0 || close < 0)
        return false;
    const int now = local.time().hour() * 60 + local.time().minute();
    return close > open ? (now >= open && now < close) : (now >= open || now < close);
}

QString BusinessHours::problem(const QJsonObject &hours)
{
    static const QStringList days = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                     QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                     QStringLiteral("sun")};
    for (auto it = hours.constBegin(); it != hours.constEnd(); ++it) {
        if (!days.contains(it.key()))
            return QStringLiteral("business_hours has an unknown day %1 (use mon to sun)").arg(it.key());
        if (it.value().isNull())
            continue;
        const QJsonArray span = it.value().toArray();
        const int open = span.size() == 2 ? minutes(span.at(0)) : -1;
        const int close = span.size() == 2 ? minutes(span.at(1)) : -1;
        if (!it.value().isArray() || open < 0 || close < 0 || open == close || open == 24 * 60)
            return QStringLiteral("business_hours.%1 must be null or [\"HH:mm\", \"HH:mm\"] with different "
                                  "times")
                .arg(it.key());
    }
    return {};
}

} // namespace shopinbox::server
