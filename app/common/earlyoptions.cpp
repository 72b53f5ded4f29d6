#include "earlyoptions.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

QStringList localArguments(int argc, const char *const *argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void answerHelpAndVersionEarly(const QString &program, int &argc, char **argv,
                               const std::function<void(const QStringList &arguments, ParseMode mode)> &parse)
{
    const QString clinic = u"Blue Haven Medical Spa"_s;
    QCoreApplication::setOrganizationName(clinic);
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setApplicationVersion(QStringLiteral(INTAKE_VERSION));
    QGuiApplication::setApplicationDisplayName(clinic);

    // An application object only when asked: destroying one runs Qt's cleanup, which would
    // unregister Qt Quick's accessibility support (screen readers) for the rest of the process.
    static const QStringList helpOrVersion{u"-h"_s, u"--help"_s, u"--help-all"_s, u"-?"_s, u"-v"_s, u"--version"_s};
    const QStringList arguments = localArguments(argc, argv);
    if (std::none_of(arguments.cbegin(), arguments.cend(), [](const QString &a) { return helpOrVersion.contains(a); }))
        return;
    const QCoreApplication early(argc, argv);  // the process exits inside, after printing
    parse(QCoreApplication::arguments(), ParseMode::HelpAndVersionOnly);
}

bool parseHelpVersionAndErrors(QCommandLineParser &parser, const QStringList &arguments, ParseMode mode,
                               const QString &program)
{
    const bool parsed = parser.parse(arguments);
    // by name: "help", "help-all" and "version" are among the names addHelpOption() and
    // addVersionOption() give. --help-all (help with Qt's own options) has no public call of its
    // own; process() prints it and exits.
    if (parser.isSet(u"help-all"_s))
        parser.process(arguments);
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (mode == ParseMode::HelpAndVersionOnly)
        return false;

    if (!parsed)
        exitWithUsageError(program, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        exitWithUsageError(program, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));
    return true;
}

void exitWithUsageError(const QString &program, const QString &message)
{
    std::fprintf(stderr, "%s: %s (see --help)\n", qPrintable(program), qPrintable(message));
    std::exit(exitUsage);
}
