#include "common/logging.h"

Q_LOGGING_CATEGORY(lcQuestionnaire, "intake.questionnaire", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScreening, "intake.screening", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "intake.store", QtInfoMsg)
