// The kiosk's sync view-model (KioskSync, behind the staff screen) against a real console: a
// SummaryReceiver over TLS on 127.0.0.1 with a real console store, and a real kiosk store
// opened through KioskStore as the kiosk opens it. Pairing from a typed code, waiting for the
// console's approval (or being rejected) with the key fingerprint the console shows; pairing
// from the short code (the console found on 127.0.0.1, its fingerprint confirmed); a saved
// intake sent at once, the state staff see, and the worker stopping when the store is locked.

#include "kioskstore.h"
#include "kiosksync.h"

#include "storetestsupport.h"
#include "sync/kioskpairing.h"
#include "sync/consolediscovery.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"
#include "sync/summaryreceiver.h"
#include "synctestnetwork.h"
#include "synctestsupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;
using namespace std::chrono_literals;

namespace {

QDateTime systemClock()
{
    return QDateTime::currentDateTimeUtc();
}

class KioskSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto identity = TlsIdentity::generate(systemClock());
        ASSERT_TRUE(identity.ok());
        fingerprint = identity->fingerprint();
        // the kiosk signs with the real clock; the console checks timestamps against the same
        receiver = std::make_unique<SummaryReceiver>(console.repository, std::move(identity).value(), &systemClock);
        QObject::connect(receiver.get(), &SummaryReceiver::summariesReceived, receiver.get(), [this](const QList<ArrivedSummary> &arrived) {
            for (const ArrivedSummary &summary : arrived)
                received.append(summary.uuid);
        });
        auto listening = receiver->listen(QHostAddress::LocalHost);
        ASSERT_TRUE(listening.ok()) << listening.error().message.toStdString();
        port = listening.value();

        kiosk.store.reset();  // KioskStore opens the store itself, as the kiosk does
        store = std::make_unique<KioskStore>(kiosk.storePath(), kiosk.keyFile(), shippedQuestionnaire());
        ASSERT_TRUE(store->unlockWithKeyFile()) << store->lastError().toStdString();
        SyncClient::Options options;
        options.backoff.base = 200ms;
        // where the kiosk asks for the console: this test's own discovery port on 127.0.0.1
        responder = std::make_unique<DiscoveryResponder>(QStringLiteral("127.0.0.1"), port, fingerprint, &systemClock);
        auto answering = responder->listen(QHostAddress::LocalHost, 0);
        ASSERT_TRUE(answering.ok()) << answering.error().message.toStdString();
        ConsoleFinder::Options discovery;
        discovery.target = QHostAddress::LocalHost;
        discovery.port = answering.value();
        discovery.wait = 600ms;
        sync = std::make_unique<KioskSync>(*store, QStringLiteral("Front desk tablet"), options, &systemClock, discovery);
    }

    void TearDown() override
    {
        sync.reset();
        store.reset();
    }

    QString pairingCode()
    {
        auto token = console.repository.issuePairingToken(console.adminId);
        EXPECT_TRUE(token.ok());
        return PairingCode{QStringLiteral("127.0.0.1"), port, fingerprint, token->token}.toString();
    }

    bool pairWith(const QString &code)
    {
        QSignalSpy changed(sync.get(), &KioskSync::pairingChanged);
        sync->pair(code);
        return waitUntil([&] { return !sync->isPairing(); }, 20s) && changed.size() >= 1;
    }

    /// The one kiosk paired with the console, as the console lists it.
    KioskInfo pairedKiosk()
    {
        const auto kiosks = console.repository.kiosks();
        EXPECT_TRUE(kiosks.ok() && kiosks->size() == 1);
        return kiosks.ok() && !kiosks->isEmpty() ? kiosks->first() : KioskInfo{};
    }

    ConsoleFixture console;
    TempKeyFileStore kiosk{StoreSchema::Kiosk};
    std::unique_ptr<SummaryReceiver> receiver;
    std::unique_ptr<DiscoveryResponder> responder;
    quint16 port = 0;
    QString fingerprint;
    QStringList received;
    std::unique_ptr<KioskStore> store;
    std::unique_ptr<KioskSync> sync;
};

} // namespace

TEST_F(KioskSyncTest, AnOpenStoreRunsTheWorkerWhichReportsNotPairedAndTheBacklog)
{
    ASSERT_TRUE(store->save(sampleIntake(0, systemClock())).ok());
    EXPECT_TRUE(sync->isRunning());
    ASSERT_TRUE(waitUntil([&] { return sync->backlog() == 1; }, 20s)) << "backlog " << sync->backlog();
    EXPECT_FALSE(sync->isPaired());
    EXPECT_TRUE(received.isEmpty());
}

TEST_F(KioskSyncTest, PairingFromTheConsolesCodeWaitsForApprovalThenASavedIntakeArrivesAtOnce)
{
    ASSERT_TRUE(pairWith(pairingCode()));
    EXPECT_EQ(sync->pairingError(), QString());
    auto pairing = KioskPairing::load(store->intakeStore()->database());
    ASSERT_TRUE(pairing.ok() && pairing->has_value());
    EXPECT_EQ((*pairing)->fingerprint, fingerprint);
    ASSERT_TRUE(waitUntil([&] { return sync->isPaired(); }, 20s));
    EXPECT_EQ(sync->consoleAddress(), QStringLiteral("127.0.0.1:%1").arg(port));

    // the staff screen says it waits at the front desk, with the fingerprint the console shows
    const KioskInfo listed = pairedKiosk();
    EXPECT_EQ(listed.name, QStringLiteral("Front desk tablet"));
    EXPECT_TRUE(listed.awaitingApproval());
    EXPECT_TRUE(sync->isAwaitingApproval());
    EXPECT_FALSE(sync->isRejected());
    EXPECT_EQ(sync->keyFingerprint(), listed.fingerprint);
    EXPECT_FALSE(sync->keyFingerprint().isEmpty());
    const FinishedIntake waiting = sampleIntake(0, systemClock());
    ASSERT_TRUE(store->save(waiting).ok());
    ASSERT_TRUE(waitUntil([&] { return sync->backlog() == 1 && sync->isAwaitingApproval(); }, 15s));
    EXPECT_TRUE(received.isEmpty());
    EXPECT_EQ(store->pendingSync(), 1);

    // approved at the console; the next pass (here "Send now") delivers it and says so
    ASSERT_TRUE(console.repository.approveKiosk(listed.id, console.adminId).ok());
    sync->syncNow();
    ASSERT_TRUE(waitUntil([&] { return received.contains(waiting.uuid); }, 15s));
    ASSERT_TRUE(waitUntil([&] { return !sync->isAwaitingApproval(); }, 15s));

    const FinishedIntake intake = sampleIntake(1, systemClock());
    ASSERT_TRUE(store->save(intake).ok());
    // sent on save, not at the next poll (30 s away)
    ASSERT_TRUE(waitUntil([&] { return received.contains(intake.uuid); }, 15s));
    // the row is marked sent a moment after the acknowledgement (a pass before the save may
    // already have reported an empty backlog and a success)
    ASSERT_TRUE(waitUntil([&] { return store->pendingSync() == 0; }, 15s));
    ASSERT_TRUE(waitUntil([&] { return sync->backlog() == 0 && sync->lastSuccess().isValid(); }, 15s));
    EXPECT_EQ(sync->lastError(), QString());
}

TEST_F(KioskSyncTest, AWrongCodeOrAWrongFingerprintIsRefusedAndNothingIsStored)
{
    ASSERT_TRUE(pairWith(QStringLiteral("not a code")));
    EXPECT_FALSE(sync->pairingError().isEmpty());

    auto code = PairingCode::parse(pairingCode());
    ASSERT_TRUE(code.ok());
    code->fingerprint = QString(64, u'a');
    ASSERT_TRUE(pairWith(code->toString()));
    EXPECT_FALSE(sync->pairingError().isEmpty());
    auto pairing = KioskPairing::load(store->intakeStore()->database());
    ASSERT_TRUE(pairing.ok());
    EXPECT_FALSE(pairing->has_value());
}

TEST_F(KioskSyncTest, TheShortCodeFindsTheConsoleWhoseFingerprintStaffConfirmBeforeAnythingIsStored)
{
    auto token = console.repository.issuePairingToken(console.adminId);
    ASSERT_TRUE(token.ok());
    // typed as staff type it on the on-screen keyboard: lower case, the hyphen left out
    sync->pair(token->shortCode.toLower());
    EXPECT_TRUE(sync->isFindingConsole());
    ASSERT_TRUE(waitUntil([&] { return !sync->isFindingConsole(); }, 20s));
    ASSERT_TRUE(sync->isConfirmingConsole()) << sync->pairingError().toStdString();
    EXPECT_EQ(sync->foundConsoleAddress(), QStringLiteral("127.0.0.1:%1").arg(port));
    EXPECT_EQ(sync->foundConsoleFingerprint(), ShortPairingCode::forPeople(fingerprint));
    // nothing is paired or stored until staff confirm the fingerprint
    EXPECT_TRUE(console.repository.kiosks()->isEmpty());
    EXPECT_FALSE(KioskPairing::load(store->intakeStore()->database())->has_value());

    QSignalSpy paired(sync.get(), &KioskSync::paired);
    sync->confirmConsole();
    ASSERT_TRUE(waitUntil([&] { return !sync->isPairing(); }, 20s));
    EXPECT_EQ(sync->pairingError(), QString());
    EXPECT_EQ(paired.size(), 1);
    EXPECT_FALSE(sync->isConfirmingConsole());
    auto pairing = KioskPairing::load(store->intakeStore()->database());
    ASSERT_TRUE(pairing.ok() && pairing->has_value());
    EXPECT_EQ((*pairing)->fingerprint, fingerprint);
    ASSERT_TRUE(waitUntil([&] { return sync->isAwaitingApproval(); }, 20s));
    EXPECT_EQ(sync->keyFingerprint(), pairedKiosk().fingerprint);
}

TEST_F(KioskSyncTest, AShortCodeStaffCancelOrThatNoConsoleAnswersPairsNothing)
{
    auto token = console.repository.issuePairingToken(console.adminId);
    ASSERT_TRUE(token.ok());
    sync->pair(ShortPairingCode::display(token->shortCode));
    ASSERT_TRUE(waitUntil([&] { return sync->isConfirmingConsole(); }, 20s)) << sync->pairingError().toStdString();
    sync->cancelPairing();  // the fingerprints differ
    EXPECT_FALSE(sync->isConfirmingConsole());
    EXPECT_EQ(sync->foundConsoleFingerprint(), QString());
    sync->confirmConsole();  // too late: nothing to confirm
    EXPECT_FALSE(sync->isPairing());
    EXPECT_TRUE(console.repository.kiosks()->isEmpty());

    sync->pair(QStringLiteral("7KQ4M-XT9"));
    EXPECT_FALSE(sync->isFindingConsole());
    EXPECT_TRUE(sync->pairingError().contains(QLatin1String("10 letters and digits"))) << sync->pairingError().toStdString();

    responder.reset();  // no console answers
    sync->pair(token->shortCode);
    ASSERT_TRUE(waitUntil([&] { return !sync->isFindingConsole(); }, 20s));
    EXPECT_FALSE(sync->isConfirmingConsole());
    EXPECT_TRUE(sync->pairingError().contains(QLatin1String("No staff console answered"))) << sync->pairingError().toStdString();
    EXPECT_TRUE(console.repository.kiosks()->isEmpty());
    EXPECT_FALSE(KioskPairing::load(store->intakeStore()->database())->has_value());
}

TEST_F(KioskSyncTest, ARejectedKioskSaysSoAndKeepsItsIntakes)
{
    ASSERT_TRUE(pairWith(pairingCode()));
    ASSERT_TRUE(waitUntil([&] { return sync->isAwaitingApproval(); }, 20s));
    ASSERT_TRUE(console.repository.rejectKiosk(pairedKiosk().id, console.adminId).ok());
    const FinishedIntake intake = sampleIntake(3, systemClock());
    ASSERT_TRUE(store->save(intake).ok());
    ASSERT_TRUE(waitUntil([&] { return sync->isRejected(); }, 15s));
    EXPECT_FALSE(sync->isAwaitingApproval());
    EXPECT_TRUE(received.isEmpty());
    EXPECT_EQ(store->pendingSync(), 1);
}

TEST_F(KioskSyncTest, LockingTheStoreStopsTheWorkerAndUnlockingStartsItAgain)
{
    ASSERT_TRUE(pairWith(pairingCode()));
    ASSERT_TRUE(waitUntil([&] { return sync->isPaired(); }, 20s));
    ASSERT_TRUE(console.repository.approveKiosk(pairedKiosk().id, console.adminId).ok());
    store->lock();
    EXPECT_FALSE(sync->isRunning());
    EXPECT_FALSE(sync->isPaired());
    sync->syncNow();  // harmless while locked

    ASSERT_TRUE(store->unlockWithKeyFile());
    EXPECT_TRUE(sync->isRunning());
    const FinishedIntake intake = sampleIntake(2, systemClock());
    ASSERT_TRUE(store->save(intake).ok());
    EXPECT_TRUE(waitUntil([&] { return received.contains(intake.uuid); }, 15s));
}
