#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
Q_DECLARE_LOGGING_CATEGORY(lcServerDb)
Q_DECLARE_LOGGING_CATEGORY(lcServerStream)
Q_DECLARE_LOGGING_CATEGORY(lcServerDemo)
Q_DECLARE_LOGGING_CATEGORY(lcServerEmail)

#include <QByteArray>
#include <QByteArrayView>

namespace shopinbox::server {

/**
 * @p text for a log line: control characters, backslashes and non-ASCII bytes as \xNN, cut after @p max
 * bytes — so that a request path cannot forge a log line. Query strings and bodies are never logged at all.
 */
QByteArray logSafe(QByteArrayView text, qsizetype max = 300);

} // namespace shopinbox::server
