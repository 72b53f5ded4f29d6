// The store's upkeep for clinic IT: init, status, verify, backup, rekey, passwd, purge. Status,
// verify and backup open a staff console's store as well as a kiosk's.

#include "clisupport.h"
#include "commands.h"
#include "passphraseprompt.h"
#include "storeaccess.h"

#include "console/consolerepository.h"
#include "store/adminpinguard.h"
#include "store/auditlog.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace intake::cli {

namespace {

/// One line of progress or advice on stderr (stdout holds only the command's result).
void note(const QString &line)
{
    QTextStream(stderr) << line << '\n';
}

bool holdsStore(const QString &directory)
{
    const QDir folder(directory);
    return QFileInfo::exists(folder.filePath(IntakeStore::databaseFileName))
        || QFileInfo::exists(folder.filePath(IntakeStore::keyVaultFileName));
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// The errors core gives about a key file all start with its path; they are bad input (a wrong,
/// unreadable or public key file), not a failure of the store.
ExitCode keyFileAwareCode(const Error &error, const QString &keyFile)
{
    if (KeyVault::isWrongKey(error) || (!keyFile.isEmpty() && error.message.startsWith(keyFile + u':')))
        return BadInput;
    return Failure;
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString describeKek(const KeyVault &vault)
{
    if (vault.kekKind() == KekSource::Kind::KeyFile)
        return QStringLiteral("key file");
    const Argon2Params params = vault.argon2Params();
    return QStringLiteral("passphrase (Argon2id, opsLimit %1, memLimit %2 MiB)")
        .arg(params.opsLimit)
        .arg(quint64{params.memLimit} / (1024 * 1024));
}

/// The staff PIN's line of `status` and its JSON: whether one is set, what is known of its
/// length, and the wrong PINs since the last right one. Never the PIN or its hash.
struct StaffPinReport
{
    QString text;
    QJsonObject json;
};

Result<StaffPinReport> staffPinReport(const IntakeStore &store, int schemaVersion)
{
    const QString setOne = QStringLiteral("set one with 'intake-cli set-admin-pin'");
    if (schemaVersion < AdminPinGuard::schemaVersion) {
        // an earlier release's store, looked at read-only: the PIN may still be in its file
        const bool inFile = QFileInfo::exists(QDir(store.directory()).filePath(AdminPinGuard::legacyFileName));
        return StaffPinReport{inFile ? QStringLiteral("in the admin-pin file of an earlier release; moved into the store "
                                                      "at its next read-write open")
                                     : QStringLiteral("not set: the kiosk's staff screen stays closed; ") + setOne,
                              {{QStringLiteral("set"), inFile}, {QStringLiteral("inLegacyFile"), inFile}}};
    }
    auto state = AdminPinGuard::read(store.database());
    if (!state)
        return state.error();
    StaffPinReport report;
    QString length;
    if (!state->isSet) {
        report.text = QStringLiteral("not set: the kiosk's staff screen stays closed; ") + setOne;
    } else if (state->length == AdminPinGuard::Length::Enough) {
        length = QStringLiteral("enough");
        report.text = QStringLiteral("set (%1 to %2 digits)").arg(AdminPin::shortestPin).arg(AdminPin::longestPin);
    } else if (state->length == AdminPinGuard::Length::TooShort) {
        length = QStringLiteral("tooShort");
        report.text = QStringLiteral("set, but shorter than %1 digits: set a new one with 'intake-cli set-admin-pin'")
                          .arg(AdminPin::shortestPin);
    } else {
        length = QStringLiteral("unknown");
        report.text = QStringLiteral("set, moved from an earlier release's admin-pin file: if it is shorter than %1 digits, "
                                     "set a new one with 'intake-cli set-admin-pin'").arg(AdminPin::shortestPin);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool locked = state->lockedUntil.isValid() && state->lockedUntil > now;
    if (state->failedAttempts > 0)
        report.text += QStringLiteral("; %1 wrong since the last right one").arg(state->failedAttempts);
    if (locked)
        report.text += QStringLiteral(", the PIN pad is locked until %1").arg(isoOrEmpty(state->lockedUntil));
    report.json = {
        {QStringLiteral("set"), state->isSet},
        {QStringLiteral("length"), length.isEmpty() ? QJsonValue() : QJsonValue(length)},
        {QStringLiteral("failedAttempts"), state->failedAttempts},
        {QStringLiteral("lockedUntil"), locked ? QJsonValue(isoOrEmpty(state->lockedUntil)) : QJsonValue()},
    };
    return report;
}

} // namespace

int initCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates a new, empty encrypted intake store. Without --key-file it is locked with a new\n"
        "passphrase (at least %1 characters), asked for twice on the terminal or read as one line\n"
        "of standard input.").arg(PassphrasePrompt::minimumLength));
    const StoreOptions options(parser, QStringLiteral("Lock the store with this key file instead of a passphrase; it is "
                                                      "created (32 random bytes, mode 0600) when it does not exist."));
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("init"));
    const QString directory = options.directory();
    if (directory.isEmpty())
        return fail(BadInput, QStringLiteral("init: this system has no data folder for the store; give --data-dir DIR"));
    if (holdsStore(directory))
        return fail(BadInput, QStringLiteral("%1: a store already exists here; nothing was changed").arg(directory));

    const QString keyFile = options.keyFile();
    bool createdKeyFile = false;
    std::optional<KekSource> kek;
    Argon2Params params;
    if (options.hasKeyFile()) {
        const QFileInfo info(keyFile);
        if (!info.exists() && !info.isSymLink()) {
            if (auto status = KeyVault::createKeyFile(keyFile); !status)
                return fail(BadInput, status.error().message);
            createdKeyFile = true;
        }
        kek = KekSource::keyFile(keyFile);
    } else {
        auto passphrase = PassphrasePrompt::readNew(QStringLiteral("New passphrase for the intake store in %1: ").arg(directory));
        if (!passphrase)
            return fail(BadInput, QStringLiteral("init: %1").arg(passphrase.error().message));
        kek = KekSource::passphrase(std::move(passphrase).value());
        note(QStringLiteral("init: tuning the passphrase's key derivation to this computer (a few seconds)..."));
        params = Argon2Params::calibrate();
    }

    auto created = IntakeStore::create(directory, *kek, params);
    if (!created) {
        if (createdKeyFile)
            QFile::remove(keyFile);  // it would lock nothing
        return fail(keyFileAwareCode(created.error(), keyFile), created.error().message);
    }
    auto repository = repositoryFor(*created.value());
    if (!repository)
        return repository.report();
    const QString detail = QStringLiteral("kek=%1").arg(options.hasKeyFile() ? QStringLiteral("keyfile") : QStringLiteral("passphrase"));
    if (auto status = repository->audit(cliActor(), QStringLiteral("store.created"), {}, detail); !status)
        return fail(Failure, status.error().message);

    QString text = QStringLiteral("Created an intake store in %1\n").arg(absolute(directory));
    if (options.hasKeyFile()) {
        text += QStringLiteral("Locked with the key file %1%2.\nKeep a copy of the key file apart from the store and its "
                               "backups: without it the store cannot be opened.\n")
                    .arg(absolute(keyFile), createdKeyFile ? QStringLiteral(" (new, mode 0600)") : QString());
    } else {
        text += QStringLiteral("Locked with a passphrase (Argon2id, opsLimit %1, memLimit %2 MiB). Without the "
                               "passphrase the store cannot be opened.\n")
                    .arg(params.opsLimit)
                    .arg(quint64{params.memLimit} / (1024 * 1024));
    }
    print(text);
    return Success;
}

int statusCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows the store's kind (a kiosk's or a staff console's), folder, SQLCipher version, page layout,\n"
        "schema version, counts and how the key is locked. A kiosk's store: intakes, outbox backlog, audit\n"
        "entries, oldest and newest intake. A console's store: summaries received, waiting for review,\n"
        "decisions, paired kiosks, staff users, audit entries, oldest and newest summary, retention period.\n"
        "A kiosk's store also says whether its staff PIN is set (and long enough, and locked after wrong\n"
        "PINs). No personal data, no PIN."));
    const StoreOptions options(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(jsonOption);
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("status"));

    auto opened = openStore(options, IntakeStore::Access::ReadOnly, {StoreSchema::Kiosk, StoreSchema::Console});
    if (!opened)
        return opened.report();
    const IntakeStore &store = *opened->store;
    QSqlDatabase db = store.database();
    auto schema = Migrations::currentVersion(db);
    if (!schema)
        return fail(Failure, schema.error().message);
    const bool console = store.schema() == StoreSchema::Console;
    const int latestSchema = Migrations::latestVersion(store.schema());
    // What the store holds, in counts: label (text), key (JSON) and value of each.
    struct Count
    {
        QString label;
        QString key;
        QJsonValue value;
        QString text;
    };
    QList<Count> counts;
    const auto time = [](const QDateTime &at) { return at.isValid() ? QJsonValue(isoOrEmpty(at)) : QJsonValue(); };
    if (console) {
        ConsoleRepository repository(db, [] { return QDateTime::currentDateTimeUtc(); });
        auto held = repository.counts();
        if (!held)
            return fail(Failure, held.error().message);
        auto days = repository.retention().days();
        if (!days)
            return fail(Failure, days.error().message);
        counts = {
            {QStringLiteral("Summaries"), QStringLiteral("summaries"), held->summaries, QStringLiteral("%1 received from kiosks").arg(held->summaries)},
            {QStringLiteral("Awaiting review"), QStringLiteral("waitingForReview"), held->waitingForReview, {}},
            {QStringLiteral("Decisions"), QStringLiteral("decisions"), held->decisions, {}},
            {QStringLiteral("Kiosks"), QStringLiteral("kiosksPaired"), held->kiosksPaired,
             QStringLiteral("%1 paired, %2 of them waiting for approval").arg(held->kiosksPaired).arg(held->kiosksWaiting)},
            {{}, QStringLiteral("kiosksWaitingForApproval"), held->kiosksWaiting, {}},
            {QStringLiteral("Staff users"), QStringLiteral("staffUsers"), held->staffUsers, {}},
            {QStringLiteral("Audit entries"), QStringLiteral("auditEntries"), held->auditEntries, {}},
            {QStringLiteral("Oldest summary"), QStringLiteral("oldestSummary"), time(held->oldest), {}},
            {QStringLiteral("Newest summary"), QStringLiteral("newestSummary"), time(held->newest), {}},
            {QStringLiteral("Retention"), QStringLiteral("retentionDays"), *days, QStringLiteral("%1 days").arg(*days)},
        };
    } else {
        auto repository = repositoryFor(store);
        if (!repository)
            return repository.report();
        auto held = repository->counts();
        if (!held)
            return fail(Failure, held.error().message);
        counts = {
            {QStringLiteral("Intakes"), QStringLiteral("intakes"), held->intakes, {}},
            {QStringLiteral("Outbox backlog"), QStringLiteral("outboxPending"), held->outboxPending,
             QStringLiteral("%1 not yet sent to the staff console").arg(held->outboxPending)},
            {QStringLiteral("Audit entries"), QStringLiteral("auditEntries"), held->auditEntries, {}},
            {QStringLiteral("Oldest intake"), QStringLiteral("oldestIntake"), time(held->oldest), {}},
            {QStringLiteral("Newest intake"), QStringLiteral("newestIntake"), time(held->newest), {}},
        };
    }
    const KeyVault &vault = opened->vault;
    std::optional<StaffPinReport> staffPin;  // a kiosk's
    if (!console) {
        auto report = staffPinReport(store, *schema);
        if (!report)
            return fail(Failure, report.error().message);
        staffPin = *report;
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject key{{QStringLiteral("kind"), vault.kekKind() == KekSource::Kind::Passphrase ? QStringLiteral("passphrase")
                                                                                                 : QStringLiteral("keyfile")}};
        if (vault.kekKind() == KekSource::Kind::Passphrase) {
            key.insert(QStringLiteral("argon2id"),
                       QJsonObject{{QStringLiteral("opsLimit"), static_cast<qint64>(vault.argon2Params().opsLimit)},
                                   {QStringLiteral("memLimit"), static_cast<qint64>(vault.argon2Params().memLimit)}});
        }
        QJsonObject json{
            {QStringLiteral("store"), console ? QStringLiteral("console") : QStringLiteral("kiosk")},
            {QStringLiteral("directory"), absolute(store.directory())},
            {QStringLiteral("sqlcipherVersion"), store.cipherVersion()},
            {QStringLiteral("pageSize"), store.cipherProfile().pageSize},
            {QStringLiteral("pageHmac"), CipherProfile::hmacName(store.cipherProfile().hmac)},
            {QStringLiteral("schemaVersion"), *schema},
            {QStringLiteral("latestSchemaVersion"), latestSchema},
            {QStringLiteral("key"), key},
        };
        if (staffPin)
            json.insert(QStringLiteral("staffPin"), staffPin->json);
        for (const Count &count : std::as_const(counts))
            json.insert(count.key, count.value);
        print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return Success;
    }

    const auto row = [](const QString &label, const QString &value) { return QStringLiteral("%1%2\n").arg(label, -18).arg(value); };
    QString text;
    text += row(QStringLiteral("Store"), absolute(store.directory()));
    text += row(QStringLiteral("Kind"), console ? QStringLiteral("staff console (summaries received from kiosks)")
                                                : QStringLiteral("kiosk (intakes taken on this tablet)"));
    text += row(QStringLiteral("SQLCipher"), store.cipherVersion());
    text += row(QStringLiteral("Pages"), QStringLiteral("%1 bytes, AES-256-CBC and %2 each")
                                             .arg(store.cipherProfile().pageSize)
                                             .arg(CipherProfile::hmacName(store.cipherProfile().hmac)));
    text += row(QStringLiteral("Schema version"), *schema == latestSchema
                                                       ? QString::number(*schema)
                                                       : QStringLiteral("%1 (this program writes %2)").arg(*schema).arg(latestSchema));
    for (const Count &count : std::as_const(counts)) {
        if (count.label.isEmpty())
            continue;  // said within another row
        QString value = count.text;
        if (value.isEmpty())
            value = count.value.isNull() ? QStringLiteral("-") : count.value.isString() ? count.value.toString()
                                                                                        : QString::number(count.value.toInteger());
        text += row(count.label, value);
    }
    text += row(QStringLiteral("Locked with"), describeKek(vault));
    if (staffPin)
        text += row(QStringLiteral("Staff PIN"), staffPin->text);
    print(text);
    return Success;
}

int verifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks the store (a kiosk's or a staff console's) read-only: every page's HMAC\n"
        "(cipher_integrity_check), the database structure (integrity_check) and the audit chain.\n"
        "Prints \"ok\" and exits 0, or prints each problem on its own line and exits 1."));
    const StoreOptions options(parser);
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("verify"));

    auto opened = openStore(options, IntakeStore::Access::ReadOnly, {StoreSchema::Kiosk, StoreSchema::Console});
    if (!opened)
        return opened.report();
    auto problems = opened->store->verify();
    if (!problems)
        return fail(Failure, problems.error().message);
    if (problems->isEmpty()) {
        print(QStringLiteral("ok\n"));
        return Success;
    }
    QString text;
    for (const QString &problem : std::as_const(*problems)) {
        QString line = problem;
        line.replace(u'\n', u' ');
        text += line + u'\n';
    }
    print(text);
    return fail(Failure, QStringLiteral("verify: %1 problem(s) found; do not write to this store, restore the latest "
                                        "backup").arg(problems->size()));
}

int backupCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies the store (a kiosk's or a staff console's) into DEST (a new or empty folder):\n"
        "encrypted under the same key, with the same key envelope, and reopened and verified\n"
        "before the command succeeds."));
    const StoreOptions options(parser);
    parser.addPositionalArgument(QStringLiteral("dest"), QStringLiteral("Folder for the copy."), QStringLiteral("DEST"));
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (parser.positionalArguments().size() > 1)
        return unexpectedArgument(QStringLiteral("backup"));
    if (parser.positionalArguments().isEmpty())
        return fail(BadInput, QStringLiteral("backup: give the destination folder"));
    const QString destination = parser.positionalArguments().constFirst();
    if (holdsStore(destination))
        return fail(BadInput, QStringLiteral("%1: a store already exists there; choose a new or empty folder").arg(destination));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite, {StoreSchema::Kiosk, StoreSchema::Console});
    if (!opened)
        return opened.report();
    if (absolute(destination) == absolute(opened->store->directory()))
        return fail(BadInput, QStringLiteral("backup: the destination is the store itself"));
    if (auto status = opened->store->backupTo(destination, opened->kek); !status)
        return fail(Failure, status.error().message);

    // the audit log is the same in both kinds of store
    const AuditEntry entry{QDateTime::currentDateTimeUtc(), cliActor(), QStringLiteral("store.backup"), {}, {}};
    if (auto status = AuditLog(opened->store->database()).record(entry); !status) {
        return fail(Failure, QStringLiteral("the backup in %1 is complete, but the audit entry could not be written: %2")
                                 .arg(destination, status.error().message));
    }
    QString what = QStringLiteral("the store");
    if (opened->store->schema() == StoreSchema::Console) {
        const ConsoleRepository repository(opened->store->database(), [] { return QDateTime::currentDateTimeUtc(); });
        if (auto counts = repository.counts())
            what = QStringLiteral("the staff console's store (%1 summaries)").arg(counts->summaries);
    } else if (auto repository = repositoryFor(*opened->store)) {
        if (auto counts = repository->counts())
            what = QStringLiteral("%1 intakes").arg(counts->intakes);
    }
    print(QStringLiteral("Backed up %1 to %2 (encrypted with the same key; reopened and verified).\n").arg(what, absolute(destination)));
    return Success;
}

int rekeyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Re-encrypts the whole store under a new random data key, still locked by the same\n"
        "passphrase or key file. Crash-safe: an interrupted rekey is finished or undone on the next open.\n"
        "Backups made before keep the old data key."));
    const StoreOptions options(parser);
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("rekey"));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    if (auto status = opened->store->rekey(opened->kek); !status)
        return fail(Failure, status.error().message);
    auto repository = repositoryFor(*opened->store);
    if (!repository)
        return repository.report();
    if (auto status = repository->audit(cliActor(), QStringLiteral("store.rekeyed")); !status)
        return fail(Failure, QStringLiteral("the store was rekeyed, but the audit entry could not be written: %1").arg(status.error().message));
    print(QStringLiteral("Re-encrypted the store in %1 under a new data key.\n").arg(absolute(opened->store->directory())));
    return Success;
}

int passwdCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Changes what unlocks the store's data key, without re-encrypting the database: a new\n"
        "passphrase (the default for a passphrase store), a key file (--new-key-file), or a\n"
        "passphrase again for a key-file store (--to-passphrase). The current passphrase is read\n"
        "first, then the new one (asked twice on a terminal; at least %1 characters).")
                                         .arg(PassphrasePrompt::minimumLength));
    const StoreOptions options(parser);
    const QCommandLineOption newKeyFileOption(QStringLiteral("new-key-file"),
        QStringLiteral("Lock the store with this key file from now on; created (mode 0600) when it does not exist."),
        QStringLiteral("file"));
    const QCommandLineOption toPassphraseOption(QStringLiteral("to-passphrase"),
        QStringLiteral("Lock a key-file store with a new passphrase from now on."));
    parser.addOptions({newKeyFileOption, toPassphraseOption});
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("passwd"));
    const bool toKeyFile = parser.isSet(newKeyFileOption);
    if (toKeyFile && parser.isSet(toPassphraseOption))
        return fail(BadInput, QStringLiteral("passwd: give either --new-key-file or --to-passphrase, not both"));
    const QString newKeyFile = parser.value(newKeyFileOption);
    if (toKeyFile && newKeyFile.isEmpty())
        return fail(BadInput, QStringLiteral("passwd: --new-key-file needs a file name"));
    if (toKeyFile && options.hasKeyFile() && absolute(newKeyFile) == absolute(options.keyFile()))
        return fail(BadInput, QStringLiteral("passwd: the new key file must be another file than the current one"));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    if (!toKeyFile && opened->kek.kind() == KekSource::Kind::KeyFile && !parser.isSet(toPassphraseOption)) {
        return fail(BadInput, QStringLiteral("passwd: this store is locked with a key file; give --new-key-file FILE "
                                             "or --to-passphrase"));
    }

    bool createdKeyFile = false;
    std::optional<KekSource> next;
    Argon2Params params;
    if (toKeyFile) {
        const QFileInfo info(newKeyFile);
        if (!info.exists() && !info.isSymLink()) {
            if (auto status = KeyVault::createKeyFile(newKeyFile); !status)
                return fail(BadInput, status.error().message);
            createdKeyFile = true;
        }
        next = KekSource::keyFile(newKeyFile);
    } else {
        auto passphrase = PassphrasePrompt::readNew(QStringLiteral("New passphrase: "));
        if (!passphrase)
            return fail(BadInput, QStringLiteral("passwd: %1").arg(passphrase.error().message));
        next = KekSource::passphrase(std::move(passphrase).value());
        note(QStringLiteral("passwd: tuning the passphrase's key derivation to this computer (a few seconds)..."));
        params = Argon2Params::calibrate();
    }

    // Read again: opening may have finished an interrupted rekey, which replaces the envelope.
    auto vault = KeyVault::open(QDir(opened->store->directory()).filePath(IntakeStore::keyVaultFileName));
    if (!vault)
        return fail(Failure, vault.error().message);
    if (auto status = vault->rewrap(opened->kek, *next, params); !status) {
        if (createdKeyFile)
            QFile::remove(newKeyFile);
        return fail(keyFileAwareCode(status.error(), newKeyFile), status.error().message);
    }

    const bool nowKeyFile = next->kind() == KekSource::Kind::KeyFile;
    auto repository = repositoryFor(*opened->store);
    if (!repository)
        return repository.report();
    const QString detail = QStringLiteral("kek=%1").arg(nowKeyFile ? QStringLiteral("keyfile") : QStringLiteral("passphrase"));
    if (auto status = repository->audit(cliActor(), QStringLiteral("store.passwd"), {}, detail); !status) {
        return fail(Failure, QStringLiteral("the key envelope was rewrapped, but the audit entry could not be written: %1")
                                 .arg(status.error().message));
    }
    if (nowKeyFile) {
        print(QStringLiteral("The store in %1 is now locked with the key file %2%3; the database was not re-encrypted.\n"
                             "Keep a copy of the key file apart from the store and its backups.\n")
                  .arg(absolute(opened->store->directory()), absolute(newKeyFile),
                       createdKeyFile ? QStringLiteral(" (new, mode 0600)") : QString()));
    } else {
        print(QStringLiteral("The store in %1 is now locked with the new passphrase; the database was not re-encrypted.\n")
                  .arg(absolute(opened->store->directory())));
    }
    return Success;
}

int purgeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Deletes, securely, the intakes older than the retention period whose summary the staff\n"
        "console has acknowledged. Intakes not yet synced are always kept."));
    const StoreOptions options(parser);
    const QCommandLineOption retentionOption(QStringLiteral("retention-days"),
        QStringLiteral("Keep intakes created within this many days (1 to 36500)."), QStringLiteral("n"));
    parser.addOption(retentionOption);
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("purge"));
    if (!parser.isSet(retentionOption))
        return fail(BadInput, QStringLiteral("purge: --retention-days N is required"));
    bool ok = false;
    const int days = parser.value(retentionOption).toInt(&ok);
    if (!ok || days < 1 || days > 36500)
        return fail(BadInput, QStringLiteral("purge: --retention-days must be a whole number from 1 to 36500"));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    auto repository = repositoryFor(*opened->store);
    if (!repository)
        return repository.report();
    auto purged = repository->purgeSynced(days, cliActor());
    if (!purged)
        return fail(Failure, purged.error().message);
    print(QStringLiteral("Purged %1 synced intakes older than %2 days.\n").arg(*purged).arg(days));
    return Success;
}

} // namespace intake::cli

namespace intake::cli {

int setAdminPinCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sets the kiosk's staff PIN (%1 to %2 digits), which opens the kiosk's admin screen, and clears\n"
        "its lockout after wrong PINs. The store is unlocked first, so only someone who can open the\n"
        "store sets the PIN. The PIN is read like a passphrase (from the terminal without echo, or one\n"
        "line of standard input) and kept only as an Argon2id hash inside the encrypted store.")
        .arg(AdminPin::shortestPin).arg(AdminPin::longestPin));
    const StoreOptions options(parser);
    if (!parseCommandLine(parser, arguments))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return unexpectedArgument(QStringLiteral("set-admin-pin"));

    auto opened = openStore(options, IntakeStore::Access::ReadWrite);
    if (!opened)
        return opened.report();
    auto pin = PassphrasePrompt::read(
        QStringLiteral("New staff PIN (%1 to %2 digits): ").arg(AdminPin::shortestPin).arg(AdminPin::longestPin));
    if (!pin)
        return fail(BadInput, pin.error().message);
    if (!AdminPin::isPinShaped(pin.value())) {
        return fail(BadInput, QStringLiteral("set-admin-pin: the staff PIN must be %1 to %2 digits (0-9); nothing was changed")
                                  .arg(AdminPin::shortestPin).arg(AdminPin::longestPin));
    }
    AdminPinGuard guard(opened->store->database(), [] { return QDateTime::currentDateTimeUtc(); });
    if (auto status = guard.set(pin.value(), cliActor()); !status)
        return fail(Failure, status.error().message);
    print(QStringLiteral("The staff PIN of the kiosk using %1 is set (an Argon2id hash inside the encrypted store).\n")
              .arg(absolute(opened->store->directory())));
    return Success;
}

} // namespace intake::cli
