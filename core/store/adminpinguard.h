#pragma once

#include "common/lockoutpolicy.h"
#include "common/result.h"
#include "store/adminpin.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace intake {

/// The kiosk's staff PIN inside its encrypted store (table staff_pin, kiosk schema 4), and the
/// guard against guessing it: five wrong PINs lock the PIN pad for 30 s, each further one doubles
/// that (`policy`), and the count and the lockout are kept in the store, so a restart does not
/// reset them.
/// Setting the PIN, every wrong PIN and every right one are audited; no PIN or hash is logged.
class AdminPinGuard
{
public:
    using Clock = std::function<QDateTime()>;

    /// Where releases before schema 4 kept the hash: a plain file beside the database.
    static const QString legacyFileName;
    /// The kiosk schema version that holds the staff_pin table.
    static constexpr int schemaVersion = 4;
    /// Four wrong PINs are free; the fifth locks the pad for 30 s, each further one doubles
    /// that, up to 30 s · 2^10 (about 8.5 hours).
    static constexpr LockoutPolicy policy{5, std::chrono::seconds(30), std::chrono::seconds(30 << 10)};

    /// `db`: an open kiosk store at schema 4 or later; `clock` stamps lockouts and audit entries.
    AdminPinGuard(QSqlDatabase db, Clock clock);

    /// What is known of the PIN's length: set here (6 to 12 digits), or moved from a legacy file
    /// and either not typed since or typed and found shorter than 6 digits.
    enum class Length { Enough, Unknown, TooShort };

    struct State
    {
        bool isSet = false;
        Length length = Length::Unknown;
        int failedAttempts = 0;
        /// Invalid when the pad is not locked.
        QDateTime lockedUntil;
    };

    /// The PIN's record as stored, changing nothing (for a read-only look: intake-cli status).
    static Result<State> read(QSqlDatabase db);
    /// The PIN's record now: an ended lockout is gone, and one ending further ahead than its
    /// length (the clock was set back since it began) is shortened to its length from now, and
    /// stored so.
    Result<State> state();
    /// Whole seconds, rounded up, from `now` until the lockout in `state` ends (0: not locked).
    static int lockoutSecondsLeft(const State &state, const QDateTime &now);

    /// Sets the PIN (6 to 12 digits; anything else changes nothing) and clears the lockout.
    Status set(const SecretBytes &pin, const QString &actor, AdminPin::Cost cost = AdminPin::Cost::Interactive);

    enum class Outcome { Right, Wrong, LockedOut, NotSet };
    /// Checks `pin`. During a lockout nothing is checked or counted. The attempt is counted (and
    /// the lockout it would cause stored) before the hash is checked, so cutting the power in
    /// the middle gains no attempt; a right PIN then clears both.
    Result<Outcome> tryPin(const SecretBytes &pin, const QString &actor);

    /// Part of opening a kiosk store read-write (IntakeStore): the first open at schema 4 moves
    /// the hash from a legacy admin-pin file in `directory` into the store and deletes the
    /// file; the PIN keeps working (a 4- or 5-digit one too, until it is replaced). A file found
    /// after that, or beside a new store, is not read: it is deleted and the event audited, so
    /// writing a file into the folder does not set the PIN. Deleting is retried at each open.
    static Status adoptLegacyFile(QSqlDatabase db, const QString &directory, const QDateTime &now, bool newStore);

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace intake
