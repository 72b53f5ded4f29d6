#pragma once

#include <QLoggingCategory>

// The kiosk UI's logging category. Messages name screens, languages and files; never answers,
// names, birth dates or anything else the client typed.
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
