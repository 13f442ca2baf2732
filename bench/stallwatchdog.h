#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace shopinbox::bench {

/**
 * @brief Measures how long the event loop of the thread it lives in goes without running a timer: a 1 ms
 * precise timer records the gap between consecutive ticks. A gap well above 1 ms is a stall a user would
 * feel as a frozen window (no input handled, nothing repainted).
 */
class StallWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit StallWatchdog(QObject *parent = nullptr);

    void start();
    void stop();

    /** Gaps between ticks in milliseconds, in the order they happened. */
    const std::vector<double> &gaps() const { return m_gaps; }
    double longest() const { return m_longest; }
    /** When the longest gap ended, in ms after start(). */
    double longestEndedAt() const { return m_longestEndedAt; }
    /** The @p p quantile (0..1) of the gaps. */
    double quantile(double p) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
    double m_longestEndedAt = 0;
    std::vector<double> m_gaps;
};

} // namespace shopinbox::bench
