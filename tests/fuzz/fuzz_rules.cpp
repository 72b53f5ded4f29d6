// Any bytes given as a rules file (checked against the shipped questionnaire), then used to
// screen a fixed response: an error or a result, never a crash.

#include "common/jsonfile.h"
#include "questionnaire/response.h"
#include "screening/ruleset.h"
#include "screening/screener.h"
#include "shippedassets.h"

#include <cstddef>
#include <cstdint>

namespace {

const intake::Questionnaire &questionnaire()
{
    static const auto loaded = intake::Questionnaire::load(intake::ShippedAssets::questionnairePath()).value();
    return loaded;
}

intake::Response everyBooleanYes()
{
    intake::Response response;
    for (const intake::Item *item : questionnaire().allItems()) {
        if (item->type == intake::Item::Type::Boolean)
            response.setAnswer(item->linkId, true);
        if (item->type == intake::Item::Type::Date)
            response.setAnswer(item->linkId, QDate(2026, 11, 20));
    }
    return response;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const intake::Response response = everyBooleanYes();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto json = intake::parseJsonObject(bytes, QStringLiteral("fuzz.rules.json"));
    if (!json)
        return 0;
    const auto rules = intake::RuleSet::fromJson(json.value(), questionnaire(), QStringLiteral("fuzz.rules.json"));
    if (rules)
        (void)intake::Screener::screen(questionnaire(), rules.value(), response, QDate(2026, 12, 1));
    return 0;
}
