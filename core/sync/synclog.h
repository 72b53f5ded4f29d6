#pragma once

#include <QLoggingCategory>

// Sync between kiosks and the staff console (intake.sync). Messages name kiosk ids, intake
// UUIDs, counts and HTTP statuses; never a client's data, a credential, a token or a key.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
