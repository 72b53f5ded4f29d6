#pragma once

#include "inputactivity.h"

#include "store/adminpin.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

// The staff side of the kiosk: a long press in a corner asks for the staff PIN; five wrong PINs
// lock the PIN pad for 30 seconds, doubling with every further wrong one. Open, it offers:
// lock the store now, the sync status, and exit for staff. It closes by itself after
// `autoCloseSeconds` without a touch: staff who walk away do not leave Exit and Pair to the next
// client.
class AdminController : public QObject
{
    Q_OBJECT

    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(int lockoutSecondsLeft READ lockoutSecondsLeft NOTIFY lockoutChanged)
    Q_PROPERTY(int failedAttempts READ failedAttempts NOTIFY lockoutChanged)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int freeAttempts = 5;
    static constexpr int firstLockoutSeconds = 30;
    static constexpr int defaultAutoCloseSeconds = 60;

    AdminController(std::optional<intake::AdminPin> pin, Clock clock, int autoCloseSeconds = defaultAutoCloseSeconds,
                    QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    int lockoutSecondsLeft() const;
    int failedAttempts() const { return m_failed; }

    // True and `open` when the PIN is right; a wrong PIN counts towards the lockout; during a
    // lockout nothing is checked.
    Q_INVOKABLE bool tryPin(const QString &pin);
    Q_INVOKABLE void close();
    // Leaves the kiosk (staff only: the admin screen must be open).
    Q_INVOKABLE void exitKiosk();

Q_SIGNALS:
    void openChanged();
    void lockoutChanged();
    void exitRequested();

private:
    std::optional<intake::AdminPin> m_pin;
    Clock m_clock;
    bool m_open = false;
    int m_failed = 0;
    QDateTime m_lockedUntil;
    QTimer m_lockoutTicker;
    QTimer m_autoClose;
    InputActivity m_input;
};
