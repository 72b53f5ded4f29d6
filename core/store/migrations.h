#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace intake {

/// Which kind of store a database is: the kiosk's (intakes, outbox) or the staff console's
/// (received summaries, staff, decisions). Both are built on the same IntakeStore and KeyVault
/// code, share the audit log and settings tables, and each has its own forward-only steps.
enum class StoreSchema { Kiosk, Console };

/// "kiosk" or "staff console", for messages.
QString storeSchemaName(StoreSchema schema);

/// The store's schema, as a forward-only list of migrations per StoreSchema. Each runs in its
/// own transaction and sets `PRAGMA user_version` to its number, so a store is always at one
/// known version. `PRAGMA application_id` tells the kinds apart, so a console store is never
/// migrated as a kiosk store or the reverse.
class Migrations
{
public:
    /// The schema version this build writes.
    static int latestVersion(StoreSchema schema = StoreSchema::Kiosk);
    /// The store's schema version (0: empty file).
    static Result<int> currentVersion(QSqlDatabase &db);
    /// Brings a kiosk store up to `targetVersion` (default: the latest). Refuses a store written
    /// by a newer build rather than guess at its schema.
    static Status migrate(QSqlDatabase &db, int targetVersion = -1);
    /// The same for a store of the given kind.
    static Status migrate(QSqlDatabase &db, StoreSchema schema, int targetVersion = -1);
    /// Which kind of store the database is; nullopt for an empty database. Fails for a database
    /// that is no intake store.
    static Result<std::optional<StoreSchema>> kindOf(QSqlDatabase &db);
    /// Fails when the database is a store of another kind (or no intake store at all); an empty
    /// database passes.
    static Status checkKind(QSqlDatabase &db, StoreSchema schema);
};

} // namespace intake
