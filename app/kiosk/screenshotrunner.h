#pragma once

#include <QDir>
#include <QSize>
#include <QString>
#include <QStringList>

class LanguageController;
class QQuickWindow;

// The kiosk's design sizes: a 10" tablet in landscape and in portrait.
inline constexpr QSize kioskLandscapeSize{1280, 800};
inline constexpr QSize kioskPortraitSize{800, 1280};

// Renders every kiosk screen in every language and both orientations to PNG files named
// <screen>-<language>-<orientation>.png (welcome-en-landscape.png, ...): for the README, for
// reviewing translations and for looking at the UI in CI. Runs in the real kiosk process, also
// with QT_QPA_PLATFORM=offscreen, and drives it only through its public objects (the window and
// the view-models), never through QML internals.
class ScreenshotRunner
{
public:
    struct Result
    {
        QStringList written; // absolute paths of the PNG files
        QString error;       // empty on success; otherwise what failed and with which file
    };

    ScreenshotRunner(QQuickWindow &window, LanguageController &languages, const QDir &outputDirectory);

    // Shows the window, takes every screenshot and returns; the window stays open.
    Result run();

private:
    bool settle(QSize size);
    bool waitForFrame(int timeoutMs);

    QQuickWindow &m_window;
    LanguageController &m_languages;
    QDir m_outputDirectory;
};
