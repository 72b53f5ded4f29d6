#include "sync/synclog.h"

Q_LOGGING_CATEGORY(lcSync, "intake.sync", QtInfoMsg)
