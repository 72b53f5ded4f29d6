#include "staffapplication.h"

#include "stafflogging.h"
#include "staffsingletons.h"
#include "pairingimageprovider.h"

#include "demostore.h"
#include "qmlengine.h"

#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "shippedassets.h"
#include "store/demodata.h"
#include "store/intakestore.h"
#include "store/storesettings.h"
#include "sync/summary.h"
#include "sync/summaryparser.h"
#include "sync/summaryreceiver.h"
#include "sync/tlsidentity.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

// The QML modules are static libraries: pull in their plugins (types, qmldir, compiled QML).
Q_IMPORT_QML_PLUGIN(Intake_CommonPlugin)
Q_IMPORT_QML_PLUGIN(Intake_StaffPlugin)

using namespace intake;
using namespace Qt::StringLiterals;

const QString StaffApplication::demoAdminName = u"Demo admin"_s;
const QString StaffApplication::demoAdminPin = u"2580"_s;
const QString StaffApplication::listenAddressSetting = ConsoleRepository::listenAddressSetting();
const QString StaffApplication::listenPortSetting = ConsoleRepository::listenPortSetting();
const QString StaffApplication::chimeMutedSetting = u"console.chime_muted"_s;

namespace {
QDateTime systemClock()
{
    return QDateTime::currentDateTimeUtc();
}

// The demo's made-up intakes: this many, spread over the morning; the first ones of them came in
// yesterday (and one of them still waits for review: the queue is not one day's).
constexpr int demoIntakes = 10;
constexpr int demoIntakesYesterday = 2;
} // namespace

StaffApplication::StaffApplication(StaffOptions options) : m_options(std::move(options)) {}

StaffApplication::~StaffApplication()
{
    // QML first: its bindings read the objects below until the engine is gone
    m_engine.reset();
    m_discovery.reset();
    m_receiver.reset();
    UiLanguageSingleton::instance = nullptr;
    StaffSessionSingleton::instance = nullptr;
    ReviewQueueModelSingleton::instance = nullptr;
    IntakeDetailSingleton::instance = nullptr;
    DecisionFormSingleton::instance = nullptr;
    PairingControllerSingleton::instance = nullptr;
    StaffAdminSingleton::instance = nullptr;
    RetentionSettingsSingleton::instance = nullptr;
    ArrivalChimeSingleton::instance = nullptr;
    ReceiverStatusSingleton::instance = nullptr;
}

Status StaffApplication::prepareDemoStore()
{
    // The demo admin, a second staff member, a paired tablet and this morning's intakes; the
    // session then opens the store as it would any other. (The screenshots start empty, to show
    // the first start.)
    const auto seed = [this](IntakeStore &store) -> Status {
        if (!m_options.seedDemo)
            return {};
        ConsoleRepository repository(store.database(), systemClock);
        return seedDemo(repository);
    };
    m_demoDirectory = createDemoFolder(u"console"_s);
    return createDemoStore(*m_demoDirectory, u"console"_s, StoreSchema::Console, m_options.dataDirectory,
                           m_options.keyFile, seed);
}

Status StaffApplication::start()
{
    if (m_options.demo) {
        if (auto status = prepareDemoStore(); !status)
            return status;
        if (m_options.port < 0)
            m_options.port = 0;  // any free port: a demo never clashes with a real console
        if (m_options.listenAddress.isEmpty())
            m_options.listenAddress = u"127.0.0.1"_s;
    }
    if (m_options.dataDirectory.isEmpty()) {
        // ~/.local/share/intake-staff/console, beside the kiosk's ~/.local/share/intake-kiosk/store
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (base.isEmpty())
            return Error{u"no data folder for the console's store: give one with --data-dir"_s};
        m_options.dataDirectory = base + u"/intake-staff/console"_s;
    }

    StaffSession::IdleTiming idle;
    idle.timeout = m_options.idleTimeout;
    idle.warning = m_options.idleWarning;
    m_session = std::make_unique<StaffSession>(QDir::cleanPath(m_options.dataDirectory), m_options.keyFile, systemClock, idle);
    m_queue = std::make_unique<ReviewQueueModel>(*m_session);
    m_detail = std::make_unique<IntakeDetail>(*m_session);
    m_decision = std::make_unique<DecisionForm>(*m_session);
    m_pairing = std::make_unique<PairingController>(*m_session);
    m_admin = std::make_unique<StaffAdmin>(*m_session);
    m_retention = std::make_unique<RetentionSettings>(*m_session);
    m_chime = std::make_unique<ArrivalChime>();
    m_receiverStatus = std::make_unique<ReceiverStatus>();

    m_engine = createQmlEngine();
    m_engine->addImageProvider(u"pairing"_s, new PairingImageProvider(*m_pairing));
    m_language = new UiLanguage(*m_engine, u"staff_"_s, m_engine.get());

    // wiring
    QObject::connect(m_session.get(), &StaffSession::storeOpened, m_session.get(), [this] { storeOpened(); });
    QObject::connect(m_session.get(), &StaffSession::aboutToLock, m_session.get(), [this] {
        m_dailyPurge.stop();
        m_discovery.reset();
        m_receiver.reset();
        m_receiverStatus->setAccepting(true);
        m_pairing->setEndpoint({}, 0, {});
    });
    // any input keeps a signed-in session alive
    qApp->installEventFilter(m_session.get());
    // the detail opens an intake → the decision form prepares for it; a decision → read back
    QObject::connect(m_detail.get(), &IntakeDetail::opened, m_decision.get(), &DecisionForm::prepare);
    QObject::connect(m_decision.get(), &DecisionForm::submitted, m_detail.get(), [this] {
        m_detail->reload();
        m_queue->refresh();
    });
    QObject::connect(m_queue.get(), &ReviewQueueModel::flaggedArrival, m_chime.get(), &ArrivalChime::play);
    QObject::connect(m_retention.get(), &RetentionSettings::purged, m_queue.get(), &ReviewQueueModel::refresh);
    m_dailyPurge.setInterval(std::chrono::hours(24));
    QObject::connect(&m_dailyPurge, &QTimer::timeout, m_session.get(), [this] { purgeExpired(); });
    QObject::connect(m_chime.get(), &ArrivalChime::mutedChanged, m_chime.get(), [this] { keepChimeMuted(); });
    QObject::connect(m_language, &UiLanguage::languageChanged, m_detail.get(),
                     [this] { m_detail->setLanguage(m_language->language()); });
    QObject::connect(m_language, &UiLanguage::languageChanged, m_decision.get(), &DecisionForm::retranslate);

    UiLanguageSingleton::instance = m_language;
    StaffSessionSingleton::instance = m_session.get();
    ReviewQueueModelSingleton::instance = m_queue.get();
    IntakeDetailSingleton::instance = m_detail.get();
    DecisionFormSingleton::instance = m_decision.get();
    PairingControllerSingleton::instance = m_pairing.get();
    StaffAdminSingleton::instance = m_admin.get();
    RetentionSettingsSingleton::instance = m_retention.get();
    ArrivalChimeSingleton::instance = m_chime.get();
    ReceiverStatusSingleton::instance = m_receiverStatus.get();

    if (m_session->usesKeyFile())
        m_session->unlockWithKeyFile();  // a failure shows on the lock screen

    if (auto loaded = loadMainWindow(*m_engine, QUrl(u"qrc:/Intake/Staff/Main.qml"_s)); !loaded)
        return loaded;
    fitWindowToScreen();
    return {};
}

void StaffApplication::fitWindowToScreen()
{
    // Main.qml asks for a comfortable size; on a smaller screen (a 1280x800 laptop, less its
    // panel and the title bar) the window takes the free area instead, so that it fits even
    // where the window manager does not maximise it.
    QQuickWindow *window = this->window();
    const QSize available = window->screen()->availableSize();
    window->resize(window->size().boundedTo(available).expandedTo(window->minimumSize()));
}

void StaffApplication::storeOpened()
{
    // No code is on the screen yet: one issued before the console last stopped pairs nothing.
    if (auto withdrawn = m_session->repository()->withdrawPairingTokens(); !withdrawn)
        qCWarning(lcStaff) << "earlier pairing codes were not withdrawn:" << withdrawn.error().message;
    StoreSettings settings(m_session->store()->database());
    if (auto muted = settings.value(chimeMutedSetting); muted && muted.value())
        m_chime->setMuted(*muted.value() == u"true"_s);
    purgeExpired();
    m_dailyPurge.start();
    if (auto status = startReceiver(); !status) {
        m_receiverError = status.error().message;
        qCWarning(lcStaff) << "kiosks cannot reach this console:" << m_receiverError;
    }
}

void StaffApplication::keepChimeMuted()
{
    if (!m_session->store())
        return;
    StoreSettings settings(m_session->store()->database());
    if (auto status = settings.setValue(chimeMutedSetting, m_chime->isMuted() ? u"true"_s : u"false"_s, systemClock()); !status)
        qCWarning(lcStaff) << "the chime's setting was not kept:" << status.error().message;
}

void StaffApplication::purgeExpired()
{
    if (!m_session->repository())
        return;
    auto purged = m_session->repository()->retention().purgeOnSchedule();
    if (!purged) {
        qCWarning(lcStaff) << "intakes past the retention period were not deleted:" << purged.error().message;
        return;
    }
    if (purged->summaries > 0) {
        qCInfo(lcStaff) << "deleted" << purged->summaries << "intakes past the retention period";
        m_queue->refresh();
    }
}

Status StaffApplication::startReceiver()
{
    ConsoleRepository *repository = m_session->repository();
    StoreSettings settings(m_session->store()->database());
    auto identity = TlsIdentity::loadOrCreate(settings, systemClock());
    if (!identity)
        return identity.error();

    // The address and port: from the command line (and then kept), else as kept, else defaults.
    QString address = m_options.listenAddress;
    if (address.isEmpty()) {
        auto kept = settings.value(listenAddressSetting);
        address = kept && kept.value() ? *kept.value() : ConsoleDiscovery::firstLanAddress();
    } else if (!m_options.demo) {
        if (auto status = settings.setValue(listenAddressSetting, address, systemClock()); !status)
            return status;
    }
    int port = m_options.port;
    if (port < 0) {
        auto kept = settings.value(listenPortSetting);
        port = kept && kept.value() ? kept.value()->toInt() : defaultPort;
    } else if (!m_options.demo) {
        if (auto status = settings.setValue(listenPortSetting, QString::number(port), systemClock()); !status)
            return status;
    }
    const QHostAddress host(address);
    if (host.isNull())
        return Error{u"the listening address %1 is not an IP address (see --listen)"_s.arg(address)};

    const QString fingerprint = identity->fingerprint();
    m_receiver = std::make_unique<SummaryReceiver>(*repository, std::move(identity).value(), systemClock, m_options.receiverLimits);
    auto listening = m_receiver->listen(host, static_cast<quint16>(port));
    if (!listening) {
        m_receiver.reset();
        return listening.error();
    }
    QObject::connect(m_receiver.get(), &SummaryReceiver::summariesReceived, m_queue.get(), &ReviewQueueModel::summariesArrived);
    // staff hear of a receiver that listens but takes up no connection; one that was closed
    // (port 0) stopped for another reason
    QObject::connect(m_receiver.get(), &SummaryReceiver::acceptingChanged, m_receiverStatus.get(), [this](bool accepting) {
        m_receiverStatus->setAccepting(accepting || m_receiver->port() == 0);
    });
    // the code leaves the screen once used; the kiosk waits there for an administrator
    QObject::connect(m_receiver.get(), &SummaryReceiver::kioskPaired, m_pairing.get(), &PairingController::kioskPaired);
    m_pairing->setEndpoint(address, listening.value(), fingerprint);
    qCInfo(lcStaff) << "receiving summaries on" << address << "port" << listening.value();
    startDiscovery(host, listening.value(), fingerprint);
    return {};
}

void StaffApplication::startDiscovery(const QHostAddress &host, quint16 port, const QString &fingerprint)
{
    const int discoveryPort = m_options.discoveryPort >= 0 ? m_options.discoveryPort
                              : m_options.demo                ? 0
                                                              : ConsoleDiscovery::defaultPort;
    if (discoveryPort == 0)
        return;
    // A socket bound to one LAN address does not receive broadcasts: every address then, and
    // the answer names the one the console receives on. On loopback (a demo, a test), loopback.
    const QHostAddress bound = host.isLoopback() ? host
                               : host.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                                  : QHostAddress(QHostAddress::AnyIPv4);
    m_discovery = std::make_unique<DiscoveryResponder>(host.toString(), port, fingerprint, systemClock);
    if (auto listening = m_discovery->listen(bound, static_cast<quint16>(discoveryPort)); !listening) {
        // the full code still pairs; only the short one needs the console to be found
        qCWarning(lcStaff) << "kiosks cannot find this console for the short pairing code:" << listening.error().message;
        m_discovery.reset();
        return;
    }
    qCInfo(lcStaff) << "answering kiosks that look for the console on UDP port" << discoveryPort;
}

Status StaffApplication::seedDemo(ConsoleRepository &repository)
{
    auto hasStaff = repository.hasStaff();
    if (!hasStaff)
        return hasStaff.error();
    // The demo admin, unless made already (the screenshots show the first start and make it there).
    Result<qint64> admin = Error{};
    if (hasStaff.value()) {
        auto users = repository.staffUsers();
        if (!users || users->isEmpty())
            return Error{u"the demo store has no staff"_s};
        admin = users->constFirst().id;
    } else {
        admin = repository.createFirstAdmin(demoAdminName, SecretBytes::fromUtf8(demoAdminPin));
    }
    if (!admin)
        return admin.error();
    // A second staff member, so that the staff screen and the decisions show more than one.
    const QString estheticianPin = u"1357"_s;
    auto esthetician = repository.addStaff(admin.value(), u"Blanca"_s, SecretBytes::fromUtf8(estheticianPin), false);
    if (!esthetician)
        return esthetician.error();

    auto token = repository.issuePairingToken(admin.value());
    if (!token)
        return token.error();
    auto kiosk = repository.pairKiosk(token->token, u"Waiting-room tablet"_s);
    if (!kiosk)
        return kiosk.error();
    if (auto approved = repository.approveKiosk(kiosk->kioskId, admin.value()); !approved)
        return approved.error();

    auto screening = ShippedAssets::loadScreening();
    if (!screening)
        return screening.error();
    DemoData demo(screening->questionnaire, screening->rules);
    // The last couple of hours, one every 17 minutes, the newest a few minutes ago (the first
    // ones at those times of yesterday).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<IncomingSummary> incoming;
    for (int i = 0; i < demoIntakes; ++i) {
        const QDateTime createdAt = now.addSecs(-60 * (4 + 17 * (demoIntakes - 1 - i))).addDays(i < demoIntakesYesterday ? -1 : 0);
        const QJsonObject json = Summary::build(demo.next(createdAt), screening->questionnaire);
        auto summary = SummaryParser::validate(json);
        if (!summary)
            return summary.error();
        incoming.append({std::move(summary).value(), kiosk->kioskId, {}});
    }
    if (auto stored = repository.storeSummaries(incoming); !stored)
        return stored.error();
    // Today's oldest flagged one is already decided, so that the queue shows a reviewed intake.
    for (const IncomingSummary &summary : incoming.sliced(demoIntakesYesterday)) {
        if (summary.summary.outcome == Severity::Clear)
            continue;
        auto decided = repository.recordDecision(summary.summary.uuid, esthetician.value(),
                                                 Decision::ProceedWithPrecautions, std::nullopt, {});
        if (!decided)
            return decided.error();
        break;
    }
    return {};
}

QQuickWindow *StaffApplication::window() const
{
    return mainWindow(m_engine.get());
}
