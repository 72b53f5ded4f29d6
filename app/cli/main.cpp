// intake-cli: the clinic IT person's tool. Composition root for the command-line commands.

#include "clisupport.h"
#include "commands.h"

#include "store/processhardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>

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
        {QStringLiteral("init"), {"Create a new encrypted store (passphrase or --key-file).", intake::cli::initCommand}},
        {QStringLiteral("status"), {"Show the store's versions, counts and key kind (no personal data).", intake::cli::statusCommand}},
        {QStringLiteral("list"), {"List the newest intakes (audited).", intake::cli::listCommand}},
        {QStringLiteral("show"), {"Show one intake (audited).", intake::cli::showCommand}},
        {QStringLiteral("export"), {"Print one intake's record as JSON (audited).", intake::cli::exportCommand}},
        {QStringLiteral("verify"), {"Check the store's encryption, structure and audit chain.", intake::cli::verifyCommand}},
        {QStringLiteral("backup"), {"Make an encrypted, verified copy of the store.", intake::cli::backupCommand}},
        {QStringLiteral("rekey"), {"Re-encrypt the store under a new data key.", intake::cli::rekeyCommand}},
        {QStringLiteral("passwd"), {"Change the passphrase or key file (no re-encryption).", intake::cli::passwdCommand}},
        {QStringLiteral("set-admin-pin"), {"Set the kiosk's staff PIN (opens its admin screen).", intake::cli::setAdminPinCommand}},
        {QStringLiteral("purge"), {"Delete synced intakes older than the retention period.", intake::cli::purgeCommand}},
        {QStringLiteral("seed-demo"), {"Fill the store with synthetic demo intakes.", intake::cli::seedDemoCommand}},
        {QStringLiteral("pair"), {"Pair this kiosk with the staff console (pairing code).", intake::cli::pairCommand}},
        {QStringLiteral("sync"), {"Send the queued summaries to the staff console now (--once).", intake::cli::syncCommand}},
        {QStringLiteral("pairing-code"), {"On the staff console's store: a new code to pair a kiosk.", intake::cli::pairingCodeCommand}},
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
        text += QStringLiteral("  %1  %2\n").arg(name, -13).arg(QLatin1String(command.summary));
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help     Show this help; 'intake-cli COMMAND --help' shows a command's options.\n"
        "  -v, --version  Show the version.\n\n"
        "Store commands take --data-dir DIR and --key-file FILE. Without a key file they ask for the\n"
        "passphrase on the terminal (no echo), or read it as one line of standard input; a passphrase\n"
        "is never given as an argument.\n\n"
        "Exit codes: 0 done, 1 the operation failed (damaged store, I/O, verify found problems),\n"
        "2 bad input (arguments, files, no store, wrong passphrase or key file, no such intake).\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything could hold a key or a passphrase.
    intake::disableCoreDumps();
    QCoreApplication app(argc, argv);
    // The commands say what they did; the store's progress notes stay out of their stderr unless
    // asked for (QT_LOGGING_RULES="intake.*.info=true" still overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("intake.*.info=false"));
    // Stores are decrypted here too: no page of them goes to swap where the system allows it (the
    // line that says so is an info one, shown with QT_LOGGING_RULES="intake.store.info=true").
    intake::lockMemory(intake::QmlEngine::NotUsed);
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
