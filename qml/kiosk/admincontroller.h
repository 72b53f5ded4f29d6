#pragma once

#include "inputactivity.h"

#include "store/adminpinguard.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

class KioskStore;

// The staff side of the kiosk: a long press in a corner asks for the staff PIN, which is kept
// (hashed) inside the encrypted store, so it is checked only while the store is open. Five wrong
// PINs lock the PIN pad for 30 seconds, doubling with every further wrong one; the count and the
// lockout are kept in the store too (AdminPinGuard), so restarting the kiosk does not reset them.
// Open, the staff screen offers: lock the store now, the sync status and pairing, and exit for
// staff. It closes by itself after `autoCloseSeconds` without a touch: staff who walk away do not
// leave Exit and Pair to the next client.
class AdminController : public QObject
{
    Q_OBJECT

    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(int lockoutSecondsLeft READ lockoutSecondsLeft NOTIFY lockoutChanged)
    Q_PROPERTY(int failedAttempts READ failedAttempts NOTIFY lockoutChanged)
    Q_PROPERTY(PinState pinState READ pinState NOTIFY pinChanged)
    // How many digits the pad takes before OK: 6, or 4 while the PIN may be one set before 6
    // digits were required.
    Q_PROPERTY(int shortestPin READ shortestPin NOTIFY pinChanged)
    Q_PROPERTY(int longestPin READ longestPin CONSTANT)
    // How many digits a new PIN needs (6).
    Q_PROPERTY(int shortestNewPin READ shortestNewPin CONSTANT)
    // The PIN is known to have fewer than 6 digits (it opened the screen): staff are asked to
    // have it replaced.
    Q_PROPERTY(bool pinTooShort READ pinTooShort NOTIFY pinChanged)
    // Why the last PIN could not be checked (a store error, for staff); "" when it could.
    Q_PROPERTY(QString lastError READ lastError NOTIFY pinChanged)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int defaultAutoCloseSeconds = 60;

    enum class PinState {
        Ready,        // the store is open and holds a PIN
        StoreLocked,  // the PIN is inside the store: it cannot be checked until the store opens
        NotSet,       // no PIN was ever set (intake-cli set-admin-pin)
    };
    Q_ENUM(PinState)

    // `kioskId` names the kiosk in the audit entries; `clock` times the lockout.
    AdminController(KioskStore &store, QString kioskId, Clock clock, int autoCloseSeconds = defaultAutoCloseSeconds,
                    QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    int lockoutSecondsLeft() const;
    int failedAttempts() const { return m_state.failedAttempts; }
    PinState pinState() const { return m_pinState; }
    int shortestPin() const;
    int longestPin() const { return intake::AdminPin::longestPin; }
    int shortestNewPin() const { return intake::AdminPin::shortestPin; }
    bool pinTooShort() const { return m_state.length == intake::AdminPinGuard::Length::TooShort; }
    QString lastError() const { return m_lastError; }

    // True and `open` when the PIN is right; a wrong PIN counts towards the lockout; during a
    // lockout, or while the PIN cannot be checked, nothing is checked.
    Q_INVOKABLE bool tryPin(const QString &pin);
    Q_INVOKABLE void close();
    // Leaves the kiosk (staff only: the admin screen must be open).
    Q_INVOKABLE void exitKiosk();

Q_SIGNALS:
    void openChanged();
    void lockoutChanged();
    void pinChanged();
    void exitRequested();

private:
    // Reads the PIN's state from the store (or notes that it is locked).
    void refresh();
    void setLastError(const QString &message);

    KioskStore &m_store;
    QString m_actor;
    Clock m_clock;
    bool m_open = false;
    PinState m_pinState = PinState::StoreLocked;
    intake::AdminPinGuard::State m_state;
    QString m_lastError;
    QTimer m_lockoutTicker;
    QTimer m_autoClose;
    InputActivity m_input;
};
