#include "store/adminpinguard.h"

#include "common/logging.h"
#include "store/auditlog.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <optional>

namespace intake {

const QString AdminPinGuard::legacyFileName = QStringLiteral("admin-pin");

namespace {

// Who moves a legacy file: the store itself, as it opens (in the kiosk or intake-cli).
const QString storeActor = QStringLiteral("store");
// A legacy file holds one hash string (about 100 bytes); anything longer is not one.
constexpr qint64 legacyFileLimit = 512;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

struct Row
{
    QByteArray hash;  ///< empty: no PIN set
    QVariant meetsMinimum;
    int failedAttempts = 0;
    QDateTime lockedUntil;
    bool legacyFileChecked = false;
};

Result<Row> readRow(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT hash, meets_minimum, failed_attempts, locked_until, legacy_file_checked "
                                   "FROM staff_pin WHERE id = 1")))
        return storeError(QStringLiteral("cannot read the staff PIN"), query.lastError());
    if (!query.next())
        return Error{QStringLiteral("the store has no staff PIN record; run 'intake-cli verify'")};
    Row row;
    row.hash = query.value(0).toString().toLatin1();
    row.meetsMinimum = query.value(1);
    row.failedAttempts = query.value(2).toInt();
    if (!query.value(3).isNull())
        row.lockedUntil = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    row.legacyFileChecked = query.value(4).toInt() == 1;
    return row;
}

/// Changes the PIN's row (`assignments` is the SET clause) and appends `audit`, if any, in the
/// same transaction.
Status updateRow(QSqlDatabase &db, const QString &assignments, const QVariantList &values,
                 const std::optional<AuditEntry> &audit = std::nullopt)
{
    const QString what = QStringLiteral("cannot store the staff PIN's record");
    if (!db.transaction())
        return storeError(what, db.lastError());
    QSqlQuery query(db);
    bool done = query.prepare(QStringLiteral("UPDATE staff_pin SET %1 WHERE id = 1").arg(assignments));
    for (const QVariant &value : values)
        query.addBindValue(value);
    done = done && query.exec();
    if (!done) {
        const Error error = storeError(what, query.lastError());
        db.rollback();
        return error;
    }
    if (audit) {
        if (auto status = AuditLog(db).append(*audit); !status) {
            db.rollback();
            return status;
        }
    }
    if (!db.commit()) {
        const Error error = storeError(what, db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

} // namespace

AdminPinGuard::AdminPinGuard(QSqlDatabase db, Clock clock) : m_db(std::move(db)), m_clock(std::move(clock)) {}

Result<AdminPinGuard::State> AdminPinGuard::read(QSqlDatabase db)
{
    auto row = readRow(db);
    if (!row)
        return row.error();
    State state;
    state.isSet = !row->hash.isEmpty();
    state.length = row->meetsMinimum.isNull() ? Length::Unknown
                   : row->meetsMinimum.toInt() == 1 ? Length::Enough
                                                    : Length::TooShort;
    state.failedAttempts = row->failedAttempts;
    state.lockedUntil = row->lockedUntil;
    return state;
}

Result<AdminPinGuard::State> AdminPinGuard::state()
{
    auto state = read(m_db);
    if (!state || !state->lockedUntil.isValid())
        return state;
    const QDateTime now = m_clock();
    const qint64 length = policy.delayAfter(state->failedAttempts).count();
    if (now.secsTo(state->lockedUntil) > length) {
        // the clock was set back since the lockout began: it lasts its length from now
        state->lockedUntil = now.addSecs(length);
        if (auto status = updateRow(m_db, QStringLiteral("locked_until = ?"), {isoTime(state->lockedUntil)}); !status)
            return status.error();
    } else if (state->lockedUntil <= now) {
        state->lockedUntil = QDateTime();
    }
    return state;
}

int AdminPinGuard::lockoutSecondsLeft(const State &state, const QDateTime &now)
{
    if (!state.lockedUntil.isValid())
        return 0;
    // rounded up: the pad says "wait 1 second" until the lockout is really over
    const qint64 msLeft = now.msecsTo(state.lockedUntil);
    return msLeft > 0 ? static_cast<int>((msLeft + 999) / 1000) : 0;
}

Status AdminPinGuard::set(const SecretBytes &pin, const QString &actor, AdminPin::Cost cost)
{
    auto hash = AdminPin::fromPin(pin, cost);
    if (!hash)
        return hash.error();
    const QDateTime now = m_clock();
    return updateRow(m_db,
                     QStringLiteral("hash = ?, meets_minimum = 1, set_at = ?, failed_attempts = 0, locked_until = NULL, "
                                    "legacy_file_checked = 1"),
                     {QString::fromLatin1(hash->hash()), isoTime(now)},
                     AuditEntry{now, actor, QStringLiteral("kiosk.staff_pin_set"), {}, {}});
}

Result<AdminPinGuard::Outcome> AdminPinGuard::tryPin(const SecretBytes &pin, const QString &actor)
{
    auto current = state();
    if (!current)
        return current.error();
    if (!current->isSet)
        return Outcome::NotSet;
    if (lockoutSecondsLeft(*current, m_clock()) > 0)
        return Outcome::LockedOut;
    auto row = readRow(m_db);
    if (!row)
        return row.error();
    auto stored = AdminPin::fromHash(row->hash);
    if (!stored)
        return Error{QStringLiteral("the staff PIN in the store is damaged; set a new one with 'intake-cli set-admin-pin'")};

    const QDateTime now = m_clock();
    const int attempt = current->failedAttempts + 1;
    const qint64 lockout = policy.delayAfter(attempt).count();
    if (auto status = updateRow(m_db, QStringLiteral("failed_attempts = ?, locked_until = ?"),
                                {attempt, lockout > 0 ? QVariant(isoTime(now.addSecs(lockout))) : nullText()});
        !status)
        return status.error();

    if (stored->verify(pin)) {
        const bool enough = pin.size() >= static_cast<std::size_t>(AdminPin::shortestPin);
        if (auto status = updateRow(m_db, QStringLiteral("failed_attempts = 0, locked_until = NULL, meets_minimum = ?"),
                                    {enough ? 1 : 0}, AuditEntry{now, actor, QStringLiteral("kiosk.staff_pin_right"), {}, {}});
            !status)
            return status.error();
        return Outcome::Right;
    }
    QString detail = QStringLiteral("attempt=%1").arg(attempt);
    if (lockout > 0)
        detail += QStringLiteral(" lockout_seconds=%1").arg(lockout);
    if (auto status = AuditLog(m_db).record({now, actor, QStringLiteral("kiosk.staff_pin_wrong"), {}, detail}); !status)
        return status.error();
    return Outcome::Wrong;
}

Status AdminPinGuard::adoptLegacyFile(QSqlDatabase db, const QString &directory, const QDateTime &now, bool newStore)
{
    auto row = readRow(db);
    if (!row)
        return row.error();
    const QString path = QDir(directory).filePath(legacyFileName);
    const QFileInfo info(path);
    const bool present = info.exists() || info.isSymLink();
    if (row->legacyFileChecked && !present)
        return {};

    const auto ignore = [&](const QString &reason, bool markChecked) -> Status {
        qCWarning(lcStore).noquote() << path << "is not read (" << reason << "): it is deleted";
        const AuditEntry entry{now, storeActor, QStringLiteral("kiosk.staff_pin_file_ignored"), {}, reason};
        return markChecked ? updateRow(db, QStringLiteral("legacy_file_checked = 1"), {}, entry) : AuditLog(db).record(entry);
    };

    if (row->legacyFileChecked) {
        if (auto status = ignore(QStringLiteral("written after the staff PIN moved into the store"), false); !status)
            return status;
    } else if (!present) {
        return updateRow(db, QStringLiteral("legacy_file_checked = 1"), {});
    } else if (newStore || !row->hash.isEmpty()) {
        if (auto status = ignore(QStringLiteral("left from an earlier store"), true); !status)
            return status;
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // left in place: the next open tries again, and the admin screen stays closed until then
            qCWarning(lcStore).noquote() << path << "holds the staff PIN of an earlier release but cannot be read ("
                                         << file.errorString() << "); it is moved into the store at the next open";
            return {};
        }
        auto legacy = AdminPin::fromHash(file.read(legacyFileLimit));
        file.close();
        if (!legacy) {
            if (auto status = ignore(QStringLiteral("not a staff PIN file"), true); !status)
                return status;
        } else {
            if (auto status = updateRow(db, QStringLiteral("hash = ?, meets_minimum = NULL, set_at = ?, legacy_file_checked = 1"),
                                        {QString::fromLatin1(legacy->hash()), isoTime(now)},
                                        AuditEntry{now, storeActor, QStringLiteral("kiosk.staff_pin_moved"), {},
                                                   QStringLiteral("from the admin-pin file")});
                !status)
                return status;
            qCInfo(lcStore).noquote() << "the staff PIN moved from" << path << "into the encrypted store";
        }
    }

    if (QFile file(path); !file.remove()) {
        // the store no longer reads it; the next open tries again
        qCWarning(lcStore).noquote() << "cannot delete" << path << "(" << file.errorString() << ")";
    }
    return {};
}

} // namespace intake
