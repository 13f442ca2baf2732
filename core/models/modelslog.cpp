#include "modelslog.h"

Q_LOGGING_CATEGORY(lcModels, "shopinbox.models", QtInfoMsg)
