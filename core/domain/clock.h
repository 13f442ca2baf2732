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

/** @brief The system's clock: the one place that reads the wall clock (client and server). */
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

/** The process's SystemClock, the default of every component that takes a Clock. */
const Clock &systemClock();

} // namespace shopinbox
