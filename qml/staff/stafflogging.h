#pragma once

#include <QLoggingCategory>

// The staff console's logging category. Messages name screens, states and counts; never a
// client's name, birth date or answers, a staff member's PIN or name, or a key.
Q_DECLARE_LOGGING_CATEGORY(lcStaff)
