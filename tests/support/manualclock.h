#pragma once

#include "domain/clock.h"

namespace shopinbox::test {

/** @brief A clock a test sets by hand: time moves only when the test says so. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))
        : m_now(now.toUTC())
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace shopinbox::test
