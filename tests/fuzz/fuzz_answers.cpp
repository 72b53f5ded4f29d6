// Any bytes given as `intake-cli screen --answers` input, screened with the shipped files:
// a clear error or a result, never a crash, and a result always obeys the contract.

#include "common/jsonfile.h"
#include "questionnaire/response.h"
#include "screening/ruleset.h"
#include "screening/screener.h"
#include "screening/screeningrequest.h"
#include "shippedassets.h"

#include <cstddef>
#include <cstdint>

namespace {

struct Shipped
{
    intake::Questionnaire questionnaire = intake::Questionnaire::load(intake::ShippedAssets::questionnairePath()).value();
    intake::RuleSet rules = intake::RuleSet::load(intake::ShippedAssets::rulesPath(), questionnaire).value();
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Shipped shipped;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto json = intake::parseJsonObject(bytes, QStringLiteral("answers.json"));
    if (!json)
        return 0;
    const auto request = intake::ScreeningRequest::fromJson(json.value(), QDate(2026, 12, 1), QStringLiteral("answers.json"));
    if (!request)
        return 0;
    const auto response = intake::Response::fromJson(shipped.questionnaire, request->answers);
    if (!response)
        return 0;
    const auto result = intake::Screener::screen(shipped.questionnaire, shipped.rules, response.value(), request->appointmentDate);
    if (!result)
        return 0;
    // contract invariants: the outcome is the most severe flag; earliestDate iff a defer flag
    intake::Severity worst = intake::Severity::Clear;
    bool anyDefer = false;
    for (const auto &flag : result->flags) {
        worst = std::max(worst, flag.severity);
        anyDefer = anyDefer || flag.severity == intake::Severity::Defer;
        if (flag.until.has_value() != (flag.severity == intake::Severity::Defer))
            __builtin_trap();
    }
    if (worst != result->outcome || anyDefer != result->earliestDate.has_value())
        __builtin_trap();
    return 0;
}
