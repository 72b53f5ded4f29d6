// Screener against the contract (shared/design/SCREENING.md), with the shipped files.

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

const QDate appointment(2026, 12, 1);

QJsonObject botoxOn(QDate date)
{
    return answersWith({{QStringLiteral("treatments.botox"), true},
                        {QStringLiteral("treatments.botox_date"), date.toString(Qt::ISODate)}});
}

QJsonObject fillerOn(QDate date)
{
    return answersWith({{QStringLiteral("treatments.filler"), true},
                        {QStringLiteral("treatments.filler_date"), date.toString(Qt::ISODate)}});
}

} // namespace

TEST(Screener, AllNoIsClear)
{
    const auto result = screenOk(allNo(), appointment);
    EXPECT_EQ(result.outcome, Severity::Clear);
    EXPECT_TRUE(result.flags.isEmpty());
    EXPECT_FALSE(result.earliestDate);
    EXPECT_FALSE(result.toJson(QStringLiteral("en")).contains(QLatin1String("earliestDate")));
}

struct SingleFlagCase
{
    const char *linkId;
    const char *code;
    Severity severity;
};

// names the case in test output instead of a byte dump
void PrintTo(const SingleFlagCase &testCase, std::ostream *out)
{
    *out << testCase.code;
}

class EveryBooleanFlag : public ::testing::TestWithParam<SingleFlagCase>
{
};

TEST_P(EveryBooleanFlag, RaisesItsFlagWithItsSeverityAndStaffText)
{
    const auto &param = GetParam();
    const QString linkId = QString::fromLatin1(param.linkId);
    const auto result = screenOk(answersWith({{linkId, true}}), appointment);
    ASSERT_EQ(result.flags.size(), 1);
    const Flag &flag = result.flags.constFirst();
    EXPECT_EQ(flag.code, QString::fromLatin1(param.code));
    EXPECT_EQ(flag.severity, param.severity);
    EXPECT_EQ(flag.linkId, linkId);
    EXPECT_FALSE(flag.until);
    EXPECT_EQ(result.outcome, param.severity);
    EXPECT_FALSE(result.earliestDate);
    for (const auto *language : {"en", "es"}) {
        EXPECT_FALSE(flag.reason.text(QString::fromLatin1(language)).isEmpty());
        EXPECT_FALSE(flag.guidance.text(QString::fromLatin1(language)).isEmpty());
    }
    EXPECT_NE(flag.reason.text(QStringLiteral("en")), flag.reason.text(QStringLiteral("es")));
}

INSTANTIATE_TEST_SUITE_P(
    Contract, EveryBooleanFlag,
    ::testing::Values(SingleFlagCase{"skin.active_acne", "active_acne", Severity::Contraindicated},
                      SingleFlagCase{"skin.severe_rosacea", "severe_rosacea", Severity::Contraindicated},
                      SingleFlagCase{"skin.active_infection", "active_skin_infection", Severity::Contraindicated},
                      SingleFlagCase{"skin.keloid_scars", "keloid_scars", Severity::Contraindicated},
                      SingleFlagCase{"skin.actinic_keratosis", "actinic_keratosis", Severity::Contraindicated},
                      SingleFlagCase{"skin.skin_cancer", "skin_cancer", Severity::Contraindicated},
                      SingleFlagCase{"skin.eczema", "eczema", Severity::Contraindicated},
                      SingleFlagCase{"skin.psoriasis", "psoriasis", Severity::Contraindicated},
                      SingleFlagCase{"skin.sebaceous_hyperplasia", "sebaceous_hyperplasia", Severity::Contraindicated},
                      SingleFlagCase{"health.diabetes", "diabetes", Severity::Review},
                      SingleFlagCase{"health.impaired_immunity", "impaired_immunity", Severity::Review},
                      SingleFlagCase{"health.immunosuppressants", "immunosuppressive_medication", Severity::Review},
                      SingleFlagCase{"health.blood_thinners", "blood_thinners", Severity::Precaution},
                      SingleFlagCase{"health.cold_sores", "cold_sores_history", Severity::Precaution}),
    [](const auto &testCase) { return std::string(testCase.param.code); });

TEST(Screener, ColdSoresGuidanceMentionsAntiViralPreTreatment)
{
    const auto flag = findFlag(screenOk(answersWith({{QStringLiteral("health.cold_sores"), true}}), appointment),
                               QStringLiteral("cold_sores_history"));
    ASSERT_TRUE(flag);
    EXPECT_TRUE(flag->guidance.text(QStringLiteral("en")).contains(QLatin1String("anti-viral"), Qt::CaseInsensitive));
}

TEST(Screener, BotoxThirteenDaysBeforeDefersToDayFourteen)
{
    const QDate treated = appointment.addDays(-13);
    const auto result = screenOk(botoxOn(treated), appointment);
    const auto flag = findFlag(result, QStringLiteral("recent_botox"));
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->severity, Severity::Defer);
    EXPECT_EQ(flag->linkId, QStringLiteral("treatments.botox_date"));
    EXPECT_EQ(flag->until, treated.addDays(14));
    EXPECT_EQ(flag->until, appointment.addDays(1));
    EXPECT_EQ(result.outcome, Severity::Defer);
    EXPECT_EQ(result.earliestDate, treated.addDays(14));
}

TEST(Screener, BotoxFourteenDaysBeforeIsClear)
{
    const auto result = screenOk(botoxOn(appointment.addDays(-14)), appointment);
    EXPECT_EQ(result.outcome, Severity::Clear);
    EXPECT_TRUE(result.flags.isEmpty());
}

TEST(Screener, BotoxOnTheAppointmentDayDefersFourteenDays)
{
    const auto result = screenOk(botoxOn(appointment), appointment);
    EXPECT_EQ(result.earliestDate, appointment.addDays(14));
}

TEST(Screener, FillerTwentySevenDaysBeforeDefersToDayTwentyEight)
{
    const QDate treated = appointment.addDays(-27);
    const auto result = screenOk(fillerOn(treated), appointment);
    const auto flag = findFlag(result, QStringLiteral("recent_filler"));
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->severity, Severity::Defer);
    EXPECT_EQ(flag->linkId, QStringLiteral("treatments.filler_date"));
    EXPECT_EQ(flag->until, treated.addDays(28));
    EXPECT_EQ(result.earliestDate, appointment.addDays(1));
}

TEST(Screener, FillerTwentyEightDaysBeforeIsClear)
{
    EXPECT_EQ(screenOk(fillerOn(appointment.addDays(-28)), appointment).outcome, Severity::Clear);
}

TEST(Screener, BotoxWithoutADateNeedsReview)
{
    const auto result = screenOk(answersWith({{QStringLiteral("treatments.botox"), true}}), appointment);
    const auto flag = findFlag(result, QStringLiteral("recent_botox"));
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->severity, Severity::Review);
    EXPECT_EQ(flag->linkId, QStringLiteral("treatments.botox"));
    EXPECT_FALSE(flag->until);
    EXPECT_EQ(result.outcome, Severity::Review);
    EXPECT_FALSE(result.earliestDate);
}

TEST(Screener, FillerWithoutADateNeedsReview)
{
    const auto result = screenOk(answersWith({{QStringLiteral("treatments.filler"), true}}), appointment);
    const auto flag = findFlag(result, QStringLiteral("recent_filler"));
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->severity, Severity::Review);
    EXPECT_EQ(flag->linkId, QStringLiteral("treatments.filler"));
}

// Calendar boundaries: waits are whole calendar days, across months, years and leap days.
struct WaitCase
{
    const char *treated;
    const char *appointment;
    const char *until;  // empty: no flag
};

// names the case in test output instead of a byte dump
void PrintTo(const WaitCase &testCase, std::ostream *out)
{
    *out << testCase.treated;
}

class BotoxWaitAcrossCalendar : public ::testing::TestWithParam<WaitCase>
{
};

TEST_P(BotoxWaitAcrossCalendar, UntilIsTreatedPlusFourteenDays)
{
    const auto &param = GetParam();
    const QDate treated = QDate::fromString(QString::fromLatin1(param.treated), Qt::ISODate);
    const QDate day = QDate::fromString(QString::fromLatin1(param.appointment), Qt::ISODate);
    const auto result = screenOk(botoxOn(treated), day);
    if (QByteArray(param.until).isEmpty()) {
        EXPECT_EQ(result.outcome, Severity::Clear);
        return;
    }
    const QDate until = QDate::fromString(QString::fromLatin1(param.until), Qt::ISODate);
    EXPECT_EQ(result.outcome, Severity::Defer);
    EXPECT_EQ(result.earliestDate, until);
}

INSTANTIATE_TEST_SUITE_P(
    Calendar, BotoxWaitAcrossCalendar,
    ::testing::Values(WaitCase{"2026-01-25", "2026-02-07", "2026-02-08"},   // across a month end
                      WaitCase{"2026-01-25", "2026-02-08", ""},
                      WaitCase{"2026-12-25", "2027-01-07", "2027-01-08"},   // across a year end
                      WaitCase{"2026-12-25", "2027-01-08", ""},
                      WaitCase{"2028-02-20", "2028-03-04", "2028-03-05"},   // across 29 Feb 2028
                      WaitCase{"2028-02-20", "2028-03-05", ""},
                      WaitCase{"2028-02-29", "2028-03-13", "2028-03-14"},   // from a leap day
                      WaitCase{"2027-02-20", "2027-03-05", "2027-03-06"},   // no leap day in 2027
                      WaitCase{"2027-02-20", "2027-03-06", ""}),
    [](const auto &testCase) { return "case" + std::to_string(testCase.index); });

TEST(Screener, FillerWaitAcrossLeapFebruary)
{
    // 2028-02-10 + 28 days = 2028-03-09 (29 days in February 2028)
    const auto result = screenOk(fillerOn(QDate(2028, 2, 10)), QDate(2028, 3, 8));
    EXPECT_EQ(result.earliestDate, QDate(2028, 3, 9));
    EXPECT_EQ(screenOk(fillerOn(QDate(2028, 2, 10)), QDate(2028, 3, 9)).outcome, Severity::Clear);
}

TEST(Screener, EarliestDateIsTheLatestUntilWhateverTheOutcome)
{
    // Botox 3 days ago (until +11), filler 20 days ago (until +8), plus a contraindication.
    auto answers = answersWith({{QStringLiteral("treatments.botox"), true},
                                {QStringLiteral("treatments.botox_date"), appointment.addDays(-3).toString(Qt::ISODate)},
                                {QStringLiteral("treatments.filler"), true},
                                {QStringLiteral("treatments.filler_date"), appointment.addDays(-20).toString(Qt::ISODate)},
                                {QStringLiteral("skin.active_acne"), true},
                                {QStringLiteral("health.cold_sores"), true},
                                {QStringLiteral("health.diabetes"), true}});
    const auto result = screenOk(answers, appointment);
    EXPECT_EQ(result.outcome, Severity::Contraindicated);
    EXPECT_EQ(result.earliestDate, appointment.addDays(11));
    ASSERT_EQ(result.flags.size(), 5);
    // most severe first
    EXPECT_EQ(result.flags.at(0).code, QStringLiteral("active_acne"));
    EXPECT_EQ(result.flags.at(1).code, QStringLiteral("diabetes"));
    EXPECT_EQ(result.flags.at(2).severity, Severity::Defer);
    EXPECT_EQ(result.flags.at(3).severity, Severity::Defer);
    EXPECT_EQ(result.flags.at(4).code, QStringLiteral("cold_sores_history"));
    const auto json = result.toJson(QStringLiteral("en"));
    EXPECT_EQ(json.value(QLatin1String("outcome")).toString(), QStringLiteral("contraindicated"));
    EXPECT_EQ(json.value(QLatin1String("earliestDate")).toString(), appointment.addDays(11).toString(Qt::ISODate));
}

TEST(Screener, PrecedenceReviewOverDeferOverPrecaution)
{
    auto deferAndPrecaution = botoxOn(appointment.addDays(-1));
    deferAndPrecaution.insert(QStringLiteral("health.blood_thinners"), true);
    EXPECT_EQ(screenOk(deferAndPrecaution, appointment).outcome, Severity::Defer);

    auto withReview = deferAndPrecaution;
    withReview.insert(QStringLiteral("health.immunosuppressants"), true);
    const auto result = screenOk(withReview, appointment);
    EXPECT_EQ(result.outcome, Severity::Review);
    EXPECT_TRUE(result.earliestDate);

    EXPECT_EQ(screenOk(answersWith({{QStringLiteral("health.blood_thinners"), true}}), appointment).outcome,
              Severity::Precaution);
}

TEST(Screener, ExtraItemsDoNotChangeTheOutcome)
{
    auto answers = allNo();
    answers.insert(QStringLiteral("goals.main"), QStringLiteral("acne_scars"));
    answers.insert(QStringLiteral("notes.other"), QStringLiteral("I had acne as a teenager; botox? diabetes?"));
    EXPECT_EQ(screenOk(answers, appointment).outcome, Severity::Clear);
}

TEST(Screener, SpanishTextsForStaff)
{
    const auto result = screenOk(answersWith({{QStringLiteral("health.diabetes"), true}}), appointment);
    const auto en = result.toJson(QStringLiteral("en"));
    const auto es = result.toJson(QStringLiteral("es"));
    EXPECT_NE(en, es);
    EXPECT_EQ(en.value(QLatin1String("outcome")), es.value(QLatin1String("outcome")));
}

// Bad input: screening refuses, with the item named, and gives no result.
struct BadInputCase
{
    const char *name;
    QJsonObject changes;
    const char *expected;  // part of the message
};

// names the case in test output instead of a byte dump
void PrintTo(const BadInputCase &testCase, std::ostream *out)
{
    *out << testCase.name;
}

class ScreenerBadInput : public ::testing::TestWithParam<BadInputCase>
{
};

TEST_P(ScreenerBadInput, FailsNamingTheItem)
{
    const QString message = screenError(answersWith(GetParam().changes), appointment);
    EXPECT_TRUE(message.contains(QString::fromUtf8(GetParam().expected))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Contract, ScreenerBadInput,
    ::testing::Values(
        BadInputCase{"MissingRequired", {{QStringLiteral("health.diabetes"), QJsonValue::Null}},
                     "required item 'health.diabetes' is missing"},
        BadInputCase{"UnknownLinkId", {{QStringLiteral("health.unicorns"), true}}, "unknown item 'health.unicorns'"},
        BadInputCase{"StringForBoolean", {{QStringLiteral("skin.eczema"), QStringLiteral("no")}},
                     "item 'skin.eczema' expects true or false"},
        BadInputCase{"NumberForBoolean", {{QStringLiteral("skin.eczema"), 0}}, "item 'skin.eczema' expects true or false"},
        BadInputCase{"ImpossibleDate",
                     {{QStringLiteral("treatments.botox"), true}, {QStringLiteral("treatments.botox_date"), QStringLiteral("2026-02-30")}},
                     "item 'treatments.botox_date' has an impossible or non-ISO date"},
        BadInputCase{"NonIsoDate",
                     {{QStringLiteral("treatments.botox"), true}, {QStringLiteral("treatments.botox_date"), QStringLiteral("11/21/2026")}},
                     "item 'treatments.botox_date' has an impossible or non-ISO date"},
        BadInputCase{"DateWithTime",
                     {{QStringLiteral("treatments.botox"), true}, {QStringLiteral("treatments.botox_date"), QStringLiteral("2026-11-21T10:00")}},
                     "non-ISO date"},
        BadInputCase{"DateAfterAppointment",
                     {{QStringLiteral("treatments.filler"), true}, {QStringLiteral("treatments.filler_date"), QStringLiteral("2026-12-02")}},
                     "item 'treatments.filler_date' has a date after the appointment date"},
        BadInputCase{"AnswerToDisabledItem",
                     {{QStringLiteral("treatments.botox_date"), QStringLiteral("2026-11-21")}},
                     "item 'treatments.botox_date' is answered but not asked"},
        BadInputCase{"NotAnOption", {{QStringLiteral("goals.main"), QStringLiteral("everything")}},
                     "item 'goals.main' has an answer that is not one of its options"},
        BadInputCase{"TextTooLong", {{QStringLiteral("notes.other"), QString(1001, u'x')}},
                     "item 'notes.other' is longer than 1000 characters"},
        BadInputCase{"ControlCharacters", {{QStringLiteral("notes.other"), QStringLiteral("fine\u202Eenif")}},
                     "item 'notes.other' contains control"},
        BadInputCase{"AnswerToGroup", {{QStringLiteral("section.health"), true}}, "not a question"},
        BadInputCase{"AnswerToDisplay", {{QStringLiteral("skin.intro"), QStringLiteral("hi")}}, "not a question"}),
    [](const auto &testCase) { return std::string(testCase.param.name); });

TEST(Screener, BadInputMessagesNeverCarryTheAnswer)
{
    const QString secret = QStringLiteral("Zanzibar-4471 my secret note");
    auto answers = allNo();
    answers.insert(QStringLiteral("notes.other"), QString(secret + QString(2000, u'x')));
    EXPECT_FALSE(screenError(answers, appointment).contains(QLatin1String("Zanzibar")));
    answers = allNo();
    answers.insert(QStringLiteral("skin.eczema"), secret);
    EXPECT_FALSE(screenError(answers, appointment).contains(QLatin1String("Zanzibar")));
}

TEST(Screener, InvalidAppointmentDateIsRefused)
{
    EXPECT_FALSE(screenError(allNo(), QDate()).isEmpty());
}
