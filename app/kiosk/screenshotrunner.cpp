#include "screenshotrunner.h"

#include "kiosklogging.h"
#include "languagecontroller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
struct Orientation
{
    QString name;
    QSize size;
};

const QList<Orientation> &orientations()
{
    static const QList<Orientation> all{{u"landscape"_s, kioskLandscapeSize},
                                        {u"portrait"_s, kioskPortraitSize}};
    return all;
}

// The screens, in the order a client meets them. Only the welcome screen exists in this
// milestone; later screens are reached through the intake session view-model before each shot.
QStringList screens()
{
    return {u"welcome"_s};
}

// Generous: the software renderer on a slow CI machine renders a frame in well under a second.
constexpr int frameTimeoutMs = 5000;
// The scene is settled when no frame has been asked for this long: layouts are done and every
// transition (the longest in Theme.qml is 240 ms) has finished, since a running animation
// renders frames continuously.
constexpr int quietPeriodMs = 300;
// A screen that never stops animating is captured anyway after this long.
constexpr int settleTimeoutMs = 10000;
} // namespace

ScreenshotRunner::ScreenshotRunner(QQuickWindow &window, LanguageController &languages,
                                   const QDir &outputDirectory)
    : m_window(window)
    , m_languages(languages)
    , m_outputDirectory(outputDirectory)
{
}

ScreenshotRunner::Result ScreenshotRunner::run()
{
    Result result;
    if (!m_outputDirectory.mkpath(u"."_s)) {
        result.error = u"cannot create the screenshot folder %1"_s.arg(m_outputDirectory.absolutePath());
        return result;
    }

    const QString initialLanguage = m_languages.language();
    m_window.resize(kioskLandscapeSize);
    m_window.show();

    for (const QString &language : LanguageController::supportedLanguages()) {
        m_languages.setLanguage(language);
        if (m_languages.language() != language) {
            result.error = u"cannot switch the kiosk to language %1"_s.arg(language);
            break;
        }
        for (const Orientation &orientation : orientations()) {
            for (const QString &screen : screens()) {
                const QString file = m_outputDirectory.absoluteFilePath(
                    u"%1-%2-%3.png"_s.arg(screen, language, orientation.name));
                if (!settle(orientation.size)) {
                    result.error = u"the window did not render at %1x%2 for %3"_s.arg(
                        QString::number(orientation.size.width()),
                        QString::number(orientation.size.height()), file);
                    break;
                }
                const QImage image = m_window.grabWindow();
                if (image.isNull() || !image.save(file, "PNG")) {
                    result.error = u"cannot write %1"_s.arg(file);
                    break;
                }
                result.written.append(file);
            }
            if (!result.error.isEmpty())
                break;
        }
        if (!result.error.isEmpty())
            break;
    }

    m_languages.setLanguage(initialLanguage);
    return result;
}

// Resizes the window and waits until it has rendered at that size and stopped animating.
bool ScreenshotRunner::settle(QSize size)
{
    m_window.resize(size);
    // Platform plugins (offscreen included) report the new geometry through the event loop.
    const QDeadlineTimer deadline(settleTimeoutMs);
    while (m_window.size() != size && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (m_window.size() != size)
        return false;

    m_window.update();
    if (!waitForFrame(frameTimeoutMs))
        return false;
    while (waitForFrame(quietPeriodMs)) {
        if (deadline.hasExpired()) {
            qCWarning(lcKiosk) << "The screen is still animating after" << settleTimeoutMs
                               << "ms; capturing it as it is";
            break;
        }
    }
    return true;
}

// Waits up to `timeoutMs` for the window to render a frame; false if none came.
bool ScreenshotRunner::waitForFrame(int timeoutMs)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool swapped = false;
    // frameSwapped may come from the render thread; the loop as context makes it queued.
    QObject::connect(&m_window, &QQuickWindow::frameSwapped, &loop, [&loop, &swapped] {
        swapped = true;
        loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return swapped;
}
