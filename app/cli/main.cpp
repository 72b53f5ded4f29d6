// intake-cli: the clinic IT person's tool. Composition root for the command-line commands.

#include "clisupport.h"
#include "commands.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace {

struct Command
{
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("screen"), {"Screen a client's answers (JSON out).", intake::cli::screenCommand}},
        {QStringLiteral("validate"), {"Check questionnaire and rules files.", intake::cli::validateCommand}},
    };
    return table;
}

QString usage()
{
    QString text = QStringLiteral(
        "Usage: intake-cli COMMAND [OPTIONS]\n"
        "Command-line tool of the intake kiosk (Blue Haven Medical Spa, micro-needling intake).\n\n"
        "Commands:\n");
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  %1%2\n").arg(name, -12).arg(QLatin1String(command.summary));
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help     Show this help; 'intake-cli COMMAND --help' shows a command's options.\n"
        "  -v, --version  Show the version.\n\n"
        "Exit codes: 0 done, 1 the operation failed, 2 bad input (arguments or files).\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("intake-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("IntakeKiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INTAKE_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty())
        return intake::cli::fail(intake::cli::BadInput, QStringLiteral("no command given; see intake-cli --help"));
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        intake::cli::print(usage());
        return intake::cli::Success;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        intake::cli::print(QStringLiteral("intake-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return intake::cli::Success;
    }
    const auto command = commands().find(first);
    if (command == commands().end())
        return intake::cli::fail(intake::cli::BadInput, QStringLiteral("unknown command '%1'; see intake-cli --help").arg(first));
    // the command parses its own options; its name stands in for argv[0] in its help
    return command->second.run(arguments.mid(1));
}
