#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <ostream>

QT_BEGIN_NAMESPACE
// Readable GoogleTest failure output for Qt types.
void PrintTo(const QString &text, std::ostream *os);
void PrintTo(const QByteArray &bytes, std::ostream *os);
QT_END_NAMESPACE

namespace testsupport {

/** Runs the event loop until @p done returns true or @p timeoutMs passed; returns done(). */
bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000);

} // namespace testsupport
