#include "console/signinlockout.h"

#include "console/consolerepository.h"
#include "console/consolesql.h"
#include "store/storeerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace intake {

using namespace consolesql;
using namespace std::chrono_literals;

namespace {

const QString consoleScope = QStringLiteral("console");

QString scopeOf(qint64 staffId)
{
    return staffId > 0 ? ConsoleRepository::staffActor(staffId) : consoleScope;
}

} // namespace

SignInLockout::SignInLockout(QSqlDatabase db, Clock clock, AuditLog audit)
    : m_db(std::move(db)), m_clock(std::move(clock)), m_audit(std::move(audit))
{
}

Result<SignInLockout::Count> SignInLockout::count(const QString &scope, const QDateTime &now)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT failures, last_failed_at FROM signin_failures WHERE scope = ?"), {scope}))
        return storeError(QStringLiteral("cannot read the failed sign-ins"), query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return storeError(QStringLiteral("cannot read the failed sign-ins"), query.lastError());
        return Count{};
    }
    Count count{query.value(0).toInt(), fromIsoTime(query.value(1))};
    query.finish();
    if (count.lastFailedAt > now) {
        count.lastFailedAt = now;
        if (!run(query, QStringLiteral("UPDATE signin_failures SET last_failed_at = ? WHERE scope = ?"), {isoTime(now), scope}))
            return storeError(QStringLiteral("cannot restamp the failed sign-ins"), query.lastError());
    }
    return count;
}

QDateTime SignInLockout::waitsUntil(const Count &count, const LockoutPolicy &policy, const QDateTime &now)
{
    const auto delay = policy.delayAfter(count.failures);
    if (delay == 0s || !count.lastFailedAt.isValid())
        return {};
    const QDateTime until = count.lastFailedAt.addSecs(delay.count());
    return until > now ? until : QDateTime();
}

Result<SignInWait> SignInLockout::wait(qint64 staffId)
{
    const QDateTime now = m_clock();
    SignInWait wait;
    if (staffId > 0) {
        auto staff = count(scopeOf(staffId), now);
        if (!staff)
            return staff.error();
        if (const QDateTime until = waitsUntil(*staff, perStaff, now); until.isValid())
            wait = {SignInWait::Scope::Staff, until};
    }
    auto console = count(consoleScope, now);
    if (!console)
        return console.error();
    if (const QDateTime until = waitsUntil(*console, perConsole, now); until.isValid() && (!wait.active() || until >= wait.until))
        wait = {SignInWait::Scope::Console, until};
    return wait;
}

Result<SignInWait> SignInLockout::recordFailure(qint64 staffId)
{
    const QDateTime now = m_clock();
    SignInWait next;
    QList<std::pair<QString, SignInWait::Scope>> scopes{{consoleScope, SignInWait::Scope::Console}};
    if (staffId > 0)
        scopes.prepend({scopeOf(staffId), SignInWait::Scope::Staff});
    for (const auto &[scope, kind] : scopes) {
        auto before = count(scope, now);
        if (!before)
            return before.error();
        const Count after{before->failures + 1, now};
        QSqlQuery query(m_db);
        if (!run(query,
                 QStringLiteral("INSERT INTO signin_failures (scope, failures, last_failed_at) VALUES (?, ?, ?) "
                                "ON CONFLICT (scope) DO UPDATE SET failures = excluded.failures, last_failed_at = excluded.last_failed_at"),
                 {scope, after.failures, isoTime(now)}))
            return storeError(QStringLiteral("cannot count the failed sign-in"), query.lastError());
        const LockoutPolicy &policy = kind == SignInWait::Scope::Console ? perConsole : perStaff;
        const auto delay = policy.delayAfter(after.failures);
        if (delay == 0s)
            continue;
        const QString detail = QStringLiteral("scope=%1 failures=%2 seconds=%3").arg(scope).arg(after.failures).arg(delay.count());
        if (auto status = m_audit.append({now, consoleScope, QStringLiteral("staff.signin_locked"), {}, detail}); !status)
            return status.error();
        const QDateTime until = now.addSecs(delay.count());
        if (!next.active() || until >= next.until)
            next = {kind, until};
    }
    return next;
}

Status SignInLockout::recordSuccess(qint64 staffId)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM signin_failures WHERE scope IN (?, ?)"), {scopeOf(staffId), consoleScope}))
        return storeError(QStringLiteral("cannot clear the failed sign-ins"), query.lastError());
    return {};
}

} // namespace intake
