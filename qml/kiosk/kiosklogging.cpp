#include "kiosklogging.h"

Q_LOGGING_CATEGORY(lcKiosk, "intake.kiosk", QtInfoMsg)
