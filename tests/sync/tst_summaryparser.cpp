// SummaryParser: what Summary::build writes is accepted as is; every deviation is refused with
// one line naming the field, and never the value.

#include "storetestsupport.h"
#include "sync/summary.h"
#include "sync/summaryparser.h"
#include "synctestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

std::string refusal(const QJsonObject &json)
{
    auto parsed = SummaryParser::validate(json);
    EXPECT_FALSE(parsed.ok());
    if (parsed.ok())
        return {};
    const QString message = parsed.error().message;
    // one line, and no personal data echoed back
    EXPECT_FALSE(message.contains(u'\n'));
    for (const char *secret : {"Marisol", "Quintanilla", "1988-04-17"})
        EXPECT_FALSE(message.contains(QLatin1String(secret))) << message.toStdString();
    return message.toStdString();
}

QJsonObject withFlag(QJsonObject summary, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray flags = summary.value(QStringLiteral("flags")).toArray();
    QJsonObject flag = flags.at(index).toObject();
    if (value.isUndefined())
        flag.remove(key);
    else
        flag.insert(key, value);
    flags.replace(index, flag);
    summary.insert(QStringLiteral("flags"), flags);
    return summary;
}

QJsonObject with(QJsonObject summary, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        summary.remove(key);
    else
        summary.insert(key, value);
    return summary;
}

QJsonObject withIn(QJsonObject summary, const QString &object, const QString &key, const QJsonValue &value)
{
    QJsonObject inner = summary.value(object).toObject();
    if (value.isUndefined())
        inner.remove(key);
    else
        inner.insert(key, value);
    summary.insert(object, inner);
    return summary;
}

int flagIndex(const QJsonObject &summary, const QString &severity)
{
    const QJsonArray flags = summary.value(QStringLiteral("flags")).toArray();
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (flags.at(i).toObject().value(QStringLiteral("severity")).toString() == severity)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

TEST(SummaryParser, AcceptsWhatTheKioskBuilds)
{
    for (int i = 0; i < 3; ++i) {
        const QByteArray bytes = sampleSummaryBytes(i);
        auto parsed = SummaryParser::parse(bytes);
        ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
        const FinishedIntake intake = sampleIntake(i);
        EXPECT_EQ(parsed->uuid, intake.uuid);
        EXPECT_EQ(parsed->firstName, intake.client.firstName);
        EXPECT_EQ(parsed->birthDate, intake.client.birthDate);
        EXPECT_EQ(parsed->appointmentDate, intake.appointmentDate);
        EXPECT_EQ(parsed->createdAt, intake.createdAt);
        EXPECT_EQ(parsed->outcome, intake.screening.outcome);
        EXPECT_EQ(parsed->earliestDate, intake.screening.earliestDate);
        EXPECT_EQ(parsed->flagCount, intake.screening.flags.size());
        EXPECT_EQ(parsed->json, QJsonDocument::fromJson(bytes).object());
    }
}

TEST(SummaryParser, RefusesBrokenJsonAndOversizedInput)
{
    EXPECT_NE(SummaryParser::parse("{").error().message.indexOf(QLatin1String("not valid JSON")), -1);
    EXPECT_NE(SummaryParser::parse("[1]").error().message.indexOf(QLatin1String("not a JSON object")), -1);
    EXPECT_NE(SummaryParser::parse("").error().message.indexOf(QLatin1String("not valid JSON")), -1);
    EXPECT_NE(SummaryParser::parse(QByteArray(SummaryParser::maxBytes + 1, ' ')).error().message.indexOf(QLatin1String("256 KiB")), -1);
}

TEST(SummaryParser, RefusesWrongFormatVersionAndKeys)
{
    const QJsonObject good = sampleSummary();
    EXPECT_NE(refusal(with(good, QStringLiteral("format"), QStringLiteral("other"))).find("format"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("version"), 2)).find("version"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("version"), QStringLiteral("1"))).find("version"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("contact"), QStringLiteral("x"))).find("unknown key 'contact'"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("intake"), QJsonValue::Undefined)).find("intake: missing"), std::string::npos);
    // found by fuzz_summary: a key holding a line break once made the error two lines
    EXPECT_NE(refusal(with(good, QStringLiteral("a\nb"), 1)).find("unknown key 'a?b'"), std::string::npos);
    EXPECT_NE(refusal(withIn(good, QStringLiteral("client"), QStringLiteral("contact"), QStringLiteral("x"))).find("client"),
              std::string::npos);
    EXPECT_NE(refusal(withIn(good, QStringLiteral("consent"), QStringLiteral("signature"), QStringLiteral("x"))).find("consent"),
              std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("note"), QStringLiteral("x"))).find("flags[0]"), std::string::npos);
}

TEST(SummaryParser, RefusesWrongTypesAndShapesNamingTheField)
{
    const QJsonObject good = sampleSummary();
    const QString uuid = good.value(QStringLiteral("intake")).toString();
    EXPECT_NE(refusal(with(good, QStringLiteral("intake"), uuid.toUpper())).find("intake: not a UUID"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("intake"), QString(QStringLiteral("{") + uuid + u'}'))).find("intake"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("intake"), 42)).find("intake: not a string"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("createdAt"), QStringLiteral("2026-11-25T10:15:00"))).find("createdAt"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("createdAt"), QStringLiteral("2026-11-25T10:15:00.000+01:00"))).find("createdAt"),
              std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("appointmentDate"), QStringLiteral("2026-13-01"))).find("appointmentDate: not a date"),
              std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("appointmentDate"), QStringLiteral("20261201"))).find("appointmentDate"),
              std::string::npos);
    for (const char *date : {"2026-02-30", "2026-1-01", "2026-01-1 ", "+026-01-01", "2026-01-01T", "２０２６-01-01", "0000-01-01"})
        EXPECT_NE(refusal(with(good, QStringLiteral("appointmentDate"), QString::fromUtf8(date))).find("appointmentDate"), std::string::npos)
            << date;
    for (const char *time : {"2026-11-25T24:00:00.000Z", "2026-11-25T10:60:00.000Z", "2026-11-25 10:15:00.000Z", "2026-11-25T10:15:00.00Z",
                             "2026-11-25T10:15:00.000z"})
        EXPECT_NE(refusal(with(good, QStringLiteral("createdAt"), QString::fromUtf8(time))).find("createdAt"), std::string::npos) << time;
    EXPECT_NE(refusal(withIn(good, QStringLiteral("client"), QStringLiteral("birthDate"), QStringLiteral("17/04/1988")))
                  .find("client.birthDate"),
              std::string::npos);
    EXPECT_NE(refusal(withIn(good, QStringLiteral("client"), QStringLiteral("firstName"), QString(101, u'x'))).find("client.firstName: longer"),
              std::string::npos);
    EXPECT_NE(refusal(withIn(good, QStringLiteral("client"), QStringLiteral("lastName"), QStringLiteral("  "))).find("client.lastName: empty"),
              std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("client"), QJsonArray())).find("client: not an object"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("outcome"), QStringLiteral("fine"))).find("outcome"), std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("flags"), QJsonObject())).find("flags: not an array"), std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("severity"), QStringLiteral("clear"))).find("flags[0].severity"), std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("question"), QStringLiteral("text"))).find("flags[0].question"), std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("reason"), QJsonObject{{QStringLiteral("en"), 3}})).find("flags[0].reason.en"),
              std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("guidance"), QJsonObject{{QStringLiteral("e n"), QStringLiteral("x")}}))
                  .find("flags[0].guidance"),
              std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("answer"), QJsonArray{1})).find("flags[0].answer"), std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("answer"), QString(5000, u'x'))).find("flags[0].answer: longer"), std::string::npos);
    EXPECT_NE(refusal(withIn(good, QStringLiteral("consent"), QStringLiteral("signedAt"), QStringLiteral("yesterday"))).find("consent.signedAt"),
              std::string::npos);
}

TEST(SummaryParser, EnforcesTheScreeningInvariants)
{
    const QJsonObject good = sampleSummary();
    const int defer = flagIndex(good, QStringLiteral("defer"));
    ASSERT_GE(defer, 0) << "the sample intake defers (recent Botox)";
    // earliestDate iff a flag has until
    EXPECT_NE(refusal(with(good, QStringLiteral("earliestDate"), QJsonValue::Undefined)).find("earliestDate: missing"), std::string::npos);
    QJsonObject noUntil = withFlag(good, defer, QStringLiteral("until"), QJsonValue::Undefined);
    EXPECT_NE(refusal(noUntil).find("earliestDate: present"), std::string::npos);
    EXPECT_NE(refusal(withFlag(good, defer, QStringLiteral("until"), QStringLiteral("soon"))).find("until: not a date"), std::string::npos);
    // until only on a defer flag
    const int other = defer == 0 ? 1 : 0;
    if (good.value(QStringLiteral("flags")).toArray().size() > 1) {
        EXPECT_NE(refusal(withFlag(good, other, QStringLiteral("until"), QStringLiteral("2026-12-05"))).find("does not defer"),
                  std::string::npos);
    }
    // the outcome is the most severe flag's
    EXPECT_NE(refusal(with(good, QStringLiteral("outcome"), QStringLiteral("clear"))).find("outcome: not the most severe"),
              std::string::npos);
    EXPECT_NE(refusal(with(good, QStringLiteral("outcome"), QStringLiteral("contraindicated"))).find("outcome"), std::string::npos);
    // no flags: clear, no earliest date
    QJsonObject clear = with(with(with(good, QStringLiteral("flags"), QJsonArray()), QStringLiteral("outcome"), QStringLiteral("clear")),
                             QStringLiteral("earliestDate"), QJsonValue::Undefined);
    EXPECT_TRUE(SummaryParser::validate(clear).ok()) << SummaryParser::validate(clear).error().message.toStdString();
}

TEST(SummaryParser, BoundsTheNumberOfFlagsAndLanguages)
{
    const QJsonObject good = sampleSummary();
    QJsonObject review = good.value(QStringLiteral("flags")).toArray().at(0).toObject();
    review.remove(QStringLiteral("until"));
    review.insert(QStringLiteral("severity"), QStringLiteral("review"));
    QJsonArray many;
    for (int i = 0; i < SummaryParser::maxFlags + 1; ++i)
        many.append(review);
    QJsonObject tooMany = with(with(with(good, QStringLiteral("flags"), many), QStringLiteral("outcome"), QStringLiteral("review")),
                               QStringLiteral("earliestDate"), QJsonValue::Undefined);
    EXPECT_NE(refusal(tooMany).find("more than 64 flags"), std::string::npos);
    many.removeLast();
    EXPECT_TRUE(SummaryParser::validate(with(tooMany, QStringLiteral("flags"), many)).ok());

    QJsonObject languages;
    for (int i = 0; i < 9; ++i)
        languages.insert(QStringLiteral("l") + QChar(u'a' + i), QStringLiteral("x"));
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("reason"), languages)).find("more than 8 languages"), std::string::npos);
}

TEST(SummaryParser, ABatchIsTakenWholeWithAVerdictPerSummary)
{
    const QList<QByteArray> summaries{sampleSummaryBytes(0), "{\"format\":\"intake-summary\"}", "[1]", sampleSummaryBytes(2)};
    auto batch = SummaryParser::parseBatch(Summary::batchBody(summaries));
    ASSERT_TRUE(batch.ok()) << batch.error().message.toStdString();
    ASSERT_EQ(batch->size(), 4);
    EXPECT_EQ(batch->at(0)->uuid, sampleIntake(0).uuid);
    EXPECT_EQ(batch->at(0)->json, QJsonDocument::fromJson(sampleSummaryBytes(0)).object());
    ASSERT_FALSE(batch->at(1).ok());
    EXPECT_TRUE(batch->at(1).error().message.startsWith(QLatin1String("summaries[1]: summary: "))) << batch->at(1).error().message.toStdString();
    EXPECT_EQ(batch->at(2).error().message, QStringLiteral("summaries[2]: not a JSON object"));
    EXPECT_EQ(batch->at(3)->uuid, sampleIntake(2).uuid);
}

TEST(SummaryParser, ABatchWithAWrongEnvelopeIsRefusedWhole)
{
    const QByteArray one = sampleSummaryBytes(1);
    QList<QByteArray> tooMany;
    for (int i = 0; i <= SummaryParser::maxBatchSummaries; ++i)
        tooMany.append(one);
    const std::pair<QByteArray, const char *> cases[] = {
        {"{", "not valid JSON"},
        {"[]", "not a JSON object"},
        {"{\"format\":\"intake-summary-batch\",\"version\":1}", "batch.summaries: missing"},
        {"{\"format\":\"intake-summary-batch\",\"version\":1,\"summaries\":[]}", "must hold 1 to 32"},
        {"{\"format\":\"intake-summary-batch\",\"version\":1,\"summaries\":{}}", "not an array"},
        {"{\"format\":\"intake-summary\",\"version\":1,\"summaries\":[" + one + "]}", "batch.format"},
        {"{\"format\":\"intake-summary-batch\",\"version\":2,\"summaries\":[" + one + "]}", "batch.version"},
        {"{\"format\":\"intake-summary-batch\",\"version\":1,\"summaries\":[" + one + "],\"note\":1}", "unknown key 'note'"},
        {Summary::batchBody(tooMany), "not 33"},
        {QByteArray(SummaryParser::maxBytes + 1, ' '), "256 KiB"},
    };
    for (const auto &[body, expected] : cases) {
        const auto batch = SummaryParser::parseBatch(body);
        ASSERT_FALSE(batch.ok()) << expected;
        EXPECT_TRUE(batch.error().message.contains(QLatin1String(expected))) << batch.error().message.toStdString();
    }
}

// Text that would read differently on the console than it was written: a NUL (which ends a C
// string early), a bidirectional override or isolate (which reorders what is shown), a key
// given twice (QJsonObject keeps one value, the stored bytes both), markup (Qt Quick's Text
// renders "<b>" as rich text) and control characters.

TEST(SummaryParser, RefusesNulCharactersRawOrEscaped)
{
    const QByteArray good = sampleSummaryBytes(0);
    ASSERT_TRUE(good.contains("\"Marisol0\""));
    QByteArray raw = good;
    raw.replace("\"Marisol0\"", QByteArray("\"Mari\0sol\"", 10));
    QByteArray escaped = good;
    escaped.replace("\"Marisol0\"", "\"Mari\\u0000sol\"");
    for (const QByteArray &bytes : {raw, escaped}) {
        const auto parsed = SummaryParser::parse(bytes);
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().message, QStringLiteral("summary: client.firstName: holds a NUL character"));
        const auto batch = SummaryParser::parseBatch(Summary::batchBody({bytes}));
        ASSERT_TRUE(batch.ok()) << batch.error().message.toStdString();
        ASSERT_FALSE(batch->at(0).ok());
        EXPECT_EQ(batch->at(0).error().message, QStringLiteral("summaries[0]: summary: client.firstName: holds a NUL character"));
    }
    const QJsonObject summary = sampleSummary();
    const QString withNul = QStringLiteral("2026-11-21") + QChar(u'\0');
    EXPECT_NE(refusal(withFlag(summary, 0, QStringLiteral("answer"), withNul)).find("flags[0].answer: holds a NUL character"), std::string::npos);
    EXPECT_NE(refusal(withFlag(summary, 0, QStringLiteral("reason"), QJsonObject{{QStringLiteral("en"), withNul}})).find("flags[0].reason.en: holds a NUL"),
              std::string::npos);
    EXPECT_NE(refusal(with(summary, QStringLiteral("kiosk"), withNul)).find("kiosk: holds a NUL character"), std::string::npos);
}

TEST(SummaryParser, RefusesBidirectionalOverridesAndIsolates)
{
    const QJsonObject good = sampleSummary();
    for (char16_t control : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068', u'\u2069'}) {
        const QString text = QStringLiteral("Mari") + QChar(control) + QStringLiteral("sol");
        const std::string bidi = ": holds a Unicode bidirectional control (U+202A to U+202E, U+2066 to U+2069)";
        EXPECT_NE(refusal(withIn(good, QStringLiteral("client"), QStringLiteral("lastName"), text)).find("client.lastName" + bidi), std::string::npos)
            << int(control);
        EXPECT_NE(refusal(with(good, QStringLiteral("kiosk"), text)).find("kiosk" + bidi), std::string::npos) << int(control);
        EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("answer"), text)).find("flags[0].answer" + bidi), std::string::npos) << int(control);
        EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("guidance"), QJsonObject{{QStringLiteral("es"), text}})).find("flags[0].guidance.es" + bidi),
                  std::string::npos)
            << int(control);
    }
    // as the bytes carry it, escaped or raw UTF-8
    QByteArray escaped = sampleSummaryBytes(0);
    escaped.replace("\"Marisol0\"", "\"Mari\\u202Esol\"");
    EXPECT_TRUE(SummaryParser::parse(escaped).error().message.contains(QLatin1String("client.firstName: holds a Unicode bidirectional control")));
    QByteArray raw = sampleSummaryBytes(0);
    raw.replace("\"Marisol0\"", "\"Mari\xE2\x81\xA6sol\"");  // U+2066
    EXPECT_TRUE(SummaryParser::parse(raw).error().message.contains(QLatin1String("client.firstName: holds a Unicode bidirectional control")));
    // other right-to-left text is a name like any other
    EXPECT_TRUE(SummaryParser::validate(withIn(good, QStringLiteral("client"), QStringLiteral("lastName"), QStringLiteral("עברית"))).ok());
}

TEST(SummaryParser, RefusesAKeyGivenTwice)
{
    const QByteArray good = sampleSummaryBytes(0);
    const QByteArray name = "\"firstName\":\"Marisol0\"";
    ASSERT_TRUE(good.contains(name));
    const auto refused = [](const QByteArray &bytes) {
        const auto parsed = SummaryParser::parse(bytes);
        EXPECT_FALSE(parsed.ok());
        return parsed.ok() ? QString() : parsed.error().message;
    };
    const QString firstName = QStringLiteral("summary: duplicate key 'firstName' (a key may appear only once in an object)");
    const QByteArray twice = QByteArray(name + ',' + name);
    EXPECT_EQ(refused(QByteArray(good).replace(name, QByteArray("\"firstName\":\"Eve\"," + name))), firstName);
    EXPECT_EQ(refused(QByteArray(good).replace(name, twice)), firstName) << "even with the same value";
    // the same key spelled with an escape
    EXPECT_EQ(refused(QByteArray(good).replace(name, QByteArray("\"first\\u004eame\":\"Eve\"," + name))), firstName);
    // at the top level, in a flag, among the languages of a text
    EXPECT_TRUE(refused("{\"intake\":\"x\"," + good.mid(1)).contains(QLatin1String("duplicate key 'intake'")));
    EXPECT_TRUE(refused(QByteArray(good).replace("\"severity\":", "\"severity\":\"review\",\"severity\":")).contains(QLatin1String("'severity'")));
    EXPECT_TRUE(refused(QByteArray(good).replace("\"en\":", "\"en\":\"x\",\"en\":")).contains(QLatin1String("duplicate key 'en'")));
    // a batch carrying such a summary is refused whole (the kiosk then sends its summaries one by one)
    const auto batch = SummaryParser::parseBatch(Summary::batchBody({good, QByteArray(good).replace(name, twice)}));
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().message, QStringLiteral("batch: duplicate key 'firstName' (a key may appear only once in an object)"));
    // the same key in two objects is no duplicate
    EXPECT_TRUE(SummaryParser::parseBatch(Summary::batchBody({good, sampleSummaryBytes(1)})).ok());
}

TEST(SummaryParser, RefusesMarkupAndControlCharactersInNamesAndTexts)
{
    const QJsonObject good = sampleSummary();
    const std::pair<QString, const char *> names[] = {
        {QStringLiteral("<b>Eve</b>"), "holds '<' or '>'"},
        {QStringLiteral("Eve>"), "holds '<' or '>'"},
        {QStringLiteral("Eve\nAdams"), "holds a control, formatting or unassigned character"},
        {QStringLiteral("Eve\tAdams"), "holds a control, formatting or unassigned character"},
        {QStringLiteral("Eve\u0001"), "holds a control, formatting or unassigned character"},
        {QStringLiteral("Eve\u007F"), "holds a control, formatting or unassigned character"},
        {QStringLiteral("Eve\u0085"), "holds a control, formatting or unassigned character"},
        {QStringLiteral("Eve\u200B"), "holds a control, formatting or unassigned character"},  // zero-width space
        {QStringLiteral("Eve\u0378"), "holds a control, formatting or unassigned character"},  // unassigned
    };
    for (const auto &[name, problem] : names) {
        EXPECT_NE(refusal(withIn(good, QStringLiteral("client"), QStringLiteral("firstName"), name)).find(std::string("client.firstName: ") + problem),
                  std::string::npos)
            << problem;
        EXPECT_NE(refusal(with(good, QStringLiteral("kiosk"), name)).find(std::string("kiosk: ") + problem), std::string::npos) << problem;
    }
    // free text keeps its line breaks and tabs; other control characters and markup are refused
    EXPECT_TRUE(SummaryParser::validate(withFlag(good, 0, QStringLiteral("answer"), QStringLiteral("line one\nline two\tand a tab"))).ok());
    EXPECT_TRUE(SummaryParser::validate(withFlag(good, 0, QStringLiteral("reason"), QJsonObject{{QStringLiteral("en"), QStringLiteral("a\nb")}})).ok());
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("answer"), QStringLiteral("a\rb"))).find("flags[0].answer: holds a control, formatting or unassigned character"),
              std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("answer"), QStringLiteral("less than <2 weeks"))).find("flags[0].answer: holds '<' or '>'"),
              std::string::npos);
    EXPECT_NE(refusal(withFlag(good, 0, QStringLiteral("question"), QJsonObject{{QStringLiteral("en"), QStringLiteral("<img src=x>")}}))
                  .find("flags[0].question.en: holds '<' or '>'"),
              std::string::npos);
    // what the shipped questionnaire and rules produce passes (they hold no markup)
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(SummaryParser::parse(sampleSummaryBytes(i)).ok()) << i;
}

TEST(SummaryParser, TheFuzzSeedsGetTheirVerdicts)
{
    // tests/data/fuzz/summaries seeds fuzz_summary; the ones named for a refusal must be refused
    const QDir seeds(QStringLiteral(INTAKE_TEST_DATA "/fuzz/summaries"));
    const std::pair<const char *, const char *> refused[] = {
        {"summary-nul-raw.json", "client.firstName: holds a NUL character"},
        {"summary-nul-escaped.json", "client.firstName: holds a NUL character"},
        {"summary-bidi-override.json", "client.lastName: holds a Unicode bidirectional control"},
        {"summary-bidi-isolate-escaped.json", "flags[0].answer: holds a Unicode bidirectional control"},
        {"summary-duplicate-key.json", "duplicate key 'firstName'"},
        {"summary-duplicate-key-escaped.json", "duplicate key 'firstName'"},
        {"summary-markup-name.json", "client.firstName: holds '<' or '>'"},
        {"summary-control-in-kiosk.json", "kiosk: holds a control, formatting or unassigned character"},
    };
    for (const auto &[file, problem] : refused) {
        QFile seed(seeds.filePath(QLatin1String(file)));
        ASSERT_TRUE(seed.open(QIODevice::ReadOnly)) << file;
        const auto parsed = SummaryParser::parse(seed.readAll());
        ASSERT_FALSE(parsed.ok()) << file;
        EXPECT_TRUE(parsed.error().message.contains(QLatin1String(problem))) << file << ": " << parsed.error().message.toStdString();
    }
    for (const char *file : {"summary-1.json", "summary-free-text-newline.json"}) {
        QFile seed(seeds.filePath(QLatin1String(file)));
        ASSERT_TRUE(seed.open(QIODevice::ReadOnly)) << file;
        const auto parsed = SummaryParser::parse(seed.readAll());
        EXPECT_TRUE(parsed.ok()) << file << ": " << parsed.error().message.toStdString();
    }
    QFile batch(seeds.filePath(QStringLiteral("batch-duplicate-key.json")));
    ASSERT_TRUE(batch.open(QIODevice::ReadOnly));
    const auto parsed = SummaryParser::parseBatch(batch.readAll());
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.startsWith(QLatin1String("batch: duplicate key 'firstName'"))) << parsed.error().message.toStdString();
}
