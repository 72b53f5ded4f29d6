#include "arrivalchime.h"

#include "stafflogging.h"

using namespace Qt::StringLiterals;

const QUrl ArrivalChime::defaultSource{u"qrc:/sounds/arrival-chime.wav"_s};

ArrivalChime::ArrivalChime(QUrl source, QObject *parent)
    : QObject(parent)
{
    // Quieter than full scale: a front desk, not an alarm.
    m_effect.setVolume(0.6f);
    m_effect.setSource(source);
    connect(&m_effect, &QSoundEffect::statusChanged, this, [this] {
        if (m_effect.status() == QSoundEffect::Error)
            qCWarning(lcStaff) << "the arrival chime could not be loaded from" << m_effect.source();
    });
}

void ArrivalChime::play()
{
    ++m_playCount;
    m_effect.play();
    Q_EMIT played();
}

void ArrivalChime::setMuted(bool muted)
{
    if (muted == m_effect.isMuted())
        return;
    m_effect.setMuted(muted);
    Q_EMIT mutedChanged();
}
