#include "testhelpers.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << (text.size() > 2000 ? text.left(2000).toStdString() + "..." : text.toStdString()) << '"';
}
void PrintTo(const QByteArray &bytes, std::ostream *os)
{
    *os << '"' << (bytes.size() > 300 ? bytes.left(300).toStdString() + "..." : bytes.toStdString()) << '"';
}
QT_END_NAMESPACE

namespace testsupport {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() >= timeoutMs)
            loop.quit();
    });
    tick.start();
    loop.exec();
    return done();
}

bool waitUntilClockPasses(const QDateTime &stamp)
{
    return waitFor([&] { return QDateTime::currentDateTimeUtc() > stamp; });
}

} // namespace testsupport
