#include "store/intakestore.h"

#include "common/logging.h"
#include "store/adminpinguard.h"
#include "store/auditlog.h"
#include "store/migrations.h"
#include "store/sqlcipherdriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace intake {

const QString IntakeStore::databaseFileName = QStringLiteral("intake.db");
const QString IntakeStore::keyVaultFileName = QStringLiteral("keyvault.json");
const QString IntakeStore::pendingKeyVaultFileName = QStringLiteral("keyvault.rekey.json");

namespace {

SecretBytes copyOf(const SecretBytes &key)
{
    return SecretBytes::fromBytes(reinterpret_cast<const char *>(key.data()), key.size());
}

QString inDirectory(const QString &directory, const QString &fileName)
{
    return QDir(directory).filePath(fileName);
}

/// rename(2): `to` is replaced atomically, so a crash leaves the old file or the new, never none.
bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

IntakeStore::IntakeStore(QString directory, QString connectionName, StoreSchema schema)
    : m_directory(std::move(directory)), m_connectionName(std::move(connectionName)), m_schema(schema)
{
}

IntakeStore::~IntakeStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase IntakeStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqlCipherDriver *IntakeStore::driver() const
{
    return qobject_cast<SqlCipherDriver *>(database().driver());
}

IntakeStore::Reopener IntakeStore::reopener() const
{
    return [directory = m_directory, schema = m_schema, key = m_dataKey,
            profile = m_profile]() -> Result<std::unique_ptr<IntakeStore>> {
        return openWithKey(directory, key->copy(), profile, Access::ReadWrite, {schema},
                           {.checkIntegrity = false, .migrate = false}, nullptr);
    };
}

QString IntakeStore::cipherVersion() const
{
    return driver()->cipherVersion();
}

Result<std::unique_ptr<IntakeStore>> IntakeStore::openWithKey(const QString &directory, SecretBytes dataKey,
                                                              const CipherProfile &profile, Access access,
                                                              const QList<StoreSchema> &kinds, OpenSteps steps, bool *wrongKey,
                                                              std::optional<StoreSchema> *refusedKind)
{
    const QString connectionName = QStringLiteral("intake-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *driver = new SqlCipherDriver();
    std::unique_ptr<IntakeStore> store(new IntakeStore(directory, connectionName, kinds.constFirst()));
    store->m_dataKey = std::make_shared<const ParkedSecret>(copyOf(dataKey));
    store->m_profile = profile;
    driver->setKey(std::move(dataKey));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
        db.setDatabaseName(inDirectory(directory, databaseFileName));
        QStringList options{profile.connectOptions()};
        if (steps.create)
            options.append(QStringLiteral("QSQLCIPHER_CREATE"));
        if (access == Access::ReadOnly)
            options.append(QStringLiteral("QSQLCIPHER_READONLY"));
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            if (wrongKey)
                *wrongKey = driver->openFailure() == SqlCipherDriver::OpenFailure::WrongKeyOrNotAStore;
            return Error{QStringLiteral("%1: %2").arg(db.databaseName(), db.lastError().driverText())};
        }
    }
    if (steps.migrate) {
        // A console store is never opened, let alone migrated, as a kiosk's, nor the reverse. (An
        // empty database becomes the first kind asked for.)
        QSqlDatabase db = store->database();
        auto kind = Migrations::kindOf(db);
        if (!kind)
            return Error{QStringLiteral("%1: %2").arg(db.databaseName(), kind.error().message)};
        store->m_schema = kind->value_or(kinds.constFirst());
        if (!kinds.contains(store->m_schema)) {
            if (refusedKind)
                *refusedKind = store->m_schema;
            return Error{QStringLiteral("%1: %2").arg(db.databaseName(), Migrations::checkKind(db, kinds.constFirst()).error().message)};
        }
    }
    if (access == Access::ReadWrite && steps.checkIntegrity) {
        // Writing into a damaged file can spread the damage: check every page first.
        QSqlQuery check(store->database());
        if (!check.exec(QStringLiteral("PRAGMA cipher_integrity_check")))
            return Error{QStringLiteral("%1: damaged store: %2").arg(store->database().databaseName(), check.lastError().text())};
        if (check.next()) {
            return Error{QStringLiteral("%1: damaged store (%2); nothing will be written to it. Run 'intake-cli verify' "
                                        "and restore the latest backup")
                             .arg(store->database().databaseName(), check.value(0).toString())};
        }
    }
    if (access == Access::ReadWrite && steps.migrate) {
        QSqlDatabase db = store->database();
        if (auto status = Migrations::migrate(db, store->m_schema); !status)
            return Error{QStringLiteral("%1: %2").arg(db.databaseName(), status.error().message)};
        // the staff PIN that releases before schema 4 kept in a plain file beside the database
        if (store->m_schema == StoreSchema::Kiosk) {
            if (auto status = AdminPinGuard::adoptLegacyFile(db, directory, QDateTime::currentDateTimeUtc(), steps.create);
                !status)
                return Error{QStringLiteral("%1: %2").arg(db.databaseName(), status.error().message)};
        }
    }
    return store;
}

Result<std::unique_ptr<IntakeStore>> IntakeStore::create(const QString &directory, const KekSource &kek,
                                                         const Argon2Params &params, StoreSchema schema)
{
    if (!QDir().mkpath(directory))
        return Error{QStringLiteral("%1: cannot create the folder").arg(directory)};
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QFileInfo::exists(inDirectory(directory, databaseFileName)) || QFileInfo::exists(inDirectory(directory, keyVaultFileName)))
        return Error{QStringLiteral("%1: a store already exists here").arg(directory)};

    auto vault = KeyVault::create(inDirectory(directory, keyVaultFileName), kek, params);
    if (!vault)
        return vault.error();
    auto key = vault->unlock(kek);
    if (!key)
        return key.error();
    auto store = openWithKey(directory, std::move(key).value(), vault->cipherProfile(), Access::ReadWrite, {schema},
                             {.create = true}, nullptr);
    // Owner only, like the folder; SQLite gives the -wal and -shm files the database's mode.
    QFile::setPermissions(inDirectory(directory, databaseFileName), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!store) {
        QFile::remove(inDirectory(directory, keyVaultFileName));
        QFile::remove(inDirectory(directory, databaseFileName));
    }
    return store;
}

Result<std::unique_ptr<IntakeStore>> IntakeStore::open(const QString &directory, const KekSource &kek, Access access,
                                                       StoreSchema schema)
{
    return openAnyOf(directory, kek, access, {schema});
}

Result<std::unique_ptr<IntakeStore>> IntakeStore::openAnyOf(const QString &directory, const KekSource &kek, Access access,
                                                            const QList<StoreSchema> &kinds,
                                                            std::optional<StoreSchema> *refusedKind)
{
    const QString databasePath = inDirectory(directory, databaseFileName);
    if (!QFileInfo::exists(databasePath) || !QFileInfo::exists(inDirectory(directory, keyVaultFileName)))
        return Error{QStringLiteral("%1: no intake store here (run 'intake-cli init' first)").arg(directory)};

    auto vault = KeyVault::open(inDirectory(directory, keyVaultFileName));
    if (!vault)
        return vault.error();
    auto key = vault->unlock(kek);
    if (!key)
        return key.error();

    bool wrongKey = false;
    auto store = openWithKey(directory, std::move(key).value(), vault->cipherProfile(), access, kinds, {}, &wrongKey, refusedKind);
    const QString pendingPath = inDirectory(directory, pendingKeyVaultFileName);
    if (!QFileInfo::exists(pendingPath) || access == Access::ReadOnly)
        return store;

    if (store) {
        // A rekey that never reached the database: its new envelope is void.
        QFile::remove(pendingPath);
        return store;
    }
    if (!wrongKey)
        return store;
    // The database was rekeyed but the envelope not yet replaced: finish the rekey.
    auto pending = KeyVault::open(pendingPath);
    if (!pending)
        return store;
    auto pendingKey = pending->unlock(kek);
    if (!pendingKey)
        return store;
    auto finished = openWithKey(directory, std::move(pendingKey).value(), pending->cipherProfile(), access, kinds, {}, nullptr, refusedKind);
    if (finished) {
        if (!replaceFile(pendingPath, inDirectory(directory, keyVaultFileName)))
            return Error{QStringLiteral("%1: cannot finish an interrupted rekey").arg(directory)};
        qCInfo(lcStore) << "finished an interrupted rekey";
    }
    return finished;
}

Result<QStringList> IntakeStore::verify()
{
    QSqlDatabase db = database();
    QStringList problems;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA cipher_integrity_check")))
        return Error{QStringLiteral("cannot run cipher_integrity_check: %1").arg(query.lastError().text())};
    while (query.next())
        problems.append(QStringLiteral("cipher_integrity_check: %1").arg(query.value(0).toString()));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(QStringLiteral("integrity_check could not run: %1").arg(query.lastError().text()));
    } else {
        while (query.next()) {
            if (query.value(0).toString() != QLatin1String("ok"))
                problems.append(QStringLiteral("integrity_check: %1").arg(query.value(0).toString()));
        }
        if (query.lastError().isValid())
            problems.append(QStringLiteral("integrity_check: %1").arg(query.lastError().text()));
    }
    auto audit = AuditLog(db).verify();
    if (!audit)
        problems.append(audit.error().message);
    else
        problems += audit.value();
    return problems;
}

Status IntakeStore::backupTo(const QString &destination, const KekSource &kek)
{
    if (QFileInfo::exists(inDirectory(destination, databaseFileName)) || QFileInfo::exists(inDirectory(destination, keyVaultFileName)))
        return Error{QStringLiteral("%1: a store already exists there; choose an empty folder").arg(destination)};
    if (!QDir().mkpath(destination))
        return Error{QStringLiteral("%1: cannot create the folder").arg(destination)};
    QFile::setPermissions(destination, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto failed = [&destination](const Error &error) -> Status {
        for (const QString &name : QStringList{databaseFileName, keyVaultFileName, databaseFileName + QStringLiteral("-wal"),
                                               databaseFileName + QStringLiteral("-shm")})
            QFile::remove(inDirectory(destination, name));
        return error;
    };

    auto vault = KeyVault::open(inDirectory(m_directory, keyVaultFileName));
    if (!vault)
        return vault.error();
    auto key = vault->unlock(kek);
    if (!key)
        return key.error();
    if (!QFile::copy(vault->path(), inDirectory(destination, keyVaultFileName)))
        return failed(Error{QStringLiteral("%1: cannot copy the key envelope").arg(destination)});
    QFile::setPermissions(inDirectory(destination, keyVaultFileName), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    {
        // The copy is encrypted under the same data key, so the copied envelope opens it.
        // and laid out alike: the backup copies pages as they are
        auto copy = openWithKey(destination, std::move(key).value(), vault->cipherProfile(), Access::ReadWrite, {m_schema},
                                {.create = true, .checkIntegrity = false, .migrate = false}, nullptr);
        if (!copy)
            return failed(copy.error());
        if (!driver()->backupTo(*copy.value()->driver()))
            return failed(Error{QStringLiteral("%1: %2").arg(destination, driver()->lastError().text())});
    }

    // Verified means reopened from disk through its own envelope, and every check passed.
    auto reopened = open(destination, kek, Access::ReadOnly, m_schema);
    if (!reopened)
        return failed(Error{QStringLiteral("the backup does not open: %1").arg(reopened.error().message)});
    auto problems = reopened.value()->verify();
    if (!problems)
        return failed(problems.error());
    if (!problems->isEmpty())
        return failed(Error{QStringLiteral("the backup failed verification: %1").arg(problems->join(QStringLiteral("; ")))});
    return {};
}

Status IntakeStore::rekey(const KekSource &kek)
{
    const QString vaultPath = inDirectory(m_directory, keyVaultFileName);
    const QString pendingPath = inDirectory(m_directory, pendingKeyVaultFileName);
    auto vault = KeyVault::open(vaultPath);
    if (!vault)
        return vault.error();
    if (auto current = vault->unlock(kek); !current)
        return current.error();

    // 1. the new data key, wrapped under the same KEK, goes into an envelope beside the current one
    QFile::remove(pendingPath);
    if (!QFile::copy(vaultPath, pendingPath))
        return Error{QStringLiteral("%1: cannot write the new key envelope").arg(pendingPath)};
    QFile::setPermissions(pendingPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto pending = KeyVault::open(pendingPath);
    if (!pending)
        return pending.error();
    const SecretBytes newKey = SecretBytes::random(KeyVault::dataKeySize);
    if (auto status = pending.value().replaceDataKey(kek, newKey); !status) {
        QFile::remove(pendingPath);
        return status;
    }
    // 2. the database is re-encrypted in one transaction: a crash leaves the old key or the new
    if (!driver()->rekey(newKey)) {
        QFile::remove(pendingPath);
        return Error{QStringLiteral("cannot rekey the store: %1").arg(driver()->lastError().text())};
    }
    // the connection is under the new key now: so is every connection reopener() opens from here
    m_dataKey = std::make_shared<const ParkedSecret>(copyOf(newKey));
    // 3. the new envelope replaces the old atomically; open() completes this step after a crash
    if (!replaceFile(pendingPath, vaultPath))
        return Error{QStringLiteral("%1: the store was rekeyed but the envelope could not be replaced; "
                                    "the next open will finish it").arg(vaultPath)};
    return {};
}

} // namespace intake
