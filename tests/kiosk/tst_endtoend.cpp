// End to end: the real intake-kiosk binary, started offscreen on a store made by the real
// intake-cli, driven by synthetic mouse and key events on what a client sees, then the store
// read back through the real intake-cli. The events come from kiosk_e2e_driver
// (kioskdriver.cpp), a test-only library preloaded into the kiosk process (LD_PRELOAD): the
// binary is the one that ships, with no test hook in it. The second run walks away mid-intake
// and lets the idle timeout wipe it.
//
// The complete intake runs on today's date and on dates that put "ten days ago" across a month
// end, a year end and 29 February: the driver gives the kiosk that calendar (fakeclock.cpp).

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <string>

namespace {

struct ProgramRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
               int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForStarted(10'000))
        return run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(10'000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ProgramRun cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(INTAKE_CLI), arguments, QProcessEnvironment::systemEnvironment(), 60'000);
}

class EndToEnd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(temp.isValid());
        const ProgramRun init = cli(on({QStringLiteral("init")}));
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    QString storeDir() const { return temp.filePath(QStringLiteral("store")); }
    QString keyFile() const { return temp.filePath(QStringLiteral("store.key")); }
    QString reportFile() const { return temp.filePath(QStringLiteral("report.txt")); }
    QStringList on(QStringList arguments) const
    {
        return arguments << QStringLiteral("--data-dir") << storeDir() << QStringLiteral("--key-file") << keyFile();
    }

    // Starts intake-kiosk with the driver preloaded, lets it play `scenario` and waits (at most
    // `timeoutMs`) for the kiosk to exit. Returns the driver's report, one line a step.
    QStringList playScenario(const QString &scenario, QStringList kioskArguments, int timeoutMs,
                             const QMap<QString, QString> &driverSettings = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = driverSettings.constBegin(); it != driverSettings.constEnd(); ++it)
            environment.insert(it.key(), it.value());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString preload = environment.value(QStringLiteral("LD_PRELOAD"));
        // after anything already preloaded (a sanitizer runtime must stay first)
        environment.insert(QStringLiteral("LD_PRELOAD"),
                           preload.isEmpty() ? QStringLiteral(INTAKE_E2E_DRIVER)
                                             : preload + QLatin1Char(':') + QStringLiteral(INTAKE_E2E_DRIVER));
        environment.insert(QStringLiteral("INTAKE_E2E_SCENARIO"), scenario);
        environment.insert(QStringLiteral("INTAKE_E2E_REPORT"), reportFile());
        kioskArguments << QStringLiteral("--windowed") << QStringLiteral("--kiosk-id") << QStringLiteral("kiosk-e2e");
        const ProgramRun kiosk = runProgram(QStringLiteral(INTAKE_KIOSK), on(kioskArguments), environment, timeoutMs);

        QFile file(reportFile());
        QStringList report;
        if (file.open(QIODevice::ReadOnly | QIODevice::Text))
            report = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const std::string log = "report:\n  " + report.join(QStringLiteral("\n  ")).toStdString()
                                + "\nkiosk's stderr (last 4000 bytes):\n" + kiosk.err.right(4000).toStdString();
        EXPECT_TRUE(kiosk.finished) << "the kiosk did not exit within " << timeoutMs << " ms\n" << log;
        EXPECT_EQ(kiosk.exitCode, 0) << log;
        EXPECT_FALSE(report.isEmpty()) << "the driver was not loaded into the kiosk\n" << log;
        EXPECT_EQ(report.value(report.size() - 1), QStringLiteral("passed")) << log;
        // the kiosk's own QML ran without errors
        for (const char *error : {"TypeError", "ReferenceError", "qrc:/Intake/"})
            EXPECT_FALSE(kiosk.err.contains(error)) << "QML error in the kiosk's output\n" << log;
        return report;
    }

    QJsonArray listIntakes() const
    {
        const ProgramRun list = cli(on({QStringLiteral("list"), QStringLiteral("--json")}));
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return QJsonDocument::fromJson(list.out).array();
    }

    QTemporaryDir temp;
};

} // namespace

// The kiosk's today for a run: empty for the real date, else a date the driver gives the kiosk.
class CompleteIntake : public EndToEnd, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(CompleteIntake, ACompleteIntakeByTouchIsStoredWithItsConsentAndBotoxDeferral)
{
    const QString today = QString::fromLatin1(GetParam());
    playScenario(QStringLiteral("complete-intake"), {}, 240'000, {{QStringLiteral("INTAKE_E2E_TODAY"), today}});
    if (HasFailure())
        return;

    // the store, through the real intake-cli
    const QJsonArray intakes = listIntakes();
    ASSERT_EQ(intakes.size(), 1) << QJsonDocument(intakes).toJson().toStdString();
    const QString uuid = intakes.at(0).toObject().value(QLatin1String("uuid")).toString();
    const ProgramRun exported = cli(on({QStringLiteral("export"), uuid}));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject record = QJsonDocument::fromJson(exported.out).object();
    const std::string dump = exported.out.toStdString();

    const QJsonObject client = record.value(QLatin1String("client")).toObject();
    // exactly what was typed on the on-screen keyboard, byte for byte
    EXPECT_EQ(client.value(QLatin1String("firstName")).toString().toUtf8(), QByteArray("Mar\xc3\xad" "a")) << dump;
    EXPECT_EQ(client.value(QLatin1String("lastName")).toString().toUtf8(), QByteArray("N\xc3\xba\xc3\xb1" "ez")) << dump;
    EXPECT_EQ(client.value(QLatin1String("contact")).toString().toUtf8(), QByteArray("maria@example.com")) << dump;
    EXPECT_EQ(record.value(QLatin1String("kiosk")).toString(), QStringLiteral("kiosk-e2e")) << dump;

    // the appointment defaults to the day of the intake; Botox was ten days before it
    const QDate appointment = QDate::fromString(intakes.at(0).toObject().value(QLatin1String("appointmentDate")).toString(), Qt::ISODate);
    ASSERT_TRUE(appointment.isValid()) << QJsonDocument(intakes).toJson().toStdString();
    if (!today.isEmpty()) {
        EXPECT_EQ(appointment, QDate::fromString(today, Qt::ISODate)) << "the kiosk did not run on the test's date";
    }
    // the birth-date wheels started 40 years back; the client typed a year five before it
    EXPECT_EQ(QDate::fromString(client.value(QLatin1String("birthDate")).toString(), Qt::ISODate).year(), appointment.year() - 45)
        << dump;
    const QJsonObject answers = record.value(QLatin1String("answers")).toObject();
    EXPECT_EQ(answers.value(QLatin1String("treatments.botox")).toBool(), true) << dump;
    EXPECT_EQ(answers.value(QLatin1String("treatments.botox_date")).toString(), appointment.addDays(-10).toString(Qt::ISODate)) << dump;
    EXPECT_EQ(answers.value(QLatin1String("skin.active_acne")).toBool(true), false) << dump;
    EXPECT_EQ(answers.value(QLatin1String("notes.other")).toString().toUtf8(),
              QByteArray("Hi, my skin is sensitive\nS\xc3\xad, gracias")) << dump;

    // SCREENING.md: Botox dated D defers the treatment until D + 14
    int recentBotox = 0;
    for (const auto &flag : record.value(QLatin1String("flags")).toArray()) {
        const QJsonObject object = flag.toObject();
        if (object.value(QLatin1String("code")).toString() != QLatin1String("recent_botox"))
            continue;
        ++recentBotox;
        EXPECT_EQ(object.value(QLatin1String("severity")).toString(), QStringLiteral("defer")) << dump;
        EXPECT_EQ(object.value(QLatin1String("until")).toString(), appointment.addDays(4).toString(Qt::ISODate)) << dump;
    }
    EXPECT_EQ(recentBotox, 1) << dump;
    EXPECT_EQ(record.value(QLatin1String("outcome")).toString(), QStringLiteral("defer")) << dump;
    EXPECT_EQ(record.value(QLatin1String("earliestDate")).toString(), appointment.addDays(4).toString(Qt::ISODate)) << dump;

    const QJsonObject consent = record.value(QLatin1String("consent")).toObject();
    EXPECT_EQ(consent.value(QLatin1String("printedName")).toString().toUtf8(), QByteArray("Mar\xc3\xad" "a J. N\xc3\xba\xc3\xb1" "ez")) << dump;
    EXPECT_EQ(consent.value(QLatin1String("textSha256")).toString().size(), 64) << dump;
    // the zig-zag the driver drew: one stroke of many points
    const QJsonArray strokes = consent.value(QLatin1String("signature")).toArray();
    ASSERT_EQ(strokes.size(), 1) << dump;
    EXPECT_GE(strokes.at(0).toArray().size(), 10) << dump;
}

// Ten days before: 2026-02-21 (over the end of a February of 28 days), 2026-12-26 (over a year
// end), 2024-02-29 (the day itself), and 2024-02-25 (over the 29th).
INSTANTIATE_TEST_SUITE_P(OnDates, CompleteIntake,
                         ::testing::Values("", "2026-03-03", "2027-01-05", "2024-03-10", "2024-03-06"),
                         [](const ::testing::TestParamInfo<const char *> &run) {
                             const std::string date = run.param;
                             if (date.empty())
                                 return std::string("Today");
                             std::string name = "On" + date;
                             std::erase(name, '-');
                             return name;
                         });

TEST_F(EndToEnd, WalkingAwayMidIntakeWipesItAndReturnsToWelcome)
{
    // the shortest idle timings the kiosk accepts
    constexpr int idleTimeout = 5;
    constexpr int idleCountdown = 1;
    const QStringList report = playScenario(QStringLiteral("walk-away"),
                                            {QStringLiteral("--idle-timeout"), QString::number(idleTimeout),
                                             QStringLiteral("--idle-countdown"), QString::number(idleCountdown)},
                                            120'000,
                                            {{QStringLiteral("INTAKE_E2E_IDLE_TIMEOUT"), QString::number(idleTimeout)},
                                             {QStringLiteral("INTAKE_E2E_IDLE_COUNTDOWN"), QString::number(idleCountdown)}});
    if (HasFailure())
        return;
    EXPECT_TRUE(report.contains(QStringLiteral("step the idle warning is shown")));
    EXPECT_TRUE(report.contains(QStringLiteral("step back at Welcome")));

    // nothing was stored
    const QJsonArray intakes = listIntakes();
    EXPECT_TRUE(intakes.isEmpty()) << QJsonDocument(intakes).toJson().toStdString();
}

// A kiosk whose store an earlier release made, with the staff PIN 4711 in the plain admin-pin
// file beside it (tests/data/stores/legacy-admin-pin): the kiosk moves the PIN into the store
// as it starts and deletes the file; staff still open the staff screen with 4711, typed on the
// pad, and are asked for a new PIN; the store then knows the PIN is too short.
TEST_F(EndToEnd, AnEarlierReleasesStaffPinMovesIntoTheStoreAndStillOpensTheStaffScreen)
{
    ASSERT_TRUE(QDir(storeDir()).removeRecursively());
    ASSERT_TRUE(QFile::remove(keyFile()));
    ASSERT_TRUE(QDir().mkpath(storeDir()));
    const QDir fixture(QStringLiteral(INTAKE_TEST_DATA "/stores/legacy-admin-pin"));
    for (const QString &name : fixture.entryList(QDir::Files)) {
        const QString destination = name == QLatin1String("store.key") ? keyFile() : QDir(storeDir()).filePath(name);
        ASSERT_TRUE(QFile::copy(fixture.filePath(name), destination)) << name.toStdString();
        QFile::setPermissions(destination, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const QStringList report = playScenario(QStringLiteral("staff-pin"), {}, 120'000,
                                            {{QStringLiteral("INTAKE_E2E_PIN"), QStringLiteral("4711")}});
    if (HasFailure())
        return;
    EXPECT_TRUE(report.contains(QStringLiteral("step a wrong PIN is refused")));
    EXPECT_TRUE(report.contains(QStringLiteral("step the staff screen asks for a new PIN of 6 to 12 digits")));
    EXPECT_FALSE(QFile::exists(QDir(storeDir()).filePath(QStringLiteral("admin-pin"))));

    const ProgramRun status = cli(on({QStringLiteral("status"), QStringLiteral("--json")}));
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    const QJsonObject pin = QJsonDocument::fromJson(status.out).object().value(QLatin1String("staffPin")).toObject();
    EXPECT_EQ(pin.value(QLatin1String("length")).toString(), QStringLiteral("tooShort")) << status.out.toStdString();
    EXPECT_EQ(pin.value(QLatin1String("failedAttempts")).toInt(-1), 0) << status.out.toStdString();
}

// Staff pair the real kiosk with a real console (sync_test_console, TLS on 127.0.0.1) as they
// would on a tablet: the staff screen opened with the PIN, the console's short code typed on
// the on-screen keyboard (above the dimmed window), the console found on the network and its
// fingerprint compared with the one the console shows. The kiosk then waits for approval, as
// intake-cli sync says from the kiosk's store.
TEST_F(EndToEnd, StaffPairTheKioskByTypingTheConsolesShortCodeOnTheOnScreenKeyboard)
{
    QProcess setPin;
    setPin.start(QStringLiteral(INTAKE_CLI), on({QStringLiteral("set-admin-pin")}));
    ASSERT_TRUE(setPin.waitForStarted(10'000));
    setPin.write("246813\n");
    setPin.closeWriteChannel();
    ASSERT_TRUE(setPin.waitForFinished(60'000));
    ASSERT_EQ(setPin.exitCode(), 0) << setPin.readAllStandardError().toStdString();

    QProcess console;
    console.start(QStringLiteral(SYNC_TEST_CONSOLE),
                  {QStringLiteral("--data-dir"), temp.filePath(QStringLiteral("console")), QStringLiteral("--key-file"),
                   temp.filePath(QStringLiteral("console.key")), QStringLiteral("--pairing-code"), QStringLiteral("--discovery-port"),
                   QStringLiteral("0")});
    ASSERT_TRUE(console.waitForStarted(10'000));
    QMap<QString, QString> said;  // "port", "code", "short", "discovery" → the rest of its line
    for (int line = 0; line < 20 && !said.contains(QStringLiteral("ready")); ++line) {
        if (!console.canReadLine() && !console.waitForReadyRead(30'000))
            break;
        while (console.canReadLine()) {
            const QString text = QString::fromUtf8(console.readLine()).trimmed();
            said.insert(text.section(QLatin1Char(' '), 0, 0), text.section(QLatin1Char(' '), 1));
        }
    }
    ASSERT_TRUE(said.contains(QStringLiteral("ready"))) << console.readAllStandardError().toStdString();
    // what the console shows staff: its certificate's fingerprint, the first 80 bits in groups of four
    const QString fingerprint = said.value(QStringLiteral("code")).section(QLatin1Char(':'), 4, 4).left(20).toUpper();
    QStringList groups;
    for (int i = 0; i < fingerprint.size(); i += 4)
        groups << fingerprint.mid(i, 4);
    ASSERT_EQ(groups.size(), 5);

    const QStringList report = playScenario(
        QStringLiteral("pair-short-code"),
        {QStringLiteral("--discovery-address"), QStringLiteral("127.0.0.1"), QStringLiteral("--discovery-port"),
         said.value(QStringLiteral("discovery"))},
        180'000,
        {{QStringLiteral("INTAKE_E2E_PIN"), QStringLiteral("246813")},
         {QStringLiteral("INTAKE_E2E_SHORT_CODE"), said.value(QStringLiteral("short")).remove(QLatin1Char('-'))},
         {QStringLiteral("INTAKE_E2E_CONSOLE_FINGERPRINT"), groups.join(QLatin1Char(' '))}});
    if (!HasFailure()) {
        EXPECT_TRUE(report.contains(QStringLiteral("step the short code typed on the on-screen keyboard")));
        EXPECT_TRUE(report.contains(QStringLiteral("step paired; waiting for approval")));
        // paired in the kiosk's store, with the console, which has not approved it yet
        const ProgramRun sync = cli(on({QStringLiteral("sync"), QStringLiteral("--once")}));
        EXPECT_EQ(sync.exitCode, 1) << sync.err.toStdString();
        EXPECT_TRUE(sync.err.contains("waiting for approval at the front desk")) << sync.err.toStdString();
    }
    console.terminate();
    if (!console.waitForFinished(10'000))
        console.kill();
}

// --help, --help-all and --version work where there is no display at all (an IT person on the
// tablet's console): answered before the GUI exists, exit 0, nothing else started.
TEST(KioskCommandLine, HelpAndVersionNeedNoDisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));

    const ProgramRun help = runProgram(QStringLiteral(INTAKE_KIOSK), {QStringLiteral("--help")}, environment, 30'000);
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.startsWith("Usage: ")) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains("--key-file")) << help.out.toStdString();

    const ProgramRun helpAll = runProgram(QStringLiteral(INTAKE_KIOSK), {QStringLiteral("--help-all")}, environment, 30'000);
    EXPECT_EQ(helpAll.exitCode, 0) << helpAll.err.toStdString();
    EXPECT_TRUE(helpAll.out.contains("--key-file")) << helpAll.out.toStdString();
    EXPECT_TRUE(helpAll.out.contains("--qmljsdebugger")) << "Qt's own options: " << helpAll.out.toStdString();

    const ProgramRun version = runProgram(QStringLiteral(INTAKE_KIOSK), {QStringLiteral("--version")}, environment, 30'000);
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_TRUE(version.out.startsWith("intake-kiosk ")) << version.out.toStdString();
}

// A kiosk name the console would refuse in every summary is refused at start, before anything
// is written: markup, a control character, a bidirectional override.
TEST(KioskCommandLine, AKioskIdTheConsoleWouldRefuseIsRefusedAtStart)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &id : {QStringLiteral("<b>front</b>"), QStringLiteral("front\u0007desk"), QStringLiteral("front\u202Edesk")}) {
        const ProgramRun kiosk = runProgram(QStringLiteral(INTAKE_KIOSK), {QStringLiteral("--demo"), QStringLiteral("--kiosk-id"), id},
                                            environment, 30'000);
        EXPECT_EQ(kiosk.exitCode, 2) << kiosk.err.toStdString();
        EXPECT_TRUE(kiosk.err.contains("--kiosk-id")) << kiosk.err.toStdString();
    }
}

// The kiosk starts with its memory unlocked (Qt's QML engine cannot run in locked memory) and
// says so in one line, also where it could lock (as root); locking it stopped it at start.
TEST(KioskMemory, StartsAndSaysItsMemoryIsNotLocked)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    const ProgramRun kiosk = runProgram(QStringLiteral(INTAKE_KIOSK), {QStringLiteral("--demo"), QStringLiteral("--exit-after-first-frame")},
                                        environment, 60'000);
    EXPECT_EQ(kiosk.exitCode, 0) << kiosk.err.toStdString();
    EXPECT_EQ(kiosk.err.count("intake.store: memory not locked: Qt's QML engine cannot run in locked memory"), 1)
        << kiosk.err.toStdString();
    EXPECT_FALSE(kiosk.err.contains("intake.store: memory locked")) << kiosk.err.toStdString();
}

// A demo kiosk stopped by a service manager (SIGTERM) or Ctrl+C (SIGINT) deletes its store and
// key file on the way out; the folder of one that was killed outright is deleted at the next
// demo start. Temporary folders go to a folder of the test's own (TMPDIR).
TEST(KioskDemo, StopsCleanlyOnSigtermAndSigintAndCleansUpAfterAKilledOne)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), temp.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QDir tempDir(temp.path());
    const auto demoFolders = [&] {
        return tempDir.entryList({QStringLiteral("intake-demo-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    };

    // a folder left by a demo kiosk that no longer runs (no process has this pid: above pid_max)
    ASSERT_TRUE(tempDir.mkpath(QStringLiteral("intake-demo-kiosk-99999999-abcdef")));
    // and one of a process that still runs (this test): kept
    const QString running = QStringLiteral("intake-demo-kiosk-%1-abcdef").arg(QCoreApplication::applicationPid());
    ASSERT_TRUE(tempDir.mkpath(running));

    for (const int signal : {SIGTERM, SIGINT}) {
        QProcess kiosk;
        kiosk.setProcessEnvironment(environment);
        kiosk.start(QStringLiteral(INTAKE_KIOSK), {QStringLiteral("--demo"), QStringLiteral("--windowed")});
        ASSERT_TRUE(kiosk.waitForStarted(10'000));
        const QString own = QStringLiteral("intake-demo-kiosk-%1-").arg(kiosk.processId());
        bool created = false;
        for (int attempt = 0; attempt < 300 && !created; ++attempt) {
            created = demoFolders().filter(own).size() == 1 && QDir(temp.filePath(demoFolders().filter(own).first())).exists(QStringLiteral("demo.key"));
            if (!created)
                QThread::msleep(50);
        }
        ASSERT_TRUE(created) << "the demo kiosk made no demo folder: " << demoFolders().join(u' ').toStdString();
        EXPECT_FALSE(demoFolders().contains(QStringLiteral("intake-demo-kiosk-99999999-abcdef"))) << "a stale demo folder was kept";
        EXPECT_TRUE(demoFolders().contains(running)) << "the folder of a running program was deleted";

        ::kill(static_cast<pid_t>(kiosk.processId()), signal);
        ASSERT_TRUE(kiosk.waitForFinished(20'000)) << "the kiosk did not exit on signal " << signal;
        EXPECT_EQ(kiosk.exitStatus(), QProcess::NormalExit) << "signal " << signal;
        EXPECT_EQ(kiosk.exitCode(), 0) << "signal " << signal;
        EXPECT_TRUE(demoFolders().filter(own).isEmpty()) << "signal " << signal << " left " << demoFolders().join(u' ').toStdString();
    }
}

// Full screen on an X11 display with no window manager (a kiosk started straight on X): the
// window covers the screen. Xvfb (scripts/setup installs it) is the display; the driver checks
// the window's geometry from inside the kiosk.
TEST(KioskDisplay, FillsAnX11ScreenWithNoWindowManager)
{
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    QProcess xvfb;
    xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                                        QStringLiteral("1024x768x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    ASSERT_TRUE(xvfb.waitForStarted(10'000)) << "Xvfb is not installed (scripts/setup installs it)";
    QByteArray display;
    for (int attempt = 0; attempt < 100 && !display.contains('\n'); ++attempt) {
        xvfb.waitForReadyRead(100);
        display += xvfb.readAllStandardOutput();
    }
    ASSERT_TRUE(display.contains('\n')) << "Xvfb gave no display number";

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("DISPLAY"), u':' + QString::fromLatin1(display.trimmed()));
    environment.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    environment.insert(QStringLiteral("TMPDIR"), temp.path());
    const QString preload = environment.value(QStringLiteral("LD_PRELOAD"));
    environment.insert(QStringLiteral("LD_PRELOAD"), preload.isEmpty() ? QStringLiteral(INTAKE_E2E_DRIVER)
                                                                        : preload + u':' + QStringLiteral(INTAKE_E2E_DRIVER));
    environment.insert(QStringLiteral("INTAKE_E2E_SCENARIO"), QStringLiteral("fills-screen"));
    const QString reportFile = temp.filePath(QStringLiteral("report.txt"));
    environment.insert(QStringLiteral("INTAKE_E2E_REPORT"), reportFile);
    const ProgramRun kiosk = runProgram(QStringLiteral(INTAKE_KIOSK), {QStringLiteral("--demo")}, environment, 60'000);
    xvfb.terminate();
    xvfb.waitForFinished(10'000);

    QFile file(reportFile);
    const QString report = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    EXPECT_EQ(kiosk.exitCode, 0) << report.toStdString() << "\nkiosk's stderr:\n" << kiosk.err.right(3000).toStdString();
    EXPECT_TRUE(report.endsWith(QStringLiteral("passed\n"))) << report.toStdString();
}
