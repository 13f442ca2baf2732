#include "apilog.h"

Q_LOGGING_CATEGORY(lcApi, "shopinbox.api", QtInfoMsg)
