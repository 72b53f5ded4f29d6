#pragma once

#include "sync/kioskpairing.h"
#include "sync/syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class KioskStore;

namespace intake {
class PairingClient;
}

// The kiosk's sync as the staff screen sees it (docs/SYNC.md): while the store is open, a
// SyncClient drains the outbox to the paired staff console on its own thread; this shows its
// state (paired with which console, this kiosk's key fingerprint, whether the console has
// approved it yet, summaries waiting, last success, last error) and pairs the kiosk from a
// pairing code typed on the admin screen. Nothing here blocks the screen: pairing and sending
// are asynchronous. No personal data passes through it.
class KioskSync : public QObject
{
    Q_OBJECT

    Q_PROPERTY(bool running READ isRunning NOTIFY stateChanged)
    Q_PROPERTY(bool paired READ isPaired NOTIFY stateChanged)
    Q_PROPERTY(QString consoleAddress READ consoleAddress NOTIFY stateChanged)
    // Summaries waiting to be sent; -1 until the worker has looked.
    Q_PROPERTY(int backlog READ backlog NOTIFY stateChanged)
    // Local time of the last pass that emptied the outbox; invalid before the first.
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY stateChanged)
    // Why the last pass failed, for staff ("" after a clean pass).
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QDateTime nextAttempt READ nextAttempt NOTIFY stateChanged)
    // Paired, and the console has not approved this kiosk yet: its summaries wait here until an
    // administrator approves it at the front desk (comparing keyFingerprint).
    Q_PROPERTY(bool awaitingApproval READ isAwaitingApproval NOTIFY stateChanged)
    // Paired, and the console rejected this kiosk: it must be paired again.
    Q_PROPERTY(bool rejected READ isRejected NOTIFY stateChanged)
    // The fingerprint of this kiosk's key ("3F9A 12BC 77D0 E4A1"), which the console shows beside
    // it for staff to compare; "" when not paired.
    Q_PROPERTY(QString keyFingerprint READ keyFingerprint NOTIFY stateChanged)
    Q_PROPERTY(bool pairing READ isPairing NOTIFY pairingChanged)
    // Why the last pairing failed ("" when it did not, or none was tried).
    Q_PROPERTY(QString pairingError READ pairingError NOTIFY pairingChanged)

public:
    using Clock = std::function<QDateTime()>;

    // `kioskName` is what the console lists this kiosk as.
    KioskSync(KioskStore &store, QString kioskName, intake::SyncClient::Options options, Clock clock,
              QObject *parent = nullptr);
    ~KioskSync() override;

    bool isRunning() const { return m_client != nullptr; }
    bool isPaired() const { return m_state.paired; }
    QString consoleAddress() const { return m_state.console; }
    int backlog() const { return static_cast<int>(m_state.backlog); }
    QDateTime lastSuccess() const { return m_state.lastSuccess.toLocalTime(); }
    QString lastError() const { return m_state.lastError; }
    QDateTime nextAttempt() const { return m_state.nextAttempt.toLocalTime(); }
    bool isAwaitingApproval() const { return m_state.paired && m_state.approval == intake::KioskApproval::Pending; }
    bool isRejected() const { return m_state.paired && m_state.approval == intake::KioskApproval::Rejected; }
    QString keyFingerprint() const { return m_state.paired ? m_state.keyFingerprint : QString(); }
    bool isPairing() const { return m_pairingClient != nullptr; }
    QString pairingError() const { return m_pairingError; }

    // Pairs with the console of `code` (as the console shows it); the result arrives as
    // pairingChanged (pairingError empty on success), then a pass starts.
    Q_INVOKABLE void pair(const QString &code);
    // Asks for a pass now (after a save, or staff tapped "Send now").
    Q_INVOKABLE void syncNow();

Q_SIGNALS:
    void stateChanged();
    void pairingChanged();
    // A pairing succeeded.
    void paired();

private:
    void storeLockedChanged();
    void setState(const intake::SyncState &state);
    void pairingDone(intake::Result<intake::KioskPairing> result);

    KioskStore &m_store;
    QString m_kioskName;
    intake::SyncClient::Options m_options;
    Clock m_clock;
    std::unique_ptr<intake::SyncClient> m_client;
    intake::SyncState m_state;
    intake::PairingClient *m_pairingClient = nullptr;
    QString m_pairingError;
};
