// ResponseValidator: odd and huge text answers, blank answers, dates at the limit.

#include "questionnaire/responsevalidator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

const QDate appointment(2026, 12, 1);

QList<ValidationIssue> issuesFor(const QJsonObject &answers)
{
    auto response = Response::fromJson(shippedQuestionnaire(), answers);
    EXPECT_TRUE(response.ok());
    return ResponseValidator::validate(shippedQuestionnaire(), response.value(), appointment);
}

QJsonObject withNote(const QString &note)
{
    return answersWith({{QStringLiteral("notes.other"), note}});
}

} // namespace

TEST(ResponseValidator, CompleteResponseHasNoIssues)
{
    EXPECT_TRUE(issuesFor(allNo()).isEmpty());
}

TEST(ResponseValidator, AccentsEmojiAndNewlinesAreFine)
{
    EXPECT_TRUE(issuesFor(withNote(QStringLiteral("Señora Peña: piel sensible 🙂\nGracias"))).isEmpty());
}

TEST(ResponseValidator, TextAtItsLimitIsFineOneMoreIsNot)
{
    EXPECT_TRUE(issuesFor(withNote(QString(1000, u'a'))).isEmpty());
    const auto issues = issuesFor(withNote(QString(1001, u'a')));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.constFirst().kind, ValidationIssue::Kind::TooLong);
}

TEST(ResponseValidator, HugeTextIsRefused)
{
    const auto issues = issuesFor(withNote(QString(5'000'000, u'z')));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.constFirst().kind, ValidationIssue::Kind::TooLong);
}

TEST(ResponseValidator, ControlFormatAndBrokenCharactersAreRefused)
{
    for (const QString &odd : QStringList{QStringLiteral("a\u0000b"), QStringLiteral("a\u0007b"), QStringLiteral("a\u200Bb"),
                               QStringLiteral("a\u202Eb"), QString(QChar(0xD800)).append(u'x'),
                               QStringLiteral("a\uFFFFb")}) {
        const auto issues = issuesFor(withNote(odd));
        ASSERT_EQ(issues.size(), 1);
        EXPECT_EQ(issues.constFirst().kind, ValidationIssue::Kind::ControlCharacters);
        EXPECT_EQ(issues.constFirst().linkId, QStringLiteral("notes.other"));
    }
}

TEST(ResponseValidator, MarkupCharactersAreRefused)
{
    for (const QString &markup : QStringList{QStringLiteral("<b>bold</b>"), QStringLiteral("I <3 it"), QStringLiteral("a > b")}) {
        const auto issues = issuesFor(withNote(markup));
        ASSERT_EQ(issues.size(), 1);
        EXPECT_EQ(issues.constFirst().kind, ValidationIssue::Kind::MarkupCharacters);
        EXPECT_EQ(issues.constFirst().linkId, QStringLiteral("notes.other"));
    }
}

TEST(ResponseValidator, DateOnTheAppointmentDayIsFineTheDayAfterIsNot)
{
    auto answers = answersWith({{QStringLiteral("treatments.botox"), true},
                                {QStringLiteral("treatments.botox_date"), appointment.toString(Qt::ISODate)}});
    EXPECT_TRUE(issuesFor(answers).isEmpty());
    answers.insert(QStringLiteral("treatments.botox_date"), appointment.addDays(1).toString(Qt::ISODate));
    const auto issues = issuesFor(answers);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.constFirst().kind, ValidationIssue::Kind::DateAfterAppointment);
}

TEST(ResponseValidator, EveryIssueIsReportedInQuestionnaireOrder)
{
    auto answers = allNo();
    answers.remove(QStringLiteral("skin.eczema"));
    answers.remove(QStringLiteral("treatments.filler"));
    answers.insert(QStringLiteral("treatments.botox_date"), QStringLiteral("2026-11-01"));
    const auto issues = issuesFor(answers);
    ASSERT_EQ(issues.size(), 3);
    EXPECT_EQ(issues.at(0).linkId, QStringLiteral("skin.eczema"));
    EXPECT_EQ(issues.at(1).linkId, QStringLiteral("treatments.botox_date"));
    EXPECT_EQ(issues.at(1).kind, ValidationIssue::Kind::NotEnabled);
    EXPECT_EQ(issues.at(2).linkId, QStringLiteral("treatments.filler"));
}
