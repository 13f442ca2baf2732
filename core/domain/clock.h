#pragma once

#include <QDateTime>

namespace shopinbox {

/**
 * @brief Where "now" comes from, passed in so that tests can set the time (a customer's local time across a
 * DST change, the 60-day window of the last order).
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The current time in UTC. */
    virtual QDateTime nowUtc() const = 0;
};

/** @brief The system's clock. */
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace shopinbox
