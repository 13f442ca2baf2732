#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace shopinbox::bench {

/**
 * Waits in the event loop until @p done or @p ms have passed — sleeping between events, not spinning: the
 * server under measurement shares the cores.
 */
inline void waitInEventLoop(int ms, const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(5);
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace shopinbox::bench
