#include "admincontroller.h"

#include "kiosklogging.h"

#include "store/secretbytes.h"

AdminController::AdminController(std::optional<intake::AdminPin> pin, Clock clock, int autoCloseSeconds, QObject *parent)
    : QObject(parent), m_pin(std::move(pin)), m_clock(std::move(clock))
{
    m_autoClose.setSingleShot(true);
    m_autoClose.setInterval(autoCloseSeconds * 1000);
    connect(&m_autoClose, &QTimer::timeout, this, [this] {
        qCInfo(lcKiosk) << "the staff screen closed itself after" << m_autoClose.interval() / 1000 << "s without a touch";
        close();
    });
    connect(&m_input, &InputActivity::activity, this, [this] {
        if (m_open)
            m_autoClose.start();
    });
    m_lockoutTicker.setInterval(1000);
    connect(&m_lockoutTicker, &QTimer::timeout, this, [this] {
        if (lockoutSecondsLeft() == 0)
            m_lockoutTicker.stop();
        Q_EMIT lockoutChanged();
    });
}

int AdminController::lockoutSecondsLeft() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    return static_cast<int>(std::max<qint64>(0, m_clock().secsTo(m_lockedUntil)));
}

bool AdminController::tryPin(const QString &pin)
{
    if (lockoutSecondsLeft() > 0)
        return false;
    const bool right = m_pin && m_pin->verify(intake::SecretBytes::fromUtf8(pin));
    if (!right) {
        ++m_failed;
        qCWarning(lcKiosk) << "wrong staff PIN, attempt" << m_failed;
        if (m_failed >= freeAttempts) {
            const int doublings = std::min(m_failed - freeAttempts, 10);
            m_lockedUntil = m_clock().addSecs(static_cast<qint64>(firstLockoutSeconds) << doublings);
            m_lockoutTicker.start();
        }
        Q_EMIT lockoutChanged();
        return false;
    }
    m_failed = 0;
    m_lockedUntil = QDateTime();
    m_open = true;
    m_autoClose.start();
    Q_EMIT lockoutChanged();
    Q_EMIT openChanged();
    return true;
}

void AdminController::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_autoClose.stop();
    Q_EMIT openChanged();
}

void AdminController::exitKiosk()
{
    if (m_open)
        Q_EMIT exitRequested();
}
