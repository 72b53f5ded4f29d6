#pragma once

#include "console/consolerepository.h"
#include "store/intakestore.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThread;

// Who is at the staff console: opens the console's encrypted store (a staff passphrase, or a key
// file that opens it by itself), creates the first administrator on the first start, signs staff
// in by name and PIN and out again, and signs them out when the console has been left alone
// (a warning first, then the logoff). Every other view-model asks it for the repository and for
// the signed-in staff member's id, which goes into every audit entry.
class StaffSession : public QObject
{
    Q_OBJECT

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool usesKeyFile READ usesKeyFile CONSTANT)
    // False on the very first start with a passphrase: the lock screen then creates the store.
    Q_PROPERTY(bool storeExists READ storeExists NOTIFY stateChanged)
    // Making the store (createStore()) takes a second or two: true meanwhile.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // Why the last unlock, first-admin or sign-in attempt failed ("" when it did not), for staff.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY stateChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY stateChanged)
    // Idle logoff: after idleMinutes without input the warning shows for warningSeconds.
    Q_PROPERTY(bool idleWarning READ idleWarning NOTIFY idleWarningChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleSecondsLeftChanged)
    Q_PROPERTY(int idleMinutes READ idleMinutes CONSTANT)
    // After too many failed sign-ins, how long until the next attempt is checked (0: none
    // waits), as "m:ss" for the countdown, and whether the whole console waits (nobody may sign
    // in) or only the name last tried (others may).
    Q_PROPERTY(int signInWaitSeconds READ signInWaitSeconds NOTIFY signInWaitChanged)
    Q_PROPERTY(QString signInWaitClock READ signInWaitClock NOTIFY signInWaitChanged)
    Q_PROPERTY(bool consoleWaits READ consoleWaits NOTIFY signInWaitChanged)

public:
    enum class State {
        Locked,      ///< the store is closed: passphrase (or a key-file error) on the lock screen
        FirstStart,  ///< the store is open and has no staff yet: create the first administrator
        SignedOut,   ///< sign-in screen
        SignedIn,
    };
    Q_ENUM(State)

    using Clock = std::function<QDateTime()>;

    // How long the console may be left alone. The defaults are the app's; tests shorten them.
    struct IdleTiming
    {
        std::chrono::milliseconds timeout = std::chrono::minutes(5);
        std::chrono::milliseconds warning = std::chrono::seconds(30);
        std::chrono::milliseconds tick = std::chrono::seconds(1);  ///< how often secondsLeft counts down
    };

    static constexpr int minPinLength = 4;
    static constexpr int maxPinLength = 12;
    static constexpr int minPassphraseLength = 12;

    // `keyFile` empty: the store is unlocked with a passphrase. `clock` is the repository's.
    StaffSession(QString directory, QString keyFile, Clock clock, IdleTiming idle, QObject *parent = nullptr);
    ~StaffSession() override;

    State state() const { return m_state; }
    bool usesKeyFile() const { return !m_keyFile.isEmpty(); }
    bool storeExists() const;
    bool isBusy() const { return m_creating != nullptr; }
    QString lastError() const { return m_lastError; }
    QString userName() const { return m_user ? m_user->name : QString(); }
    bool isAdmin() const { return m_user && m_user->isAdmin; }
    bool isSignedIn() const { return m_user.has_value(); }
    // The signed-in staff member's id (0 when nobody is signed in).
    qint64 userId() const { return m_user ? m_user->id : 0; }
    bool idleWarning() const { return m_idleWarning; }
    int idleSecondsLeft() const { return m_secondsLeft; }
    int idleMinutes() const;
    int signInWaitSeconds() const;
    QString signInWaitClock() const;
    bool consoleWaits() const { return signInWaitSeconds() > 0 && m_signInWait.scope == intake::SignInWait::Scope::Console; }
    // Today in the clinic's time zone, by the session's clock (the review queue's default day).
    QDate today() const { return m_clock().toLocalTime().date(); }

    // The open store's repository; null while locked.
    intake::ConsoleRepository *repository() { return m_repository ? &*m_repository : nullptr; }
    intake::IntakeStore *store() { return m_store.get(); }

    // Opens with the key file (key-file stores); false and lastError on failure.
    Q_INVOKABLE bool unlockWithKeyFile();
    // Opens with a staff passphrase (copied into locked memory and wiped here; QML clears its
    // field right after).
    Q_INVOKABLE bool unlock(const QString &passphrase);
    // No store yet (passphrase mode): creates it, encrypted under this passphrase (at least
    // minPassphraseLength characters, typed twice), and opens it. False and lastError when
    // refused; otherwise busy until the store is open (stateChanged) or failed (lastError).
    Q_INVOKABLE bool createStore(const QString &passphrase, const QString &repeated);
    // First start only: the first administrator; signs them in.
    Q_INVOKABLE bool createFirstAdmin(const QString &name, const QString &pin, const QString &repeatedPin);
    // Signs in by name and PIN; false and lastError (or a wait, signInWaitSeconds) when refused.
    Q_INVOKABLE bool signIn(const QString &name, const QString &pin);
    Q_INVOKABLE void signOut();
    // Signs out and closes the store (the lock screen); aboutToLock() lets the receiver stop first.
    Q_INVOKABLE void lock();
    // Input from staff: postpones the idle logoff and closes its warning ("I'm still here").
    Q_INVOKABLE void stayActive();
    // Changes how long the console may be left alone (the screenshots shorten it); restarts the
    // idle time of a signed-in session.
    void setIdleTiming(IdleTiming idle);

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void lastErrorChanged();
    void idleWarningChanged();
    void idleSecondsLeftChanged();
    void signInWaitChanged();
    // The store was opened (the composition root starts the HTTPS receiver).
    void storeOpened();
    // The store is about to close: whatever uses the repository lets go of it now.
    void aboutToLock();
    // Signed out because nobody used the console (not by Sign out).
    void idleLoggedOff();

protected:
    // Installed on the application by the composition root: mouse, key and touch input keep a
    // signed-in session alive.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool open(const intake::KekSource &kek);
    // Takes an opened store (or says why it did not open) and moves to its first state.
    bool adopt(intake::Result<std::unique_ptr<intake::IntakeStore>> opened);
    // createStore()'s worker made the store (or failed): open it here.
    void storeCreated(intake::Result<intake::IntakeStore::Reopener> created);
    void setState(State state);
    void setLastError(const QString &message);
    void setWarning(bool on);
    void idleTimeout();
    void tick();
    // Shows `wait` on the sign-in screen and counts it down (m_timing.tick) until it ends.
    void setSignInWait(const intake::SignInWait &wait);
    void signInWaitTick();

    QString m_directory;
    QString m_keyFile;
    Clock m_clock;
    IdleTiming m_timing;
    std::unique_ptr<intake::IntakeStore> m_store;
    QThread *m_creating = nullptr;  // createStore()'s worker while it runs
    std::optional<intake::ConsoleRepository> m_repository;
    std::optional<intake::StaffUser> m_user;
    State m_state = State::Locked;
    QString m_lastError;
    bool m_idleWarning = false;
    int m_secondsLeft = 0;
    QTimer m_idle;
    QTimer m_countdown;
    intake::SignInWait m_signInWait;
    QTimer m_signInWaitTicker;
    std::chrono::milliseconds m_warningLeft{0};
};
