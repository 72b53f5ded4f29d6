#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace intake {

/// One thing that happened to the store: who did what, to which intake. Never holds an answer,
/// a name or a birth date: `detail` is for counts and codes.
struct AuditEntry
{
    QDateTime at;
    QString actor;       ///< "kiosk:<id>", "staff:<id>", "cli:<user>"
    QString action;      ///< "intake.saved", "intake.viewed", "intake.exported", ...
    QString intakeUuid;  ///< empty when the entry concerns no single intake
    QString detail;
};

/// The store's append-only audit trail. Each entry carries the SHA-256 of the previous one, and
/// the newest entry's hash is kept apart (audit_head), so removing or editing any entry, the
/// last one included, shows up in verify().
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Appends within the caller's transaction (the audit entry commits with what it records).
    Status append(const AuditEntry &entry);
    /// Appends in a transaction of its own (an entry that records nothing else in the store).
    Status record(const AuditEntry &entry);

    /// Every break in the chain, in order; empty when the log is intact.
    Result<QStringList> verify() const;

private:
    QSqlDatabase m_db;
};

} // namespace intake
