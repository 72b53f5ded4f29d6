#pragma once

#include "common/lockoutpolicy.h"
#include "common/result.h"
#include "store/auditlog.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>

namespace intake {

/// What a sign-in attempt has to wait for.
struct SignInWait
{
    enum class Scope {
        None,     ///< nothing: the attempt is checked now
        Staff,    ///< the staff user's own failures (other staff may sign in)
        Console,  ///< the console's failures, every name together (nobody may sign in)
    };
    Scope scope = Scope::None;
    QDateTime until;  ///< when the attempt will be checked again; invalid for Scope::None

    bool active() const { return scope != Scope::None; }
};

/// The staff console's guard against guessing a staff PIN (ConsoleRepository::signIn). Failed
/// sign-ins are counted per staff user and for the console as a whole (every name, known or
/// not, so that trying one PIN under many names gains nothing) in the console's encrypted store
/// (`signin_failures`), so a restart forgets nothing. Past a policy's free failures, every
/// failure makes the next attempt wait (perStaff, perConsole); an attempt while either waits is
/// refused without its PIN being looked at. A success clears the user's count and the
/// console's (without that, the occasional mistyped PIN of every staff member would add up to
/// a locked console). Time is the injected clock's; a wait that starts is an audit entry. A
/// failure stamped later than now (the clock was set back) counts as made now, so its wait
/// still runs out.
///
/// A 4-digit PIN guessed at the pace perStaff allows takes months, not minutes: after the first
/// three failures the waits grow to 15 minutes, about 100 attempts a day for one name, and as
/// many for all names together once the console's own count caps at the same delay.
class SignInLockout
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr LockoutPolicy perStaff{3, std::chrono::seconds(30), std::chrono::minutes(15)};
    static constexpr LockoutPolicy perConsole{10, std::chrono::seconds(30), std::chrono::minutes(15)};

    /// Shares the console store's connection, clock and audit log with ConsoleRepository.
    SignInLockout(QSqlDatabase db, Clock clock, AuditLog audit);

    /// What an attempt for staff user `staffId` (0: a name nobody has) waits for now: the
    /// longer of the user's wait and the console's.
    Result<SignInWait> wait(qint64 staffId);
    /// Counts a failed attempt for `staffId` (0: a name nobody has, counted for the console
    /// only) and for the console, in the caller's transaction; audits each wait that this
    /// failure starts. Returns what the next attempt for `staffId` waits for.
    Result<SignInWait> recordFailure(qint64 staffId);
    /// A successful sign-in of `staffId`: clears its count and the console's, in the caller's
    /// transaction.
    Status recordSuccess(qint64 staffId);

private:
    struct Count
    {
        int failures = 0;
        QDateTime lastFailedAt;
    };
    /// The failures of `scope` ("console" or a staff actor), restamped now when stamped later.
    Result<Count> count(const QString &scope, const QDateTime &now);
    /// When the wait after `count` under `policy` ends; invalid when there is none or it ended.
    static QDateTime waitsUntil(const Count &count, const LockoutPolicy &policy, const QDateTime &now);

    QSqlDatabase m_db;
    Clock m_clock;
    AuditLog m_audit;
};

} // namespace intake
