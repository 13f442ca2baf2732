#include "serverlog.h"

Q_LOGGING_CATEGORY(lcServerHttp, "shopinbox.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDb, "shopinbox.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerStream, "shopinbox.server.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDemo, "shopinbox.server.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerEmail, "shopinbox.server.email", QtInfoMsg)
