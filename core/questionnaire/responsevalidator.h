#pragma once

#include "questionnaire/questionnaire.h"
#include "questionnaire/response.h"

#include <QDate>
#include <QList>
#include <QString>

namespace intake {

/// One reason a response cannot be accepted, tied to the item it concerns.
struct ValidationIssue
{
    enum class Kind {
        Missing,        ///< a required, enabled question has no answer
        NotEnabled,     ///< an answer to a question that is not asked (its enableWhen fails)
        DateAfterAppointment,
        TooLong,
        ControlCharacters,
        MarkupCharacters,
        NotAnOption,
    };

    Kind kind;
    QString linkId;
    QString message;  ///< one line naming the item; never the answer itself
};

/// Checks a response against its questionnaire: completeness, consistency with enableWhen and
/// the per-item limits. Every date in the questionnaire is of a past event, so a date after
/// `appointmentDate` is invalid. Pure: the date is an argument.
class ResponseValidator
{
public:
    static QList<ValidationIssue> validate(const Questionnaire &questionnaire, const Response &response,
                                           QDate appointmentDate);
};

} // namespace intake
