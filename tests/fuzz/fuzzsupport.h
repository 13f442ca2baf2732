#pragma once

// What the fuzz targets share (tests/fuzz/README.md): the input limit, silent Qt logging, the property check.

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace shopinbox::fuzz {

/** Longest input a target reads; longer ones return at once. */
inline constexpr std::size_t MaxInputBytes = 1024 * 1024;

/** The input as a QByteArray (a copy: NUL bytes included, nothing read past the end). */
inline QByteArray toBytes(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)};
}

/**
 * Qt's messages go nowhere: a target prints nothing per input (the code under test warns about what it
 * refuses). A qFatal() still aborts after the handler, and libFuzzer reports it as a crash.
 */
inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

/** A property of the code under test that does not hold: says which on stderr and aborts (a crash). */
[[noreturn]] inline void propertyFailed(const char *expression, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz property violated: %s\n", file, line, expression);
    std::abort();
}

} // namespace shopinbox::fuzz

/** Aborts (a crash for libFuzzer and for the replay test) when @p condition is false. Always on. */
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::shopinbox::fuzz::propertyFailed(#condition, __FILE__, __LINE__);                               \
    } while (false)
