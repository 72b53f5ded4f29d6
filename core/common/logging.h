#pragma once

#include <QLoggingCategory>

// One category per area. Messages name files, item ids and counts; never answers, names,
// birth dates, passphrases or keys.
Q_DECLARE_LOGGING_CATEGORY(lcQuestionnaire)
Q_DECLARE_LOGGING_CATEGORY(lcScreening)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
