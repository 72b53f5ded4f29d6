// intake-kiosk: the client-facing intake kiosk. This file is the composition root: it builds the
// objects the kiosk needs, wires them together and hands them to QML as singletons.

#include "kiosklogging.h"
#include "languagecontroller.h"
#include "qmlsingletons.h"
#include "screenshotrunner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

#include <sys/prctl.h>
#include <sys/resource.h>

// The QML modules are static libraries: pull in their plugins (types, qmldir, compiled QML).
Q_IMPORT_QML_PLUGIN(Intake_CommonPlugin)
Q_IMPORT_QML_PLUGIN(Intake_KioskPlugin)

using namespace Qt::StringLiterals;

namespace {

// Exit codes, as for every intake program: 1 something failed, 2 bad command line.
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

// Clients' answers (and later the store's keys) live in this process's memory: never let the
// kernel write them to a core file or let another process of the same user read them.
void disableCoreDumps()
{
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        std::perror("intake-kiosk: setrlimit(RLIMIT_CORE)");
    if (prctl(PR_SET_DUMPABLE, 0L, 0L, 0L, 0L) != 0)
        std::perror("intake-kiosk: prctl(PR_SET_DUMPABLE)");
}

struct Options
{
    bool demo = false;
    bool windowed = false;
    QString screenshotDirectory; // empty: run as a kiosk
};

enum class ParseMode {
    // Before the GUI exists: answer --help and --version (so that they work without a display)
    // and leave every other check for later, when Qt has taken its own options (-platform, ...).
    HelpAndVersionOnly,
    // With the GUI application: everything, strictly.
    Full,
};

// Parses the command line. Prints help or the version and exits 0; prints one line and exits
// with exitUsage on bad input; otherwise returns the options.
Options parseCommandLine(const QStringList &arguments, ParseMode mode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The waiting-room intake kiosk: health questionnaire and consent for "
        "micro-needling at Blue Haven Medical Spa."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s,
        u"Demo mode: nothing a client enters is kept."_s);
    const QCommandLineOption windowedOption(u"windowed"_s,
        u"Run in a 1280x800 window instead of full screen (development)."_s);
    const QCommandLineOption screenshotsOption(u"screenshots"_s,
        u"Render every screen in every language, landscape and portrait, as PNG files into "
        "<dir>, then exit."_s,
        u"dir"_s);
    parser.addOptions({demoOption, windowedOption, screenshotsOption});

    const bool parsed = parser.parse(arguments);
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (mode == ParseMode::HelpAndVersionOnly)
        return {};

    if (!parsed) {
        std::fprintf(stderr, "intake-kiosk: %s (see --help)\n", qPrintable(parser.errorText()));
        std::exit(exitUsage);
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "intake-kiosk: unexpected argument '%s' (see --help)\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        std::exit(exitUsage);
    }

    Options options;
    options.demo = parser.isSet(demoOption);
    options.windowed = parser.isSet(windowedOption);
    options.screenshotDirectory = parser.value(screenshotsOption);
    if (parser.isSet(screenshotsOption) && options.screenshotDirectory.isEmpty()) {
        std::fprintf(stderr, "intake-kiosk: --screenshots needs a folder (see --help)\n");
        std::exit(exitUsage);
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();

    // Next milestone: the Qt Virtual Keyboard is enabled here, before the application object
    // exists (qputenv("QT_IM_MODULE", "qtvirtualkeyboard")), together with its InputPanel in
    // Main.qml, when the first text field arrives. Not yet: the welcome screen has no text input.

    QCoreApplication::setOrganizationName(u"Blue Haven Medical Spa"_s);
    QCoreApplication::setApplicationName(u"intake-kiosk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INTAKE_VERSION));

    {
        const QCoreApplication early(argc, argv);
        parseCommandLine(QCoreApplication::arguments(), ParseMode::HelpAndVersionOnly);
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(u"Blue Haven Medical Spa"_s);
    const Options options = parseCommandLine(QCoreApplication::arguments(), ParseMode::Full);

    // The Basic style is the one Qt Quick Controls style meant to be themed completely; our
    // QML also imports QtQuick.Controls.Basic directly, so the style is fixed at compile time.
    QQuickStyle::setStyle(u"Basic"_s);

    // Screenshots must look the same on every machine, with or without a GPU.
    if (!options.screenshotDirectory.isEmpty())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    if (options.demo) {
        // Next milestone: open a throw-away store in a temporary folder, with a demo key.
        qCDebug(lcKiosk) << "Demo mode";
    }

    QQmlApplicationEngine engine;
    // Qt 6.4 puts the modules' qmldir files at qrc:/Intake/<Module>/ and does not search the
    // resource root by default (6.5 adds qrc:/qt/qml).
    engine.addImportPath(u"qrc:/"_s);

    // Owned by the engine, so that it outlives every QML binding that reads it.
    auto *languages = new LanguageController(engine, &engine);
    LanguageControllerSingleton::instance = languages;

    engine.load(QUrl(u"qrc:/Intake/Kiosk/Main.qml"_s));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "intake-kiosk: the user interface did not load (see the QML errors above)\n");
        return exitFailure;
    }

    if (!options.screenshotDirectory.isEmpty()) {
        ScreenshotRunner runner(*window, *languages, QDir(options.screenshotDirectory));
        const ScreenshotRunner::Result result = runner.run();
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "intake-kiosk: screenshots: %s\n", qPrintable(result.error));
            return exitFailure;
        }
        for (const QString &file : result.written)
            std::printf("%s\n", qPrintable(file));
        return 0;
    }

    if (options.windowed) {
        window->resize(kioskLandscapeSize);
        window->show();
    } else {
        window->showFullScreen();
    }
    return QGuiApplication::exec();
}
