// The kiosk's side of sync from the command line: pair with the staff console, drain the
// outbox once (docs/SYNC.md).

#include "clisupport.h"
#include "commands.h"
#include "storeaccess.h"

#include "sync/kioskpairing.h"
#include "sync/outboxsender.h"
#include "sync/pairingclient.h"
#include "sync/pairingcode.h"

#include <QDateTime>
#include <QSysInfo>
#include <QTextStream>

namespace intake::cli {

int pairCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pairs this kiosk with the staff console whose pairing code is given (as the console shows\n"
        "it: intake-pair:1:HOST:PORT:FINGERPRINT:TOKEN), or read as one line of standard input\n"
        "when CODE is '-'. The connection is refused unless the console's certificate has the\n"
        "code's fingerprint; the kiosk then pins it. The token works once, for 10 minutes.\n"
        "The console then lists the kiosk as waiting for approval, with the key fingerprint this\n"
        "command prints: until an administrator approves it there, its summaries stay queued."));
    const StoreOptions options(parser);
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("The kiosk's name on the console (default: this computer's host name)."),
                                        QStringLiteral("name"));
    parser.addOption(nameOption);
    parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The pairing code, or '-' to read it from standard input."));
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(BadInput, QStringLiteral("pair: give the pairing code (intake-pair:1:...), or '-' to read it from standard input"));
    QString text = positional.first();
    if (text == QLatin1String("-"))
        text = QTextStream(stdin).readLine();
    auto code = PairingCode::parse(text);
    if (!code)
        return fail(BadInput, code.error().message);
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption) : QSysInfo::machineHostName();

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    auto pairing = PairingClient::pairAndWait(*code, name, QDateTime::currentDateTimeUtc());
    if (!pairing)
        return fail(Failure, pairing.error().message);
    if (auto saved = pairing->save(opened->store->database(), QDateTime::currentDateTimeUtc()); !saved)
        return fail(Failure, saved.error().message);
    print(QStringLiteral("Paired with the staff console at %1 as %2.\n").arg(pairing->consoleAddress(), pairing->kioskId));
    if (pairing->approval != KioskApproval::Approved) {
        print(QStringLiteral("Key fingerprint: %1. An administrator approves this kiosk on the staff console, where it "
                             "waits with this fingerprint; until then its summaries stay queued here.\n")
                  .arg(pairing->keyFingerprint()));
    }
    return Success;
}

int syncCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sends the summaries waiting in the outbox to the paired staff console now, oldest first,\n"
        "and prints how many were sent. Exit code 1 when the console could not be reached,\n"
        "refused the kiosk, or has not approved it yet (the summaries stay queued), 2 when the\n"
        "kiosk is not paired."));
    const StoreOptions options(parser);
    const QCommandLineOption onceOption(QStringLiteral("once"), QStringLiteral("Drain the outbox once and exit (required)."));
    parser.addOption(onceOption);
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("sync"));
    if (!parser.isSet(onceOption))
        return fail(BadInput, QStringLiteral("sync: only --once is supported (the kiosk app syncs continuously by itself)"));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    OutboxSender sender(opened->store->database(), [] { return QDateTime::currentDateTimeUtc(); });
    const DrainReport report = sender.drainAndWait();
    if (report.stop == DrainReport::Stop::NotPaired)
        return fail(BadInput, QStringLiteral("sync: this kiosk is not paired with a staff console; run 'intake-cli pair CODE' first"));
    QString line = QStringLiteral("Sent %1 summaries").arg(report.sent + report.duplicates);
    if (report.duplicates > 0)
        line += QStringLiteral(" (%1 the console already had)").arg(report.duplicates);
    if (report.rejected > 0)
        line += QStringLiteral("; %1 refused by the console").arg(report.rejected);
    line += QStringLiteral("; %1 waiting.\n").arg(report.remaining);
    print(line);
    switch (report.stop) {
    case DrainReport::Stop::Empty:
        break;
    case DrainReport::Stop::AwaitingApproval:
        return fail(Failure, QStringLiteral("sync: %1; the %2 waiting stay queued on this kiosk and go once an administrator "
                                            "approves it on the staff console")
                                 .arg(report.error).arg(report.remaining));
    case DrainReport::Stop::Rejected:
        return fail(Failure, QStringLiteral("sync: %1 (intake-cli pair CODE); the %2 waiting stay queued on this kiosk")
                                 .arg(report.error).arg(report.remaining));
    default:
        return fail(Failure, QStringLiteral("sync: %1; the %2 waiting stay queued on this kiosk and go with the next sync")
                                 .arg(report.error).arg(report.remaining));
    }
    if (report.rejected > 0)
        return fail(Failure, QStringLiteral("sync: ") + report.error);
    return Success;
}

} // namespace intake::cli
