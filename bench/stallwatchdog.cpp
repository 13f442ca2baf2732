#include "stallwatchdog.h"

#include <algorithm>

namespace shopinbox::bench {

StallWatchdog::StallWatchdog(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
}

void StallWatchdog::start()
{
    m_gaps.clear();
    m_gaps.reserve(200'000);
    m_longest = 0;
    m_longestEndedAt = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallWatchdog::stop()
{
    tick(); // a stall still going on when the work finished counts too
    m_timer.stop();
}

void StallWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gap = static_cast<double>(now - m_last) / 1e6;
    if (gap > m_longest) {
        m_longest = gap;
        m_longestEndedAt = static_cast<double>(now) / 1e6;
    }
    m_gaps.push_back(gap);
    m_last = now;
}

double StallWatchdog::quantile(double p) const
{
    if (m_gaps.empty())
        return 0.0;
    std::vector<double> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end());
    return sorted[static_cast<size_t>(p * static_cast<double>(sorted.size() - 1))];
}

} // namespace shopinbox::bench
