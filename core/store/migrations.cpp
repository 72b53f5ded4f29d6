#include "store/migrations.h"

#include "common/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace intake {

namespace {

// PRAGMA application_id of each kind ("INTK", "INTC"). Kiosk stores written before schema 3
// carry 0.
constexpr qint32 kioskApplicationId = 0x494E544B;
constexpr qint32 consoleApplicationId = 0x494E5443;

// The audit log, the same in both kinds of store (AuditLog reads and writes both).
QStringList auditLogStatements()
{
    return {
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
    };
}

// Key/value settings (StoreSettings), the same in both kinds: the kiosk's pairing with its
// console, the console's TLS identity. Values are text; the file is encrypted as a whole.
QStringList settingsStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated_at TEXT NOT NULL) WITHOUT ROWID)"),
    };
}

QString applicationIdStatement(qint32 id)
{
    return QStringLiteral("PRAGMA application_id = %1").arg(id);
}

// One entry per schema version; never edit a published step, add a new one.
// Times are UTC ISO 8601 text; dates are YYYY-MM-DD text; JSON is text.
const QList<QStringList> &kioskSteps()
{
    static const QList<QStringList> all{
        // 1: intakes with their answers, screening result, flags and signed consent; audit log.
        QStringList{
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
        } + auditLogStatements(),
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
        // 3: settings (the pairing with the staff console); the store says it is a kiosk's.
        settingsStatements() + QStringList{applicationIdStatement(kioskApplicationId)},
        // 4: the staff PIN of the admin screen (AdminPinGuard), which earlier stores kept as a
        // hash in a plain admin-pin file beside the database: its Argon2id hash; whether it is
        // known to have the 6 digits a PIN needs (NULL: moved from the file, not typed since);
        // the wrong PINs since the last right one and the end of the lockout they caused; and
        // whether the folder was searched for the file (once, when this step first opens).
        {
            QStringLiteral(R"(CREATE TABLE staff_pin (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                hash TEXT,
                meets_minimum INTEGER CHECK (meets_minimum IN (0, 1)),
                set_at TEXT,
                failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
                locked_until TEXT,
                legacy_file_checked INTEGER NOT NULL DEFAULT 0 CHECK (legacy_file_checked IN (0, 1))))"),
            QStringLiteral("INSERT INTO staff_pin (id) VALUES (1)"),
        },
    };
    return all;
}

const QList<QStringList> &consoleSteps()
{
    static const QList<QStringList> all{
        // 1: received summaries, paired kiosks, pairing tokens, seen nonces, staff, decisions,
        // settings (the console's TLS key and certificate), audit log.
        QStringList{
            applicationIdStatement(consoleApplicationId),
            // A kiosk's credential is the HMAC key of its requests (base64, 32 bytes); unpairing
            // deletes it and stamps revoked_at, so the next request is refused.
            QStringLiteral(R"(CREATE TABLE kiosks (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                credential TEXT,
                paired_at TEXT NOT NULL,
                revoked_at TEXT,
                CHECK ((credential IS NULL) = (revoked_at IS NOT NULL))))"),
            // Only the SHA-256 of a token is kept: a copy of the store does not pair a kiosk.
            QStringLiteral(R"(CREATE TABLE pairing_tokens (
                token_hash TEXT PRIMARY KEY,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT,
                kiosk_id TEXT REFERENCES kiosks (id)))"),
            // Nonces of authenticated requests, kept for the replay window so that a restart
            // does not reopen it; pruned as they age out.
            QStringLiteral(R"(CREATE TABLE seen_nonces (
                kiosk_id TEXT NOT NULL,
                nonce TEXT NOT NULL,
                seen_at TEXT NOT NULL,
                PRIMARY KEY (kiosk_id, nonce)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX seen_nonces_by_time ON seen_nonces (seen_at)"),
            QStringLiteral(R"(CREATE TABLE staff_users (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                pin_hash TEXT NOT NULL,
                is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
                created_at TEXT NOT NULL,
                disabled_at TEXT))"),
            // One row per received intake (the UUID is the de-duplication key); the columns the
            // review queue sorts and filters on, and the whole validated summary as JSON.
            // decision_id points at the latest decision: NULL means not reviewed yet.
            QStringLiteral(R"(CREATE TABLE summaries (
                uuid TEXT PRIMARY KEY,
                kiosk_id TEXT NOT NULL REFERENCES kiosks (id),
                created_at TEXT NOT NULL,
                received_at TEXT NOT NULL,
                appointment_date TEXT NOT NULL,
                first_name TEXT NOT NULL,
                last_name TEXT NOT NULL,
                birth_date TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('clear', 'precaution', 'defer', 'review', 'contraindicated')),
                earliest_date TEXT,
                flag_count INTEGER NOT NULL,
                payload TEXT NOT NULL,
                decision_id INTEGER REFERENCES decisions (id)))"),
            QStringLiteral("CREATE INDEX summaries_by_created ON summaries (created_at)"),
            QStringLiteral("CREATE INDEX summaries_by_appointment ON summaries (appointment_date)"),
            QStringLiteral(R"(CREATE TABLE decisions (
                id INTEGER PRIMARY KEY,
                summary_uuid TEXT NOT NULL REFERENCES summaries (uuid),
                staff_id INTEGER NOT NULL REFERENCES staff_users (id),
                decision TEXT NOT NULL CHECK (decision IN ('proceed', 'proceed_with_precautions', 'reschedule', 'do_not_treat')),
                reschedule_on TEXT,
                note TEXT NOT NULL DEFAULT '',
                decided_at TEXT NOT NULL,
                CHECK ((decision = 'reschedule') = (reschedule_on IS NOT NULL))))"),
            QStringLiteral("CREATE INDEX decisions_by_summary ON decisions (summary_uuid)"),
        } + settingsStatements() + auditLogStatements(),
        // 2: failed staff sign-ins in a row (SignInLockout), per staff user ("staff:<id>") and
        // for the console as a whole ("console"); a success deletes the rows it clears.
        {
            QStringLiteral(R"(CREATE TABLE signin_failures (
                scope TEXT PRIMARY KEY,
                failures INTEGER NOT NULL CHECK (failures > 0),
                last_failed_at TEXT NOT NULL) WITHOUT ROWID)"),
        },
        // 3: kiosks wait for an administrator's approval before their summaries are stored.
        // A new kiosk is pending unless said otherwise; the kiosks paired before this step
        // were trusted as they paired and stay approved (with no one recorded as deciding).
        {
            QStringLiteral("ALTER TABLE kiosks ADD COLUMN approval TEXT NOT NULL DEFAULT 'pending' "
                           "CHECK (approval IN ('pending', 'approved', 'rejected'))"),
            QStringLiteral("ALTER TABLE kiosks ADD COLUMN approval_decided_at TEXT"),
            QStringLiteral("ALTER TABLE kiosks ADD COLUMN approval_decided_by INTEGER REFERENCES staff_users (id)"),
            QStringLiteral("UPDATE kiosks SET approval = 'approved'"),
        },
        // 4: a pairing code also has a short form to type (ShortPairingCode); only its SHA-256
        // is kept, as of the token. Codes issued before this step have none.
        {
            QStringLiteral("ALTER TABLE pairing_tokens ADD COLUMN short_code_hash TEXT"),
        },
    };
    return all;
}

const QList<QStringList> &steps(StoreSchema schema)
{
    return schema == StoreSchema::Console ? consoleSteps() : kioskSteps();
}

Result<qint32> applicationId(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return Error{QStringLiteral("cannot read the store's kind: %1").arg(query.lastError().text())};
    return query.value(0).toInt();
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("%1: %2").arg(what, error.text())};
}

} // namespace

QString storeSchemaName(StoreSchema schema)
{
    return schema == StoreSchema::Console ? QStringLiteral("staff console") : QStringLiteral("kiosk");
}

int Migrations::latestVersion(StoreSchema schema)
{
    return static_cast<int>(steps(schema).size());
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(QStringLiteral("cannot read the store's schema version"), query.lastError());
    return query.value(0).toInt();
}

Result<std::optional<StoreSchema>> Migrations::kindOf(QSqlDatabase &db)
{
    auto id = applicationId(db);
    if (!id)
        return id.error();
    auto version = currentVersion(db);
    if (!version)
        return version.error();
    if (*id == 0 && *version == 0)
        return std::optional<StoreSchema>();
    if (*id == kioskApplicationId || *id == 0)
        return std::optional<StoreSchema>(StoreSchema::Kiosk);
    if (*id == consoleApplicationId)
        return std::optional<StoreSchema>(StoreSchema::Console);
    return Error{QStringLiteral("not an intake store (unknown application id %1)").arg(*id)};
}

Status Migrations::checkKind(QSqlDatabase &db, StoreSchema schema)
{
    auto kind = kindOf(db);
    if (!kind)
        return kind.error();
    if (!kind->has_value() || **kind == schema)
        return {};
    return Error{QStringLiteral("this is a %1 store, not a %2 store: open it with the %1's tools")
                     .arg(storeSchemaName(**kind), storeSchemaName(schema))};
}

Status Migrations::migrate(QSqlDatabase &db, int targetVersion)
{
    return migrate(db, StoreSchema::Kiosk, targetVersion);
}

Status Migrations::migrate(QSqlDatabase &db, StoreSchema schema, int targetVersion)
{
    if (auto kind = checkKind(db, schema); !kind)
        return kind;
    const int latest = latestVersion(schema);
    const int target = targetVersion < 0 ? latest : targetVersion;
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latest) {
        return Error{QStringLiteral("the store has schema version %1, newer than this program's %2: "
                                    "use a newer intake-kiosk").arg(*current).arg(latest)};
    }
    for (int version = *current + 1; version <= target; ++version) {
        if (!db.transaction())
            return sqlError(QStringLiteral("cannot start migration %1").arg(version), db.lastError());
        QSqlQuery query(db);
        for (const QString &statement : steps(schema).at(version - 1)) {
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
        qCInfo(lcStore) << "store" << storeSchemaName(schema) << "migrated to schema version" << version;
    }
    return {};
}

} // namespace intake
