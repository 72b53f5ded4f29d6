#include "questionnaire/enablement.h"

namespace intake {

Enablement::Enablement(const Questionnaire &questionnaire, const Response &response) : m_response(response)
{
    // Document order suffices: a parent comes before its children, and an enableWhen may only
    // name an earlier question (Questionnaire checks both), so every input is settled in time.
    for (const Item *item : questionnaire.allItems()) {
        if (item->parent && !isEnabled(item->parent->linkId))
            continue;
        bool enabled = true;
        if (!item->enableWhen.isEmpty()) {
            const auto holds = [this](const EnableWhen &condition) { return conditionHolds(condition); };
            enabled = item->enableBehavior == Item::EnableBehavior::All
                          ? std::all_of(item->enableWhen.cbegin(), item->enableWhen.cend(), holds)
                          : std::any_of(item->enableWhen.cbegin(), item->enableWhen.cend(), holds);
        }
        if (enabled)
            m_enabled.insert(item->linkId);
    }
}

std::optional<AnswerValue> Enablement::effectiveAnswer(const QString &linkId) const
{
    if (!isEnabled(linkId))
        return std::nullopt;
    return m_response.answer(linkId);
}

bool Enablement::conditionHolds(const EnableWhen &condition) const
{
    const auto answer = effectiveAnswer(condition.question);
    switch (condition.op) {
    case EnableWhen::Operator::Exists:
        return answer.has_value() == std::get<bool>(condition.answer);
    case EnableWhen::Operator::Equals:
        return answer.has_value() && *answer == condition.answer;
    case EnableWhen::Operator::NotEquals:
        return answer.has_value() && *answer != condition.answer;
    }
    return false;
}

} // namespace intake
