#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
Q_DECLARE_LOGGING_CATEGORY(lcServerDb)
Q_DECLARE_LOGGING_CATEGORY(lcServerStream)
Q_DECLARE_LOGGING_CATEGORY(lcServerDemo)
