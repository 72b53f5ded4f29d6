#pragma once

#include "common/result.h"
#include "questionnaire/questionnaire.h"
#include "questionnaire/response.h"
#include "screening/ruleset.h"
#include "screening/screeningresult.h"

#include <QDate>

namespace intake {

/// Turns a client's answers into flags by the clinic's rules (shared/design/SCREENING.md).
class Screener
{
public:
    /// A pure function: reads no clock, settings or files. Fails, with no result, when the
    /// response is not valid for the questionnaire on `appointmentDate` (the first problem).
    static Result<ScreeningResult> screen(const Questionnaire &questionnaire, const RuleSet &rules,
                                          const Response &response, QDate appointmentDate);
};

} // namespace intake
