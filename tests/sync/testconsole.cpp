// sync_test_console: a staff console without its UI, for tests and benchmarks that need the
// console in another process (killed with SIGKILL mid-drain, its memory measured). Opens (or
// creates) a console store, makes its TLS identity on the first start, serves on 127.0.0.1 and
// prints, one per line on stdout:
//   port <N>
//   code <pairing code>        (with --pairing-code: a fresh one-time token)
//   short <short code>         (with --pairing-code: the same code's short form)
//   discovery <N>              (with --discovery-port: the UDP port it answers kiosks on)
//   ready
//   approved <kiosk id>        (with --approve-kiosks: each kiosk as it pairs)
//   received <uuid>            (each new summary, unless --quiet)
// It runs until killed.

#include "console/consolerepository.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "store/storesettings.h"
#include "sync/consolediscovery.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"
#include "sync/summaryreceiver.h"
#include "sync/tlsidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace intake;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "sync_test_console: %s\n", message.toLocal8Bit().constData());
    std::exit(2);
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Console store folder (created if missing)."), QStringLiteral("dir"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QStringLiteral("Key file (created if missing)."), QStringLiteral("file"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any)."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption pairingCode(QStringLiteral("pairing-code"), QStringLiteral("Issue and print a pairing code."));
    const QCommandLineOption benchRoute(QStringLiteral("bench-route"),
                                        QStringLiteral("Benchmark mode: also answer POST /bench/discard at once (the benchmark's bare "
                                                       "baseline), and lift the per-kiosk request rate and nonce quota (bench_sync "
                                                       "sends tens of thousands of requests a minute from one kiosk on purpose)."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print each received summary."));
    const QCommandLineOption approveKiosks(QStringLiteral("approve-kiosks"),
                                           QStringLiteral("Approve each kiosk as it pairs, as an administrator would on the console "
                                                          "(without it, a kiosk waits for approval: a test approves it in the store)."));
    const QCommandLineOption discoveryPort(QStringLiteral("discovery-port"),
                                           QStringLiteral("Answer kiosks that look for the console on this UDP port of 127.0.0.1 (0: any)."),
                                           QStringLiteral("n"));
    parser.addOptions({dataDir, keyFile, port, pairingCode, benchRoute, quiet, approveKiosks, discoveryPort});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dataDir) || !parser.isSet(keyFile))
        fail(QStringLiteral("--data-dir and --key-file are required"));

    const QString directory = parser.value(dataDir);
    const KekSource kek = KekSource::keyFile(parser.value(keyFile));
    if (!QFileInfo::exists(parser.value(keyFile))) {
        if (auto created = KeyVault::createKeyFile(parser.value(keyFile)); !created)
            fail(created.error().message);
    }
    auto store = QFileInfo::exists(QDir(directory).filePath(IntakeStore::databaseFileName))
                     ? IntakeStore::open(directory, kek, IntakeStore::Access::ReadWrite, StoreSchema::Console)
                     : IntakeStore::create(directory, kek, Argon2Params::fastForTests(), StoreSchema::Console);
    if (!store)
        fail(store.error().message);

    const auto clock = [] { return QDateTime::currentDateTimeUtc(); };
    ConsoleRepository repository(store.value()->database(), clock);
    if (!repository.hasStaff().value()) {
        const char pin[] = "1234";
        if (auto admin = repository.createFirstAdmin(QStringLiteral("Test admin"), SecretBytes::fromBytes(pin, 4)); !admin)
            fail(admin.error().message);
    }
    StoreSettings settings(store.value()->database());
    auto identity = TlsIdentity::loadOrCreate(settings, clock());
    if (!identity)
        fail(identity.error().message);
    const QString fingerprint = identity->fingerprint();

    SummaryReceiver::Limits limits;
    if (parser.isSet(benchRoute)) {
        limits.kioskRequests = Rate{};  // no limit
        limits.kioskNonceQuota = limits.replayCapacity;
    }
    SummaryReceiver receiver(repository, std::move(identity).value(), clock, limits);
    bool ok = false;
    const uint wanted = parser.value(port).toUInt(&ok);
    if (!ok || wanted > 65535)
        fail(QStringLiteral("--port must be 0 to 65535"));
    auto listening = receiver.listen(QHostAddress::LocalHost, static_cast<quint16>(wanted));
    if (!listening)
        fail(listening.error().message);
    if (parser.isSet(benchRoute)) {
        receiver.httpServer()->route(QStringLiteral("/bench/discard"), QHttpServerRequest::Method::Post,
                                     [](const QHttpServerRequest &) {
                                         return QHttpServerResponse(QJsonObject{{QStringLiteral("ack"), QStringLiteral("discarded")}});
                                     });
    }
    if (parser.isSet(approveKiosks)) {
        const qint64 admin = repository.staffUsers().value().first().id;
        QObject::connect(&receiver, &SummaryReceiver::kioskPaired, &app, [&repository, admin](const QString &kioskId) {
            if (auto approved = repository.approveKiosk(kioskId, admin); !approved)
                fail(approved.error().message);
            say(QStringLiteral("approved ") + kioskId);
        });
    }
    if (!parser.isSet(quiet)) {
        QObject::connect(&receiver, &SummaryReceiver::summariesReceived, &app, [](const QList<ArrivedSummary> &arrived) {
            for (const ArrivedSummary &summary : arrived)
                say(QStringLiteral("received ") + summary.uuid);
        });
    }
    say(QStringLiteral("port %1").arg(listening.value()));
    DiscoveryResponder discovery(QStringLiteral("127.0.0.1"), listening.value(), fingerprint, clock);
    if (parser.isSet(discoveryPort)) {
        const uint wantedDiscovery = parser.value(discoveryPort).toUInt(&ok);
        if (!ok || wantedDiscovery > 65535)
            fail(QStringLiteral("--discovery-port must be 0 to 65535"));
        auto answering = discovery.listen(QHostAddress::LocalHost, static_cast<quint16>(wantedDiscovery));
        if (!answering)
            fail(answering.error().message);
        say(QStringLiteral("discovery %1").arg(answering.value()));
    }
    if (parser.isSet(pairingCode)) {
        const qint64 admin = repository.staffUsers().value().first().id;
        auto token = repository.issuePairingToken(admin);
        if (!token)
            fail(token.error().message);
        say(QStringLiteral("code ") + PairingCode{QStringLiteral("127.0.0.1"), listening.value(), fingerprint, token->token}.toString());
        say(QStringLiteral("short ") + ShortPairingCode::display(token->shortCode));
    }
    say(QStringLiteral("ready"));
    return app.exec();
}
