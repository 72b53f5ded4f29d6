#pragma once

#include "common/result.h"
#include "sync/consolediscovery.h"

#include <QQmlApplicationEngine>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class AdminController;
class IdleMonitor;
class IntakeSession;
class KioskStore;
class KioskSync;
class UiLanguage;
class QQuickWindow;

// What the kiosk is started with (the command line, or a test).
struct KioskOptions
{
    bool demo = false;           // a throw-away store with a key file, and the demo staff PIN
    QString dataDirectory;       // the store's folder (default: intake::defaultStoreDirectory())
    QString keyFile;             // unlock with this key file instead of a staff passphrase
    QString kioskId = QStringLiteral("kiosk-1");
    int idleTimeoutSeconds = 60;
    int idleCountdownSeconds = 20;
    // Where the kiosk asks for the staff console when staff type its short pairing code: the
    // LAN's broadcast address, or the console's own address, and the console's discovery port.
    QString discoveryAddress = QStringLiteral("255.255.255.255");
    quint16 discoveryPort = intake::ConsoleDiscovery::defaultPort;
};

// The composition root of intake-kiosk: builds the questionnaire, rules, consent, store,
// session, idle monitor and admin controller, wires them with constructor arguments, hands them
// to QML as singletons and loads the window. main() and the end-to-end test both use it.
class KioskApplication
{
public:
    // The demo staff PIN, set in the demo store (a real kiosk's PIN is set with intake-cli
    // set-admin-pin).
    static const QString demoStaffPin;

    explicit KioskApplication(KioskOptions options);
    ~KioskApplication();

    // Loads everything; an error names what did not load (a bad questionnaire file, QML).
    intake::Status start();

    QQuickWindow *window() const;
    IntakeSession &session() const { return *m_session; }
    KioskStore &store() const { return *m_store; }
    IdleMonitor &idleMonitor() const { return *m_idle; }
    AdminController &admin() const { return *m_admin; }
    KioskSync &sync() const { return *m_sync; }
    UiLanguage &languages() const { return *m_languages; }
    QString dataDirectory() const { return m_options.dataDirectory; }

private:
    intake::Status prepareDemoStore();

    KioskOptions m_options;
    std::unique_ptr<QTemporaryDir> m_demoDirectory;
    // the engine is declared first so that it is destroyed last (QML reads the objects below)
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<KioskStore> m_store;
    std::unique_ptr<IntakeSession> m_session;
    std::unique_ptr<IdleMonitor> m_idle;
    std::unique_ptr<AdminController> m_admin;
    // after the store: it stops its worker before the store closes
    std::unique_ptr<KioskSync> m_sync;
    UiLanguage *m_languages = nullptr;  // owned by the engine
};
