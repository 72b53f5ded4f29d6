#pragma once

#include "sync/consolediscovery.h"
#include "sync/kioskpairing.h"
#include "sync/syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class KioskStore;

namespace intake {
class PairingClient;
}

// The kiosk's sync as the staff screen sees it (docs/SYNC.md): while the store is open, a
// SyncClient drains the outbox to the paired staff console on its own thread; this shows its
// state (paired with which console, this kiosk's key fingerprint, whether the console has
// approved it yet, summaries waiting, last success, last error) and pairs the kiosk from a
// pairing code typed on the admin screen: the full code, or the short one, with which the kiosk
// first finds the console on the LAN and shows its certificate's fingerprint for staff to
// confirm against the console's screen before it pairs. Nothing here blocks the screen:
// finding, pairing and sending are asynchronous. No personal data passes through it.
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
    // A short code was typed: the kiosk is asking the LAN for the staff console.
    Q_PROPERTY(bool findingConsole READ isFindingConsole NOTIFY pairingChanged)
    // The console found for a short code waits for staff to confirm its fingerprint.
    Q_PROPERTY(bool confirmingConsole READ isConfirmingConsole NOTIFY pairingChanged)
    // That console's address ("host:port") and its certificate's fingerprint as staff compare
    // it with the console's screen ("9F3A 12BC 77D0 E4A1 0B5C"); "" when none waits.
    Q_PROPERTY(QString foundConsoleAddress READ foundConsoleAddress NOTIFY pairingChanged)
    Q_PROPERTY(QString foundConsoleFingerprint READ foundConsoleFingerprint NOTIFY pairingChanged)
    // How many letters and digits the short pairing code has.
    Q_PROPERTY(int shortCodeLength READ shortCodeLength CONSTANT)
    // Why the last pairing failed ("" when it did not, or none was tried).
    Q_PROPERTY(QString pairingError READ pairingError NOTIFY pairingChanged)

public:
    using Clock = std::function<QDateTime()>;

    // `kioskName` is what the console lists this kiosk as.
    KioskSync(KioskStore &store, QString kioskName, intake::SyncClient::Options options, Clock clock,
              QObject *parent = nullptr);
    // The same, asking for the console where `discovery` says (the LAN's broadcast address by default).
    KioskSync(KioskStore &store, QString kioskName, intake::SyncClient::Options options, Clock clock,
              intake::ConsoleFinder::Options discovery, QObject *parent = nullptr);
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
    bool isFindingConsole() const { return m_finder != nullptr; }
    bool isConfirmingConsole() const { return m_foundConsole.has_value() && !m_pairingClient; }
    QString foundConsoleAddress() const;
    QString foundConsoleFingerprint() const;
    static int shortCodeLength();
    QString pairingError() const { return m_pairingError; }

    // Pairs with the console of `code` (the full code as the console shows it); the result
    // arrives as pairingChanged (pairingError empty on success), then a pass starts. With the
    // short code, the kiosk looks for the console first: then confirmingConsole, or an error.
    Q_INVOKABLE void pair(const QString &code);
    // Staff have compared foundConsoleFingerprint with the console's screen: pair with it.
    Q_INVOKABLE void confirmConsole();
    // Staff gave up (or the fingerprints differ): forget the console found and the short code.
    Q_INVOKABLE void cancelPairing();
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
    void consolesFound(intake::Result<QList<intake::FoundConsole>> found);
    void setPairingError(const QString &message);

    KioskStore &m_store;
    QString m_kioskName;
    intake::SyncClient::Options m_options;
    Clock m_clock;
    std::unique_ptr<intake::SyncClient> m_client;
    intake::SyncState m_state;
    intake::ConsoleFinder::Options m_discovery;
    intake::PairingClient *m_pairingClient = nullptr;
    intake::ConsoleFinder *m_finder = nullptr;
    QString m_shortCode;  // canonical, between typing and pairing (never shown or logged)
    std::optional<intake::FoundConsole> m_foundConsole;
    QString m_pairingError;
};
