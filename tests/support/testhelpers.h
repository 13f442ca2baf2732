#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <ostream>

QT_BEGIN_NAMESPACE
// Readable GoogleTest failure output for Qt types.
void PrintTo(const QString &text, std::ostream *os);
void PrintTo(const QByteArray &bytes, std::ostream *os);
QT_END_NAMESPACE

namespace testsupport {

/**
 * The one way tests wait: runs the event loop until @p done returns true, and returns done(). @p timeoutMs
 * is a ceiling that only bounds a hang — generous, never part of what is tested: a test waits for an
 * observable event (a signal, a line of output, a row, a frame), never for time to pass. There is no sleep
 * helper on purpose (see docs/reliability.md).
 */
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000);

/**
 * Waits until the system clock has passed @p stamp (an observable event: the next timestamp taken is
 * strictly later), for tests about "newer wins" between stamps taken by different parties.
 */
bool waitUntilClockPasses(const QDateTime &stamp);

} // namespace testsupport
