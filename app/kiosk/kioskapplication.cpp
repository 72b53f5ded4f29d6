#include "kioskapplication.h"

#include "kiosklogging.h"
#include "qmlsingletons.h"

#include "demostore.h"
#include "qmlengine.h"

#include "consent/consentdocument.h"
#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "shippedassets.h"
#include "store/adminpinguard.h"
#include "store/storelocation.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

// The QML modules are static libraries: pull in their plugins (types, qmldir, compiled QML).
Q_IMPORT_QML_PLUGIN(Intake_CommonPlugin)
Q_IMPORT_QML_PLUGIN(Intake_KioskPlugin)

using namespace intake;
using namespace Qt::StringLiterals;

const QString KioskApplication::demoStaffPin = u"258025"_s;

namespace {
QDateTime systemClock()
{
    return QDateTime::currentDateTime();
}
} // namespace

KioskApplication::KioskApplication(KioskOptions options) : m_options(std::move(options)) {}

KioskApplication::~KioskApplication()
{
    // QML first: its bindings read the objects below until the engine is gone
    m_engine.reset();
    UiLanguageSingleton::instance = nullptr;
    IntakeSessionSingleton::instance = nullptr;
    KioskStoreSingleton::instance = nullptr;
    IdleMonitorSingleton::instance = nullptr;
    AdminControllerSingleton::instance = nullptr;
    KioskSyncSingleton::instance = nullptr;
}

Status KioskApplication::prepareDemoStore()
{
    m_demoDirectory = createDemoFolder(u"kiosk"_s);
    // the demo PIN is public: hashed at the lowest cost, so that the demo starts at once
    const QString actor = u"kiosk:"_s + m_options.kioskId;
    return createDemoStore(*m_demoDirectory, u"store"_s, StoreSchema::Kiosk, m_options.dataDirectory, m_options.keyFile,
                           [&actor](IntakeStore &store) {
                               return AdminPinGuard(store.database(), systemClock)
                                   .set(SecretBytes::fromUtf8(demoStaffPin), actor, AdminPin::Cost::Minimal);
                           });
}

Status KioskApplication::start()
{
    auto screening = ShippedAssets::loadScreening();
    if (!screening)
        return screening.error();
    auto consent = ConsentDocument::load(ShippedAssets::consentPath());
    if (!consent)
        return consent.error();

    if (m_options.demo) {
        if (auto status = prepareDemoStore(); !status)
            return status;
    }
    if (m_options.dataDirectory.isEmpty())
        m_options.dataDirectory = defaultStoreDirectory();

    m_store = std::make_unique<KioskStore>(m_options.dataDirectory, m_options.keyFile, screening->questionnaire);
    KioskStore *store = m_store.get();
    m_session = std::make_unique<IntakeSession>(
        screening->questionnaire, screening->rules, consent.value(),
        [store](const FinishedIntake &intake) { return store->save(intake); }, systemClock, m_options.kioskId);
    m_idle = std::make_unique<IdleMonitor>(m_options.idleTimeoutSeconds, m_options.idleCountdownSeconds);
    m_admin = std::make_unique<AdminController>(*m_store, m_options.kioskId, systemClock);
    ConsoleFinder::Options discovery;
    discovery.target = QHostAddress(m_options.discoveryAddress);
    discovery.port = m_options.discoveryPort;
    m_sync = std::make_unique<KioskSync>(*m_store, m_options.kioskId, SyncClient::Options{},
                                         [] { return QDateTime::currentDateTimeUtc(); }, discovery);

    m_engine = createQmlEngine();
    m_languages = new UiLanguage(*m_engine, u"intake_"_s, m_engine.get());

    // wiring: the session follows the language; a wiped session starts the next client in English
    QObject::connect(m_languages, &UiLanguage::languageChanged, m_session.get(),
                     [this] { m_session->setLanguage(m_languages->language()); });
    QObject::connect(m_session.get(), &IntakeSession::stepChanged, m_languages, [this] {
        if (m_session->step() == IntakeSession::Step::Welcome)
            m_languages->setLanguage(UiLanguage::sourceLanguage());
    });
    // the idle timer runs while a client is in an intake
    QObject::connect(m_session.get(), &IntakeSession::stepChanged, m_idle.get(), [this] {
        const auto step = m_session->step();
        m_idle->setActive(step != IntakeSession::Step::Welcome && step != IntakeSession::Step::Done);
    });
    QObject::connect(m_idle.get(), &IdleMonitor::expired, m_session.get(), &IntakeSession::discard);
    // exit(), not quit(): Qt 6's quit() first asks the windows, and the kiosk window refuses
    QObject::connect(m_admin.get(), &AdminController::exitRequested, qApp, [] { QCoreApplication::exit(0); });

    UiLanguageSingleton::instance = m_languages;
    IntakeSessionSingleton::instance = m_session.get();
    KioskStoreSingleton::instance = m_store.get();
    IdleMonitorSingleton::instance = m_idle.get();
    AdminControllerSingleton::instance = m_admin.get();
    KioskSyncSingleton::instance = m_sync.get();

    if (m_store->usesKeyFile())
        m_store->unlockWithKeyFile();  // a failure shows on the lock screen

    return loadMainWindow(*m_engine, QUrl(u"qrc:/Intake/Kiosk/Main.qml"_s));
}

QQuickWindow *KioskApplication::window() const
{
    return mainWindow(m_engine.get());
}
