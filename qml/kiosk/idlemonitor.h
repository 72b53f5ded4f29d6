#pragma once

#include "inputactivity.h"

#include <QObject>
#include <QTimer>

// Watches for a client who walked away: after `timeoutSeconds` without a touch, a click or a
// key, `warning` turns on and `secondsLeft` counts down from `countdownSeconds`; any input
// cancels it; at zero, expired() fires (the session is then wiped). Only runs while `active`.
// While `reading` (a page of text to read through, the consent), the time before the warning is
// readingFactor times longer: reading a page is not walking away.
class IdleMonitor : public QObject
{
    Q_OBJECT

    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool warning READ isWarning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds CONSTANT)
    Q_PROPERTY(int countdownSeconds READ countdownSeconds CONSTANT)
    Q_PROPERTY(bool reading READ isReading WRITE setReading NOTIFY readingChanged)

public:
    static constexpr int readingFactor = 3;

    IdleMonitor(int timeoutSeconds, int countdownSeconds, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    bool isWarning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    int countdownSeconds() const { return m_countdownSeconds; }
    bool isReading() const { return m_reading; }
    void setReading(bool reading);

    // The client is still here ("Continue" in the warning, or any input).
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void activeChanged();
    void warningChanged();
    void secondsLeftChanged();
    void readingChanged();
    void expired();

private:
    void startWarning();
    void tick();

    int m_timeoutSeconds;
    int m_countdownSeconds;
    bool m_active = false;
    bool m_reading = false;
    bool m_warning = false;
    int m_secondsLeft = 0;
    QTimer m_idle;
    QTimer m_countdown;
    InputActivity m_input;
};
