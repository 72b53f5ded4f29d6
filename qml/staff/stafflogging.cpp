#include "stafflogging.h"

Q_LOGGING_CATEGORY(lcStaff, "intake.staff", QtInfoMsg)
