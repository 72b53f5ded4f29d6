#include "screenshotrunner.h"

#include "accessiblesearch.h"
#include "admincontroller.h"
#include "idlemonitor.h"
#include "intakesession.h"
#include "kioskapplication.h"
#include "kiosklogging.h"
#include "kioskstore.h"
#include "uilanguage.h"
#include "questionlistmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace {
// The orientations, as the files are named after them.
const QList<WindowGrab::Size> &orientations()
{
    static const QList<WindowGrab::Size> all{{u"landscape"_s, kioskLandscapeSize},
                                             {u"portrait"_s, kioskPortraitSize}};
    return all;
}

// The staff corner's long press (Theme.adminHoldMs), with room to spare.
constexpr int staffPressMs = 3300;
// Where the long press lands: inside the staff corner at the top left.
constexpr QPoint staffCorner{8, 8};
// How long a finger rests on the glass for a tap.
constexpr int tapMs = 60;
// How long the idle warning may take to appear (the timeout is idleTimeoutSeconds).
constexpr int idleWarningTimeoutMs = 5000;

// The example client, as a real one would type it (accents included, for the translations).
const QString firstName = u"María"_s;
const QString lastName = u"González"_s;
const QString birthDate = u"1988-04-12"_s;
const QString contact = u"maria.gonzalez@example.com"_s;
// The follow-up question shown: the Botox question's date, asked when the answer is yes
// (assets/questionnaires/microneedling.json).
const QString followUpQuestion = u"treatments.botox"_s;
const QString followUpDate = u"treatments.botox_date"_s;
constexpr int followUpDaysAgo = 10;

// A signature-like stroke: a few loops across the pad, in the SignedConsent form
// [[[x, y, ms], ...]].
QJsonArray exampleSignature()
{
    constexpr int points = 60;
    constexpr double loops = 4;
    QJsonArray stroke;
    for (int i = 0; i < points; ++i) {
        const double t = static_cast<double>(i) / (points - 1);
        const double x = 0.1 + 0.8 * t;
        const double y = 0.5 + 0.2 * std::sin(t * loops * 2 * std::numbers::pi);
        stroke.append(QJsonArray{x, y, i * 12});
    }
    return QJsonArray{stroke};
}

// The rows of the question page now: (linkId, type).
QList<std::pair<QString, QString>> currentQuestions(const IntakeSession &session)
{
    QList<std::pair<QString, QString>> rows;
    const QuestionListModel &model = *session.questions();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        rows.append({model.data(index, QuestionListModel::LinkIdRole).toString(),
                     model.data(index, QuestionListModel::TypeRole).toString()});
    }
    return rows;
}
} // namespace

ScreenshotRunner::ScreenshotRunner(const KioskApplication &kiosk, const QDir &outputDirectory)
    : m_kiosk(kiosk)
    , m_window(*kiosk.window())
    , m_grab(*kiosk.window(), outputDirectory, u"the kiosk"_s, lcKiosk())
{
    m_clock.start();
}

// The screens, in the order a client (and then staff) meets them. Each step starts from where
// the one before left the kiosk.
QList<ScreenshotRunner::Screen> ScreenshotRunner::screens()
{
    IntakeSession &session = m_kiosk.session();
    KioskStore &store = m_kiosk.store();
    AdminController &admin = m_kiosk.admin();
    IdleMonitor &idle = m_kiosk.idleMonitor();

    return {
        {u"locked"_s, [&store] {
             store.lock();
             return store.isLocked() ? QString() : u"the store did not lock"_s;
         }},
        {u"pin-store-locked"_s, [this, &admin] {
             // The PIN is inside the locked store: the pad says so (and closes when the store opens).
             pressAndHold(staffCorner, staffPressMs);
             return admin.pinState() == AdminController::PinState::StoreLocked ? QString()
                                                                                : u"the PIN pad did not find the store locked"_s;
         }},
        {u"welcome"_s, [&store, &session] {
             if (!store.unlockWithKeyFile())
                 return u"the demo store did not open again: %1"_s.arg(store.lastError());
             session.discard();
             return QString();
         }},
        {u"treatment"_s, [&session] {
             session.start();
             return session.step() == IntakeSession::Step::Treatment ? QString() : u"Start did not begin an intake"_s;
         }},
        {u"about-you"_s, [&session] {
             session.next();
             return session.step() == IntakeSession::Step::AboutYou ? QString() : u"no About you page"_s;
         }},
        {u"about-you-messages"_s, [&session] {
             // Half filled in, with a contact that is neither a phone number nor an email, and
             // Next tapped: every message shows.
             session.setFirstName(firstName);
             session.setContact(u"555"_s);
             session.next();
             return session.clientMessages().isEmpty() ? u"no messages on About you"_s : QString();
         }},
        {u"about-you-keyboard"_s, [this] {
             // Filled in, and the client taps the last-name field: the on-screen keyboard comes up
             // and the field stays in view above it.
             if (auto error = fillClientDetails(); !error.isEmpty())
                 return error;
             const QRect field = findControl(QAccessible::EditableText, u"Last name"_s);
             if (field.isEmpty())
                 return u"no Last name field"_s;
             tap(field.center());
             return QString();
         }, {}, true},
        {u"about-you-year-keypad"_s, [this] {
             // The client closes the keyboard with a tap beside the fields, scrolls down and taps
             // the field under the birth-date wheels to type the year: a keypad comes up and the
             // field stays in view above it.
             const QRect lastName = findControl(QAccessible::EditableText, u"Last name"_s);
             tap(QPoint(lastName.right() + (m_window.width() - lastName.right()) / 2, lastName.center().y()));
             scrollToEnd(pageMargin());
             const QRect field = findControl(QAccessible::EditableText, u"Date of birth: year"_s);
             if (field.isEmpty())
                 return u"no field for the birth year"_s;
             tap(field.center());
             return QString();
         }, {}, true},
        {u"questions"_s, [this, &session] {
             if (auto error = fillClientDetails(); !error.isEmpty())
                 return error;
             session.next();
             if (session.step() != IntakeSession::Step::Questions)
                 return u"the details did not lead to the questions"_s;
             // The first two questions answered, the rest still open.
             const auto rows = currentQuestions(session);
             int answered = 0;
             for (const auto &[linkId, type] : rows) {
                 if (type == u"boolean"_s && answered < 2) {
                     session.setAnswer(linkId, false);
                     ++answered;
                 }
             }
             return QString();
         }},
        {u"questions-larger-text"_s, [this] {
             // The same page with the header's "Larger text" switch on.
             return setLargerText(true) ? QString() : u"no Larger text switch"_s;
         }, {}, true},
        {u"questions-follow-up"_s, [this] {
             setLargerText(false);
             return answerUntilFollowUp();
         }},
        {u"questions-goals"_s, [&session] {
             session.next();
             for (const auto &[linkId, type] : currentQuestions(session)) {
                 if (type == u"choice"_s)
                     session.setAnswer(linkId, u"acne_scars"_s);
                 else if (type == u"text"_s || type == u"string"_s)
                     session.setAnswer(linkId, u"I would like to know how many sessions I will need."_s);
             }
             return session.step() == IntakeSession::Step::Questions ? QString() : u"no last section"_s;
         }},
        {u"review"_s, [&session] {
             session.next();
             return session.step() == IntakeSession::Step::Review ? QString() : u"the questions did not lead to the review"_s;
         }},
        {u"consent"_s, [&session] {
             session.next();
             return session.step() == IntakeSession::Step::Consent ? QString() : u"the review did not lead to the consent"_s;
         }},
        {u"consent-signed"_s, [this, &session] {
             // Every box ticked, and signed with a finger at the end of the page.
             for (const QVariant &acknowledgement : session.acknowledgements())
                 session.setAcknowledged(acknowledgement.toMap().value(u"id"_s).toString(), true);
             scrollToEnd(pageMargin());
             const QRect pad = findControl(QAccessible::Canvas);
             if (pad.isEmpty())
                 return u"no signature pad"_s;
             drawSignature(pad);
             return session.canProceed() ? QString() : u"the drawn signature was not accepted"_s;
         }, [this] { scrollToEnd(pageMargin()); }, true},
        {u"done"_s, [this, &session] {
             if (auto error = finishConsent(); !error.isEmpty())
                 return error;
             session.next();
             return session.saveState() == IntakeSession::SaveState::Saved ? QString()
                                                                           : u"the demo intake was not saved"_s;
         }},
        {u"done-failed"_s, [this, &session, &store] {
             // A second intake, whose save fails because staff locked the store underneath it.
             session.discard();
             session.start();
             session.next();
             if (auto error = fillClientDetails(); !error.isEmpty())
                 return error;
             session.next();
             if (auto error = answerUntilFollowUp(); !error.isEmpty())
                 return error;
             while (session.step() == IntakeSession::Step::Questions && session.canProceed())
                 session.next();
             session.next();
             if (auto error = finishConsent(); !error.isEmpty())
                 return error;
             store.lock();
             session.next();
             if (!store.unlockWithKeyFile())
                 return u"the demo store did not open again: %1"_s.arg(store.lastError());
             return session.saveState() == IntakeSession::SaveState::Failed ? QString()
                                                                            : u"the save did not fail"_s;
         }},
        {u"pin"_s, [this, &admin] {
             pressAndHold(staffCorner, staffPressMs);
             // One wrong PIN, so that its message shows.
             admin.tryPin(u"000000"_s);
             return admin.failedAttempts() == 1 ? QString() : u"the wrong PIN was not counted"_s;
         }},
        {u"pin-typed"_s, [this] {
             // The longest PIN typed on the pad's keys: a dot a digit, and they fit.
             for (const QString &digit : {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"0"_s,
                                          u"1"_s, u"2"_s, u"3"_s}) {
                 const QRect key = findControl(QAccessible::Button, digit);
                 if (key.isEmpty())
                     return u"no key %1 on the PIN pad"_s.arg(digit);
                 tap(key.center());
             }
             return findControl(QAccessible::StaticText, u"12 digits entered"_s).isEmpty()
                        ? u"the pad does not hold 12 digits after 13 were typed"_s
                        : QString();
         }, {}, true},
        {u"admin"_s, [&admin] {
             admin.tryPin(KioskApplication::demoStaffPin);
             return admin.isOpen() ? QString() : u"the demo staff PIN did not open the admin screen"_s;
         }},
        {u"admin-pairing"_s, [this] {
             // Pairing: the code field with the on-screen keyboard up, above the dimmed window.
             const QRect pair = findControl(QAccessible::Button, u"Pair with the staff console"_s);
             if (pair.isEmpty())
                 return u"no button to pair on the staff screen"_s;
             tap(pair.center());
             WindowGrab::wait(300);
             const QRect field = findControl(QAccessible::EditableText, u"Pairing code"_s);
             if (field.isEmpty())
                 return u"no pairing code field on the staff screen"_s;
             tap(field.center());
             WindowGrab::wait(600);
             return QString();
         }, {}, true},
        {u"idle"_s, [&session, &admin, &idle] {
             session.retrySave();
             admin.close();
             session.discard();
             session.start();
             idle.setActive(true);
             const QDeadlineTimer deadline(idleWarningTimeoutMs);
             while (!idle.isWarning() && !deadline.hasExpired())
                 WindowGrab::wait(50);
             return idle.isWarning() ? QString() : u"the idle warning did not appear"_s;
         }},
    };
}

ScreenshotResult ScreenshotRunner::run()
{
    ScreenshotResult result;
    result.error = m_grab.makeOutputDirectory();
    if (!result.error.isEmpty())
        return result;

    UiLanguage &languages = m_kiosk.languages();
    IdleMonitor &idle = m_kiosk.idleMonitor();
    const QString initialLanguage = languages.language();
    // Controls that only a hand reaches are found as a screen reader finds them.
    QAccessible::setActive(true);
    m_window.resize(kioskLandscapeSize);
    m_window.show();

    // Qt Quick's accessibility is gone when a QCoreApplication was destroyed earlier in the
    // process (its cleanup removes every accessibility factory).
    const bool accessible = QAccessible::queryAccessibleInterface(&m_window) != nullptr;
    for (const Screen &screen : screens()) {
        if (screen.needsAccessibility && !accessible) {
            qCWarning(lcKiosk) << "screenshots: no accessibility for Qt Quick in this process; skipping"
                               << screen.name;
            continue;
        }
        // Every screen is reached in English (controls are found by their English names) and
        // landscape, and then captured in every language and orientation.
        languages.setLanguage(UiLanguage::sourceLanguage());
        m_grab.settle(kioskLandscapeSize);
        if (const QString error = screen.prepare(); !error.isEmpty()) {
            result.error = u"cannot reach the %1 screen: %2"_s.arg(screen.name, error);
            break;
        }
        // Nothing may time out while a screen is captured, except the idle warning itself.
        if (screen.name != u"idle"_s)
            idle.setActive(false);
        result.error = m_grab.captureEveryLanguage(languages, orientations(), screen.name, screen.beforeCapture,
                                                   result.written);
        if (!result.error.isEmpty())
            break;
    }

    m_kiosk.idleMonitor().reset();
    m_kiosk.session().discard();
    languages.setLanguage(initialLanguage);
    return result;
}

QString ScreenshotRunner::fillClientDetails()
{
    IntakeSession &session = m_kiosk.session();
    session.setFirstName(firstName);
    session.setLastName(lastName);
    session.setBirthDate(birthDate);
    session.setContact(contact);
    return session.clientMessages().isEmpty() ? QString() : u"the example client's details were not accepted"_s;
}

// Answers every question from the current section on, "no" to every yes/no question except the
// follow-up's, up to the section that holds the follow-up question; stops there with the
// follow-up shown and answered.
QString ScreenshotRunner::answerUntilFollowUp()
{
    IntakeSession &session = m_kiosk.session();
    const QString tenDaysAgo = QDate::fromString(session.today(), Qt::ISODate)
                                   .addDays(-followUpDaysAgo)
                                   .toString(Qt::ISODate);
    while (session.step() == IntakeSession::Step::Questions) {
        bool hasFollowUp = false;
        for (const auto &[linkId, type] : currentQuestions(session)) {
            if (linkId == followUpQuestion) {
                hasFollowUp = true;
                session.setAnswer(linkId, true);
            } else if (type == u"boolean"_s) {
                session.setAnswer(linkId, false);
            }
        }
        if (hasFollowUp) {
            // The date question has appeared under it.
            session.setAnswer(followUpDate, tenDaysAgo);
        }
        if (!session.canProceed())
            return u"section %1 is not complete after answering it"_s.arg(session.sectionIndex());
        if (hasFollowUp)
            return {};
        session.next();
    }
    return u"the questions ended before the follow-up question"_s;
}

// Ticks every acknowledgement and signs (the printed name is the session's default).
QString ScreenshotRunner::finishConsent()
{
    IntakeSession &session = m_kiosk.session();
    if (session.step() != IntakeSession::Step::Consent)
        return u"not on the consent page"_s;
    for (const QVariant &acknowledgement : session.acknowledgements())
        session.setAcknowledged(acknowledgement.toMap().value(u"id"_s).toString(), true);
    session.setSignature(exampleSignature());
    return session.canProceed() ? QString() : u"the consent cannot be signed"_s;
}

QAccessibleInterface *ScreenshotRunner::findInterface(QAccessible::Role role, const QString &name) const
{
    return findAccessible(m_window, [&](QAccessibleInterface &node) {
        return node.role() == role && (name.isEmpty() || node.text(QAccessible::Name) == name);
    });
}

QRect ScreenshotRunner::windowRect(QAccessibleInterface *control) const
{
    const QRect screen = control->rect();
    return {m_window.mapFromGlobal(screen.topLeft()), screen.size()};
}

QRect ScreenshotRunner::findControl(QAccessible::Role role, const QString &name) const
{
    QAccessibleInterface *control = findInterface(role, name);
    return control ? windowRect(control) : QRect();
}

// Turns the header's "Larger text" switch on or off, tapping it as a client would; false when
// it cannot be found.
bool ScreenshotRunner::setLargerText(bool on)
{
    QAccessibleInterface *toggle = findInterface(QAccessible::CheckBox, u"Larger text"_s);
    if (!toggle)
        return false;
    if (toggle->state().checked != on)
        tap(windowRect(toggle).center());
    return true;
}

QPoint ScreenshotRunner::pageMargin() const
{
    constexpr int fromEdge = 32;
    return {m_window.width() - fromEdge, m_window.height() / 2};
}

void ScreenshotRunner::tap(QPoint position)
{
    sendMouse(QEvent::MouseButtonPress, position, Qt::LeftButton, Qt::LeftButton);
    WindowGrab::wait(tapMs);
    sendMouse(QEvent::MouseButtonRelease, position, Qt::LeftButton, Qt::NoButton);
    WindowGrab::wait(WindowGrab::quietPeriodMs);
}

void ScreenshotRunner::scrollToEnd(QPoint position)
{
    // Slow drags upwards, as a finger pulls the page up; far more than any page needs (the page
    // stops at its end). Each drag pauses before letting go, so the page does not fling on.
    constexpr int drags = 12;
    constexpr int steps = 10;
    constexpr int stepMs = 10;
    const int distance = m_window.height() / 2;
    for (int drag = 0; drag < drags; ++drag) {
        const QPointF start(position.x(), position.y() + distance / 2);
        sendMouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        for (int step = 1; step <= steps; ++step) {
            WindowGrab::wait(stepMs);
            sendMouse(QEvent::MouseMove, start - QPointF(0, distance * step / steps), Qt::NoButton, Qt::LeftButton);
        }
        WindowGrab::wait(WindowGrab::quietPeriodMs);
        sendMouse(QEvent::MouseButtonRelease, start - QPointF(0, distance), Qt::LeftButton, Qt::NoButton);
    }
    WindowGrab::wait(WindowGrab::quietPeriodMs);
}

void ScreenshotRunner::drawSignature(const QRect &pad)
{
    // A flowing line of loops over the left two thirds of the pad, above its signature line.
    constexpr int points = 48;
    constexpr double loops = 5;
    constexpr int stepMs = 8;
    const auto at = [&pad](int i) {
        const double t = static_cast<double>(i) / (points - 1);
        const double x = pad.left() + pad.width() * (0.1 + 0.55 * t + 0.03 * std::sin(t * loops * 2 * std::numbers::pi));
        const double y = pad.top() + pad.height() * (0.45 - 0.18 * std::cos(t * loops * 2 * std::numbers::pi) * (1 - 0.5 * t));
        return QPointF(x, y);
    };
    sendMouse(QEvent::MouseButtonPress, at(0), Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i < points; ++i) {
        WindowGrab::wait(stepMs);
        sendMouse(QEvent::MouseMove, at(i), Qt::NoButton, Qt::LeftButton);
    }
    sendMouse(QEvent::MouseButtonRelease, at(points - 1), Qt::LeftButton, Qt::NoButton);
    WindowGrab::wait(WindowGrab::quietPeriodMs);
}

// A long press of a finger (the mouse) at `position` in the window.
void ScreenshotRunner::pressAndHold(QPoint position, int ms)
{
    sendMouse(QEvent::MouseButtonPress, position, Qt::LeftButton, Qt::LeftButton);
    WindowGrab::wait(ms);
    sendMouse(QEvent::MouseButtonRelease, position, Qt::LeftButton, Qt::NoButton);
    WindowGrab::wait(WindowGrab::quietPeriodMs);
}

// One mouse event at `position` in the window, stamped with the time as a real one is (Flickable
// and the signature pad read it).
void ScreenshotRunner::sendMouse(QEvent::Type type, QPointF position, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, position, position, m_window.mapToGlobal(position), button, buttons, Qt::NoModifier);
    event.setTimestamp(static_cast<quint64>(m_clock.elapsed()));
    QCoreApplication::sendEvent(&m_window, &event);
}
