// Adding a rule is a data change only: a new question and a new rule, written as JSON here,
// change the outcome with no code change. (The CLI test does the same through files.)

#include "screening/screener.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

const QDate appointment(2026, 12, 1);

QJsonObject isotretinoinQuestionnaire()
{
    return editItem(shippedQuestionnaireJson(), QStringLiteral("section.medicines"), [](QJsonObject section) {
        auto items = section.value(QLatin1String("item")).toArray();
        items.append(QJsonDocument::fromJson(R"({
            "linkId": "health.isotretinoin", "type": "boolean", "required": true,
            "text": "In the last 6 months, have you taken isotretinoin (an acne medicine)?" })").object());
        items.append(QJsonDocument::fromJson(R"({
            "linkId": "health.isotretinoin_last_dose", "type": "date",
            "text": "When was your last dose?",
            "enableWhen": [ { "question": "health.isotretinoin", "operator": "=", "answerBoolean": true } ] })").object());
        section.insert(QStringLiteral("item"), items);
        return section;
    });
}

QJsonObject isotretinoinRules()
{
    auto json = shippedRulesJson();
    auto rules = json.value(QLatin1String("rules")).toArray();
    rules.append(QJsonDocument::fromJson(R"({
        "code": "recent_isotretinoin", "severity": "review", "linkId": "health.isotretinoin",
        "when": { "all": [ { "item": "health.isotretinoin", "equals": true },
                           { "any": [ { "item": "health.isotretinoin_last_dose", "withinMonths": 6 },
                                      { "item": "health.isotretinoin_last_dose", "answered": false } ] } ] },
        "reason": { "en": "Isotretinoin within the last 6 months.", "es": "Isotretinoína en los últimos 6 meses." },
        "guidance": { "en": "A clinician reviews before treatment.", "es": "Un clínico revisa antes del tratamiento." } })").object());
    json.insert(QStringLiteral("rules"), rules);
    return json;
}

} // namespace

TEST(RulesAsData, ExtraQuestionAndRuleChangeTheOutcome)
{
    const auto questionnaire = Questionnaire::fromJson(isotretinoinQuestionnaire(), QStringLiteral("q.json"));
    ASSERT_TRUE(questionnaire.ok()) << questionnaire.error().message.toStdString();
    const auto rules = RuleSet::fromJson(isotretinoinRules(), questionnaire.value(), QStringLiteral("r.json"));
    ASSERT_TRUE(rules.ok()) << rules.error().message.toStdString();

    const auto screen = [&](const QJsonObject &changes) {
        auto answers = answersWith(changes);
        auto response = Response::fromJson(questionnaire.value(), answers);
        EXPECT_TRUE(response.ok());
        auto result = Screener::screen(questionnaire.value(), rules.value(), response.value(), appointment);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? result.value() : ScreeningResult{};
    };

    EXPECT_EQ(screen({{QStringLiteral("health.isotretinoin"), false}}).outcome, Severity::Clear);

    // 2026-06-02 + 6 months = 2026-12-02, after the appointment: still within 6 months
    const auto recent = screen({{QStringLiteral("health.isotretinoin"), true},
                                {QStringLiteral("health.isotretinoin_last_dose"), QStringLiteral("2026-06-02")}});
    EXPECT_EQ(recent.outcome, Severity::Review);
    ASSERT_TRUE(findFlag(recent, QStringLiteral("recent_isotretinoin")));

    // 2026-06-01 + 6 months = the appointment day: no longer within
    EXPECT_EQ(screen({{QStringLiteral("health.isotretinoin"), true},
                      {QStringLiteral("health.isotretinoin_last_dose"), QStringLiteral("2026-06-01")}}).outcome,
              Severity::Clear);

    EXPECT_EQ(screen({{QStringLiteral("health.isotretinoin"), true}}).outcome, Severity::Review);
}

TEST(RulesAsData, TheExtraItemIsRequiredByTheEditedQuestionnaire)
{
    const auto questionnaire = Questionnaire::fromJson(isotretinoinQuestionnaire(), QStringLiteral("q.json")).value();
    const auto rules = RuleSet::fromJson(isotretinoinRules(), questionnaire, QStringLiteral("r.json")).value();
    const auto response = Response::fromJson(questionnaire, allNo()).value();
    const auto result = Screener::screen(questionnaire, rules, response, appointment);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QLatin1String("'health.isotretinoin' is missing")));
}
