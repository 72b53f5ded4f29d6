// Questionnaire parsing: the shipped file, its translations, and every kind of bad file.

#include "testsupport.h"

#include "common/jsonfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

QString parseError(const QJsonObject &json)
{
    auto result = Questionnaire::fromJson(json, QStringLiteral("edited.json"));
    return result.ok() ? QString() : result.error().message;
}

QJsonObject withItemField(const QString &linkId, const QString &field, const QJsonValue &value)
{
    return editItem(shippedQuestionnaireJson(), linkId, [&](QJsonObject item) {
        if (value.isUndefined())
            item.remove(field);
        else
            item.insert(field, value);
        return item;
    });
}

} // namespace

TEST(Questionnaire, ShippedFileHasEveryContractItem)
{
    const auto &questionnaire = shippedQuestionnaire();
    const std::pair<const char *, Item::Type> contract[] = {
        {"skin.active_acne", Item::Type::Boolean},          {"skin.severe_rosacea", Item::Type::Boolean},
        {"skin.active_infection", Item::Type::Boolean},     {"skin.keloid_scars", Item::Type::Boolean},
        {"skin.actinic_keratosis", Item::Type::Boolean},    {"skin.skin_cancer", Item::Type::Boolean},
        {"skin.eczema", Item::Type::Boolean},               {"skin.psoriasis", Item::Type::Boolean},
        {"skin.sebaceous_hyperplasia", Item::Type::Boolean}, {"health.diabetes", Item::Type::Boolean},
        {"health.impaired_immunity", Item::Type::Boolean},  {"health.immunosuppressants", Item::Type::Boolean},
        {"health.blood_thinners", Item::Type::Boolean},     {"health.cold_sores", Item::Type::Boolean},
        {"treatments.botox", Item::Type::Boolean},          {"treatments.botox_date", Item::Type::Date},
        {"treatments.filler", Item::Type::Boolean},         {"treatments.filler_date", Item::Type::Date},
    };
    for (const auto &[linkId, type] : contract) {
        const Item *item = questionnaire.item(QString::fromLatin1(linkId));
        ASSERT_NE(item, nullptr) << linkId;
        EXPECT_EQ(item->type, type) << linkId;
        EXPECT_EQ(item->required, type == Item::Type::Boolean) << linkId;
        EXPECT_NE(item->parent, nullptr) << linkId << " should sit in a section";
    }
    for (const char *date : {"treatments.botox_date", "treatments.filler_date"}) {
        const Item *item = questionnaire.item(QString::fromLatin1(date));
        ASSERT_EQ(item->enableWhen.size(), 1);
        EXPECT_EQ(item->enableWhen.constFirst().op, EnableWhen::Operator::Equals);
        EXPECT_EQ(item->enableWhen.constFirst().answer, AnswerValue{true});
    }
}

TEST(Questionnaire, SectionsAreShort)
{
    for (const Item &section : shippedQuestionnaire().items()) {
        EXPECT_EQ(section.type, Item::Type::Group) << section.linkId.toStdString();
        const auto questions = std::count_if(section.items.cbegin(), section.items.cend(),
                                             [](const Item &item) { return item.isQuestion(); });
        EXPECT_GE(questions, 1);
        EXPECT_LE(questions, 5) << section.linkId.toStdString();
    }
}

TEST(Questionnaire, ActiveAcneIsToldApartFromScars)
{
    const QString text = shippedQuestionnaire().item(QStringLiteral("skin.active_acne"))->text.source();
    EXPECT_TRUE(text.contains(QLatin1String("active acne"), Qt::CaseInsensitive));
    EXPECT_TRUE(text.contains(QLatin1String("breakouts"), Qt::CaseInsensitive));
    EXPECT_TRUE(text.contains(QLatin1String("scar"), Qt::CaseInsensitive));
}

TEST(Questionnaire, EveryTextIsTranslatedToSpanish)
{
    const auto &questionnaire = shippedQuestionnaire();
    const QString es = QStringLiteral("es");
    EXPECT_TRUE(questionnaire.title().hasTranslation(es));
    for (const Item *item : questionnaire.allItems()) {
        EXPECT_TRUE(item->text.hasTranslation(es)) << item->linkId.toStdString();
        EXPECT_NE(item->text.text(es), item->text.source()) << item->linkId.toStdString();
        for (const auto &option : item->answerOptions)
            EXPECT_TRUE(option.display.hasTranslation(es)) << item->linkId.toStdString() << " " << option.code.toStdString();
    }
}

TEST(Questionnaire, EveryRuleTextIsInBothLanguages)
{
    for (const Rule &rule : shippedRules().rules()) {
        for (const auto *language : {"en", "es"}) {
            EXPECT_TRUE(rule.reason.hasTranslation(QString::fromLatin1(language))) << rule.code.toStdString();
            EXPECT_TRUE(rule.guidance.hasTranslation(QString::fromLatin1(language))) << rule.code.toStdString();
        }
    }
}

struct BadQuestionnaireCase
{
    const char *name;
    std::function<QJsonObject()> make;
    const char *expected;
};

// names the case in test output instead of a byte dump
void PrintTo(const BadQuestionnaireCase &testCase, std::ostream *out)
{
    *out << testCase.name;
}

class BadQuestionnaire : public ::testing::TestWithParam<BadQuestionnaireCase>
{
};

TEST_P(BadQuestionnaire, ErrorNamesFileItemAndProblem)
{
    const QString message = parseError(GetParam().make());
    EXPECT_TRUE(message.startsWith(QLatin1String("edited.json: "))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(GetParam().expected))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadQuestionnaire,
    ::testing::Values(
        BadQuestionnaireCase{"WrongResourceType", [] {
            auto json = shippedQuestionnaireJson();
            json.insert(QStringLiteral("resourceType"), QStringLiteral("Patient"));
            return json;
        }, "\"resourceType\" must be \"Questionnaire\""},
        BadQuestionnaireCase{"NoItems", [] {
            auto json = shippedQuestionnaireJson();
            json.insert(QStringLiteral("item"), QJsonArray());
            return json;
        }, "needs a non-empty \"item\" array"},
        BadQuestionnaireCase{"UnknownType", [] {
            return withItemField(QStringLiteral("skin.eczema"), QStringLiteral("type"), QStringLiteral("integer"));
        }, "item 'skin.eczema': unsupported type 'integer'"},
        BadQuestionnaireCase{"MissingText", [] {
            return withItemField(QStringLiteral("health.diabetes"), QStringLiteral("text"), QJsonValue::Undefined);
        }, "item 'health.diabetes': needs a \"text\""},
        BadQuestionnaireCase{"DuplicateLinkId", [] {
            return withItemField(QStringLiteral("skin.psoriasis"), QStringLiteral("linkId"), QStringLiteral("skin.eczema"));
        }, "item 'skin.eczema': the linkId is used twice"},
        BadQuestionnaireCase{"EnableWhenUnknownQuestion", [] {
            return withItemField(QStringLiteral("treatments.botox_date"), QStringLiteral("enableWhen"),
                                 QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("treatments.nope")},
                                                        {QStringLiteral("operator"), QStringLiteral("=")},
                                                        {QStringLiteral("answerBoolean"), true}}});
        }, "item 'treatments.botox_date': enableWhen refers to unknown item 'treatments.nope'"},
        BadQuestionnaireCase{"EnableWhenOnLaterItem", [] {
            return withItemField(QStringLiteral("skin.active_acne"), QStringLiteral("enableWhen"),
                                 QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("skin.psoriasis")},
                                                        {QStringLiteral("operator"), QStringLiteral("=")},
                                                        {QStringLiteral("answerBoolean"), true}}});
        }, "item 'skin.active_acne': enableWhen refers to 'skin.psoriasis', which does not come before it"},
        BadQuestionnaireCase{"EnableWhenWrongValueType", [] {
            return withItemField(QStringLiteral("treatments.botox_date"), QStringLiteral("enableWhen"),
                                 QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("treatments.botox")},
                                                        {QStringLiteral("operator"), QStringLiteral("=")},
                                                        {QStringLiteral("answerString"), QStringLiteral("yes")}}});
        }, "enableWhen on 'treatments.botox' needs \"answerBoolean\""},
        BadQuestionnaireCase{"UnsupportedOperator", [] {
            return withItemField(QStringLiteral("treatments.botox_date"), QStringLiteral("enableWhen"),
                                 QJsonArray{QJsonObject{{QStringLiteral("question"), QStringLiteral("treatments.botox")},
                                                        {QStringLiteral("operator"), QStringLiteral(">")},
                                                        {QStringLiteral("answerBoolean"), true}}});
        }, "enableWhen operator '>' is not supported"},
        BadQuestionnaireCase{"TwoConditionsWithoutBehavior", [] {
            const QJsonObject condition{{QStringLiteral("question"), QStringLiteral("treatments.botox")},
                                        {QStringLiteral("operator"), QStringLiteral("=")},
                                        {QStringLiteral("answerBoolean"), true}};
            return withItemField(QStringLiteral("treatments.botox_date"), QStringLiteral("enableWhen"),
                                 QJsonArray{condition, condition});
        }, "\"enableBehavior\" (all or any) is required"},
        BadQuestionnaireCase{"RequiredNotBoolean", [] {
            return withItemField(QStringLiteral("skin.eczema"), QStringLiteral("required"), QStringLiteral("yes"));
        }, "item 'skin.eczema': \"required\" must be true or false"},
        BadQuestionnaireCase{"ChoiceWithoutOptions", [] {
            return withItemField(QStringLiteral("goals.main"), QStringLiteral("answerOption"), QJsonArray());
        }, "item 'goals.main': a choice item needs a non-empty \"answerOption\" array"},
        BadQuestionnaireCase{"Repeats", [] {
            return withItemField(QStringLiteral("notes.other"), QStringLiteral("repeats"), true);
        }, "item 'notes.other': \"repeats\" is not supported"},
        BadQuestionnaireCase{"HugeMaxLength", [] {
            return withItemField(QStringLiteral("notes.other"), QStringLiteral("maxLength"), 1e9);
        }, "item 'notes.other': \"maxLength\" must be a whole number"},
        BadQuestionnaireCase{"QuestionWithChildren", [] {
            return withItemField(QStringLiteral("skin.eczema"), QStringLiteral("item"),
                                 QJsonArray{QJsonObject{{QStringLiteral("linkId"), QStringLiteral("x")},
                                                        {QStringLiteral("type"), QStringLiteral("display")},
                                                        {QStringLiteral("text"), QStringLiteral("x")}}});
        }, "item 'skin.eczema': only group items can hold other items"},
        BadQuestionnaireCase{"ItemNotAnObject", [] {
            auto json = shippedQuestionnaireJson();
            auto items = json.value(QLatin1String("item")).toArray();
            items.append(42);
            json.insert(QStringLiteral("item"), items);
            return json;
        }, "item #7 of the questionnaire: must be a JSON object"}),
    [](const auto &testCase) { return std::string(testCase.param.name); });

TEST(Questionnaire, FileErrorsNameTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"resourceType\": \"Questionnaire\",\n  \"item\": [ ,\n}");
    file.close();
    auto result = Questionnaire::load(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.startsWith(path)) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QLatin1String("line 3"))) << result.error().message.toStdString();

    auto missing = Questionnaire::load(dir.filePath(QStringLiteral("absent.json")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QLatin1String("absent.json: cannot read the file")));
}

TEST(Questionnaire, OversizedFileIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(5 * 1024 * 1024));
    file.close();
    auto result = Questionnaire::load(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QLatin1String("more than the"))) << result.error().message.toStdString();
}
