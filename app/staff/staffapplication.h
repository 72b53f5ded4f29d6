#pragma once

#include "common/result.h"
#include "console/consolerepository.h"
#include "sync/consolediscovery.h"
#include "sync/summaryreceiver.h"

#include <QHostAddress>
#include <QQmlApplicationEngine>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>

#include <memory>

class ArrivalChime;
class DecisionForm;
class IntakeDetail;
class PairingController;
class ReceiverStatus;
class QQuickWindow;
class RetentionSettings;
class ReviewQueueModel;
class StaffAdmin;
class StaffSession;
class UiLanguage;

namespace intake {
class ConsoleRepository;
}

// What the staff console is started with (the command line, or a test).
struct StaffOptions
{
    bool demo = false;        // a throw-away store with a key file, a demo admin and demo intakes
    QString dataDirectory;    // the console store's folder (default: <shared data folder>/console)
    QString keyFile;          // unlock with this key file instead of a staff passphrase
    QString listenAddress;    // the LAN address kiosks reach (default: the one kept in the store,
                              // else this computer's first IPv4 LAN address)
    int port = -1;            // -1: the one kept in the store, else defaultPort (demo: any free port)
    int discoveryPort = -1;   // UDP, where kiosks ask for this console (0: nowhere; -1: the default port,
                              // ConsoleDiscovery::defaultPort, except in a demo)
    bool seedDemo = true;     // demo: staff, a paired tablet and intakes (false: an empty store)
    std::chrono::milliseconds idleTimeout = std::chrono::minutes(5);  // sign out after this long without input
    std::chrono::milliseconds idleWarning = std::chrono::seconds(30); // ... after a warning this long
    intake::SummaryReceiver::Limits receiverLimits;  // what the receiver takes (tests shorten its times)
};

// The composition root of intake-staff: builds the console's session (store, sign-in), its
// view-models, the HTTPS receiver that kiosks send their summaries to (started once the store
// is open) and the arrival chime; wires them with constructor arguments and signals, hands them
// to QML as singletons and loads the window. main() and the tests both use it.
class StaffApplication
{
public:
    static const QString demoAdminName;
    static const QString demoAdminPin;
    static constexpr quint16 defaultPort = intake::ConsoleRepository::defaultListenPort;
    // Where the listening address and port are kept (StoreSettings).
    static const QString listenAddressSetting;
    static const QString listenPortSetting;
    // Whether staff muted the arrival chime ("true" or "false"), kept likewise.
    static const QString chimeMutedSetting;

    explicit StaffApplication(StaffOptions options);
    ~StaffApplication();

    // Loads everything; an error names what did not load. The window (not shown yet) is no
    // larger than its screen's free area, and never smaller than its minimum size.
    intake::Status start();

    QQuickWindow *window() const;
    StaffSession &session() const { return *m_session; }
    ReviewQueueModel &queue() const { return *m_queue; }
    IntakeDetail &detail() const { return *m_detail; }
    DecisionForm &decisionForm() const { return *m_decision; }
    PairingController &pairing() const { return *m_pairing; }
    StaffAdmin &staffAdmin() const { return *m_admin; }
    RetentionSettings &retention() const { return *m_retention; }
    ArrivalChime &chime() const { return *m_chime; }
    ReceiverStatus &receiverStatus() const { return *m_receiverStatus; }
    UiLanguage &language() const { return *m_language; }
    // Null until the store is open and the receiver listens.
    intake::SummaryReceiver *receiver() const { return m_receiver.get(); }
    // Why the receiver is not listening ("" when it is).
    QString receiverError() const { return m_receiverError; }

    // The demo's staff (the demo admin unless there is staff already), a paired and approved
    // tablet, this morning's intakes, one of them decided, and two of yesterday.
    static intake::Status seedDemo(intake::ConsoleRepository &repository);

private:
    intake::Status prepareDemoStore();
    // The store is open: the TLS identity and the receiver, and the chime as staff left it.
    void storeOpened();
    // Keeps the chime's mute in the store (chimeMutedSetting).
    void keepChimeMuted();
    // Deletes what is past the retention period (ConsoleRetention): when the store opens, then
    // once a day while it is open.
    void purgeExpired();
    // Shrinks the window to its screen's free area (down to its minimum size).
    void fitWindowToScreen();

    intake::Status startReceiver();
    // Answers kiosks that look for this console on the LAN (the short pairing code); a failure is only logged.
    void startDiscovery(const QHostAddress &host, quint16 port, const QString &fingerprint);

    StaffOptions m_options;
    std::unique_ptr<QTemporaryDir> m_demoDirectory;
    // the engine is declared first so that it is destroyed last (QML reads the objects below)
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<StaffSession> m_session;
    std::unique_ptr<ReviewQueueModel> m_queue;
    std::unique_ptr<IntakeDetail> m_detail;
    std::unique_ptr<DecisionForm> m_decision;
    std::unique_ptr<PairingController> m_pairing;
    std::unique_ptr<StaffAdmin> m_admin;
    std::unique_ptr<RetentionSettings> m_retention;
    std::unique_ptr<ArrivalChime> m_chime;
    std::unique_ptr<ReceiverStatus> m_receiverStatus;
    std::unique_ptr<intake::SummaryReceiver> m_receiver;
    std::unique_ptr<intake::DiscoveryResponder> m_discovery;
    QString m_receiverError;
    QTimer m_dailyPurge;
    UiLanguage *m_language = nullptr;  // owned by the engine
};
