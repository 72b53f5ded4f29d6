// intake-staff: the staff console at the front desk. This file reads the command line; the
// composition root is StaffApplication.

#include "earlyoptions.h"
#include "screenshotrunner.h"
#include "staffapplication.h"
#include "stafflogging.h"
#include "terminationsignals.h"
#include "windowgrab.h"

#include "store/processhardening.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString programName = u"intake-staff"_s;

struct Options
{
    StaffOptions staff;
    bool windowed = false;
    QString screenshotDirectory;  // empty: run as a console
};

Options parseCommandLine(const QStringList &arguments, ParseMode mode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The staff console of the intake kiosks: receives the summary of every finished intake "
        "from the paired kiosks, shows the flagged answers with the clinic's reasons, and records "
        "staff's decisions."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s,
        u"Demo mode: a throw-away store in a temporary folder, deleted on exit, with demo intakes; "
        "staff 'Demo admin', PIN 2580."_s);
    const QCommandLineOption dataDirOption(u"data-dir"_s,
        u"The console store's folder (default: ~/.local/share/intake-staff/console). Created on the first start."_s,
        u"dir"_s);
    const QCommandLineOption keyFileOption(u"key-file"_s,
        u"Unlock the store with this key file instead of a staff passphrase."_s, u"file"_s);
    const QCommandLineOption listenOption(u"listen"_s,
        u"The LAN address kiosks reach this console on (kept in the store; default: as kept, else "
        "this computer's first IPv4 address)."_s,
        u"address"_s);
    const QCommandLineOption portOption(u"port"_s,
        u"The HTTPS port (kept in the store; default: as kept, else 8443)."_s, u"port"_s);
    const QCommandLineOption idleOption(u"idle-minutes"_s,
        u"Sign staff out after this many minutes without input (default 5)."_s, u"minutes"_s, u"5"_s);
    const QCommandLineOption windowedOption(u"windowed"_s,
        u"Run in a 1440x900 window (smaller on a smaller screen) instead of maximised."_s);
    const QCommandLineOption screenshotsOption(u"screenshots"_s,
        u"Render every screen in English and Spanish at 1920x1080 and 1280x800 as PNG files into "
        "<dir>, then exit (on a demo store)."_s,
        u"dir"_s);
    const QCommandLineOption discoveryPortOption(u"discovery-port"_s,
        u"The UDP port on which kiosks that pair with the short code look for this console (default %1, none in a "
        "demo; 0: do not answer them)."_s.arg(intake::ConsoleDiscovery::defaultPort),
        u"port"_s);
    parser.addOptions({demoOption, dataDirOption, keyFileOption, listenOption, portOption, idleOption,
                       windowedOption, screenshotsOption, discoveryPortOption});

    if (!parseHelpVersionAndErrors(parser, arguments, mode, programName))
        return {};

    Options options;
    options.staff.demo = parser.isSet(demoOption);
    options.staff.dataDirectory = parser.value(dataDirOption);
    options.staff.keyFile = parser.value(keyFileOption);
    options.staff.listenAddress = parser.value(listenOption);
    if (parser.isSet(listenOption) && QHostAddress(options.staff.listenAddress).isNull())
        exitWithUsageError(programName, u"--listen takes an IP address"_s);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            exitWithUsageError(programName, u"--port takes 1 to 65535"_s);
        options.staff.port = port;
    }
    if (parser.isSet(discoveryPortOption)) {
        bool ok = false;
        const int port = parser.value(discoveryPortOption).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            exitWithUsageError(programName, u"--discovery-port takes 0 to 65535"_s);
        options.staff.discoveryPort = port;
    }
    bool idleOk = false;
    const int idleMinutes = parser.value(idleOption).toInt(&idleOk);
    if (!idleOk || idleMinutes < 1 || idleMinutes > 120)
        exitWithUsageError(programName, u"--idle-minutes takes 1 to 120"_s);
    options.staff.idleTimeout = std::chrono::minutes(idleMinutes);
    options.windowed = parser.isSet(windowedOption);
    options.screenshotDirectory = parser.value(screenshotsOption);
    if (parser.isSet(screenshotsOption) && options.screenshotDirectory.isEmpty())
        exitWithUsageError(programName, u"--screenshots needs a folder"_s);
    if (options.staff.demo && (parser.isSet(dataDirOption) || parser.isSet(keyFileOption)))
        exitWithUsageError(programName, u"--demo makes its own store: leave out --data-dir and --key-file"_s);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    // Clients' names and answers, staff PINs and the store's key live in this process: no core
    // file may hold them. Its memory cannot be locked out of swap (Qt's QML engine; one log line
    // says so).
    intake::disableCoreDumps();

    // --help and --version are answered before the GUI starts, so they work without a display.
    answerHelpAndVersionEarly(programName, argc, argv, parseCommandLine);
    intake::lockMemory(intake::QmlEngine::Used);

    QGuiApplication app(argc, argv);
    // a service manager's stop (SIGTERM) or Ctrl+C exits cleanly: the store closed, a demo store deleted
    quitOnTerminationSignals();
    Options options = parseCommandLine(QCoreApplication::arguments(), ParseMode::Full);
    QQuickStyle::setStyle(u"Basic"_s);

    // Screenshots look the same on every machine and never touch a real store.
    if (!options.screenshotDirectory.isEmpty()) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        options.staff.demo = true;
        options.staff.seedDemo = false;  // the runner shows the first start, then seeds
        options.staff.dataDirectory.clear();
        options.staff.keyFile.clear();
    }

    StaffApplication console(options.staff);
    if (auto status = console.start(); !status) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(programName), qPrintable(status.error().message));
        return exitFailure;
    }
    if (options.staff.demo)
        qCInfo(lcStaff) << "demo mode: a throw-away store with demo staff (see --help)";
    if (!console.receiverError().isEmpty())
        std::fprintf(stderr, "%s: kiosks cannot reach this console: %s\n", qPrintable(programName),
                     qPrintable(console.receiverError()));

    QQuickWindow *window = console.window();
    if (!options.screenshotDirectory.isEmpty()) {
        StaffScreenshotRunner runner(console, QDir(options.screenshotDirectory));
        return reportScreenshots(programName, runner.run());
    }

    if (options.windowed) {
        window->show();
    } else {
        window->showMaximized();
    }
    return QGuiApplication::exec();
}
