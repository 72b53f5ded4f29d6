#include "idlemonitor.h"


IdleMonitor::IdleMonitor(int timeoutSeconds, int countdownSeconds, QObject *parent)
    : QObject(parent), m_timeoutSeconds(timeoutSeconds), m_countdownSeconds(countdownSeconds)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_timeoutSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, &IdleMonitor::startWarning);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &IdleMonitor::tick);
    connect(&m_input, &InputActivity::activity, this, [this] {
        if (m_active)
            reset();
    });
}

void IdleMonitor::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    reset();
    if (!m_active)
        m_idle.stop();
    Q_EMIT activeChanged();
}

void IdleMonitor::setReading(bool reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    m_idle.setInterval(m_timeoutSeconds * (m_reading ? readingFactor : 1) * 1000);
    // the new allowance counts from now, unless the warning is already up
    if (m_active && !m_warning)
        m_idle.start();
    Q_EMIT readingChanged();
}

void IdleMonitor::reset()
{
    m_countdown.stop();
    if (m_warning) {
        m_warning = false;
        Q_EMIT warningChanged();
    }
    if (m_active)
        m_idle.start();
}

void IdleMonitor::startWarning()
{
    if (!m_active)
        return;
    m_warning = true;
    m_secondsLeft = m_countdownSeconds;
    Q_EMIT warningChanged();
    Q_EMIT secondsLeftChanged();
    m_countdown.start();
}

void IdleMonitor::tick()
{
    m_secondsLeft = std::max(0, m_secondsLeft - 1);
    Q_EMIT secondsLeftChanged();
    if (m_secondsLeft > 0)
        return;
    m_countdown.stop();
    m_warning = false;
    Q_EMIT warningChanged();
    Q_EMIT expired();
    if (m_active)
        m_idle.start();
}
