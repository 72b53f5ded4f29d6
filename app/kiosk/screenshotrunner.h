#pragma once

#include "windowgrab.h"

#include <QAccessible>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

#include <functional>

class KioskApplication;
class QQuickWindow;

// The kiosk's design sizes: a 10" tablet in landscape and in portrait.
inline constexpr QSize kioskLandscapeSize{1280, 800};
inline constexpr QSize kioskPortraitSize{800, 1280};

// Renders every kiosk screen in every language and both orientations to PNG files named
// <screen>-<language>-<orientation>.png (welcome-en-landscape.png, ...): for the README, for
// reviewing translations and for looking at the UI in CI. Runs in the real kiosk process, also
// with QT_QPA_PLATFORM=offscreen, on the demo store. It reaches each screen the way the kiosk
// does, through its public objects (IntakeSession, KioskStore, IdleMonitor, AdminController,
// UiLanguage), and where only a hand will do (the staff corner's long press, a tap in a
// text field, scrolling, signing) with mouse events on the window at the place the
// accessibility tree gives for the control; never through QML internals.
class ScreenshotRunner
{
public:
    // The idle timeout the kiosk is started with for screenshots: the warning is captured after
    // this long without a touch, and the monitor is kept off for every other screen.
    static constexpr int idleTimeoutSeconds = 1;

    ScreenshotRunner(const KioskApplication &kiosk, const QDir &outputDirectory);

    // Shows the window, takes every screenshot and returns; the window stays open.
    ScreenshotResult run();

private:
    struct Screen
    {
        QString name;
        // Brings the kiosk to the screen; returns what went wrong, or "".
        std::function<QString()> prepare;
        // Before each capture (after a resize or a language switch), e.g. scrolling to the end.
        std::function<void()> beforeCapture = {};
        // Reached with taps found through the accessibility tree (skipped when the process has
        // no accessibility for Qt Quick).
        bool needsAccessibility = false;
    };

    QList<Screen> screens();
    QPoint pageMargin() const;
    void pressAndHold(QPoint position, int ms);
    // Where the first visible control with this accessible role (and name, unless empty) is,
    // in window coordinates; an empty rectangle when there is none.
    QRect findControl(QAccessible::Role role, const QString &name = {}) const;
    QAccessibleInterface *findInterface(QAccessible::Role role, const QString &name = {}) const;
    QRect windowRect(QAccessibleInterface *control) const;
    bool setLargerText(bool on);
    void tap(QPoint position);
    void sendMouse(QEvent::Type type, QPointF position, Qt::MouseButton button, Qt::MouseButtons buttons);
    // Scrolls the page under `position` to its end, dragging it up.
    void scrollToEnd(QPoint position);
    // Signs across `pad` with the mouse, as a finger would.
    void drawSignature(const QRect &pad);

    QString fillClientDetails();
    QString answerUntilFollowUp();
    QString finishConsent();

    const KioskApplication &m_kiosk;
    QQuickWindow &m_window;
    WindowGrab m_grab;
    QElapsedTimer m_clock;  // timestamps of the synthetic mouse events
};
