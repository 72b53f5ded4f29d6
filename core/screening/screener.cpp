#include "screening/screener.h"

#include "questionnaire/enablement.h"
#include "questionnaire/responsevalidator.h"

namespace intake {

Result<ScreeningResult> Screener::screen(const Questionnaire &questionnaire, const RuleSet &rules,
                                         const Response &response, QDate appointmentDate)
{
    if (!appointmentDate.isValid())
        return Error{QStringLiteral("the appointment date is not a valid date")};
    const auto issues = ResponseValidator::validate(questionnaire, response, appointmentDate);
    if (!issues.isEmpty())
        return Error{issues.constFirst().message};

    const Enablement answers(questionnaire, response);
    ScreeningResult result;
    for (const Rule &rule : rules.rules()) {
        if (!rule.when.holds(answers, appointmentDate))
            continue;
        Flag flag{rule.code, rule.severity, rule.linkId, std::nullopt, rule.reason, rule.guidance};
        if (rule.until) {
            // RuleSet guarantees `when` holds only with this date answered.
            flag.until = rule.until->from(std::get<QDate>(*answers.effectiveAnswer(rule.until->item)));
            if (!result.earliestDate || *flag.until > *result.earliestDate)
                result.earliestDate = flag.until;
        }
        result.outcome = std::max(result.outcome, flag.severity);
        result.flags.append(flag);
    }
    // most severe first; rule order within a severity
    std::stable_sort(result.flags.begin(), result.flags.end(),
                     [](const Flag &a, const Flag &b) { return a.severity > b.severity; });
    return result;
}

} // namespace intake
