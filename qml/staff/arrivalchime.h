#pragma once

#include <QObject>
#include <QSoundEffect>
#include <QUrl>

// The audible half of the arrival notice: a short, soft two-note chime (assets/sounds,
// embedded) played through Qt Multimedia when a flagged intake arrives. Counts what it played,
// so that a test can check the notice went out without an audio device.
class ArrivalChime : public QObject
{
    Q_OBJECT

    Q_PROPERTY(bool muted READ isMuted WRITE setMuted NOTIFY mutedChanged)

public:
    static const QUrl defaultSource;  // qrc:/sounds/arrival-chime.wav

    explicit ArrivalChime(QUrl source = defaultSource, QObject *parent = nullptr);

    // Plays the chime (unless muted); counted either way it is asked to.
    Q_INVOKABLE void play();

    int playCount() const { return m_playCount; }
    // The sound file loaded (Qt Multimedia decoded it).
    bool isReady() const { return m_effect.status() == QSoundEffect::Ready; }
    bool isLoading() const { return m_effect.status() == QSoundEffect::Loading; }
    bool isMuted() const { return m_effect.isMuted(); }
    void setMuted(bool muted);

Q_SIGNALS:
    void played();
    void mutedChanged();

private:
    QSoundEffect m_effect;
    int m_playCount = 0;
};
