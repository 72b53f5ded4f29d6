#pragma once

#include <QDir>
#include <QList>
#include <QLoggingCategory>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QQuickWindow;
class UiLanguage;

// What a --screenshots run wrote, or where it stopped.
struct ScreenshotResult
{
    QStringList written;  // absolute paths of the PNG files
    QString error;        // empty on success; otherwise what failed and with which file
};

// Prints the files a --screenshots run wrote, one a line, and returns 0; or prints
// "<program>: screenshots: <error>" and returns exitFailure.
int reportScreenshots(const QString &program, const ScreenshotResult &result);

// The part of the --screenshots runners (intake-kiosk, intake-staff) that does not depend on
// the program: resizing its Qt Quick window, waiting until it has rendered and stopped
// animating, and writing what it shows to PNG files in every UI language and at every size.
class WindowGrab
{
public:
    // A size screens are captured at, and the end of their files' names ("landscape").
    struct Size
    {
        QString name;
        QSize size;
    };
    // `subject` names what the window shows, in messages ("the kiosk"); `log` is the program's
    // logging category (lcKiosk()).
    WindowGrab(QQuickWindow &window, const QDir &outputDirectory, QString subject, const QLoggingCategory &log);

    // Creates the output folder; returns what failed, or "".
    QString makeOutputDirectory() const;

    // The window as it is now, in every language of `languages` and at every size, to
    // <folder>/<screen>-<language>-<size name>.png; `beforeCapture` (if set) runs after each
    // resize and language switch, e.g. to scroll to the end. Appends each file to `written`;
    // returns what failed, or "".
    QString captureEveryLanguage(UiLanguage &languages, const QList<Size> &sizes, const QString &screen,
                                 const std::function<void()> &beforeCapture, QStringList &written);

    // Resizes the window and waits until it has rendered at that size and stopped animating;
    // false when it did not render.
    bool settle(QSize size);
    // Waits up to `timeoutMs` for the window to render a frame; false if none came.
    bool waitForFrame(int timeoutMs);
    // Lets events, bindings and timers run for `ms`.
    static void wait(int ms);

    // Settled when no frame has been asked for this long: layouts are done and every transition
    // (the longest in Theme.qml is 400 ms) has finished, since a running animation renders
    // frames continuously. Also how long the runners let a tap or a click take effect.
    static constexpr int quietPeriodMs = 450;

private:
    QQuickWindow &m_window;
    QDir m_outputDirectory;
    QString m_subject;
    const QLoggingCategory &m_log;
};
