// The staff console's side of pairing from the command line (docs/SYNC.md): a new one-time
// pairing code, for IT to script a pairing without the console's screen.

#include "clisupport.h"
#include "commands.h"
#include "storeaccess.h"

#include "console/consolerepository.h"
#include "store/storesettings.h"
#include "sync/consolediscovery.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"
#include "sync/tlsidentity.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace intake::cli {

int pairingCodeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Issues a new one-time pairing code on the staff console's store and prints it: the short\n"
        "code to type on a kiosk's staff screen, the console's certificate fingerprint the kiosk\n"
        "must show before it pairs, and the full code (intake-cli pair on a kiosk). The code works\n"
        "once, for %1 minutes, while the console runs; asking for another code here or on the\n"
        "console's screen withdraws it, and so does the console when it starts. The kiosk then\n"
        "waits for an administrator's approval on the console. --data-dir is the console store's\n"
        "folder (intake-staff keeps it in ~/.local/share/intake-staff/console).")
        .arg(ConsoleRepository::pairingTokenMinutes));
    const StoreOptions options(parser, QStringLiteral("Unlock the console's store with this key file (without it, the store's "
                                                      "passphrase is asked for on the terminal, or read as one line of standard "
                                                      "input)."));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("The address kiosks reach the console on, for the full code (default: as "
                                                       "the console keeps it, else this computer's first LAN address)."),
                                        QStringLiteral("address"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("The console's HTTPS port, for the full code (default: as the console "
                                                       "keeps it, else %1).").arg(ConsoleRepository::defaultListenPort),
                                        QStringLiteral("port"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON (shortCode, fingerprint, code, expiresAt)."));
    parser.addOptions({hostOption, portOption, jsonOption});
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("pairing-code"));
    // the default folder is a kiosk's store, never a console's
    if (!parser.isSet(QStringLiteral("data-dir")))
        return fail(BadInput, QStringLiteral("pairing-code: give --data-dir, the staff console store's folder"));
    if (parser.isSet(hostOption) && QHostAddress(parser.value(hostOption)).isNull())
        return fail(BadInput, QStringLiteral("pairing-code: --host takes an IP address"));
    int port = 0;
    if (parser.isSet(portOption)) {
        bool ok = false;
        port = parser.value(portOption).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(BadInput, QStringLiteral("pairing-code: --port takes 1 to 65535"));
    }

    auto opened = openStore(options, IntakeStore::Access::ReadWrite, {StoreSchema::Console});
    if (!opened)
        return opened.report();
    const auto now = [] { return QDateTime::currentDateTimeUtc(); };
    StoreSettings settings(opened->store->database());
    // the console's own identity (made here if the console has not started yet; it then uses it)
    auto identity = TlsIdentity::loadOrCreate(settings, now());
    if (!identity)
        return fail(Failure, identity.error().message);
    QString host = parser.value(hostOption);
    if (host.isEmpty()) {
        auto kept = settings.value(ConsoleRepository::listenAddressSetting());
        host = kept && kept.value() ? *kept.value() : ConsoleDiscovery::firstLanAddress();
    }
    if (port == 0) {
        auto kept = settings.value(ConsoleRepository::listenPortSetting());
        port = kept && kept.value() ? kept.value()->toInt() : ConsoleRepository::defaultListenPort;
    }

    ConsoleRepository repository(opened->store->database(), now);
    auto token = repository.issuePairingToken(cliActor());
    if (!token)
        return fail(Failure, token.error().message);
    const QString fingerprint = identity->fingerprint();
    const QString code = PairingCode{host, static_cast<quint16>(port), fingerprint, token->token}.toString();
    const QString shortCode = ShortPairingCode::display(token->shortCode);
    const QString expires = token->expiresAt.toString(Qt::ISODate);
    if (parser.isSet(jsonOption)) {
        print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("shortCode"), shortCode},
                                                          {QStringLiteral("fingerprint"), ShortPairingCode::forPeople(fingerprint)},
                                                          {QStringLiteral("certificateSha256"), fingerprint},
                                                          {QStringLiteral("code"), code},
                                                          {QStringLiteral("expiresAt"), expires}})
                                    .toJson(QJsonDocument::Indented)));
        return Success;
    }
    print(QStringLiteral("Short code: %1\n"
                         "Console fingerprint: %2 (the kiosk shows it before it pairs; compare them)\n"
                         "Full code: %3\n"
                         "Valid until %4, once, while the staff console runs; another code withdraws it.\n")
              .arg(shortCode, ShortPairingCode::forPeople(fingerprint), code, expires));
    return Success;
}

} // namespace intake::cli
