#include "storagelog.h"

Q_LOGGING_CATEGORY(lcStorage, "shopinbox.storage", QtInfoMsg)
