#pragma once

#include "common/result.h"
#include "questionnaire/enablement.h"
#include "questionnaire/questionnaire.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace intake {

/// The `when` of a screening rule: a test on the enabled answers, or a combination of tests
/// (docs/QUESTIONNAIRE-AND-RULES.md). Parsing checks every item against the questionnaire, so
/// a condition that loaded can always be evaluated.
class Condition
{
public:
    /// `where` prefixes errors ("rules.json: rule #3 'diabetes'").
    static Result<Condition> fromJson(const QJsonValue &json, const Questionnaire &questionnaire, const QString &where);

    bool holds(const Enablement &answers, QDate appointmentDate) const;

    /// True when the condition can only hold if `linkId` has an answer, so a rule that reads the
    /// item's value (a defer's `until`) never meets an empty one.
    bool requiresAnswer(const QString &linkId) const;

private:
    enum class Kind { Equals, Answered, WithinDays, WithinMonths, All, Any, Not };

    Kind m_kind = Kind::All;
    QString m_item;
    AnswerValue m_value;
    int m_amount = 0;
    std::vector<Condition> m_children;
};

} // namespace intake
