// The built intake-cli, run as a clinic's IT person would: files in, JSON or one line out.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(INTAKE_CLI), arguments);
    EXPECT_TRUE(process.waitForFinished(30'000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString data(const QString &relative)
{
    return QStringLiteral(INTAKE_TEST_DATA "/") + relative;
}

QString asset(const QString &relative)
{
    return QStringLiteral(INTAKE_ASSETS "/") + relative;
}

Run screen(const QString &answers, const QStringList &more = {})
{
    return cli(QStringList{QStringLiteral("screen"), QStringLiteral("--answers"), answers} + more);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
}

} // namespace

TEST(Cli, HelpAndVersion)
{
    const auto help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("screen"));
    EXPECT_TRUE(help.out.contains("validate"));
    const auto version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("intake-cli " INTAKE_VERSION));
    const auto screenHelp = cli({QStringLiteral("screen"), QStringLiteral("--help")});
    EXPECT_EQ(screenHelp.exitCode, 0);
    EXPECT_TRUE(screenHelp.out.contains("--answers"));
}

TEST(Cli, UnknownCommandAndMissingArguments)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("screen")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("screen"), QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("validate")}).exitCode, 2);
}

TEST(Cli, ScreenClear)
{
    const auto run = screen(data(QStringLiteral("answers/clear.json")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const auto json = run.json();
    EXPECT_EQ(json.value(QLatin1String("outcome")).toString(), QStringLiteral("clear"));
    EXPECT_TRUE(json.value(QLatin1String("flags")).toArray().isEmpty());
    EXPECT_FALSE(json.contains(QLatin1String("earliestDate")));
}

TEST(Cli, ScreenBotoxTenDaysAgoMatchesTheContractExample)
{
    const auto run = screen(data(QStringLiteral("answers/botox-10-days-ago.json")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto json = run.json();
    EXPECT_EQ(json.value(QLatin1String("outcome")).toString(), QStringLiteral("defer"));
    EXPECT_EQ(json.value(QLatin1String("earliestDate")).toString(), QStringLiteral("2026-12-05"));
    const auto flags = json.value(QLatin1String("flags")).toArray();
    ASSERT_EQ(flags.size(), 1);
    const auto flag = flags.at(0).toObject();
    EXPECT_EQ(flag.value(QLatin1String("code")).toString(), QStringLiteral("recent_botox"));
    EXPECT_EQ(flag.value(QLatin1String("severity")).toString(), QStringLiteral("defer"));
    EXPECT_EQ(flag.value(QLatin1String("linkId")).toString(), QStringLiteral("treatments.botox_date"));
    EXPECT_EQ(flag.value(QLatin1String("until")).toString(), QStringLiteral("2026-12-05"));
    EXPECT_FALSE(flag.value(QLatin1String("reason")).toString().isEmpty());
    EXPECT_FALSE(flag.value(QLatin1String("guidance")).toString().isEmpty());
}

TEST(Cli, ScreenBotoxWithoutDateIsReview)
{
    const auto run = screen(data(QStringLiteral("answers/botox-no-date.json")));
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.json().value(QLatin1String("outcome")).toString(), QStringLiteral("review"));
}

TEST(Cli, ScreenSeveralFlags)
{
    const auto run = screen(data(QStringLiteral("answers/several-flags.json")));
    ASSERT_EQ(run.exitCode, 0);
    const auto json = run.json();
    EXPECT_EQ(json.value(QLatin1String("outcome")).toString(), QStringLiteral("contraindicated"));
    // Botox 2026-11-28 -> 12-12; filler 2026-11-10 -> 12-08: the latest wins
    EXPECT_EQ(json.value(QLatin1String("earliestDate")).toString(), QStringLiteral("2026-12-12"));
    QStringList codes;
    for (const auto &flag : json.value(QLatin1String("flags")).toArray())
        codes.append(flag.toObject().value(QLatin1String("code")).toString());
    EXPECT_EQ(codes, (QStringList{QStringLiteral("active_acne"), QStringLiteral("recent_botox"),
                                  QStringLiteral("recent_filler"), QStringLiteral("cold_sores_history")}));
}

TEST(Cli, ScreenInSpanish)
{
    const auto en = screen(data(QStringLiteral("answers/botox-10-days-ago.json")));
    const auto es = screen(data(QStringLiteral("answers/botox-10-days-ago.json")), {QStringLiteral("--lang"), QStringLiteral("es")});
    ASSERT_EQ(es.exitCode, 0);
    EXPECT_NE(en.out, es.out);
    EXPECT_EQ(cli({QStringLiteral("screen"), QStringLiteral("--answers"), data(QStringLiteral("answers/clear.json")),
                   QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode, 2);
}

TEST(Cli, AppointmentDateDefaultsToToday)
{
    const auto run = screen(data(QStringLiteral("answers/no-appointment-date.json")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QLatin1String("outcome")).toString(), QStringLiteral("clear"));

    // a treatment dated today is within the wait whatever today is
    QTemporaryDir dir;
    auto json = readJson(data(QStringLiteral("answers/no-appointment-date.json")));
    auto answers = json.value(QLatin1String("answers")).toObject();
    answers.insert(QStringLiteral("treatments.filler"), true);
    answers.insert(QStringLiteral("treatments.filler_date"), QDate::currentDate().toString(Qt::ISODate));
    json.insert(QStringLiteral("answers"), answers);
    writeJson(dir.filePath(QStringLiteral("today.json")), json);
    const auto today = screen(dir.filePath(QStringLiteral("today.json")));
    ASSERT_EQ(today.exitCode, 0) << today.err.toStdString();
    EXPECT_EQ(today.json().value(QLatin1String("earliestDate")).toString(),
              QDate::currentDate().addDays(28).toString(Qt::ISODate));
}

struct BadCase
{
    const char *file;
    const char *expected;
};

// names the case in test output instead of a byte dump
void PrintTo(const BadCase &testCase, std::ostream *out)
{
    *out << testCase.file;
}

class CliBadInput : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(CliBadInput, ExitsTwoWithOneLineNamingTheProblemAndWritesNothing)
{
    QTemporaryDir workDir;
    QProcess process;
    process.setWorkingDirectory(workDir.path());
    process.start(QStringLiteral(INTAKE_CLI),
                  {QStringLiteral("screen"), QStringLiteral("--answers"), data(QString::fromLatin1(GetParam().file))});
    ASSERT_TRUE(process.waitForFinished(30'000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(err.count('\n'), 1) << err.toStdString();
    EXPECT_TRUE(err.endsWith('\n'));
    EXPECT_TRUE(err.startsWith("intake-cli: "));
    EXPECT_TRUE(err.contains(GetParam().expected)) << err.toStdString();
    EXPECT_TRUE(QDir(workDir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

INSTANTIATE_TEST_SUITE_P(
    Contract, CliBadInput,
    ::testing::Values(BadCase{"bad/not-json.json", "not valid JSON at line 1"},
                      BadCase{"bad/missing-required.json", "required item 'health.diabetes' is missing"},
                      BadCase{"bad/unknown-linkid.json", "unknown item 'health.unicorns'"},
                      BadCase{"bad/wrong-type.json", "item 'skin.eczema' expects true or false"},
                      BadCase{"bad/impossible-date.json", "item 'treatments.botox_date' has an impossible or non-ISO date"},
                      BadCase{"bad/non-iso-date.json", "item 'treatments.botox_date' has an impossible or non-ISO date"},
                      BadCase{"bad/date-after-appointment.json", "item 'treatments.filler_date' has a date after the appointment date"},
                      BadCase{"bad/answer-to-disabled-item.json", "item 'treatments.botox_date' is answered but not asked"},
                      BadCase{"bad/bad-appointment-date.json", "\"appointmentDate\" must be an existing date"},
                      BadCase{"bad/no-such-file.json", "cannot read the file"}),
    [](const auto &testCase) {
        std::string name = QFileInfo(QString::fromLatin1(testCase.param.file)).baseName().toStdString();
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(Cli, ValidateShippedFiles)
{
    const auto run = cli({QStringLiteral("validate"), asset(QStringLiteral("questionnaires/microneedling.json")),
                          asset(QStringLiteral("rules/microneedling.rules.json"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(": ok ("), 2);
}

TEST(Cli, ValidateNamesTheBadFileAndItem)
{
    QTemporaryDir dir;
    auto questionnaire = readJson(asset(QStringLiteral("questionnaires/microneedling.json")));
    auto sections = questionnaire.value(QLatin1String("item")).toArray();
    auto first = sections.at(0).toObject();
    auto items = first.value(QLatin1String("item")).toArray();
    auto acne = items.at(1).toObject();
    acne.insert(QStringLiteral("type"), QStringLiteral("decimal"));
    items.replace(1, acne);
    first.insert(QStringLiteral("item"), items);
    sections.replace(0, first);
    questionnaire.insert(QStringLiteral("item"), sections);
    const QString path = dir.filePath(QStringLiteral("edited.json"));
    writeJson(path, questionnaire);

    const auto run = cli({QStringLiteral("validate"), path});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QByteArray(path.toUtf8() + ": item 'skin.active_acne': unsupported type 'decimal'"))) << run.err.toStdString();

    const auto notJson = cli({QStringLiteral("validate"), data(QStringLiteral("bad/not-json.json"))});
    EXPECT_EQ(notJson.exitCode, 2);
    const auto answersFile = cli({QStringLiteral("validate"), data(QStringLiteral("answers/clear.json"))});
    EXPECT_EQ(answersFile.exitCode, 2);
    EXPECT_TRUE(answersFile.err.contains("\"resourceType\" must be"));
}

// Adding a rule is a data change: an edited questionnaire and rules file, the same binary.
TEST(Cli, AnExtraRuleInTheRulesFileChangesTheOutcome)
{
    QTemporaryDir dir;
    auto questionnaire = readJson(asset(QStringLiteral("questionnaires/microneedling.json")));
    auto sections = questionnaire.value(QLatin1String("item")).toArray();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        auto section = sections.at(i).toObject();
        if (section.value(QLatin1String("linkId")).toString() != QLatin1String("section.medicines"))
            continue;
        auto items = section.value(QLatin1String("item")).toArray();
        items.append(QJsonDocument::fromJson(R"({ "linkId": "health.isotretinoin", "type": "boolean", "required": true,
            "text": "In the last 6 months, have you taken isotretinoin (an acne medicine)?" })").object());
        section.insert(QStringLiteral("item"), items);
        sections.replace(i, section);
    }
    questionnaire.insert(QStringLiteral("item"), sections);
    auto rules = readJson(asset(QStringLiteral("rules/microneedling.rules.json")));
    auto ruleArray = rules.value(QLatin1String("rules")).toArray();
    ruleArray.append(QJsonDocument::fromJson(R"({ "code": "recent_isotretinoin", "severity": "review",
        "linkId": "health.isotretinoin", "when": { "item": "health.isotretinoin", "equals": true },
        "reason": { "en": "Isotretinoin in the last 6 months.", "es": "Isotretinoína en los últimos 6 meses." },
        "guidance": { "en": "A clinician reviews first.", "es": "Un clínico revisa primero." } })").object());
    rules.insert(QStringLiteral("rules"), ruleArray);
    const QString questionnairePath = dir.filePath(QStringLiteral("q.json"));
    const QString rulesPath = dir.filePath(QStringLiteral("r.json"));
    writeJson(questionnairePath, questionnaire);
    writeJson(rulesPath, rules);

    auto answers = readJson(data(QStringLiteral("answers/clear.json")));
    auto values = answers.value(QLatin1String("answers")).toObject();
    values.insert(QStringLiteral("health.isotretinoin"), true);
    answers.insert(QStringLiteral("answers"), values);
    const QString answersPath = dir.filePath(QStringLiteral("answers.json"));
    writeJson(answersPath, answers);

    EXPECT_EQ(cli({QStringLiteral("validate"), questionnairePath, rulesPath}).exitCode, 0);
    const QStringList files{QStringLiteral("--questionnaire"), questionnairePath, QStringLiteral("--rules"), rulesPath};
    const auto run = screen(answersPath, files);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QLatin1String("outcome")).toString(), QStringLiteral("review"));
    EXPECT_EQ(run.json().value(QLatin1String("flags")).toArray().at(0).toObject().value(QLatin1String("code")).toString(),
              QStringLiteral("recent_isotretinoin"));

    // the shipped files know no such item
    EXPECT_EQ(screen(answersPath).exitCode, 2);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
