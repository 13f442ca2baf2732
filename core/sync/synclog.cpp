#include "synclog.h"

Q_LOGGING_CATEGORY(lcSync, "shopinbox.sync", QtInfoMsg)
