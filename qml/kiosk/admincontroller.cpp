#include "admincontroller.h"

#include "kiosklogging.h"
#include "kioskstore.h"

#include "store/secretbytes.h"

using namespace intake;

AdminController::AdminController(KioskStore &store, QString kioskId, Clock clock, int autoCloseSeconds, QObject *parent)
    : QObject(parent), m_store(store), m_actor(QStringLiteral("kiosk:") + kioskId), m_clock(std::move(clock))
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
    // the PIN, its count of wrong ones and its lockout are read from the store as it opens
    connect(&m_store, &KioskStore::lockedChanged, this, &AdminController::refresh);
    refresh();
}

int AdminController::lockoutSecondsLeft() const
{
    return AdminPinGuard::lockoutSecondsLeft(m_state, m_clock());
}

int AdminController::shortestPin() const
{
    const bool mayBeLegacy = m_pinState == PinState::Ready && m_state.length != AdminPinGuard::Length::Enough;
    return mayBeLegacy ? AdminPin::shortestLegacyPin : AdminPin::shortestPin;
}

void AdminController::refresh()
{
    m_state = {};
    m_pinState = PinState::StoreLocked;
    if (IntakeStore *opened = m_store.intakeStore()) {
        auto state = AdminPinGuard(opened->database(), m_clock).state();
        if (state) {
            m_state = state.value();
            m_pinState = m_state.isSet ? PinState::Ready : PinState::NotSet;
            if (!m_state.isSet)
                qCWarning(lcKiosk) << "no staff PIN is set in the store: the staff screen stays closed (intake-cli set-admin-pin)";
        } else {
            m_pinState = PinState::NotSet;
            qCWarning(lcKiosk) << "the staff PIN could not be read:" << state.error().message;
            setLastError(state.error().message);
        }
    }
    if (lockoutSecondsLeft() > 0)
        m_lockoutTicker.start();
    Q_EMIT pinChanged();
    Q_EMIT lockoutChanged();
}

void AdminController::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT pinChanged();
}

bool AdminController::tryPin(const QString &pin)
{
    IntakeStore *opened = m_store.intakeStore();
    if (!opened || lockoutSecondsLeft() > 0)
        return false;
    auto outcome = AdminPinGuard(opened->database(), m_clock).tryPin(SecretBytes::fromUtf8(pin), m_actor);
    const int before = m_state.failedAttempts;
    refresh();
    if (!outcome) {
        qCWarning(lcKiosk) << "the staff PIN could not be checked:" << outcome.error().message;
        setLastError(outcome.error().message);
        return false;
    }
    setLastError({});
    if (*outcome != AdminPinGuard::Outcome::Right) {
        if (*outcome == AdminPinGuard::Outcome::Wrong) {
            qCWarning(lcKiosk) << "wrong staff PIN, attempt" << m_state.failedAttempts << "since the last right one";
            if (lockoutSecondsLeft() > 0)
                qCWarning(lcKiosk) << "the PIN pad waits" << lockoutSecondsLeft() << "s";
        }
        return false;
    }
    if (before > 0)
        qCInfo(lcKiosk) << "the staff PIN was right after" << before << "wrong ones";
    if (pinTooShort())
        qCWarning(lcKiosk) << "the staff PIN has fewer than" << AdminPin::shortestPin << "digits: set a new one (intake-cli set-admin-pin)";
    m_open = true;
    m_autoClose.start();
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
