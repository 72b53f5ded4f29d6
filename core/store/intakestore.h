#pragma once

#include "common/result.h"
#include "store/keyvault.h"
#include "store/migrations.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace intake {

class SqlCipherDriver;

/// One encrypted intake store on disk: a folder holding the SQLCipher database (intake.db) and
/// the key envelope (keyvault.json). Opens the database with the unwrapped data key, brings its
/// schema up to date (for a kiosk store, moving the staff PIN of an earlier release's admin-pin
/// file into it: AdminPinGuard::adoptLegacyFile), and offers what clinic IT needs: verify, backup, rekey. A kiosk's store
/// and the staff console's are the same code with another StoreSchema; each refuses the other.
class IntakeStore
{
public:
    static const QString databaseFileName;
    static const QString keyVaultFileName;
    /// The envelope of a rekey in progress (see rekey()).
    static const QString pendingKeyVaultFileName;

    enum class Access {
        ReadWrite,  ///< checks every page first and refuses a damaged store
        ReadOnly,
    };

    /// A new, empty store in `directory` (created if missing), with a new random data key.
    static Result<std::unique_ptr<IntakeStore>> create(const QString &directory, const KekSource &kek,
                                                       const Argon2Params &params,
                                                       StoreSchema schema = StoreSchema::Kiosk);
    /// Opens an existing store. Errors say plainly which: wrong passphrase or key file, wrong
    /// key or not an intake store, damaged store, no store in that folder, or a store of the
    /// other kind.
    static Result<std::unique_ptr<IntakeStore>> open(const QString &directory, const KekSource &kek,
                                                     Access access = Access::ReadWrite,
                                                     StoreSchema schema = StoreSchema::Kiosk);
    /// The same for a store of any kind in `kinds` (not empty), for a tool that serves more than
    /// one (schema() then says which it is). A store of another kind is refused before anything
    /// is written to it; `refusedKind`, when given, then says what it is.
    static Result<std::unique_ptr<IntakeStore>> openAnyOf(const QString &directory, const KekSource &kek, Access access,
                                                          const QList<StoreSchema> &kinds,
                                                          std::optional<StoreSchema> *refusedKind = nullptr);
    ~IntakeStore();

    IntakeStore(const IntakeStore &) = delete;
    IntakeStore &operator=(const IntakeStore &) = delete;

    QSqlDatabase database() const;
    QString directory() const { return m_directory; }
    QString cipherVersion() const;
    /// The page layout the store was made with (from its key envelope).
    CipherProfile cipherProfile() const { return m_profile; }
    StoreSchema schema() const { return m_schema; }

    /// cipher_integrity_check (every page's HMAC), integrity_check (the b-trees), and the
    /// audit chain. Returns every problem found; empty when the store is sound.
    Result<QStringList> verify();

    /// An encrypted copy (same key envelope) in `destination`, which must not hold a store
    /// yet; the copy is reopened with `kek` and verified before this returns.
    Status backupTo(const QString &destination, const KekSource &kek);

    /// Opens this store once more, on a connection of its own, with the data key it was opened
    /// with (no passphrase asked twice), for a worker thread: call the function on the thread
    /// that will use the connection, once; drop it then, which wipes its copy of the key. The
    /// store's integrity was checked and its schema migrated when it was opened; the new
    /// connection does neither again.
    using Reopener = std::function<Result<std::unique_ptr<IntakeStore>>()>;
    Reopener reopener() const;

    /// Re-encrypts the database under a new random data key and wraps that under the same KEK.
    /// Crash-safe: the new envelope is written aside first, and open() finishes or discards an
    /// interrupted rekey.
    Status rekey(const KekSource &kek);

private:
    IntakeStore(QString directory, QString connectionName, StoreSchema schema);

    struct OpenSteps
    {
        bool create = false;
        bool checkIntegrity = true;  ///< read-write opens only
        bool migrate = true;         ///< read-write opens only
    };
    static Result<std::unique_ptr<IntakeStore>> openWithKey(const QString &directory, SecretBytes dataKey,
                                                            const CipherProfile &profile, Access access,
                                                            const QList<StoreSchema> &kinds, OpenSteps steps, bool *wrongKey,
                                                            std::optional<StoreSchema> *refusedKind = nullptr);
    SqlCipherDriver *driver() const;

    QString m_directory;
    QString m_connectionName;
    /// The data key while the store is open, for reopener() (SQLCipher holds its own keys
    /// anyway): parked (no-access) between the copies reopener() takes, wiped when the store
    /// and every reopener are gone. rekey() parks the new key in its place.
    std::shared_ptr<const ParkedSecret> m_dataKey;
    CipherProfile m_profile;
    StoreSchema m_schema = StoreSchema::Kiosk;
};

} // namespace intake
