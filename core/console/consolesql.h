#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

// What the console store's classes (ConsoleRepository, SignInLockout, ConsoleRetention) share
// to read and write it: times as UTC ISO 8601 text, a query with its values bound in order, who
// is an administrator, and the two ways a write transaction gives up.
namespace intake::consolesql {

/// A time as the console store keeps it: UTC, ISO 8601 with milliseconds.
QString isoTime(const QDateTime &time);
/// The time of an isoTime() column; invalid for NULL.
QDateTime fromIsoTime(const QVariant &value);

/// Prepares `sql` on `query`, binds `values` in order and runs it.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values);

/// Whether `staffId` is an active administrator (read inside the caller's transaction, if any).
/// An Error (empty: the query's lastError() says why) when the store cannot say.
Result<bool> isActiveAdmin(QSqlQuery &query, qint64 staffId);

/// The ways a write transaction gives up: both roll back; failed() reports the SQL error of
/// `query` (or of the database), refused() a rule the request broke.
struct Rollback
{
    QSqlDatabase &db;
    QSqlQuery &query;

    Error failed(const QString &what) const;
    Error refused(const QString &message) const;
};

} // namespace intake::consolesql
