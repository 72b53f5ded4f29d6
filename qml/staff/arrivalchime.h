#pragma once

#include <QMediaDevices>
#include <QObject>
#include <QSoundEffect>
#include <QUrl>

#include <functional>

// The audible half of the arrival notice: a short, soft two-note chime (assets/sounds,
// embedded) played through Qt Multimedia when a flagged intake arrives. Counts what it played,
// so that a test can check the notice went out without an audio device. On a computer with no
// audio output the chime plays to nothing: it says so (noOutputNotice) until staff dismiss it.
class ArrivalChime : public QObject
{
    Q_OBJECT

    Q_PROPERTY(bool muted READ isMuted WRITE setMuted NOTIFY mutedChanged)
    // The chime cannot be heard (no audio output) and staff have not muted it nor dismissed the
    // notice that says so.
    Q_PROPERTY(bool noOutputNotice READ noOutputNotice NOTIFY noOutputNoticeChanged)

public:
    static const QUrl defaultSource;  // qrc:/sounds/arrival-chime.wav
    // Whether the computer has an audio output now; the default asks Qt Multimedia.
    using OutputCheck = std::function<bool()>;
    static bool hasAudioOutput();

    explicit ArrivalChime(QUrl source = defaultSource, OutputCheck hasOutput = &ArrivalChime::hasAudioOutput,
                          QObject *parent = nullptr);

    // Plays the chime (unless muted); counted either way it is asked to.
    Q_INVOKABLE void play();

    int playCount() const { return m_playCount; }
    // The sound file loaded (Qt Multimedia decoded it).
    bool isReady() const { return m_effect.status() == QSoundEffect::Ready; }
    bool isLoading() const { return m_effect.status() == QSoundEffect::Loading; }
    bool isMuted() const { return m_effect.isMuted(); }
    void setMuted(bool muted);
    bool noOutputNotice() const { return !m_hasOutput && !isMuted() && !m_noticeDismissed; }
    // Staff have read the notice: it does not come back while the console runs.
    Q_INVOKABLE void dismissNoOutputNotice();
    // Audio outputs came or went (QMediaDevices says so); public for tests.
    void checkOutputs();

Q_SIGNALS:
    void played();
    void mutedChanged();
    void noOutputNoticeChanged();

private:
    // Runs `change` (to what the notice depends on) and signals when the notice comes or goes.
    void changeNotice(const std::function<void()> &change);

    QSoundEffect m_effect;
    QMediaDevices m_devices;
    OutputCheck m_outputCheck;
    bool m_hasOutput = true;
    bool m_noticeDismissed = false;
    int m_playCount = 0;
};
