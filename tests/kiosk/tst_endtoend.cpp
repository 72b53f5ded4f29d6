// End to end: the kiosk application exactly as intake-kiosk builds it (KioskApplication), on a
// store made by the real intake-cli, driven offscreen by synthetic mouse events on what a client
// sees (controls found by their accessible names), then the store read back through the real
// intake-cli. The second run walks away mid-intake and lets the idle timeout wipe it.

#include "accessibledriver.h"
#include "idlemonitor.h"
#include "intakesession.h"
#include "kioskapplication.h"
#include "kioskstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace {

// longer than the kiosk's page cross-fade: taps go to the new page, not the one fading out
constexpr int pageChangeMs = 450;

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(INTAKE_CLI), arguments);
    if (!process.waitForFinished(60'000))
        process.kill();
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

class EndToEnd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--data-dir"), storeDir(), QStringLiteral("--key-file"), keyFile()});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    QString storeDir() const { return temp.filePath(QStringLiteral("store")); }
    QString keyFile() const { return temp.filePath(QStringLiteral("store.key")); }
    QStringList on(QStringList arguments) const
    {
        return arguments << QStringLiteral("--data-dir") << storeDir() << QStringLiteral("--key-file") << keyFile();
    }

    void startKiosk(int idleTimeoutSeconds = 600, int idleCountdownSeconds = 20)
    {
        KioskOptions options;
        options.dataDirectory = storeDir();
        options.keyFile = keyFile();
        options.kioskId = QStringLiteral("kiosk-e2e");
        options.idleTimeoutSeconds = idleTimeoutSeconds;
        options.idleCountdownSeconds = idleCountdownSeconds;
        kiosk = std::make_unique<KioskApplication>(options);
        const auto started = kiosk->start();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        kiosk->window()->resize(1280, 800);
        kiosk->window()->show();
        // keys go to the focused field of the active window, as on the tablet
        kiosk->window()->requestActivate();
        ASSERT_TRUE(QTest::qWaitForWindowActive(kiosk->window()));
        driver = std::make_unique<AccessibleDriver>(*kiosk->window());
        ASSERT_TRUE(driver->waitFor(QStringLiteral("Start the health questionnaire"), 10'000)) << "the Welcome page did not show";
        ASSERT_FALSE(kiosk->store().isLocked());
    }

    // Next, Continue or Sign and finish: the page's one forward button.
    void tapForward()
    {
        for (const char *name : {"Next", "Continue", "Sign and finish"}) {
            if (driver->tap(QString::fromLatin1(name))) {
                AccessibleDriver::settle(pageChangeMs);  // the old page fades out
                return;
            }
        }
        FAIL() << "no forward button on this page";
    }

    void fillAboutYou()
    {
        ASSERT_TRUE(driver->type(QStringLiteral("First name"), QStringLiteral("Marisol")));
        ASSERT_TRUE(driver->type(QStringLiteral("Last name"), QStringLiteral("Quintanilla")));
        ASSERT_TRUE(driver->type(QStringLiteral("Phone or email"), QStringLiteral("marisol@example.com")));
        for (int i = 0; i < 35; ++i)
            ASSERT_TRUE(driver->tap(QStringLiteral("Date of birth: previous year")));
    }

    QTemporaryDir temp;
    std::unique_ptr<KioskApplication> kiosk;
    std::unique_ptr<AccessibleDriver> driver;
};

} // namespace

TEST_F(EndToEnd, ACompleteIntakeByTouchIsStoredWithItsConsentAndBotoxDeferral)
{
    startKiosk();
    if (HasFatalFailure())
        return;
    IntakeSession &session = kiosk->session();
    ASSERT_TRUE(driver->tap(QStringLiteral("Start the health questionnaire")));
    AccessibleDriver::settle(pageChangeMs);
    ASSERT_EQ(session.step(), IntakeSession::Step::Treatment);
    tapForward();
    ASSERT_EQ(session.step(), IntakeSession::Step::AboutYou);
    fillAboutYou();
    tapForward();
    ASSERT_EQ(session.step(), IntakeSession::Step::Questions) << "About you was not accepted";

    const QDate tenDaysAgo = QDate::currentDate().addDays(-10);
    int pages = 0;
    while (session.step() == IntakeSession::Step::Questions && pages++ < 12) {
        const auto botox = driver->findAll(QStringLiteral("Yes: In the last 3 months, have you had Botox"));
        if (!botox.isEmpty()) {
            ASSERT_TRUE(driver->tap(botox.first().name));
            const QString dateQuestion = QStringLiteral("When was your most recent one?");
            const auto previousDay = driver->findAll(dateQuestion);
            QString previousDayName;
            for (const auto &control : previousDay) {
                if (control.name.endsWith(QLatin1String(": previous day")))
                    previousDayName = control.name;
            }
            ASSERT_FALSE(previousDayName.isEmpty()) << "the Botox date question did not appear";
            for (int i = 0; i < 10; ++i)
                ASSERT_TRUE(driver->tap(previousDayName));
        }
        // every other yes/no question of the page: "No"
        for (const auto &control : driver->findAll(QStringLiteral("No: "))) {
            if (!control.checked && !control.name.contains(QLatin1String("Botox")))
                driver->tap(control.name);
        }
        tapForward();
    }
    ASSERT_EQ(session.step(), IntakeSession::Step::Review);
    ASSERT_TRUE(driver->find(QStringLiteral("Change: Name")) || !driver->findAll(QStringLiteral("Change: ")).isEmpty());
    tapForward();
    ASSERT_EQ(session.step(), IntakeSession::Step::Consent);

    if (qEnvironmentVariableIsSet("E2E_DUMP")) {
        for (const auto &c : driver->controls())
            qDebug() << c.role << c.name.left(60) << c.rect;
    }
    for (const QVariant &acknowledgement : session.acknowledgements())
        ASSERT_TRUE(driver->tap(acknowledgement.toMap().value(QStringLiteral("text")).toString(), QAccessible::CheckBox))
            << acknowledgement.toMap().value(QStringLiteral("text")).toString().toStdString();
    // a signature: a long zig-zag, as a finger would write it
    QList<QPointF> signature;
    for (int i = 0; i <= 40; ++i)
        signature.append({0.1 + 0.8 * i / 40.0, 0.5 + 0.25 * std::sin(i * 0.7)});
    ASSERT_TRUE(driver->draw(QStringLiteral("Signature pad"), signature));
    ASSERT_TRUE(session.hasSignature());
    tapForward();
    ASSERT_EQ(session.step(), IntakeSession::Step::Done);
    ASSERT_EQ(session.saveState(), IntakeSession::SaveState::Saved);
    EXPECT_TRUE(session.firstName().isEmpty());

    // the store, through the real intake-cli
    const CliRun list = cli(on({QStringLiteral("list"), QStringLiteral("--json")}));
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray intakes = QJsonDocument::fromJson(list.out).array();
    ASSERT_EQ(intakes.size(), 1) << list.out.toStdString();
    const QString uuid = intakes.at(0).toObject().value(QLatin1String("uuid")).toString();
    const CliRun exported = cli(on({QStringLiteral("export"), uuid}));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonObject record = QJsonDocument::fromJson(exported.out).object();
    EXPECT_EQ(record.value(QLatin1String("client")).toObject().value(QLatin1String("lastName")).toString(), QStringLiteral("Quintanilla"));
    const QJsonObject answers = record.value(QLatin1String("answers")).toObject();
    EXPECT_EQ(answers.value(QLatin1String("treatments.botox")).toBool(), true);
    EXPECT_EQ(answers.value(QLatin1String("treatments.botox_date")).toString(), tenDaysAgo.toString(Qt::ISODate));
    bool deferred = false;
    for (const auto &flag : record.value(QLatin1String("flags")).toArray()) {
        const auto object = flag.toObject();
        if (object.value(QLatin1String("code")).toString() == QLatin1String("recent_botox")) {
            deferred = object.value(QLatin1String("severity")).toString() == QLatin1String("defer")
                       && object.value(QLatin1String("until")).toString() == tenDaysAgo.addDays(14).toString(Qt::ISODate);
        }
    }
    EXPECT_TRUE(deferred) << exported.out.toStdString();
    const QJsonObject consent = record.value(QLatin1String("consent")).toObject();
    EXPECT_EQ(consent.value(QLatin1String("printedName")).toString(), QStringLiteral("Marisol Quintanilla"));
    EXPECT_EQ(consent.value(QLatin1String("textSha256")).toString().size(), 64);
    EXPECT_GE(consent.value(QLatin1String("signature")).toArray().at(0).toArray().size(), 10);
}

TEST_F(EndToEnd, WalkingAwayMidIntakeWipesItAndReturnsToWelcome)
{
    startKiosk(1, 2);
    if (HasFatalFailure())
        return;
    IntakeSession &session = kiosk->session();
    ASSERT_TRUE(driver->tap(QStringLiteral("Start the health questionnaire")));
    AccessibleDriver::settle(pageChangeMs);
    tapForward();
    ASSERT_EQ(session.step(), IntakeSession::Step::AboutYou);
    ASSERT_TRUE(driver->type(QStringLiteral("First name"), QStringLiteral("Marisol")));
    ASSERT_EQ(session.firstName(), QStringLiteral("Marisol"));

    QSignalSpy expired(&kiosk->idleMonitor(), &IdleMonitor::expired);
    ASSERT_TRUE(expired.wait(15'000)) << "the idle timeout did not fire";
    AccessibleDriver::settle(500);
    EXPECT_EQ(session.step(), IntakeSession::Step::Welcome);
    EXPECT_TRUE(driver->waitFor(QStringLiteral("Start the health questionnaire")));
    EXPECT_TRUE(session.firstName().isEmpty());

    // nothing was stored
    const CliRun list = cli(on({QStringLiteral("list"), QStringLiteral("--json")}));
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(list.out).array().isEmpty()) << list.out.toStdString();

    // the next client finds empty fields
    ASSERT_TRUE(driver->tap(QStringLiteral("Start the health questionnaire")));
    AccessibleDriver::settle(pageChangeMs);
    tapForward();
    ASSERT_EQ(session.step(), IntakeSession::Step::AboutYou);
    AccessibleDriver::settle(400);
    int fields = 0;
    for (const auto &control : driver->controls()) {
        if (control.role == QAccessible::EditableText) {
            ++fields;
            EXPECT_TRUE(control.value.isEmpty()) << control.name.toStdString() << " still holds text";
        }
    }
    EXPECT_GE(fields, 3);
}
