#include "shippedassets.h"

namespace intake {

Result<ShippedScreening> ShippedAssets::loadScreening()
{
    auto questionnaire = Questionnaire::load(questionnairePath());
    if (!questionnaire)
        return questionnaire.error();
    auto rules = RuleSet::load(rulesPath(), questionnaire.value());
    if (!rules)
        return rules.error();
    return ShippedScreening{std::move(questionnaire).value(), std::move(rules).value()};
}

} // namespace intake
