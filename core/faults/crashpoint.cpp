#include "crashpoint.h"

#ifdef SHOPINBOX_CRASH_POINTS

#include <QByteArray>
#include <QLoggingCategory>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcFaults, "shopinbox.faults", QtInfoMsg)

namespace shopinbox {

namespace {

struct Target
{
    QByteArray name; ///< Empty: no crash point is armed.
    long long at = 0;
};

const Target &target()
{
    static const Target armed = [] {
        Target t;
        const QByteArray spec = qgetenv("SHOPINBOX_CRASH_AT");
        const qsizetype colon = spec.lastIndexOf(':');
        bool ok = false;
        const long long at = colon > 0 ? spec.mid(colon + 1).toLongLong(&ok) : 0;
        if (!spec.isEmpty() && (!ok || at < 1)) {
            qCWarning(lcFaults) << "SHOPINBOX_CRASH_AT must be name:n with n >= 1, got" << spec;
            return t;
        }
        if (ok) {
            t.name = spec.left(colon);
            t.at = at;
        }
        return t;
    }();
    return armed;
}

std::atomic<long long> passes{0};

} // namespace

void CrashPoint::reach(const char *name)
{
    const Target &armed = target();
    if (armed.name.isEmpty() || armed.name != name)
        return;
    const long long pass = ++passes;
    if (pass != armed.at)
        return;
    std::fprintf(stderr, "crash point %s:%lld reached\n", name, pass);
    std::fflush(stderr);
#ifdef SIGKILL
    std::raise(SIGKILL);
#endif
    std::_Exit(137); // where there is no SIGKILL: end at once, without any clean-up either
}

} // namespace shopinbox

#else

namespace shopinbox {

void CrashPoint::reach(const char *) {}

} // namespace shopinbox

#endif
