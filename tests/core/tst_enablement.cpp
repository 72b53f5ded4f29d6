// FHIR enableWhen: operators =, != and exists; enableBehavior all/any; nested groups.

#include "questionnaire/enablement.h"
#include "questionnaire/responsevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace intake;

namespace {

// A small questionnaire written for these tests; every operator and behaviour appears once.
Questionnaire testQuestionnaire()
{
    const auto json = QJsonDocument::fromJson(R"({
      "resourceType": "Questionnaire", "url": "urn:test:enablement", "version": "1", "title": "T",
      "item": [
        { "linkId": "g1", "type": "group", "text": "Group", "item": [
          { "linkId": "a", "type": "boolean", "text": "A", "required": true },
          { "linkId": "b", "type": "boolean", "text": "B", "required": true },
          { "linkId": "c", "type": "choice", "text": "C",
            "answerOption": [ { "valueCoding": { "code": "x", "display": "X" } },
                              { "valueCoding": { "code": "y", "display": "Y" } } ] },
          { "linkId": "d", "type": "date", "text": "D" },
          { "linkId": "allAB", "type": "string", "text": "both", "required": true,
            "enableBehavior": "all",
            "enableWhen": [ { "question": "a", "operator": "=", "answerBoolean": true },
                            { "question": "b", "operator": "=", "answerBoolean": true } ] },
          { "linkId": "anyAB", "type": "string", "text": "either",
            "enableBehavior": "any",
            "enableWhen": [ { "question": "a", "operator": "=", "answerBoolean": true },
                            { "question": "b", "operator": "=", "answerBoolean": true } ] },
          { "linkId": "notX", "type": "string", "text": "not x",
            "enableWhen": [ { "question": "c", "operator": "!=", "answerCoding": { "code": "x" } } ] },
          { "linkId": "hasD", "type": "string", "text": "d given",
            "enableWhen": [ { "question": "d", "operator": "exists", "answerBoolean": true } ] },
          { "linkId": "noD", "type": "string", "text": "d not given",
            "enableWhen": [ { "question": "d", "operator": "exists", "answerBoolean": false } ] },
          { "linkId": "dIs", "type": "string", "text": "d is",
            "enableWhen": [ { "question": "d", "operator": "=", "answerDate": "2026-01-02" } ] },
          { "linkId": "chain", "type": "string", "text": "after allAB",
            "enableWhen": [ { "question": "allAB", "operator": "exists", "answerBoolean": true } ] }
        ] },
        { "linkId": "g2", "type": "group", "text": "Only when a",
          "enableWhen": [ { "question": "a", "operator": "=", "answerBoolean": true } ],
          "item": [ { "linkId": "inner", "type": "boolean", "text": "inner", "required": true } ] }
      ] })");
    auto questionnaire = Questionnaire::fromJson(json.object(), QStringLiteral("test"));
    if (!questionnaire)
        ADD_FAILURE() << questionnaire.error().message.toStdString();
    return std::move(questionnaire).value();
}

QSet<QString> enabled(const Response &response)
{
    static const Questionnaire questionnaire = testQuestionnaire();
    QSet<QString> questions;
    const Enablement enablement(questionnaire, response);
    for (const auto &linkId : enablement.enabledItems()) {
        if (questionnaire.item(linkId)->isQuestion())
            questions.insert(linkId);
    }
    return questions;
}

Response with(std::initializer_list<std::pair<const char *, AnswerValue>> answers)
{
    Response response;
    for (const auto &[linkId, value] : answers)
        response.setAnswer(QString::fromLatin1(linkId), value);
    return response;
}

const QSet<QString> alwaysEnabled{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                  QStringLiteral("noD")};

} // namespace

TEST(Enablement, NothingAnswered)
{
    EXPECT_EQ(enabled(Response{}), alwaysEnabled);
}

TEST(Enablement, AllNeedsEveryCondition)
{
    EXPECT_FALSE(enabled(with({{"a", true}, {"b", false}})).contains(QStringLiteral("allAB")));
    EXPECT_TRUE(enabled(with({{"a", true}, {"b", true}})).contains(QStringLiteral("allAB")));
}

TEST(Enablement, AnyNeedsOneCondition)
{
    EXPECT_FALSE(enabled(with({{"a", false}, {"b", false}})).contains(QStringLiteral("anyAB")));
    EXPECT_TRUE(enabled(with({{"a", false}, {"b", true}})).contains(QStringLiteral("anyAB")));
    EXPECT_TRUE(enabled(with({{"a", true}, {"b", false}})).contains(QStringLiteral("anyAB")));
}

TEST(Enablement, NotEqualsIsFalseWithoutAnAnswer)
{
    EXPECT_FALSE(enabled(Response{}).contains(QStringLiteral("notX")));
    EXPECT_FALSE(enabled(with({{"c", QStringLiteral("x")}})).contains(QStringLiteral("notX")));
    EXPECT_TRUE(enabled(with({{"c", QStringLiteral("y")}})).contains(QStringLiteral("notX")));
}

TEST(Enablement, ExistsAndDateEquality)
{
    const auto given = enabled(with({{"d", QDate(2026, 1, 2)}}));
    EXPECT_TRUE(given.contains(QStringLiteral("hasD")));
    EXPECT_FALSE(given.contains(QStringLiteral("noD")));
    EXPECT_TRUE(given.contains(QStringLiteral("dIs")));
    EXPECT_FALSE(enabled(with({{"d", QDate(2026, 1, 3)}})).contains(QStringLiteral("dIs")));
}

TEST(Enablement, GroupConditionDisablesItsChildren)
{
    EXPECT_FALSE(enabled(with({{"a", false}})).contains(QStringLiteral("inner")));
    EXPECT_TRUE(enabled(with({{"a", true}})).contains(QStringLiteral("inner")));
}

TEST(Enablement, AnswersOfDisabledItemsDoNotEnableOthers)
{
    // allAB is answered but disabled (b is false): chain must not count that answer.
    const auto response = with({{"a", true}, {"b", false}, {"allAB", QStringLiteral("left over")}});
    EXPECT_FALSE(enabled(response).contains(QStringLiteral("chain")));
    const auto issues = ResponseValidator::validate(testQuestionnaire(), response, QDate(2026, 1, 10));
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.constFirst().kind, ValidationIssue::Kind::NotEnabled);
    EXPECT_EQ(issues.constFirst().linkId, QStringLiteral("allAB"));
}

TEST(Enablement, RequiredOnlyWhenEnabled)
{
    const Questionnaire questionnaire = testQuestionnaire();
    const QDate day(2026, 1, 10);
    // a=false: inner and allAB are not asked, so not missing.
    EXPECT_TRUE(ResponseValidator::validate(questionnaire, with({{"a", false}, {"b", true}}), day).isEmpty());
    // a=true, b=true: allAB and inner are asked and required.
    const auto issues = ResponseValidator::validate(questionnaire, with({{"a", true}, {"b", true}}), day);
    QStringList missing;
    for (const auto &issue : issues) {
        EXPECT_EQ(issue.kind, ValidationIssue::Kind::Missing);
        missing.append(issue.linkId);
    }
    EXPECT_EQ(missing, (QStringList{QStringLiteral("allAB"), QStringLiteral("inner")}));
}
