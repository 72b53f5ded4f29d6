// intake-staff: the staff console at the front desk. This file reads the command line; the
// composition root is StaffApplication.

#include "screenshotrunner.h"
#include "staffapplication.h"
#include "stafflogging.h"

#include "store/processhardening.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Exit codes, as for every intake program: 1 something failed, 2 bad command line.
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

struct Options
{
    StaffOptions staff;
    bool windowed = false;
    QString screenshotDirectory;  // empty: run as a console
};

[[noreturn]] void usage(const QString &message)
{
    std::fprintf(stderr, "intake-staff: %s (see --help)\n", qPrintable(message));
    std::exit(exitUsage);
}

enum class ParseMode { HelpAndVersionOnly, Full };

Options parseCommandLine(const QStringList &arguments, ParseMode mode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The staff console of the intake kiosks: receives the summary of every finished intake "
        "from the paired kiosks, shows the flagged answers with the clinic's reasons, and records "
        "staff's decisions."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
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
        u"Run in a 1440x900 window instead of maximised."_s);
    const QCommandLineOption screenshotsOption(u"screenshots"_s,
        u"Render every screen in English and Spanish at 1440x900 and 1280x800 as PNG files into "
        "<dir>, then exit (on a demo store)."_s,
        u"dir"_s);
    parser.addOptions({demoOption, dataDirOption, keyFileOption, listenOption, portOption, idleOption,
                       windowedOption, screenshotsOption});

    const bool parsed = parser.parse(arguments);
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (mode == ParseMode::HelpAndVersionOnly)
        return {};
    if (!parsed)
        usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        usage(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));

    Options options;
    options.staff.demo = parser.isSet(demoOption);
    options.staff.dataDirectory = parser.value(dataDirOption);
    options.staff.keyFile = parser.value(keyFileOption);
    options.staff.listenAddress = parser.value(listenOption);
    if (parser.isSet(listenOption) && QHostAddress(options.staff.listenAddress).isNull())
        usage(u"--listen takes an IP address"_s);
    if (parser.isSet(portOption)) {
        bool ok = false;
        const int port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            usage(u"--port takes 1 to 65535"_s);
        options.staff.port = port;
    }
    bool idleOk = false;
    const int idleMinutes = parser.value(idleOption).toInt(&idleOk);
    if (!idleOk || idleMinutes < 1 || idleMinutes > 120)
        usage(u"--idle-minutes takes 1 to 120"_s);
    options.staff.idleTimeout = std::chrono::minutes(idleMinutes);
    options.windowed = parser.isSet(windowedOption);
    options.screenshotDirectory = parser.value(screenshotsOption);
    if (parser.isSet(screenshotsOption) && options.screenshotDirectory.isEmpty())
        usage(u"--screenshots needs a folder"_s);
    if (options.staff.demo && (parser.isSet(dataDirOption) || parser.isSet(keyFileOption)))
        usage(u"--demo makes its own store: leave out --data-dir and --key-file"_s);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    // Clients' names and answers, staff PINs and the store's key live in this process: no core
    // file may hold them.
    intake::disableCoreDumps();

    QCoreApplication::setOrganizationName(u"Blue Haven Medical Spa"_s);
    QCoreApplication::setApplicationName(u"intake-staff"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INTAKE_VERSION));

    // --help and --version without a display, and without an early application object (its
    // cleanup would unregister Qt Quick's accessibility for the rest of the process).
    QStringList earlyArguments;
    for (int i = 0; i < argc; ++i)
        earlyArguments.append(QString::fromLocal8Bit(argv[i]));
    static const QStringList helpOrVersion{u"-h"_s, u"--help"_s, u"--help-all"_s, u"-?"_s, u"-v"_s, u"--version"_s};
    if (std::any_of(earlyArguments.cbegin(), earlyArguments.cend(), [](const QString &a) { return helpOrVersion.contains(a); })) {
        const QCoreApplication early(argc, argv);  // the process exits inside, after printing
        parseCommandLine(QCoreApplication::arguments(), ParseMode::HelpAndVersionOnly);
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(u"Blue Haven Medical Spa"_s);
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
        std::fprintf(stderr, "intake-staff: %s\n", qPrintable(status.error().message));
        return exitFailure;
    }
    if (options.staff.demo)
        qCInfo(lcStaff) << "demo mode: a throw-away store with demo staff (see --help)";
    if (!console.receiverError().isEmpty())
        std::fprintf(stderr, "intake-staff: kiosks cannot reach this console: %s\n", qPrintable(console.receiverError()));

    QQuickWindow *window = console.window();
    if (!options.screenshotDirectory.isEmpty()) {
        StaffScreenshotRunner runner(console, QDir(options.screenshotDirectory));
        const StaffScreenshotRunner::Result result = runner.run();
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "intake-staff: screenshots: %s\n", qPrintable(result.error));
            return exitFailure;
        }
        for (const QString &file : result.written)
            std::printf("%s\n", qPrintable(file));
        return 0;
    }

    if (options.windowed) {
        window->resize(staffLargeSize);
        window->show();
    } else {
        window->showMaximized();
    }
    return QGuiApplication::exec();
}
