#include "clock.h"

namespace shopinbox {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace shopinbox
