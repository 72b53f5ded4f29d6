// Kiosk and console together over real TLS on 127.0.0.1, with real stores in temporary
// folders: pairing and approval, request authentication, malformed and oversized requests,
// delivery with the console stopped and the kiosk's drain on its own thread, unpairing. The console runs in this
// process (SummaryReceiver on the test's thread; every wait runs the event loop).

#include "console/consolerepository.h"
#include "shippedassets.h"
#include "storetestsupport.h"
#include "store/intakerepository.h"
#include "store/outbox.h"
#include "sync/consolediscovery.h"
#include "sync/kioskpairing.h"
#include "sync/outboxsender.h"
#include "sync/pairingclient.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"
#include "sync/summary.h"
#include "sync/summaryreceiver.h"
#include "sync/syncclient.h"
#include "synctestnetwork.h"
#include "synctestsupport.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <vector>

using namespace intake;
using namespace intake::test;
using namespace std::chrono_literals;

namespace {

qint64 countRows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// Collects intake.sync warnings while alive (and passes every message on as before).
class SyncWarnings
{
public:
    SyncWarnings()
    {
        s_messages.clear();
        s_previous = qInstallMessageHandler(&SyncWarnings::handler);
    }
    ~SyncWarnings() { qInstallMessageHandler(s_previous); }
    SyncWarnings(const SyncWarnings &) = delete;
    SyncWarnings &operator=(const SyncWarnings &) = delete;
    const QStringList &messages() const { return s_messages; }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg && qstrcmp(context.category, "intake.sync") == 0)
            s_messages.append(message);
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

class SyncEndToEnd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto identity = TlsIdentity::generate(console.now);
        ASSERT_TRUE(identity.ok()) << identity.error().message.toStdString();
        m_identity = identity.value();
        ASSERT_TRUE(kiosk.store);
    }

    SummaryReceiver::Limits testLimits() const
    {
        SummaryReceiver::Limits limits;
        limits.requestTimeout = 1500ms;
        limits.idleTimeout = 3s;
        limits.handshakeTimeout = 1500ms;
        return limits;
    }

    void startConsole(SummaryReceiver::Limits limits)
    {
        receiver = std::make_unique<SummaryReceiver>(console.repository, m_identity, clock(), limits);
        QObject::connect(receiver.get(), &SummaryReceiver::summariesReceived, receiver.get(),
                         [this](const QList<ArrivedSummary> &arrived) { signalled += static_cast<int>(arrived.size()); });
        auto listening = receiver->listen(QHostAddress::LocalHost, port);
        ASSERT_TRUE(listening.ok()) << listening.error().message.toStdString();
        port = listening.value();
    }
    void startConsole() { startConsole(testLimits()); }

    /// Starts the console and pairs the kiosk with it (a failure fails the test).
    KioskPairing startPairedConsole()
    {
        startConsole();
        auto pairing = pair(pairingCode());
        EXPECT_TRUE(pairing.ok());
        return pairing ? std::move(pairing).value() : KioskPairing{};
    }

    /// POSTs `body` to `path` signed by `pairing` at `at`, over `https`.
    Answer postSigned(PinnedHttps &https, const KioskPairing &pairing, const QString &path, const QByteArray &body, const QDateTime &at)
    {
        return postPinned(https, pinned(), path, body, signedFor(pairing, body, at, path));
    }

    SummaryReceiver::Clock clock()
    {
        return [this] { return console.now; };
    }

    PairingCode pairingCode()
    {
        auto token = console.repository.issuePairingToken(console.adminId);
        EXPECT_TRUE(token.ok());
        return PairingCode{QStringLiteral("127.0.0.1"), port, m_identity.fingerprint(), token->token};
    }

    /// Pairs the kiosk with `code` and stores its pairing; the kiosk then waits for approval.
    Result<KioskPairing> pairAwaitingApproval(const PairingCode &code)
    {
        auto pairing = PairingClient::pairAndWait(code, QStringLiteral("Waiting room tablet"), console.now, 10s);
        if (pairing) {
            const auto saved = pairing->save(kiosk.store->database(), console.now);
            EXPECT_TRUE(saved.ok());
        }
        return pairing;
    }

    /// The same, and the console's administrator approves the kiosk.
    Result<KioskPairing> pair(const PairingCode &code)
    {
        auto pairing = pairAwaitingApproval(code);
        if (pairing) {
            const auto approved = console.repository.approveKiosk(pairing->kioskId, console.adminId);
            EXPECT_TRUE(approved.ok()) << approved.error().message.toStdString();
        }
        return pairing;
    }

    void saveIntakes(int count, int first = 0)
    {
        IntakeRepository repository(kiosk.store->database(), shippedQuestionnaire(), clock());
        for (int i = first; i < first + count; ++i) {
            auto saved = repository.saveFinished(sampleIntake(i, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC).addSecs(i)),
                                                 QStringLiteral("kiosk:test"));
            ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        }
    }

    DrainReport drain(std::chrono::milliseconds requestTimeout = 10s)
    {
        OutboxSender sender(kiosk.store->database(), clock(), requestTimeout);
        return sender.drainAndWait();
    }

    /// The console's TLS server (the receiver listens on one address).
    QTcpServer *tlsServer() const
    {
        const QList<QTcpServer *> servers = receiver->httpServer()->servers();
        return servers.size() == 1 ? servers.first() : nullptr;
    }

    /// Connections the console has taken up and not yet let go (in the TLS handshake, unless
    /// a test finished one).
    static int heldConnections(const QTcpServer *server)
    {
        return static_cast<int>(server->findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly).size());
    }

    /// A console this kiosk is paired with, whose TLS handshakes time out after 10 s: longer than
    /// the kiosk waits (5 s), so that only connections going away can make room for it.
    void startPairedConsoleWithSlowHandshakes()
    {
        SummaryReceiver::Limits limits = testLimits();
        limits.handshakeTimeout = 10s;
        startConsole(limits);
        ASSERT_TRUE(pair(pairingCode()).ok());
    }

    /// Once the console holds no connection, opens `count` plain TCP connections to it that
    /// send nothing (yet), and waits until the console has taken up as many of them as it
    /// handshakes at once (QTcpServer::maxPendingConnections): from then on it takes up no
    /// connection until one of those leaves; the others wait in the listen backlog.
    std::vector<std::unique_ptr<QTcpSocket>> holdHandshakeSlots(int count)
    {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QTcpServer *server = tlsServer();
        EXPECT_TRUE(server);
        if (!server)
            return sockets;
        // the kiosk's own kept-alive connections close once its client is gone
        EXPECT_TRUE(waitUntil([&] { return heldConnections(server) == 0; }, 10s)) << heldConnections(server) << " still open";
        for (int i = 0; i < count; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QStringLiteral("127.0.0.1"), port);
        }
        const auto connected = [&] {
            return std::all_of(sockets.cbegin(), sockets.cend(),
                               [](const auto &socket) { return socket->state() == QAbstractSocket::ConnectedState; });
        };
        EXPECT_TRUE(waitUntil(connected, 10s)) << "not every connection was established";
        const int slots = std::min(count, server->maxPendingConnections());
        EXPECT_TRUE(waitUntil([&] { return heldConnections(server) >= slots; }, 10s))
            << "the console took up " << heldConnections(server) << " of " << slots;
        return sockets;
    }

    /// One summary through the kiosk's own drain, answered within 5 s (its request timeout).
    void expectSyncWithinFiveSeconds(int intake)
    {
        saveIntakes(1, intake);
        QElapsedTimer elapsed;
        elapsed.start();
        const DrainReport report = drain(5s);
        EXPECT_TRUE(report.delivered()) << report.error.toStdString() << " after " << elapsed.elapsed() << " ms";
        EXPECT_LT(elapsed.elapsed(), 5000);
        EXPECT_EQ(report.sent, 1);
        EXPECT_EQ(kioskPending(), 0);
    }

    qint64 consoleSummaries() { return countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM summaries")); }
    qint64 kioskPending() { return countRows(kiosk.store->database(), QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL")); }

    PinnedConsole pinned() const { return {QStringLiteral("127.0.0.1"), port, m_identity.fingerprint(), m_identity.certificatePem()}; }

    /// A signed summary request as a paired kiosk would send it (to `path`).
    QList<std::pair<QByteArray, QByteArray>> signedFor(const KioskPairing &pairing, const QByteArray &body, const QDateTime &at,
                                                       const QString &path = SummaryReceiver::summariesPath)
    {
        return signedBy(pairing.kioskId, pairing.credential, body, at, path);
    }
    /// The same for a kiosk known by its id and credential (one paired through the repository).
    static QList<std::pair<QByteArray, QByteArray>> signedBy(const QString &kioskId, const SecretBytes &credential, const QByteArray &body,
                                                             const QDateTime &at, const QString &path = SummaryReceiver::summariesPath)
    {
        RequestSigner signer(kioskId, SecretBytes::fromBytes(reinterpret_cast<const char *>(credential.data()), credential.size()));
        return headerList(signer.sign("POST", path.toLatin1(), body, at));
    }

    /// Opens `count` TLS connections from `source` that send nothing; returns them (refused
    /// ones included, disconnected).
    std::vector<std::unique_ptr<RawTlsClient>> openIdle(int count, const QHostAddress &source)
    {
        std::vector<std::unique_ptr<RawTlsClient>> clients;
        for (int i = 0; i < count; ++i) {
            clients.push_back(std::make_unique<RawTlsClient>(source));
            clients.back()->connect(port);
        }
        return clients;
    }
    static int stillOpen(const std::vector<std::unique_ptr<RawTlsClient>> &clients)
    {
        return static_cast<int>(std::count_if(clients.cbegin(), clients.cend(), [](const auto &client) { return !client->disconnected(); }));
    }

    ConsoleFixture console;
    TempKeyFileStore kiosk{StoreSchema::Kiosk};
    std::unique_ptr<SummaryReceiver> receiver;
    quint16 port = 0;
    int signalled = 0;
    TlsIdentity m_identity;
};

} // namespace

// --- pairing -------------------------------------------------------------------------------

TEST_F(SyncEndToEnd, PairingStoresThePinnedConsoleAndTheCredential)
{
    startConsole();
    auto pairing = pair(pairingCode());
    ASSERT_TRUE(pairing.ok()) << pairing.error().message.toStdString();
    auto stored = KioskPairing::load(kiosk.store->database());
    ASSERT_TRUE(stored.ok() && stored->has_value());
    const KioskPairing &saved = **stored;
    EXPECT_EQ(saved.port, port);
    EXPECT_EQ(saved.fingerprint, m_identity.fingerprint());
    EXPECT_EQ(saved.certificatePem, m_identity.certificatePem());
    EXPECT_EQ(saved.kioskId, pairing->kioskId);
    auto credential = console.repository.kioskCredential(saved.kioskId);
    ASSERT_TRUE(credential.ok() && credential->has_value());
    EXPECT_TRUE((*credential)->credential == saved.credential);
    EXPECT_EQ(console.repository.kiosks()->size(), 1);

    saveIntakes(2);
    const DrainReport report = drain();
    EXPECT_TRUE(report.delivered()) << report.error.toStdString();
    EXPECT_EQ(report.sent, 2);
    EXPECT_EQ(consoleSummaries(), 2);
    EXPECT_EQ(kioskPending(), 0);
    EXPECT_EQ(signalled, 2);
}

TEST_F(SyncEndToEnd, AWrongFingerprintIsRefusedByTheKioskAndTheTokenIsNotSpent)
{
    startConsole();
    PairingCode code = pairingCode();
    PairingCode forged = code;
    forged.fingerprint = QString(64, u'0');
    auto refused = pair(forged);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("fingerprint"))) << refused.error().message.toStdString();
    EXPECT_TRUE(console.repository.kiosks()->isEmpty());
    EXPECT_FALSE(KioskPairing::load(kiosk.store->database())->has_value());
    // the token never reached the console: the genuine code still works
    EXPECT_TRUE(pair(code).ok());
}

TEST_F(SyncEndToEnd, AReusedOrWrongTokenIsRefused)
{
    startConsole();
    const PairingCode code = pairingCode();
    ASSERT_TRUE(pair(code).ok());
    auto reused = pair(code);
    ASSERT_FALSE(reused.ok());
    EXPECT_TRUE(reused.error().message.contains(QLatin1String("403"))) << reused.error().message.toStdString();
    PairingCode wrong = code;
    wrong.token = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    EXPECT_FALSE(pair(wrong).ok());
    EXPECT_EQ(console.repository.kiosks()->size(), 1);
}

// --- pairing with the short code ---------------------------------------------------------------

TEST_F(SyncEndToEnd, TheKioskFindsTheConsoleOnTheLanAndNothingButAPaddedQueryIsAnswered)
{
    startConsole();
    DiscoveryResponder responder(QStringLiteral("127.0.0.1"), port, m_identity.fingerprint(), clock());
    auto answering = responder.listen(QHostAddress::LocalHost, 0);
    ASSERT_TRUE(answering.ok()) << answering.error().message.toStdString();

    ConsoleFinder::Options options;
    options.target = QHostAddress::LocalHost;
    options.port = answering.value();
    options.wait = 600ms;
    auto found = ConsoleFinder::findAndWait(options);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    ASSERT_EQ(found->size(), 1);  // asked three times, one console
    EXPECT_EQ(found->constFirst().host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(found->constFirst().port, port);
    EXPECT_EQ(found->constFirst().fingerprint, m_identity.fingerprint());

    // a query shorter than the answer (an amplifier's) gets nothing
    const int answeredBefore = responder.answered();
    QUdpSocket asker;
    ASSERT_TRUE(asker.bind(QHostAddress::LocalHost, 0));
    asker.writeDatagram(QByteArrayLiteral("intake-discover:1"), QHostAddress::LocalHost, answering.value());
    asker.writeDatagram(ConsoleDiscovery::query().replace(20, 1, "x"), QHostAddress::LocalHost, answering.value());
    (void)waitUntil([&] { return asker.hasPendingDatagrams(); }, 300ms);  // an answer would come within this
    EXPECT_EQ(responder.answered(), answeredBefore);
    EXPECT_FALSE(asker.hasPendingDatagrams());

    // nobody there: no console, after the wait
    options.port = static_cast<quint16>(answering.value() == 65535 ? 65534 : answering.value() + 1);
    auto nobody = ConsoleFinder::findAndWait(options);
    ASSERT_TRUE(nobody.ok());
    EXPECT_TRUE(nobody->isEmpty());
}

TEST_F(SyncEndToEnd, TheShortCodePairsOnceWithTheConsoleWhoseFingerprintStaffConfirmed)
{
    startConsole();
    auto token = console.repository.issuePairingToken(console.adminId);
    ASSERT_TRUE(token.ok());
    const FoundConsole found{QStringLiteral("127.0.0.1"), port, m_identity.fingerprint()};
    auto pairing = PairingClient::pairWithShortCodeAndWait(found, token->shortCode, QStringLiteral("Tablet by the door"), console.now, 10s);
    ASSERT_TRUE(pairing.ok()) << pairing.error().message.toStdString();
    EXPECT_EQ(pairing->fingerprint, m_identity.fingerprint());
    EXPECT_EQ(pairing->approval, KioskApproval::Pending);
    const auto kiosks = console.repository.kiosks();
    ASSERT_EQ(kiosks->size(), 1);
    EXPECT_EQ(kiosks->constFirst().fingerprint, RequestSigner::fingerprint(pairing->credential));
    EXPECT_EQ(kiosks->constFirst().name, QStringLiteral("Tablet by the door"));

    // used once: neither the short code nor the long one of the same code pairs again
    auto again = PairingClient::pairWithShortCodeAndWait(found, token->shortCode, QStringLiteral("Tablet"), console.now, 10s);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QLatin1String("403"))) << again.error().message.toStdString();
    EXPECT_FALSE(pair(PairingCode{QStringLiteral("127.0.0.1"), port, m_identity.fingerprint(), token->token}).ok());
    EXPECT_EQ(console.repository.kiosks()->size(), 1);
}

// A man in the middle answers the kiosk's discovery with its own certificate and relays what the
// kiosk sends to the real console: the kiosk's proof is bound to the certificate it saw, so the
// real console refuses it, and the code stays usable by the genuine kiosk.
TEST_F(SyncEndToEnd, AShortCodeProofRelayedFromAnotherCertificateIsRefusedAndTheCodeStaysUsable)
{
    startConsole();
    auto token = console.repository.issuePairingToken(console.adminId);
    ASSERT_TRUE(token.ok());
    auto attacker = TlsIdentity::generate(console.now);
    ASSERT_TRUE(attacker.ok());
    const QByteArray key = ShortPairingCode::key(token->shortCode);
    const QByteArray relayed =
        QJsonDocument(QJsonObject{{QStringLiteral("proof"), ShortPairingCode::kioskProof(key, attacker->fingerprint())},
                                  {QStringLiteral("kioskName"), QStringLiteral("Tablet")}})
            .toJson(QJsonDocument::Compact);
    PinnedHttps https;
    const Answer refused = postPinned(https, pinned(), SummaryReceiver::pairPath, relayed);
    EXPECT_EQ(refused.status, 403) << refused.body.toStdString();
    EXPECT_FALSE(refused.body.contains("consoleProof"));
    EXPECT_TRUE(console.repository.kiosks()->isEmpty());

    // the code itself (or its long form) is not accepted as a proof either
    const QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("proof"), token->shortCode}, {QStringLiteral("kioskName"), QStringLiteral("Tablet")}})
                                 .toJson(QJsonDocument::Compact);
    EXPECT_EQ(postPinned(https, pinned(), SummaryReceiver::pairPath, plain).status, 403);
    const QByteArray both = QJsonDocument(QJsonObject{{QStringLiteral("proof"), ShortPairingCode::kioskProof(key, m_identity.fingerprint())},
                                                      {QStringLiteral("token"), token->token},
                                                      {QStringLiteral("kioskName"), QStringLiteral("Tablet")}})
                                .toJson(QJsonDocument::Compact);
    EXPECT_EQ(postPinned(https, pinned(), SummaryReceiver::pairPath, both).status, 400);

    const FoundConsole genuine{QStringLiteral("127.0.0.1"), port, m_identity.fingerprint()};
    auto pairing = PairingClient::pairWithShortCodeAndWait(genuine, token->shortCode, QStringLiteral("Tablet"), console.now, 10s);
    EXPECT_TRUE(pairing.ok()) << pairing.error().message.toStdString();
    EXPECT_EQ(console.repository.kiosks()->size(), 1);
}

// The kiosk pins the certificate discovery named: a console with another one is not spoken to,
// and nothing of the code reaches it.
TEST_F(SyncEndToEnd, TheKioskRefusesAFoundConsoleWhoseCertificateIsNotTheOneConfirmed)
{
    startConsole();
    auto token = console.repository.issuePairingToken(console.adminId);
    ASSERT_TRUE(token.ok());
    const FoundConsole forged{QStringLiteral("127.0.0.1"), port, QString(64, u'0')};
    auto refused = PairingClient::pairWithShortCodeAndWait(forged, token->shortCode, QStringLiteral("Tablet"), console.now, 10s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("fingerprint"))) << refused.error().message.toStdString();
    EXPECT_TRUE(console.repository.kiosks()->isEmpty());
}

TEST_F(SyncEndToEnd, TheKioskRefusesAConsoleWithAnotherCertificateAfterPairing)
{
    startConsole();
    ASSERT_TRUE(pair(pairingCode()).ok());
    // the console is replaced by an impostor with its own key on the same address
    receiver.reset();
    auto impostor = TlsIdentity::generate(console.now);
    ASSERT_TRUE(impostor.ok());
    m_identity = impostor.value();
    startConsole();
    saveIntakes(1);
    const DrainReport report = drain();
    EXPECT_EQ(report.stop, DrainReport::Stop::Unreachable);
    EXPECT_TRUE(report.error.contains(QLatin1String("fingerprint"))) << report.error.toStdString();
    EXPECT_EQ(consoleSummaries(), 0);
    EXPECT_EQ(kioskPending(), 1);
}

// --- authentication ------------------------------------------------------------------------

TEST_F(SyncEndToEnd, UnpairedTamperedReplayedAndStaleRequestsAreRefusedAndNothingIsStored)
{
    startConsole();
    auto pairing = pair(pairingCode());
    ASSERT_TRUE(pairing.ok());
    PinnedHttps https;
    const QByteArray body = sampleSummaryBytes(1);
    const QString path = SummaryReceiver::summariesPath;

    // unpaired: no headers at all, and a kiosk id the console never paired
    EXPECT_EQ(postPinned(https, pinned(), path, body).status, 401);
    RequestSigner stranger(QStringLiteral("kiosk-stranger"), SecretBytes::random(32));
    EXPECT_EQ(postPinned(https, pinned(), path, body, headerList(stranger.sign("POST", path.toLatin1(), body, console.now))).status, 401);
    // tampered: signed for one body, sent with another
    const QByteArray tampered = sampleSummaryBytes(2);
    EXPECT_EQ(postPinned(https, pinned(), path, tampered, signedFor(*pairing, body, console.now)).status, 401);
    // stale and future timestamps
    const Answer stale = postPinned(https, pinned(), path, body, signedFor(*pairing, body, console.now.addSecs(-6 * 60)));
    EXPECT_EQ(stale.status, 401);
    EXPECT_TRUE(stale.body.contains("5 minutes")) << stale.body.toStdString();
    EXPECT_EQ(postPinned(https, pinned(), path, body, signedFor(*pairing, body, console.now.addSecs(6 * 60))).status, 401);
    EXPECT_EQ(consoleSummaries(), 0);

    // a genuine request passes once; replayed, it is refused
    const auto genuine = signedFor(*pairing, body, console.now);
    const Answer first = postPinned(https, pinned(), path, body, genuine);
    EXPECT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(first.body).object().value(QStringLiteral("duplicate")).toBool(true), false);
    const Answer replay = postPinned(https, pinned(), path, body, genuine);
    EXPECT_EQ(replay.status, 401);
    EXPECT_TRUE(replay.body.contains("replayed")) << replay.body.toStdString();
    EXPECT_EQ(consoleSummaries(), 1);
    EXPECT_EQ(signalled, 1);
}

TEST_F(SyncEndToEnd, AReplayAfterAConsoleRestartIsStillRefused)
{
    startConsole();
    auto pairing = pair(pairingCode());
    ASSERT_TRUE(pairing.ok());
    PinnedHttps https;
    const QByteArray body = sampleSummaryBytes(5);
    const auto genuine = signedFor(*pairing, body, console.now);
    ASSERT_EQ(postPinned(https, pinned(), SummaryReceiver::summariesPath, body, genuine).status, 200);
    // also a request whose summary was refused: its nonce is spent all the same
    const QByteArray invalid = "{}";
    const auto refused = signedFor(*pairing, invalid, console.now);
    ASSERT_EQ(postPinned(https, pinned(), SummaryReceiver::summariesPath, invalid, refused).status, 400);

    receiver.reset();  // a restart: nothing in memory
    console.now = console.now.addSecs(120);
    startConsole();
    https.reset();
    const Answer replay = postPinned(https, pinned(), SummaryReceiver::summariesPath, body, genuine);
    EXPECT_EQ(replay.status, 401);
    EXPECT_TRUE(replay.body.contains("replayed")) << replay.body.toStdString();
    EXPECT_EQ(postPinned(https, pinned(), SummaryReceiver::summariesPath, invalid, refused).status, 401);
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM seen_nonces")), 2);
}

TEST_F(SyncEndToEnd, AResentSummaryIsAcknowledgedAsADuplicate)
{
    startConsole();
    auto pairing = pair(pairingCode());
    ASSERT_TRUE(pairing.ok());
    PinnedHttps https;
    const QByteArray body = sampleSummaryBytes(3);
    ASSERT_EQ(postPinned(https, pinned(), SummaryReceiver::summariesPath, body, signedFor(*pairing, body, console.now)).status, 200);
    const Answer again = postPinned(https, pinned(), SummaryReceiver::summariesPath, body, signedFor(*pairing, body, console.now));
    ASSERT_EQ(again.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(again.body).object();
    EXPECT_EQ(json.value(QStringLiteral("ack")).toString(), sampleIntake(3).uuid);
    EXPECT_TRUE(json.value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(consoleSummaries(), 1);
    EXPECT_EQ(signalled, 1);
}

TEST_F(SyncEndToEnd, UnpairingTakesEffectAtOnce)
{
    startConsole();
    auto pairing = pair(pairingCode());
    ASSERT_TRUE(pairing.ok());
    saveIntakes(1, 0);
    ASSERT_TRUE(drain().delivered());
    ASSERT_TRUE(console.repository.revokeKiosk(pairing->kioskId, console.adminId).ok());
    // the very next request, on the same kept-alive server, is refused
    saveIntakes(1, 1);
    const DrainReport report = drain();
    EXPECT_EQ(report.stop, DrainReport::Stop::Refused);
    EXPECT_TRUE(report.error.contains(QLatin1String("401"))) << report.error.toStdString();
    EXPECT_EQ(consoleSummaries(), 1);
    EXPECT_EQ(kioskPending(), 1);
}

// --- approval ------------------------------------------------------------------------------

TEST_F(SyncEndToEnd, AKioskWaitsForApprovalWithItsSummariesQueuedThenTheyArriveExactlyOnce)
{
    startConsole();
    QStringList pairedKiosks;
    QObject::connect(receiver.get(), &SummaryReceiver::kioskPaired, receiver.get(),
                     [&pairedKiosks](const QString &kioskId) { pairedKiosks.append(kioskId); });
    auto pairing = pairAwaitingApproval(pairingCode());
    ASSERT_TRUE(pairing.ok()) << pairing.error().message.toStdString();
    EXPECT_EQ(pairing->approval, KioskApproval::Pending);
    EXPECT_EQ(pairedKiosks, QStringList{pairing->kioskId});
    // the console lists it as waiting, with the fingerprint the kiosk shows on its staff screen
    const QList<KioskInfo> listed = console.repository.kiosks().value();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_TRUE(listed.at(0).awaitingApproval());
    EXPECT_EQ(listed.at(0).name, QStringLiteral("Waiting room tablet"));
    EXPECT_FALSE(pairing->keyFingerprint().isEmpty());
    EXPECT_EQ(listed.at(0).fingerprint, pairing->keyFingerprint());

    // with nothing to send, the kiosk asks and is told that it waits
    DrainReport report = drain();
    EXPECT_EQ(report.stop, DrainReport::Stop::AwaitingApproval) << report.error.toStdString();
    EXPECT_EQ(report.remaining, 0);

    // its own signed requests get 403, saying why; nothing of them is kept, not even a nonce
    saveIntakes(3);
    PinnedHttps https;
    const Answer single = postSigned(https, *pairing, SummaryReceiver::summariesPath, sampleSummaryBytes(0), console.now);
    const Answer batch = postSigned(https, *pairing, SummaryReceiver::batchesPath,
                                    Summary::batchBody({sampleSummaryBytes(1), sampleSummaryBytes(2)}), console.now);
    const Answer asked = postSigned(https, *pairing, SummaryReceiver::approvalPath, {}, console.now);
    for (const Answer &answer : {single, batch, asked}) {
        EXPECT_EQ(answer.status, 403) << answer.body.toStdString();
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        EXPECT_EQ(json.value(QStringLiteral("approval")).toString(), QStringLiteral("pending"));
        EXPECT_EQ(json.value(QStringLiteral("error")).toString(), RequestVerifier::waitingForApprovalMessage());
    }
    // whoever names the kiosk without its key learns nothing of its approval
    const QByteArray body = sampleSummaryBytes(0);
    const Answer forged = postPinned(https, pinned(), SummaryReceiver::summariesPath, body,
                                     signedBy(pairing->kioskId, SecretBytes::random(32), body, console.now));
    EXPECT_EQ(forged.status, 401);
    EXPECT_FALSE(forged.body.contains("approval"));

    // the kiosk's drain: refused, said so, nothing counted against its summaries
    report = drain();
    EXPECT_EQ(report.stop, DrainReport::Stop::AwaitingApproval);
    EXPECT_TRUE(report.error.startsWith(QStringLiteral("waiting for approval at the front desk (key fingerprint %1)")
                                            .arg(pairing->keyFingerprint())))
        << report.error.toStdString();
    EXPECT_EQ(report.sent, 0);
    EXPECT_EQ(report.remaining, 3);
    EXPECT_EQ(kioskPending(), 3);
    EXPECT_EQ(countRows(kiosk.store->database(), QStringLiteral("SELECT count(*) FROM outbox WHERE attempts > 0 OR last_error IS NOT NULL")), 0);
    EXPECT_EQ(consoleSummaries(), 0);
    EXPECT_EQ(signalled, 0);
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'summary.received'")), 0);
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM seen_nonces")), 0);

    // the kiosk's worker keeps trying with its backoff ...
    SyncClient::Options options;
    options.backoff = Backoff{20ms, 200ms};
    options.idlePoll = 100ms;
    options.clock = clock();
    const QString storePath = kiosk.storePath();
    const QString keyFile = kiosk.keyFile();
    SyncClient client([storePath, keyFile] { return IntakeStore::open(storePath, KekSource::keyFile(keyFile)); }, options);
    client.start();
    ASSERT_TRUE(waitUntil([&] { return client.state().failures >= 2; }, 30s)) << client.state().lastError.toStdString();
    SyncState state = client.state();
    EXPECT_TRUE(state.paired);
    EXPECT_EQ(state.approval, KioskApproval::Pending);
    EXPECT_EQ(state.keyFingerprint, pairing->keyFingerprint());
    EXPECT_EQ(state.backlog, 3);
    EXPECT_TRUE(state.nextAttempt.isValid());
    EXPECT_EQ(consoleSummaries(), 0);

    // ... so that once an administrator approves it, they arrive, each once
    ASSERT_TRUE(console.repository.approveKiosk(pairing->kioskId, console.adminId).ok());
    ASSERT_TRUE(waitUntil([&] { return client.state().backlog == 0 && client.state().lastError.isEmpty(); }, 30s))
        << client.state().backlog << " left: " << client.state().lastError.toStdString();
    client.stop();
    state = client.state();
    EXPECT_EQ(state.approval, KioskApproval::Approved);
    EXPECT_EQ(state.failures, 0);
    EXPECT_EQ(consoleSummaries(), 3);
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(DISTINCT uuid) FROM summaries")), 3);
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'summary.received'")), 3);
    EXPECT_EQ(signalled, 3);
    EXPECT_EQ(kioskPending(), 0);
    EXPECT_EQ(KioskPairing::load(kiosk.store->database()).value()->approval, KioskApproval::Approved);

    // approved and nothing to send: the kiosk no longer asks
    const qint64 nonces = countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM seen_nonces"));
    report = drain();
    EXPECT_TRUE(report.delivered()) << report.error.toStdString();
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM seen_nonces")), nonces);
}

TEST_F(SyncEndToEnd, ARejectedKioskIsToldSoAndNothingOfItIsStored)
{
    startConsole();
    auto pairing = pairAwaitingApproval(pairingCode());
    ASSERT_TRUE(pairing.ok()) << pairing.error().message.toStdString();
    ASSERT_TRUE(console.repository.rejectKiosk(pairing->kioskId, console.adminId).ok());
    EXPECT_FALSE(console.repository.approveKiosk(pairing->kioskId, console.adminId).ok()) << "a rejection is final";

    // nothing to send: it asks, and is told
    DrainReport report = drain();
    EXPECT_EQ(report.stop, DrainReport::Stop::Rejected) << report.error.toStdString();
    EXPECT_EQ(KioskPairing::load(kiosk.store->database()).value()->approval, KioskApproval::Rejected);

    saveIntakes(2);
    report = drain();
    EXPECT_EQ(report.stop, DrainReport::Stop::Rejected);
    EXPECT_TRUE(report.error.contains(QLatin1String("rejected this kiosk"))) << report.error.toStdString();
    EXPECT_EQ(report.remaining, 2);
    EXPECT_EQ(kioskPending(), 2);

    PinnedHttps https;
    const Answer refused = postSigned(https, *pairing, SummaryReceiver::summariesPath, sampleSummaryBytes(0), console.now);
    EXPECT_EQ(refused.status, 403);
    const QJsonObject json = QJsonDocument::fromJson(refused.body).object();
    EXPECT_EQ(json.value(QStringLiteral("approval")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(json.value(QStringLiteral("error")).toString(), RequestVerifier::rejectedMessage());
    EXPECT_EQ(consoleSummaries(), 0);
    EXPECT_EQ(signalled, 0);
}

// --- malformed and hostile requests --------------------------------------------------------

TEST_F(SyncEndToEnd, MalformedRequestsGetAClear4xx)
{
    const KioskPairing pairing = startPairedConsole();
    PinnedHttps https;
    const auto post = [&](const QByteArray &body) { return postSigned(https, pairing, SummaryReceiver::summariesPath, body, console.now); };

    const Answer badJson = post("{\"format\": \"intake-summary\",");
    EXPECT_EQ(badJson.status, 400);
    EXPECT_TRUE(QJsonDocument::fromJson(badJson.body).object().value(QStringLiteral("error")).toString().contains(QLatin1String("not valid JSON")));
    QJsonObject wrongTypes = sampleSummary(1);
    wrongTypes.insert(QStringLiteral("flags"), QStringLiteral("none"));
    const Answer types = post(QJsonDocument(wrongTypes).toJson());
    EXPECT_EQ(types.status, 400);
    EXPECT_TRUE(types.body.contains("flags: not an array")) << types.body.toStdString();
    EXPECT_EQ(post("[]").status, 400);
    EXPECT_EQ(postPinned(https, pinned(), QStringLiteral("/v1/other"), "{}").status, 404);
    EXPECT_EQ(postPinned(https, pinned(), SummaryReceiver::pairPath, "{\"token\": 5}").status, 400);
    EXPECT_EQ(consoleSummaries(), 0);
    // and the server still serves
    saveIntakes(1);
    EXPECT_TRUE(drain().delivered());
}

TEST_F(SyncEndToEnd, ATenMegabyteBodyIsRefusedBeforeItIsBufferedWhileAnotherKioskIsServed)
{
    startConsole();
    ASSERT_TRUE(pair(pairingCode()).ok());
    saveIntakes(2);

    // declared: refused as soon as the header is read
    RawTlsClient declared;
    ASSERT_TRUE(declared.connect(port));
    declared.write("POST /v1/summaries HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10485760\r\n\r\n");
    declared.write(QByteArray(64 * 1024, 'x'));
    EXPECT_EQ(declared.awaitStatus(), 413) << declared.received().left(200).toStdString();

    // undeclared (chunked), streamed: refused once the bytes pass the limit; the connection is
    // closed while the client is still sending, so the client sees a 413 or a reset
    RawTlsClient streamed;
    ASSERT_TRUE(streamed.connect(port));
    streamed.write("POST /v1/summaries HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'y') + "\r\n";
    for (int i = 0; i < 160 && !streamed.disconnected(); ++i)  // 10 MiB
        streamed.writeAll(chunk, 10s);
    const int status = streamed.awaitStatus();
    EXPECT_TRUE(status == 413 || (status == 0 && streamed.disconnected())) << status;
    EXPECT_TRUE(streamed.awaitDisconnect());

    // the other kiosk is served all along
    EXPECT_TRUE(drain().delivered());
    EXPECT_EQ(consoleSummaries(), 2);
}

TEST_F(SyncEndToEnd, ASlowClientIsDroppedWhileAnotherKioskIsServed)
{
    startConsole();
    ASSERT_TRUE(pair(pairingCode()).ok());

    // sends a header and one byte of its body, then stalls
    RawTlsClient slow;
    ASSERT_TRUE(slow.connect(port));
    slow.write("POST /v1/summaries HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{");
    // a client that connects but never starts TLS, and one that finishes TLS and says nothing
    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), port);
    RawTlsClient idle;
    ASSERT_TRUE(idle.connect(port));

    saveIntakes(3);
    const DrainReport report = drain();
    EXPECT_TRUE(report.delivered()) << report.error.toStdString();
    EXPECT_EQ(consoleSummaries(), 3);

    EXPECT_TRUE(slow.awaitDisconnect(20s)) << "the stalled request was not dropped";
    EXPECT_EQ(slow.awaitStatus(1s), 0) << "dropped, not answered";
    EXPECT_TRUE(waitUntil([&] { return silent.state() == QAbstractSocket::UnconnectedState; }, 20s)) << "the TLS handshake never timed out";
    EXPECT_TRUE(idle.awaitDisconnect(20s)) << "the idle connection was not closed";
    EXPECT_TRUE(waitUntil([&] { return receiver->openConnections() == 0; }, 20s)) << receiver->openConnections();
}

// Connections that say nothing and go away, or are not TLS: QSslServer counts a connection in its
// TLS handshake against maxPendingConnections (30) and stops taking up new ones at that count.
// The handshake timeout here (10 s) is longer than the kiosk waits (5 s), so that only the
// connections going away can make room.

TEST_F(SyncEndToEnd, ThirtyConnectionsClosedBeforeTheirHandshakeDoNotStopTheConsole)
{
    ASSERT_NO_FATAL_FAILURE(startPairedConsoleWithSlowHandshakes());
    auto flood = holdHandshakeSlots(30);
    for (const auto &socket : flood)
        socket->close();
    expectSyncWithinFiveSeconds(0);
}

TEST_F(SyncEndToEnd, FortyConnectionsClosedBeforeTheirHandshakeDoNotStopTheConsole)
{
    ASSERT_NO_FATAL_FAILURE(startPairedConsoleWithSlowHandshakes());
    // 30 taken up, 10 waiting in the backlog behind them; all closed
    auto flood = holdHandshakeSlots(40);
    for (const auto &socket : flood)
        socket->close();
    expectSyncWithinFiveSeconds(0);
    // and again, on the same console
    flood = holdHandshakeSlots(40);
    for (const auto &socket : flood)
        socket->abort();
    expectSyncWithinFiveSeconds(1);
}

TEST_F(SyncEndToEnd, ThirtyConnectionsThatAreNotTlsDoNotStopTheConsole)
{
    ASSERT_NO_FATAL_FAILURE(startPairedConsoleWithSlowHandshakes());
    // plain HTTP on the TLS port: the console drops each at its first byte, silently
    auto flood = holdHandshakeSlots(30);
    for (const auto &socket : flood)
        socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_TRUE(waitUntil([&] {
        return std::all_of(flood.cbegin(), flood.cend(), [](const auto &socket) { return socket->state() == QAbstractSocket::UnconnectedState; });
    }, 10s)) << "the console kept a connection that is not TLS";
    expectSyncWithinFiveSeconds(0);
}

TEST_F(SyncEndToEnd, AConsoleWhoseHandshakeSlotsAreAllHeldSaysItIsNotAccepting)
{
    SummaryReceiver::Limits limits = testLimits();
    limits.handshakeTimeout = 20s;
    limits.acceptStallTimeout = 1s;
    startConsole(limits);
    ASSERT_TRUE(pair(pairingCode()).ok());
    ASSERT_TRUE(receiver->isAccepting());
    QList<bool> changes;
    const QObject listener;
    QObject::connect(receiver.get(), &SummaryReceiver::acceptingChanged, &listener, [&](bool accepting) { changes.append(accepting); });
    const SyncWarnings warnings;

    // 30 connections hold every handshake slot and say nothing; 5 more wait behind them
    auto flood = holdHandshakeSlots(35);
    ASSERT_TRUE(waitUntil([&] { return !receiver->isAccepting(); }, 10s)) << "the watchdog did not notice";
    // it stays so while they hold on, said once
    EXPECT_FALSE(waitUntil([&] { return receiver->isAccepting(); }, 2500ms));
    EXPECT_EQ(changes, QList<bool>{false});
    const auto stalled = [](const QString &message) { return message.startsWith(QLatin1String("not taking up connections")); };
    ASSERT_EQ(std::count_if(warnings.messages().cbegin(), warnings.messages().cend(), stalled), 1) << warnings.messages().join(u'\n').toStdString();
    for (const QString &message : warnings.messages())
        EXPECT_FALSE(message.contains(QLatin1String("127.0.0.1"))) << message.toStdString();

    // once they go, the console takes up connections again and says so
    for (const auto &socket : flood)
        socket->close();
    EXPECT_TRUE(waitUntil([&] { return receiver->isAccepting(); }, 10s));
    EXPECT_EQ(changes, (QList<bool>{false, true}));
    expectSyncWithinFiveSeconds(0);
}

TEST_F(SyncEndToEnd, AConsoleThatStoppedAcceptingWithRoomLeftIsResumed)
{
    SummaryReceiver::Limits limits = testLimits();
    limits.acceptStallTimeout = 1s;
    startConsole(limits);
    ASSERT_TRUE(pair(pairingCode()).ok());
    QTcpServer *server = tlsServer();
    ASSERT_TRUE(server);
    // as QTcpServer does itself after an accept error (out of file descriptors, say)
    server->pauseAccepting();
    expectSyncWithinFiveSeconds(0);
    EXPECT_TRUE(receiver->isAccepting());
    receiver->close();
    EXPECT_FALSE(receiver->isAccepting());
}

// Connections held open for their own sake: one address gets a share, a connection that asks
// nothing is closed soon, and kiosks that have authenticated keep slots nobody else can take.

TEST_F(SyncEndToEnd, OneAddressGetsAtMostItsShareOfTheConnections)
{
    SummaryReceiver::Limits limits = testLimits();
    limits.firstRequestTimeout = 20s;
    limits.idleTimeout = 30s;
    startConsole(limits);
    ASSERT_TRUE(pair(pairingCode()).ok());
    ASSERT_TRUE(waitUntil([&] { return receiver->openConnections() == 0; }, 10s)) << receiver->openConnections();

    const auto idle = openIdle(limits.maxConnectionsPerAddress + 8, loopback(2));
    EXPECT_TRUE(waitUntil([&] { return stillOpen(idle) == limits.maxConnectionsPerAddress; }, 10s)) << stillOpen(idle) << " open";
    EXPECT_EQ(receiver->openConnections(), limits.maxConnectionsPerAddress);
    // the kiosk, from its own address, is served meanwhile
    expectSyncWithinFiveSeconds(0);
}

TEST_F(SyncEndToEnd, AConnectionThatAsksNothingAfterItsHandshakeIsClosedLongBeforeTheIdleTimeout)
{
    SummaryReceiver::Limits limits = testLimits();
    limits.firstRequestTimeout = 1s;
    limits.idleTimeout = 30s;
    startConsole(limits);
    RawTlsClient silent;
    ASSERT_TRUE(silent.connect(port));
    EXPECT_TRUE(silent.awaitDisconnect(10s)) << "kept as long as a connection idle after an answer";

    // once a request has been answered, the connection is kept alive for the idle timeout
    RawTlsClient kept;
    ASSERT_TRUE(kept.connect(port));
    kept.write(rawPost(SummaryReceiver::pairPath.toLatin1(), "{}"));
    EXPECT_EQ(kept.awaitStatus(), 400);
    EXPECT_FALSE(kept.awaitDisconnect(3s));
}

TEST_F(SyncEndToEnd, IdleConnectionsFromManyAddressesLeaveRoomForAKioskThatHasSynced)
{
    SummaryReceiver::Limits limits = testLimits();
    limits.firstRequestTimeout = 30s;
    limits.idleTimeout = 30s;
    startConsole(limits);
    ASSERT_TRUE(pair(pairingCode()).ok());
    expectSyncWithinFiveSeconds(0);  // from now on the console knows the kiosk's address
    ASSERT_TRUE(waitUntil([&] { return receiver->openConnections() == 0; }, 10s)) << receiver->openConnections();

    // six addresses try a full share each: 72 idle connections on a console that takes 64
    std::vector<std::unique_ptr<RawTlsClient>> idle;
    for (int address = 2; address < 8; ++address) {
        for (auto &client : openIdle(limits.maxConnectionsPerAddress, loopback(address)))
            idle.push_back(std::move(client));
    }
    const int unreserved = limits.maxConnections - limits.reservedConnections;
    EXPECT_TRUE(waitUntil([&] { return stillOpen(idle) == unreserved; }, 10s)) << stillOpen(idle) << " open";
    expectSyncWithinFiveSeconds(1);
    // an address no kiosk has authenticated from gets none of the reserved connections
    RawTlsClient newcomer(loopback(8));
    newcomer.connect(port);
    EXPECT_TRUE(newcomer.awaitDisconnect(10s));
    EXPECT_EQ(stillOpen(idle), unreserved);
}

// --- pipelining ------------------------------------------------------------------------------

TEST_F(SyncEndToEnd, APipelinedRequestIsNeverAnsweredBeforeTheOneAheadOfIt)
{
    const KioskPairing pairing = startPairedConsole();
    RawTlsClient client;
    ASSERT_TRUE(client.connect(port));
    const QByteArray path = SummaryReceiver::summariesPath.toLatin1();
    const QByteArray body = sampleSummaryBytes(1);
    // a signed summary (answered after its commit) and an unsigned one (refused at once), in one write
    client.write(rawPost(path, body, signedFor(pairing, body, console.now)) + rawPost(path, sampleSummaryBytes(2)));
    EXPECT_TRUE(waitUntil([&] { return client.disconnected() || client.statuses().size() >= 2; }, 10s));
    const QList<int> statuses = client.statuses();
    ASSERT_FALSE(statuses.isEmpty()) << client.received().left(200).toStdString();
    EXPECT_EQ(statuses.first(), 200) << "answers out of order: " << client.received().left(300).toStdString();
    EXPECT_TRUE(statuses == QList<int>{200} || statuses == (QList<int>{200, 401})) << statuses.size();
    EXPECT_TRUE(client.received().contains(sampleIntake(1).uuid.toLatin1()));
    EXPECT_EQ(consoleSummaries(), 1);
}

// --- per-kiosk limits ----------------------------------------------------------------------

TEST_F(SyncEndToEnd, AKioskThatFilledTheReplayGuardIsRefusedAloneAlsoAfterARestart)
{
    startConsole();
    auto first = pair(pairingCode());
    ASSERT_TRUE(first.ok());
    const KioskEnrollment second = console.pairKiosk(QStringLiteral("Second tablet"));
    // the first kiosk's nonces fill the whole replay guard, as 200,000 requests in ten minutes would
    QSqlQuery query(console.repository.database());
    ASSERT_TRUE(query.prepare(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                                             "INSERT INTO seen_nonces (kiosk_id, nonce, seen_at) SELECT ?, printf('n%06d', i), ? FROM n")));
    query.addBindValue(first->kioskId);
    query.addBindValue(console.now.toString(Qt::ISODateWithMs));
    ASSERT_TRUE(query.exec());
    receiver.reset();  // a restart: the guard reloads them
    startConsole();

    PinnedHttps https;
    const QByteArray body = sampleSummaryBytes(1);
    const Answer fromFirst = postSigned(https, *first, SummaryReceiver::summariesPath, body, console.now);
    EXPECT_EQ(fromFirst.status, 429) << fromFirst.body.toStdString();
    EXPECT_GT(fromFirst.retryAfter.toInt(), 0) << fromFirst.retryAfter.toStdString();
    const QByteArray other = sampleSummaryBytes(2);
    const Answer fromSecond = postPinned(https, pinned(), SummaryReceiver::summariesPath, other,
                                         signedBy(second.kioskId, second.credential, other, console.now));
    EXPECT_EQ(fromSecond.status, 200) << fromSecond.body.toStdString();
    EXPECT_EQ(consoleSummaries(), 1);
}

TEST_F(SyncEndToEnd, AKioskOverItsRequestRateOrNonceQuotaGets429AndAnotherKioskIsServed)
{
    SummaryReceiver::Limits limits = testLimits();
    limits.kioskRequests = Rate{3, 1min};
    limits.kioskNonceQuota = 5;
    startConsole(limits);
    auto first = pair(pairingCode());
    ASSERT_TRUE(first.ok());
    const KioskEnrollment second = console.pairKiosk(QStringLiteral("Second tablet"));
    PinnedHttps https;
    int next = 0;
    const auto fromFirst = [&] { return postSigned(https, *first, SummaryReceiver::summariesPath, sampleSummaryBytes(next++), console.now); };
    const auto fromSecond = [&] {
        const QByteArray body = sampleSummaryBytes(next++);
        return postPinned(https, pinned(), SummaryReceiver::summariesPath, body, signedBy(second.kioskId, second.credential, body, console.now));
    };

    // three at once, then one a minute
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(fromFirst().status, 200) << i;
    const Answer limited = fromFirst();
    EXPECT_EQ(limited.status, 429) << limited.body.toStdString();
    EXPECT_EQ(limited.retryAfter, "60");
    EXPECT_EQ(fromSecond().status, 200);
    console.now = console.now.addSecs(60);
    EXPECT_EQ(fromFirst().status, 200);
    console.now = console.now.addSecs(60);
    EXPECT_EQ(fromFirst().status, 200);
    // five nonces within ten minutes is the first kiosk's quota: it waits until the oldest ages out
    console.now = console.now.addSecs(60);
    const Answer quota = fromFirst();
    EXPECT_EQ(quota.status, 429) << quota.body.toStdString();
    EXPECT_EQ(quota.retryAfter, "420");
    EXPECT_EQ(fromSecond().status, 200);

    // after a restart the first kiosk is still over its quota; the second is not
    receiver.reset();
    startConsole(limits);
    https.reset();
    EXPECT_EQ(fromFirst().status, 429);
    EXPECT_EQ(fromSecond().status, 200);
    EXPECT_EQ(consoleSummaries(), 8);
}

TEST_F(SyncEndToEnd, AKioskToldToWaitKeepsItsSummariesAndWaitsAsLongAsAsked)
{
    SummaryReceiver::Limits limits = testLimits();
    limits.kioskRequests = Rate{1, 1min};
    startConsole(limits);
    ASSERT_TRUE(pair(pairingCode()).ok());
    saveIntakes(1);
    ASSERT_TRUE(drain().delivered());

    saveIntakes(3, 1);
    const DrainReport busy = drain();
    EXPECT_EQ(busy.stop, DrainReport::Stop::Busy) << busy.error.toStdString();
    EXPECT_EQ(busy.retryAfter, 60s);
    EXPECT_TRUE(busy.error.contains(QLatin1String("429"))) << busy.error.toStdString();
    EXPECT_EQ(busy.remaining, 3);
    // the summaries are not at fault: no failed attempt is counted against them
    EXPECT_EQ(countRows(kiosk.store->database(), QStringLiteral("SELECT count(*) FROM outbox WHERE attempts > 0")), 0);

    console.now = console.now.addSecs(60);
    const DrainReport later = drain();
    EXPECT_TRUE(later.delivered()) << later.error.toStdString();
    EXPECT_EQ(later.sent, 3);

    // the worker waits at least as long as the console asked, however short its own backoff
    saveIntakes(1, 4);
    SyncClient::Options options;
    options.backoff = Backoff{20ms, 200ms};
    options.random = [] { return 0.5; };
    options.clock = clock();
    const QString storePath = kiosk.storePath();
    const QString keyFile = kiosk.keyFile();
    SyncClient client([storePath, keyFile] { return IntakeStore::open(storePath, KekSource::keyFile(keyFile)); }, options);
    std::atomic<int> passes{0};  // each pass publishes its state once, from the worker's thread
    QObject::connect(&client, &SyncClient::stateChanged, &client, [&passes] { ++passes; }, Qt::DirectConnection);
    client.start();
    ASSERT_TRUE(waitUntil([&] { return client.state().failures >= 1; }, 20s)) << client.state().lastError.toStdString();
    const int passesBefore = passes;
    client.syncNow();  // as a saved intake does: it does not cut the console's wait short
    EXPECT_FALSE(waitUntil([&] { return passes > passesBefore; }, 1s)) << "a pass ran before the console's Retry-After";
    const SyncState state = client.state();
    client.stop();
    EXPECT_EQ(state.backlog, 1);
    EXPECT_GE(state.nextAttempt, console.now.addSecs(60));
    EXPECT_TRUE(state.lastError.contains(QLatin1String("429"))) << state.lastError.toStdString();
}

TEST_F(SyncEndToEnd, APairingBruteForceFromOneAddressDoesNotLockOutAGenuineToken)
{
    startConsole();
    RawTlsClient attacker(loopback(2));
    ASSERT_TRUE(attacker.connect(port));
    const QByteArray guess = rawPost(SummaryReceiver::pairPath.toLatin1(), R"({"token": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "kioskName": "x"})");
    QList<int> statuses;
    for (int i = 0; i < 12 && !attacker.disconnected(); ++i) {
        attacker.clearReceived();
        attacker.write(guess);
        statuses.append(attacker.awaitStatus());
    }
    EXPECT_EQ(statuses.count(403), 10);
    EXPECT_EQ(statuses.count(429), 2);
    EXPECT_TRUE(attacker.received().contains("Retry-After: 6\r\n")) << attacker.received().left(300).toStdString();
    // the genuine kiosk pairs from its own address at once
    const auto genuine = pair(pairingCode());
    EXPECT_TRUE(genuine.ok()) << genuine.error().message.toStdString();
}

TEST_F(SyncEndToEnd, PairingAttemptsAreRateLimited)
{
    startConsole();
    PinnedHttps https;
    const QByteArray body = R"({"token": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "kioskName": "x"})";
    int forbidden = 0;
    int limited = 0;
    for (int i = 0; i < 12; ++i) {
        const int status = postPinned(https, pinned(), SummaryReceiver::pairPath, body).status;
        forbidden += status == 403;
        limited += status == 429;
    }
    EXPECT_EQ(forbidden, 10);
    EXPECT_EQ(limited, 2);
    console.now = console.now.addSecs(61);
    EXPECT_EQ(postPinned(https, pinned(), SummaryReceiver::pairPath, body).status, 403);
}

// --- delivery ------------------------------------------------------------------------------

TEST_F(SyncEndToEnd, FiveHundredIntakesSavedWhileTheConsoleIsStoppedAllArriveExactlyOnce)
{
    startConsole();
    ASSERT_TRUE(pair(pairingCode()).ok());
    const quint16 consolePort = port;
    receiver->close();
    saveIntakes(500);

    SyncClient::Options options;
    options.backoff = Backoff{20ms, 200ms};
    options.idlePoll = 100ms;
    options.random = [] { return 0.5; };
    options.clock = clock();
    const QString storePath = kiosk.storePath();
    const QString keyFile = kiosk.keyFile();
    SyncClient client([storePath, keyFile] { return IntakeStore::open(storePath, KekSource::keyFile(keyFile)); }, options);
    client.start();
    // the console is off: the worker fails, backs off, and keeps everything
    ASSERT_TRUE(waitUntil([&] { return client.state().failures >= 2; }, 30s))
        << client.state().started << " " << client.state().lastError.toStdString() << " " << client.state().backlog;
    SyncState state = client.state();
    EXPECT_TRUE(state.paired);
    EXPECT_EQ(state.backlog, 500);
    EXPECT_TRUE(state.lastError.contains(QLatin1String("cannot reach"))) << state.lastError.toStdString();
    EXPECT_TRUE(state.nextAttempt.isValid());
    EXPECT_FALSE(state.lastSuccess.isValid());

    ASSERT_TRUE(receiver->listen(QHostAddress::LocalHost, consolePort).ok());
    ASSERT_TRUE(waitUntil([&] { return client.state().backlog == 0 && client.state().lastError.isEmpty(); }, 120s))
        << client.state().backlog << " left: " << client.state().lastError.toStdString();
    client.stop();
    state = client.state();
    EXPECT_TRUE(state.lastSuccess.isValid());
    EXPECT_EQ(state.failures, 0);

    EXPECT_EQ(consoleSummaries(), 500);
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(DISTINCT uuid) FROM summaries")), 500);
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'summary.received'")), 500);
    EXPECT_EQ(kioskPending(), 0);
    EXPECT_EQ(signalled, 500);
}

TEST_F(SyncEndToEnd, ARefusedSummaryDoesNotHoldUpTheOthers)
{
    startConsole();
    ASSERT_TRUE(pair(pairingCode()).ok());
    saveIntakes(3);
    // the middle row's payload is not a valid summary (a row written by a broken build)
    QSqlQuery query(kiosk.store->database());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE outbox SET payload = '{\"format\":\"intake-summary\"}' WHERE id = 2")));
    const DrainReport report = drain();
    EXPECT_EQ(report.sent, 2);
    EXPECT_EQ(report.rejected, 1);
    EXPECT_EQ(report.remaining, 1);
    EXPECT_TRUE(report.error.contains(QLatin1String("400"))) << report.error.toStdString();
    EXPECT_EQ(consoleSummaries(), 2);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT attempts, last_error FROM outbox WHERE id = 2")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    EXPECT_TRUE(query.value(1).toString().contains(QLatin1String("400")));
}

TEST_F(SyncEndToEnd, ABatchIsStoredOnceWithAVerdictPerSummary)
{
    const KioskPairing pairing = startPairedConsole();
    PinnedHttps https;
    const QString path = SummaryReceiver::batchesPath;
    const QByteArray body = Summary::batchBody({sampleSummaryBytes(0), "{\"format\":\"intake-summary\"}", sampleSummaryBytes(2)});
    const auto headers = signedFor(pairing, body, console.now, path);
    const Answer answer = postPinned(https, pinned(), path, body, headers);
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    const QJsonArray results = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results.at(0).toObject().value(QStringLiteral("ack")).toString(), sampleIntake(0).uuid);
    EXPECT_FALSE(results.at(0).toObject().value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(results.at(1).toObject().value(QStringLiteral("status")).toInt(), 400);
    EXPECT_TRUE(results.at(1).toObject().value(QStringLiteral("error")).toString().startsWith(QLatin1String("summaries[1]: ")));
    EXPECT_FALSE(results.at(1).toObject().contains(QStringLiteral("ack")));
    EXPECT_EQ(results.at(2).toObject().value(QStringLiteral("ack")).toString(), sampleIntake(2).uuid);
    EXPECT_EQ(consoleSummaries(), 2);
    EXPECT_EQ(signalled, 2);
    // one nonce for the request, one audit entry per stored summary
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM seen_nonces")), 1);
    EXPECT_EQ(countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'summary.received'")), 2);

    // the same request again is a replay; the same batch signed anew is acknowledged as duplicates
    EXPECT_EQ(postPinned(https, pinned(), path, body, headers).status, 401);
    const Answer again = postSigned(https, pairing, path, body, console.now.addSecs(1));
    ASSERT_EQ(again.status, 200);
    const QJsonArray resent = QJsonDocument::fromJson(again.body).object().value(QStringLiteral("results")).toArray();
    EXPECT_TRUE(resent.at(0).toObject().value(QStringLiteral("duplicate")).toBool());
    EXPECT_TRUE(resent.at(2).toObject().value(QStringLiteral("duplicate")).toBool());
    EXPECT_EQ(consoleSummaries(), 2);
    EXPECT_EQ(signalled, 2);
    // a batch signed for the single-summary path is not accepted on the batch path
    EXPECT_EQ(postPinned(https, pinned(), path, body, signedFor(pairing, body, console.now.addSecs(2))).status, 401);
}

TEST_F(SyncEndToEnd, AMalformedBatchIsRefusedWholeAndTheConsoleKeepsServing)
{
    const KioskPairing pairing = startPairedConsole();
    PinnedHttps https;
    const auto post = [&](const QByteArray &body) { return postSigned(https, pairing, SummaryReceiver::batchesPath, body, console.now); };
    const QByteArray one = sampleSummaryBytes(1);
    QList<QByteArray> tooMany;
    for (int i = 0; i <= SummaryParser::maxBatchSummaries; ++i)
        tooMany.append(one);
    for (const QByteArray &body : {QByteArray("{\"format\":"), QByteArray("[]"), one, Summary::batchBody({}), Summary::batchBody(tooMany),
                                   QByteArray("{\"format\":\"intake-summary-batch\",\"version\":1,\"summaries\":\"all\"}")}) {
        const Answer answer = post(body);
        EXPECT_EQ(answer.status, 400) << body.left(60).toStdString();
        EXPECT_FALSE(QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString().isEmpty());
    }
    // a batch of summaries that all fail validation: answered at once, nothing stored
    const Answer invalid = post(Summary::batchBody({"{}", "[]"}));
    ASSERT_EQ(invalid.status, 200);
    EXPECT_EQ(QJsonDocument::fromJson(invalid.body).object().value(QStringLiteral("results")).toArray().size(), 2);
    EXPECT_EQ(consoleSummaries(), 0);
    saveIntakes(3);
    EXPECT_TRUE(drain().delivered());
    EXPECT_EQ(consoleSummaries(), 3);
}

TEST_F(SyncEndToEnd, ABacklogGoesInBatchesAndABatchTooLargeForTheConsoleGoesOneByOne)
{
    // a console that takes at most 16 KiB per request: one summary fits, a batch of 16 does not
    SummaryReceiver::Limits limits = testLimits();
    limits.maxBodyBytes = 16 * 1024;
    startConsole(limits);
    ASSERT_TRUE(pair(pairingCode()).ok());
    saveIntakes(40);
    const DrainReport report = drain();
    EXPECT_TRUE(report.delivered()) << report.error.toStdString();
    EXPECT_EQ(report.sent, 40);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_EQ(report.remaining, 0);
    EXPECT_EQ(consoleSummaries(), 40);
    EXPECT_EQ(kioskPending(), 0);

    // with room for them, the next backlog goes in batches: fewer requests (nonces) than summaries
    receiver.reset();
    startConsole();
    const qint64 noncesBefore = countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM seen_nonces"));
    saveIntakes(40, 100);
    const DrainReport batched = drain();
    EXPECT_TRUE(batched.delivered()) << batched.error.toStdString();
    EXPECT_EQ(batched.sent, 40);
    EXPECT_EQ(consoleSummaries(), 80);
    const qint64 requests = countRows(console.repository.database(), QStringLiteral("SELECT count(*) FROM seen_nonces")) - noncesBefore;
    EXPECT_LE(requests, (40 + OutboxSender::summariesPerRequest - 1) / OutboxSender::summariesPerRequest);
}

TEST_F(SyncEndToEnd, AnUnpairedKioskSendsNothing)
{
    startConsole();
    saveIntakes(1);
    const DrainReport report = drain();
    EXPECT_EQ(report.stop, DrainReport::Stop::NotPaired);
    EXPECT_EQ(report.remaining, 1);
}

TEST(Backoff, FullJitterWithinTheDoublingCeiling)
{
    const Backoff backoff;  // 2 s, 5 min
    EXPECT_EQ(backoff.ceiling(1), 2000ms);
    EXPECT_EQ(backoff.ceiling(2), 4000ms);
    EXPECT_EQ(backoff.ceiling(8), 256000ms);
    EXPECT_EQ(backoff.ceiling(9), 300000ms);
    EXPECT_EQ(backoff.ceiling(1000), 300000ms);
    EXPECT_EQ(backoff.delay(1, 0.0), 0ms);
    EXPECT_EQ(backoff.delay(1, 0.5), 1000ms);
    EXPECT_EQ(backoff.delay(3, 0.999), 7992ms);
    EXPECT_EQ(backoff.delay(20, 0.25), 75000ms);
}
