#include "windowgrab.h"

#include "earlyoptions.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// Generous: the software renderer on a slow CI machine renders a frame in well under a second.
constexpr int frameTimeoutMs = 5000;
// A screen that never stops animating is captured anyway after this long.
constexpr int settleTimeoutMs = 10000;
} // namespace

int reportScreenshots(const QString &program, const ScreenshotResult &result)
{
    if (!result.error.isEmpty()) {
        std::fprintf(stderr, "%s: screenshots: %s\n", qPrintable(program), qPrintable(result.error));
        return exitFailure;
    }
    for (const QString &file : result.written)
        std::printf("%s\n", qPrintable(file));
    return 0;
}

WindowGrab::WindowGrab(QQuickWindow &window, const QDir &outputDirectory, QString subject, const QLoggingCategory &log)
    : m_window(window)
    , m_outputDirectory(outputDirectory)
    , m_subject(std::move(subject))
    , m_log(log)
{
}

QString WindowGrab::makeOutputDirectory() const
{
    if (!m_outputDirectory.mkpath(u"."_s))
        return u"cannot create the screenshot folder %1"_s.arg(m_outputDirectory.absolutePath());
    return {};
}

QString WindowGrab::captureEveryLanguage(UiLanguage &languages, const QList<Size> &sizes, const QString &screen,
                                         const std::function<void()> &beforeCapture, QStringList &written)
{
    for (const QString &language : UiLanguage::supportedLanguages()) {
        languages.setLanguage(language);
        if (languages.language() != language)
            return u"cannot switch %1 to language %2"_s.arg(m_subject, language);
        for (const Size &size : sizes) {
            const QString file = m_outputDirectory.absoluteFilePath(u"%1-%2-%3.png"_s.arg(screen, language, size.name));
            bool rendered = settle(size.size);
            if (rendered && beforeCapture) {
                beforeCapture();
                rendered = settle(size.size);
            }
            if (!rendered) {
                return u"the window did not render at %1x%2 for %3"_s.arg(
                    QString::number(size.size.width()), QString::number(size.size.height()), file);
            }
            const QImage image = m_window.grabWindow();
            if (image.isNull() || !image.save(file, "PNG"))
                return u"cannot write %1"_s.arg(file);
            written.append(file);
        }
    }
    return {};
}

bool WindowGrab::settle(QSize size)
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
            qCWarning(m_log) << "the screen is still animating after" << settleTimeoutMs << "ms; capturing it as it is";
            break;
        }
    }
    return true;
}

bool WindowGrab::waitForFrame(int timeoutMs)
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

void WindowGrab::wait(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}
