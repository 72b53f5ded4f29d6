#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace intake {

/// The store's schema, as a forward-only list of migrations. Each runs in its own transaction
/// and sets `PRAGMA user_version` to its number, so a store is always at one known version.
class Migrations
{
public:
    /// The schema version this build writes.
    static int latestVersion();
    /// The store's schema version (0: empty file).
    static Result<int> currentVersion(QSqlDatabase &db);
    /// Brings the store up to `targetVersion` (default: the latest). Refuses a store written by
    /// a newer build rather than guess at its schema.
    static Status migrate(QSqlDatabase &db, int targetVersion = -1);
};

} // namespace intake
