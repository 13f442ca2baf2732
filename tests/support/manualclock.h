#pragma once

#include "domain/clock.h"

#include <QMutex>

namespace shopinbox::test {

/**
 * @brief A clock a test sets by hand: time moves only when the test says so. Safe to read from other threads
 * (the server's chat writer reads it on its own).
 */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))
        : m_now(now.toUTC())
    {
    }
    QDateTime nowUtc() const override
    {
        const QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime &now)
    {
        const QMutexLocker lock(&m_mutex);
        m_now = now.toUTC();
    }
    void advance(qint64 ms)
    {
        const QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace shopinbox::test
