#include "store/migrations.h"

#include "common/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace intake {

namespace {

// One entry per schema version; never edit a published step, add a new one.
// Times are UTC ISO 8601 text; dates are YYYY-MM-DD text; JSON is text.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        // 1: intakes with their answers, screening result, flags and signed consent; audit log.
        {
            QStringLiteral(R"(CREATE TABLE intakes (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                kiosk_id TEXT NOT NULL,
                questionnaire_url TEXT NOT NULL,
                questionnaire_version TEXT NOT NULL,
                rules_version TEXT NOT NULL,
                appointment_date TEXT NOT NULL,
                language TEXT NOT NULL,
                first_name TEXT NOT NULL,
                last_name TEXT NOT NULL,
                birth_date TEXT NOT NULL,
                contact TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX intakes_by_created ON intakes (created_at)"),
            QStringLiteral(R"(CREATE TABLE answers (
                intake_id INTEGER NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
                link_id TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (intake_id, link_id)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE screening_results (
                intake_id INTEGER PRIMARY KEY REFERENCES intakes (id) ON DELETE CASCADE,
                outcome TEXT NOT NULL CHECK (outcome IN ('clear', 'precaution', 'defer', 'review', 'contraindicated')),
                earliest_date TEXT))"),
            QStringLiteral(R"(CREATE TABLE flags (
                id INTEGER PRIMARY KEY,
                intake_id INTEGER NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                severity TEXT NOT NULL CHECK (severity IN ('precaution', 'defer', 'review', 'contraindicated')),
                link_id TEXT NOT NULL,
                until TEXT))"),
            QStringLiteral("CREATE INDEX flags_by_intake ON flags (intake_id)"),
            QStringLiteral(R"(CREATE TABLE consents (
                intake_id INTEGER PRIMARY KEY REFERENCES intakes (id) ON DELETE CASCADE,
                document_id TEXT NOT NULL,
                document_version TEXT NOT NULL,
                language TEXT NOT NULL,
                text_sha256 TEXT NOT NULL,
                printed_name TEXT NOT NULL,
                signature TEXT NOT NULL,
                signed_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE audit_log (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                intake_uuid TEXT,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL))"),
            // Append-only by construction; verify() still checks the chain, for a store
            // edited by other means.
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            // The newest entry's seq and hash: removing entries from the end of the chain
            // leaves it pointing past them.
            QStringLiteral(R"(CREATE TABLE audit_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                seq INTEGER NOT NULL,
                hash TEXT NOT NULL))"),
        },
        // 2: staff reviews and the sync outbox.
        {
            QStringLiteral(R"(CREATE TABLE staff_reviews (
                id INTEGER PRIMARY KEY,
                intake_id INTEGER NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
                staff_id TEXT NOT NULL,
                decision TEXT NOT NULL CHECK (decision IN ('proceed', 'proceed_with_precautions', 'reschedule', 'do_not_treat')),
                reschedule_on TEXT,
                note TEXT NOT NULL DEFAULT '',
                decided_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                intake_uuid TEXT NOT NULL UNIQUE,
                payload TEXT NOT NULL,
                created_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                sent_at TEXT))"),
            QStringLiteral("CREATE INDEX outbox_pending ON outbox (id) WHERE sent_at IS NULL"),
        },
    };
    return all;
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("%1: %2").arg(what, error.text())};
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QStringLiteral("cannot read the store's schema version"), query.lastError());
    return query.value(0).toInt();
}

Status Migrations::migrate(QSqlDatabase &db, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return Error{QStringLiteral("the store has schema version %1, newer than this program's %2: "
                                    "use a newer intake-kiosk").arg(*current).arg(latestVersion())};
    }
    for (int version = *current + 1; version <= target; ++version) {
        if (!db.transaction())
            return sqlError(QStringLiteral("cannot start migration %1").arg(version), db.lastError());
        QSqlQuery query(db);
        for (const QString &statement : steps().at(version - 1)) {
            if (!query.exec(statement)) {
                const Error error = sqlError(QStringLiteral("migration %1 failed").arg(version), query.lastError());
                db.rollback();
                return error;
            }
        }
        // user_version moves in the same transaction as the schema it describes
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const Error error = sqlError(QStringLiteral("migration %1 failed").arg(version), db.lastError());
            db.rollback();
            return error;
        }
        qCInfo(lcStore) << "store migrated to schema version" << version;
    }
    return {};
}

} // namespace intake
