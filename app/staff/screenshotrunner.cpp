#include "screenshotrunner.h"

#include "accessiblesearch.h"
#include "arrivalchime.h"
#include "decisionform.h"
#include "intakedetail.h"
#include "pairingcontroller.h"
#include "receiverstatus.h"
#include "reviewqueuemodel.h"
#include "staffapplication.h"
#include "stafflogging.h"
#include "staffsession.h"
#include "uilanguage.h"

#include "console/consolerepository.h"
#include "sync/pairingclient.h"
#include "sync/pairingcode.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QQuickWindow>

using namespace intake;
using namespace Qt::StringLiterals;

namespace {
constexpr int clickMs = 60;
// The idle warning, for its screen: a short wait, then a long countdown.
constexpr std::chrono::milliseconds screenshotIdleTimeout{300};
constexpr std::chrono::milliseconds screenshotIdleWarning{30'000};
constexpr int idleWarningTimeoutMs = 5000;

// A design size, with the files captured at it named after it ("1920x1080").
WindowGrab::Size namedAfterItself(QSize size)
{
    return {u"%1x%2"_s.arg(QString::number(size.width()), QString::number(size.height())), size};
}

const QList<WindowGrab::Size> &sizes()
{
    static const QList<WindowGrab::Size> all{namedAfterItself(staffLargeSize), namedAfterItself(staffSmallSize)};
    return all;
}

// The first intake of the day with this outcome (any flagged one when `outcome` is empty).
QString firstWithOutcome(ConsoleRepository &repository, const QString &outcome)
{
    auto listed = repository.listSummaries(ReviewFilter{ReviewFilter::Show::All, {}});
    if (!listed)
        return {};
    for (const SummaryListing &listing : listed.value()) {
        const QString name = severityName(listing.outcome);
        if (outcome.isEmpty() ? listing.outcome != Severity::Clear : name == outcome)
            return listing.uuid;
    }
    return {};
}
} // namespace

StaffScreenshotRunner::StaffScreenshotRunner(const StaffApplication &console, const QDir &outputDirectory)
    : m_console(console)
    , m_window(*console.window())
    , m_grab(*console.window(), outputDirectory, u"the console"_s, lcStaff())
{
    m_clock.start();
}

QList<StaffScreenshotRunner::Screen> StaffScreenshotRunner::screens()
{
    StaffSession &session = m_console.session();
    ReviewQueueModel &queue = m_console.queue();
    IntakeDetail &detail = m_console.detail();
    DecisionForm &form = m_console.decisionForm();
    PairingController &pairing = m_console.pairing();

    return {
        {u"first-start"_s, [&session] {
             return session.state() == StaffSession::State::FirstStart ? QString() : u"the demo store is not empty"_s;
         }},
        {u"sign-in"_s, [&session] {
             if (!session.createFirstAdmin(StaffApplication::demoAdminName, StaffApplication::demoAdminPin,
                                           StaffApplication::demoAdminPin))
                 return u"the first admin was not created: %1"_s.arg(session.lastError());
             if (auto seeded = StaffApplication::seedDemo(*session.repository()); !seeded)
                 return u"the demo intakes were not made: %1"_s.arg(seeded.error().message);
             session.signOut();
             // A wrong PIN, so that its message shows.
             session.signIn(StaffApplication::demoAdminName, u"0000"_s);
             return session.lastError().isEmpty() ? u"a wrong PIN was accepted"_s : QString();
         }},
        {u"sign-in-wait"_s, [&session] {
             // Wrong PINs under another name until it waits: the countdown (the demo admin may
             // still sign in).
             for (int i = 0; i < SignInLockout::perStaff.freeFailures; ++i)
                 session.signIn(u"Blanca"_s, u"0000"_s);
             return session.signInWaitSeconds() > 0 ? QString() : u"wrong PINs did not make the name wait"_s;
         }},
        {u"queue"_s, [&session, &queue] {
             if (!session.signIn(StaffApplication::demoAdminName, StaffApplication::demoAdminPin))
                 return u"the demo admin cannot sign in: %1"_s.arg(session.lastError());
             queue.setFilter(ReviewQueueModel::Filter::NeedsReview);
             return queue.rowCount() > 0 ? QString() : u"nothing needs review in the demo"_s;
         }},
        {u"queue-all"_s, [this, &queue] {
             // the notice that the chime cannot be heard showed on the queue; said once
             m_console.chime().dismissNoOutputNotice();
             queue.setFilter(ReviewQueueModel::Filter::All);
             return queue.rowCount() > 0 ? QString() : u"the demo queue is empty"_s;
         }},
        {u"queue-treatment"_s, [&queue] {
             // by treatment date: what waits for treatment today, then today's others
             queue.setDayOf(ReviewQueueModel::DayOf::Treatment);
             return QString();
         }},
        {u"not-accepting"_s, [this, &queue] {
             queue.setDayOf(ReviewQueueModel::DayOf::Arrival);
             // as the receiver reports it when every TLS handshake slot is held
             m_console.receiverStatus().setAccepting(false);
             return QString();
         }},
        {u"detail"_s, [this, &session, &detail] {
             m_console.receiverStatus().setAccepting(true);
             const QString uuid = firstWithOutcome(*session.repository(), u"contraindicated"_s);
             const QString any = uuid.isEmpty() ? firstWithOutcome(*session.repository(), {}) : uuid;
             return detail.open(any) ? QString() : u"the intake did not open: %1"_s.arg(detail.lastError());
         }},
        {u"decision"_s, [&form] {
             form.setDecision(decisionName(Decision::ProceedWithPrecautions));
             return QString();
         }, [this] { scrollDetailToEnd(); }},
        {u"reschedule"_s, [&session, &detail, &form] {
             QString uuid = firstWithOutcome(*session.repository(), u"defer"_s);
             if (uuid.isEmpty())
                 uuid = firstWithOutcome(*session.repository(), {});
             if (!detail.open(uuid))
                 return u"the intake did not open: %1"_s.arg(detail.lastError());
             form.setDecision(decisionName(Decision::Reschedule));
             form.setNote(u"Called to move the appointment."_s);
             return QString();
         }, [this] { scrollDetailToEnd(); }},
        {u"arrival"_s, [&session, &queue, &detail] {
             detail.close();
             // A flagged intake arrives, as SummaryReceiver reports one it stored.
             const QString uuid = firstWithOutcome(*session.repository(), {});
             auto listed = session.repository()->listSummaries(ReviewFilter{ReviewFilter::Show::All, {}});
             QString outcome;
             for (const SummaryListing &listing : listed.value()) {
                 if (listing.uuid == uuid)
                     outcome = severityName(listing.outcome);
             }
             queue.setFilter(ReviewQueueModel::Filter::NeedsReview);
             queue.summariesArrived({{uuid, outcome}});
             return queue.arrivalShown() ? QString() : u"no arrival notice"_s;
         }},
        {u"pairing"_s, [this, &queue, &pairing] {
             queue.dismissArrival();
             if (!click(u"Pairing"_s))
                 return u"no Pairing button"_s;
             if (!pairing.issueCode())
                 return u"no pairing code: %1"_s.arg(pairing.lastError());
             return QString();
         }},
        {u"pairing-pending"_s, [&pairing] {
             // A kiosk redeems the code through the console's own receiver, as a kiosk does; the
             // code leaves the screen and the kiosk waits there for approval.
             auto code = PairingCode::parse(pairing.code());
             if (!code)
                 return u"no pairing code to redeem: %1"_s.arg(code.error().message);
             auto paired = PairingClient::pairAndWait(*code, u"Tablet by the door"_s, QDateTime::currentDateTimeUtc(),
                                                      std::chrono::seconds(10));
             if (!paired)
                 return u"the kiosk did not pair: %1"_s.arg(paired.error().message);
             WindowGrab::wait(WindowGrab::quietPeriodMs);
             return pairing.pendingCount() == 1 && pairing.code().isEmpty() ? QString() : u"no kiosk waits for approval"_s;
         }},
        {u"staff-users"_s, [this] {
             return click(u"Staff users"_s) ? QString() : u"no Staff users button"_s;
         }},
        {u"retention"_s, [this] {
             return click(u"Data retention"_s) ? QString() : u"no Data retention button"_s;
         }},
        {u"idle"_s, [this, &session] {
             if (!click(u"Review queue"_s))
                 return u"no Review queue button"_s;
             session.setIdleTiming({screenshotIdleTimeout, screenshotIdleWarning, std::chrono::seconds(1)});
             const QDeadlineTimer deadline(idleWarningTimeoutMs);
             while (!session.idleWarning() && !deadline.hasExpired())
                 WindowGrab::wait(50);
             return session.idleWarning() ? QString() : u"the idle warning did not appear"_s;
         }},
        {u"locked"_s, [&session] {
             session.lock();
             return session.state() == StaffSession::State::Locked ? QString() : u"the store did not lock"_s;
         }},
    };
}

ScreenshotResult StaffScreenshotRunner::run()
{
    ScreenshotResult result;
    result.error = m_grab.makeOutputDirectory();
    if (!result.error.isEmpty())
        return result;
    UiLanguage &language = m_console.language();
    StaffSession &session = m_console.session();
    QAccessible::setActive(true);
    m_window.resize(staffLargeSize);
    m_window.show();
    // Nothing times out while the screens are captured, except the idle warning itself.
    session.setIdleTiming({std::chrono::hours(1), std::chrono::minutes(1), std::chrono::seconds(1)});

    for (const Screen &screen : screens()) {
        // Reached in English (controls are found by their English names) at the large size.
        language.setLanguage(UiLanguage::sourceLanguage());
        m_grab.settle(staffLargeSize);
        if (const QString error = screen.prepare(); !error.isEmpty()) {
            result.error = u"cannot reach the %1 screen: %2"_s.arg(screen.name, error);
            break;
        }
        result.error = m_grab.captureEveryLanguage(language, sizes(), screen.name, screen.beforeCapture, result.written);
        if (!result.error.isEmpty())
            break;
    }
    language.setLanguage(UiLanguage::sourceLanguage());
    return result;
}

bool StaffScreenshotRunner::click(const QString &name)
{
    QAccessibleInterface *button = findAccessible(m_window, [&](QAccessibleInterface &node) {
        // The name, or the name and a count ("Review queue, 3 waiting").
        const QString nodeName = node.text(QAccessible::Name);
        return node.role() == QAccessible::Button && (nodeName == name || nodeName.startsWith(name + u','));
    });
    if (!button)
        return false;
    const QPointF at = m_window.mapFromGlobal(button->rect().center());
    for (const auto type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        const bool press = type == QEvent::MouseButtonPress;
        QMouseEvent event(type, at, at, m_window.mapToGlobal(at), Qt::LeftButton,
                          press ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        event.setTimestamp(static_cast<quint64>(m_clock.elapsed()));
        QCoreApplication::sendEvent(&m_window, &event);
        WindowGrab::wait(clickMs);
    }
    WindowGrab::wait(WindowGrab::quietPeriodMs);
    return true;
}

void StaffScreenshotRunner::scrollDetailToEnd()
{
    // The detail pane fills the right of the review queue: turn the mouse wheel over it, far
    // more than any intake needs (the pane stops at its end).
    constexpr int notches = 40;
    constexpr int notchPixels = 120;
    const QPointF at(m_window.width() * 0.75, m_window.height() * 0.6);
    for (int i = 0; i < notches; ++i) {
        QWheelEvent wheel(at, m_window.mapToGlobal(at), QPoint(0, -notchPixels), QPoint(0, -QWheelEvent::DefaultDeltasPerStep),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        wheel.setTimestamp(static_cast<quint64>(m_clock.elapsed()));
        QCoreApplication::sendEvent(&m_window, &wheel);
        WindowGrab::wait(30);
    }
    WindowGrab::wait(WindowGrab::quietPeriodMs);
}
