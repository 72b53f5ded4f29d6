// intake-kiosk: the client-facing intake kiosk. This file is the composition root: it builds the
// objects the kiosk needs, wires them together and hands them to QML as singletons.

#include "earlyoptions.h"
#include "kioskapplication.h"
#include "kiosklogging.h"
#include "screenshotrunner.h"
#include "terminationsignals.h"
#include "windowgrab.h"

#include "store/processhardening.h"
#include "sync/consolediscovery.h"
#include "sync/summaryparser.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QDir>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

const QString programName = u"intake-kiosk"_s;

struct Options
{
    KioskOptions kiosk;
    bool windowed = false;
    bool hardwareKeyboard = false;
    bool exitAfterFirstFrame = false;  // start-up benchmark
    QString screenshotDirectory; // empty: run as a kiosk
};

// Parses the command line. Prints help or the version and exits 0; prints one line and exits
// with exitUsage on bad input; otherwise returns the options.
Options parseCommandLine(const QStringList &arguments, ParseMode mode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The waiting-room intake kiosk: health questionnaire and consent for "
        "micro-needling at Blue Haven Medical Spa."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s,
        u"Demo mode: a throw-away store in a temporary folder, deleted on exit; staff PIN %1."_s.arg(KioskApplication::demoStaffPin));
    const QCommandLineOption dataDirOption(u"data-dir"_s,
        u"The store's folder (default: the shared data folder, as for intake-cli)."_s, u"dir"_s);
    const QCommandLineOption keyFileOption(u"key-file"_s,
        u"Unlock the store with this key file (a systemd credential on a real kiosk) instead of a staff passphrase."_s,
        u"file"_s);
    const QCommandLineOption kioskIdOption(u"kiosk-id"_s, u"This kiosk's name in the records (default kiosk-1)."_s,
        u"name"_s, u"kiosk-1"_s);
    const QCommandLineOption idleOption(u"idle-timeout"_s,
        u"Seconds without a touch before the idle warning (default 60)."_s, u"seconds"_s, u"60"_s);
    const QCommandLineOption countdownOption(u"idle-countdown"_s,
        u"Seconds the idle warning counts down before the intake is discarded (default 20)."_s, u"seconds"_s, u"20"_s);
    const QCommandLineOption keyboardOption(u"hardware-keyboard"_s,
        u"A keyboard is attached: do not show the on-screen keyboard."_s);
    const QCommandLineOption windowedOption(u"windowed"_s,
        u"Run in a 1280x800 window instead of full screen (development)."_s);
    QCommandLineOption firstFrameOption(u"exit-after-first-frame"_s,
        u"Quit as soon as the first frame is shown (start-up benchmark)."_s);
    firstFrameOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption screenshotsOption(u"screenshots"_s,
        u"Render every screen in every language, landscape and portrait, as PNG files into "
        "<dir>, then exit."_s,
        u"dir"_s);
    const QCommandLineOption discoveryAddressOption(u"discovery-address"_s,
        u"Where to ask for the staff console when pairing with its short code (default: the LAN's broadcast address, "
        "255.255.255.255)."_s,
        u"address"_s);
    const QCommandLineOption discoveryPortOption(u"discovery-port"_s,
        u"The UDP port the staff console answers on (default %1)."_s.arg(intake::ConsoleDiscovery::defaultPort), u"port"_s);
    parser.addOptions({demoOption, dataDirOption, keyFileOption, kioskIdOption, idleOption, countdownOption,
                       keyboardOption, windowedOption, screenshotsOption, firstFrameOption, discoveryAddressOption,
                       discoveryPortOption});

    if (!parseHelpVersionAndErrors(parser, arguments, mode, programName))
        return {};

    Options options;
    options.kiosk.demo = parser.isSet(demoOption);
    options.kiosk.dataDirectory = parser.value(dataDirOption);
    options.kiosk.keyFile = parser.value(keyFileOption);
    options.kiosk.kioskId = parser.value(kioskIdOption);
    // the console would refuse every summary this kiosk sends, and they would wait for ever
    if (const auto problem = intake::SummaryParser::textProblem(options.kiosk.kioskId, intake::SummaryParser::Text::Line))
        exitWithUsageError(programName, u"--kiosk-id "_s + *problem);
    if (options.kiosk.kioskId.size() > intake::SummaryParser::maxIdLength)
        exitWithUsageError(programName, u"--kiosk-id is longer than %1 characters"_s.arg(intake::SummaryParser::maxIdLength));
    bool idleOk = false;
    bool countdownOk = false;
    options.kiosk.idleTimeoutSeconds = parser.value(idleOption).toInt(&idleOk);
    options.kiosk.idleCountdownSeconds = parser.value(countdownOption).toInt(&countdownOk);
    if (!idleOk || !countdownOk || options.kiosk.idleTimeoutSeconds < 5 || options.kiosk.idleCountdownSeconds < 1
        || options.kiosk.idleTimeoutSeconds > 3600 || options.kiosk.idleCountdownSeconds > 600) {
        std::fprintf(stderr, "%s: --idle-timeout takes 5 to 3600 seconds, --idle-countdown 1 to 600\n",
                     qPrintable(programName));
        std::exit(exitUsage);
    }
    if (parser.isSet(discoveryAddressOption)) {
        options.kiosk.discoveryAddress = parser.value(discoveryAddressOption);
        if (QHostAddress(options.kiosk.discoveryAddress).isNull())
            exitWithUsageError(programName, u"--discovery-address takes an IP address"_s);
    }
    if (parser.isSet(discoveryPortOption)) {
        bool ok = false;
        const int port = parser.value(discoveryPortOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            exitWithUsageError(programName, u"--discovery-port takes 1 to 65535"_s);
        options.kiosk.discoveryPort = static_cast<quint16>(port);
    }
    options.hardwareKeyboard = parser.isSet(keyboardOption);
    options.windowed = parser.isSet(windowedOption);
    options.exitAfterFirstFrame = parser.isSet(firstFrameOption);
    options.screenshotDirectory = parser.value(screenshotsOption);
    if (parser.isSet(screenshotsOption) && options.screenshotDirectory.isEmpty())
        exitWithUsageError(programName, u"--screenshots needs a folder"_s);
    return options;
}

// Full screen on X11 with or without a window manager, and on Wayland: the full-screen state is
// a request that only a window manager or compositor carries out (without one, X11 leaves the
// window at its default 160x160), so the window is also given the screen's geometry, again
// whenever the screen's size changes (the tablet turned).
void showFillingTheScreen(QQuickWindow &window)
{
    QScreen *screen = window.screen();
    window.setGeometry(screen->geometry());
    QObject::connect(screen, &QScreen::geometryChanged, &window, [&window](const QRect &geometry) {
        if (window.visibility() == QWindow::FullScreen)
            window.setGeometry(geometry);
    });
    window.showFullScreen();
}

} // namespace

int main(int argc, char *argv[])
{
    // Clients' answers and the store's key live in this process: no core file may hold them.
    // Its memory cannot be locked out of swap (Qt's QML engine; one log line says so).
    intake::disableCoreDumps();

    // --help and --version are answered before the GUI starts, so they work without a display.
    answerHelpAndVersionEarly(programName, argc, argv, parseCommandLine);
    intake::lockMemory(intake::QmlEngine::Used);
    const bool hardwareKeyboard = localArguments(argc, argv).contains(u"--hardware-keyboard"_s);
    // A tablet has no keyboard: text fields use Qt Virtual Keyboard, whose input method must be
    // chosen before the application object exists. Main.qml shows its InputPanel.
    if (!hardwareKeyboard)
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");

    QGuiApplication app(argc, argv);
    // a service manager's stop (SIGTERM) or Ctrl+C exits cleanly: the store closed, a demo store deleted
    quitOnTerminationSignals();
    Options options = parseCommandLine(QCoreApplication::arguments(), ParseMode::Full);

    // The Basic style is the one Qt Quick Controls style meant to be themed completely; our
    // QML also imports QtQuick.Controls.Basic directly, so the style is fixed at compile time.
    QQuickStyle::setStyle(u"Basic"_s);

    // Screenshots must look the same on every machine, with or without a GPU, and never touch
    // a real store.
    if (!options.screenshotDirectory.isEmpty()) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        options.kiosk.demo = true;
        // The idle warning is one of the screens: it comes after a second, not a minute (the
        // runner keeps the idle monitor off while it captures every other screen).
        options.kiosk.idleTimeoutSeconds = ScreenshotRunner::idleTimeoutSeconds;
    }

    // The start-up benchmark compares like with like: the same renderer as its bare window.
    if (options.exitAfterFirstFrame)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    KioskApplication kiosk(options.kiosk);
    if (auto status = kiosk.start(); !status) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(programName), qPrintable(status.error().message));
        return exitFailure;
    }
    if (options.kiosk.demo)
        qCInfo(lcKiosk) << "demo mode: a throw-away store, with the demo staff PIN of --help";
    QQuickWindow *window = kiosk.window();

    if (!options.screenshotDirectory.isEmpty()) {
        ScreenshotRunner runner(kiosk, QDir(options.screenshotDirectory));
        return reportScreenshots(programName, runner.run());
    }

    if (options.exitAfterFirstFrame) {
        // exit(), not quit(): the kiosk window refuses to close, and Qt 6's quit() asks it first
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    }
    if (options.windowed || options.exitAfterFirstFrame) {
        window->resize(kioskLandscapeSize);
        window->show();
    } else {
        showFillingTheScreen(*window);
    }
    return QGuiApplication::exec();
}
