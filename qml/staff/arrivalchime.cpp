#include "arrivalchime.h"

#include "stafflogging.h"

#include <QAudioDevice>

using namespace Qt::StringLiterals;

const QUrl ArrivalChime::defaultSource{u"qrc:/sounds/arrival-chime.wav"_s};

bool ArrivalChime::hasAudioOutput()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

ArrivalChime::ArrivalChime(QUrl source, OutputCheck hasOutput, QObject *parent)
    : QObject(parent)
    , m_outputCheck(std::move(hasOutput))
{
    // Quieter than full scale: a front desk, not an alarm.
    m_effect.setVolume(0.6f);
    m_effect.setSource(source);
    connect(&m_effect, &QSoundEffect::statusChanged, this, [this] {
        if (m_effect.status() == QSoundEffect::Error)
            qCWarning(lcStaff) << "the arrival chime could not be loaded from" << m_effect.source();
    });
    connect(&m_devices, &QMediaDevices::audioOutputsChanged, this, &ArrivalChime::checkOutputs);
    checkOutputs();
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
    changeNotice([this, muted] { m_effect.setMuted(muted); });
    Q_EMIT mutedChanged();
}

void ArrivalChime::dismissNoOutputNotice()
{
    changeNotice([this] { m_noticeDismissed = true; });
}

void ArrivalChime::checkOutputs()
{
    const bool hasOutput = m_outputCheck();
    if (hasOutput == m_hasOutput)
        return;
    if (!hasOutput)
        qCInfo(lcStaff) << "no audio output: the arrival chime cannot be heard";
    changeNotice([this, hasOutput] { m_hasOutput = hasOutput; });
}

void ArrivalChime::changeNotice(const std::function<void()> &change)
{
    const bool shown = noOutputNotice();
    change();
    if (shown != noOutputNotice())
        Q_EMIT noOutputNoticeChanged();
}
