#pragma once

#include "windowgrab.h"

#include <QAccessible>
#include <QDir>
#include <QElapsedTimer>
#include <QSize>
#include <QString>

#include <functional>

class StaffApplication;
class QQuickWindow;

// The console's design sizes: a front-desk monitor and a smaller laptop screen.
inline constexpr QSize staffLargeSize{1920, 1080};
inline constexpr QSize staffSmallSize{1280, 800};

// Renders every staff-console screen in English and Spanish at both design sizes to PNG files
// named <screen>-<language>-<width>x<height>.png: for the README, for reviewing translations and
// for looking at the UI in CI. Runs in the real intake-staff process (also offscreen) on an
// empty demo store, which it takes from the first start through sign-in to every screen, through
// the view-models' public API and, where staff click (the navigation), with mouse clicks at the
// place the accessibility tree gives for the control.
class StaffScreenshotRunner
{
public:
    StaffScreenshotRunner(const StaffApplication &console, const QDir &outputDirectory);

    ScreenshotResult run();

private:
    struct Screen
    {
        QString name;
        std::function<QString()> prepare;  // brings the console to the screen; what failed, or ""
        std::function<void()> beforeCapture = {};  // after each resize or language switch
    };

    QList<Screen> screens();
    // Clicks the visible button with this accessible name (or this name and a count after a
    // comma); false when there is none.
    bool click(const QString &name);
    // Scrolls the open intake to its end (the decision panel).
    void scrollDetailToEnd();

    const StaffApplication &m_console;
    QQuickWindow &m_window;
    WindowGrab m_grab;
    QElapsedTimer m_clock;
};
