#include "authlog.h"

Q_LOGGING_CATEGORY(lcAuth, "shopinbox.auth", QtInfoMsg)
