// Rules files: the shipped one loads; every kind of bad rule is refused with its place named.

#include "testsupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

QJsonObject withDiabetesRule(const std::function<void(QJsonObject &)> &change)
{
    auto json = shippedRulesJson();
    auto rules = json.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto rule = rules.at(i).toObject();
        if (rule.value(QLatin1String("code")).toString() == QLatin1String("diabetes")) {
            change(rule);
            rules.replace(i, rule);
            break;
        }
    }
    json.insert(QStringLiteral("rules"), rules);
    return json;
}

QString loadError(const QJsonObject &json)
{
    auto result = RuleSet::fromJson(json, shippedQuestionnaire(), QStringLiteral("rules.json"));
    return result.ok() ? QString() : result.error().message;
}

} // namespace

TEST(RuleSet, ShippedRulesCoverEveryContractFlag)
{
    QSet<QString> codes;
    for (const Rule &rule : shippedRules().rules())
        codes.insert(rule.code);
    const QSet<QString> contract{
        QStringLiteral("active_acne"), QStringLiteral("severe_rosacea"), QStringLiteral("active_skin_infection"),
        QStringLiteral("keloid_scars"), QStringLiteral("actinic_keratosis"), QStringLiteral("skin_cancer"),
        QStringLiteral("eczema"), QStringLiteral("psoriasis"), QStringLiteral("sebaceous_hyperplasia"),
        QStringLiteral("diabetes"), QStringLiteral("impaired_immunity"), QStringLiteral("immunosuppressive_medication"),
        QStringLiteral("blood_thinners"), QStringLiteral("cold_sores_history"), QStringLiteral("recent_botox"),
        QStringLiteral("recent_filler")};
    EXPECT_EQ(codes, contract);
}

struct BadRuleCase
{
    const char *name;
    std::function<QJsonObject()> make;
    const char *expected;
};

// names the case in test output instead of a byte dump
void PrintTo(const BadRuleCase &testCase, std::ostream *out)
{
    *out << testCase.name;
}

class BadRules : public ::testing::TestWithParam<BadRuleCase>
{
};

TEST_P(BadRules, ErrorNamesFileRuleAndProblem)
{
    const QString message = loadError(GetParam().make());
    EXPECT_TRUE(message.startsWith(QLatin1String("rules.json: "))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(GetParam().expected))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadRules,
    ::testing::Values(
        BadRuleCase{"WrongQuestionnaire", [] {
            auto json = shippedRulesJson();
            json.insert(QStringLiteral("questionnaire"), QStringLiteral("urn:other"));
            return json;
        }, "the rules are for questionnaire 'urn:other'"},
        BadRuleCase{"UnknownSeverity", [] {
            return withDiabetesRule([](QJsonObject &rule) { rule.insert(QStringLiteral("severity"), QStringLiteral("urgent")); });
        }, "'diabetes': \"severity\" must be"},
        BadRuleCase{"ClearIsNoSeverity", [] {
            return withDiabetesRule([](QJsonObject &rule) { rule.insert(QStringLiteral("severity"), QStringLiteral("clear")); });
        }, "\"severity\" must be"},
        BadRuleCase{"UnknownItemInCondition", [] {
            return withDiabetesRule([](QJsonObject &rule) {
                rule.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("item"), QStringLiteral("health.nope")},
                                                                {QStringLiteral("equals"), true}});
            });
        }, "'diabetes': condition on 'health.nope', which is not a question"},
        BadRuleCase{"WrongValueType", [] {
            return withDiabetesRule([](QJsonObject &rule) {
                rule.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("item"), QStringLiteral("health.diabetes")},
                                                                {QStringLiteral("equals"), QStringLiteral("yes")}});
            });
        }, "item 'health.diabetes' expects true or false"},
        BadRuleCase{"WithinDaysOnBoolean", [] {
            return withDiabetesRule([](QJsonObject &rule) {
                rule.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("item"), QStringLiteral("health.diabetes")},
                                                                {QStringLiteral("withinDays"), 14}});
            });
        }, "\"withinDays\" needs a date item"},
        BadRuleCase{"UnknownTest", [] {
            return withDiabetesRule([](QJsonObject &rule) {
                rule.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("item"), QStringLiteral("health.diabetes")},
                                                                {QStringLiteral("greaterThan"), 1}});
            });
        }, "unknown test in the condition on 'health.diabetes'"},
        BadRuleCase{"EmptyAll", [] {
            return withDiabetesRule([](QJsonObject &rule) {
                rule.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("all"), QJsonArray()}});
            });
        }, "\"all\" must be the only key and hold a non-empty array"},
        BadRuleCase{"DeferWithoutUntil", [] {
            return withDiabetesRule([](QJsonObject &rule) { rule.insert(QStringLiteral("severity"), QStringLiteral("defer")); });
        }, "a defer rule needs \"until\""},
        BadRuleCase{"UntilOnReview", [] {
            return withDiabetesRule([](QJsonObject &rule) {
                rule.insert(QStringLiteral("until"), QJsonObject{{QStringLiteral("item"), QStringLiteral("treatments.botox_date")},
                                                                 {QStringLiteral("plusDays"), 14}});
            });
        }, "only defer rules have \"until\""},
        BadRuleCase{"DeferWhoseDateMayBeMissing", [] {
            return withDiabetesRule([](QJsonObject &rule) {
                rule.insert(QStringLiteral("severity"), QStringLiteral("defer"));
                rule.insert(QStringLiteral("until"), QJsonObject{{QStringLiteral("item"), QStringLiteral("treatments.botox_date")},
                                                                 {QStringLiteral("plusDays"), 14}});
                rule.insert(QStringLiteral("when"), QJsonObject{{QStringLiteral("item"), QStringLiteral("treatments.botox")},
                                                                {QStringLiteral("equals"), true}});
            });
        }, "\"when\" must require an answer to 'treatments.botox_date'"},
        BadRuleCase{"MissingEnglishReason", [] {
            return withDiabetesRule([](QJsonObject &rule) {
                rule.insert(QStringLiteral("reason"), QJsonObject{{QStringLiteral("es"), QStringLiteral("solo")}});
            });
        }, "'diabetes': \"reason\" needs at least an \"en\" text"},
        BadRuleCase{"BadCode", [] {
            return withDiabetesRule([](QJsonObject &rule) { rule.insert(QStringLiteral("code"), QStringLiteral("Has Diabetes")); });
        }, "\"code\" must be lower_snake_case"},
        BadRuleCase{"NoRules", [] {
            auto json = shippedRulesJson();
            json.insert(QStringLiteral("rules"), QJsonArray());
            return json;
        }, "needs a non-empty \"rules\" array"}),
    [](const auto &testCase) { return std::string(testCase.param.name); });
