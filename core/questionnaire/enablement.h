#pragma once

#include "questionnaire/questionnaire.h"
#include "questionnaire/response.h"

#include <QSet>
#include <QString>

namespace intake {

/// Which items are enabled (asked) for a response, by FHIR enableWhen rules:
/// an item is enabled when its parent is and its conditions hold (all or any). A condition on a
/// disabled or unanswered question is false, except `exists: false`, which is then true.
class Enablement
{
public:
    Enablement(const Questionnaire &questionnaire, const Response &response);

    bool isEnabled(const QString &linkId) const { return m_enabled.contains(linkId); }
    const QSet<QString> &enabledItems() const { return m_enabled; }

    /// The answer of an enabled item; answers to disabled items do not count.
    std::optional<AnswerValue> effectiveAnswer(const QString &linkId) const;

private:
    bool conditionHolds(const EnableWhen &condition) const;

    const Response &m_response;
    QSet<QString> m_enabled;
};

} // namespace intake
