#pragma once

#include "common/result.h"
#include "store/cipherprofile.h"
#include "store/secretbytes.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlResult>

struct sqlite3;
struct sqlite3_stmt;

namespace intake {

/// A Qt Sql driver for SQLCipher 4, written on the public QSqlDriver/QSqlResult API. The key is
/// handed over out of band (setKey), never as a QString password, and opening fails closed:
/// without a key, with a plain SQLite library, or with a key that does not open the file.
///
/// Connect options (QSqlDatabase::setConnectOptions, `;`-separated):
///   QSQLCIPHER_CREATE    create the file when it does not exist (default: it must exist)
///   QSQLCIPHER_READONLY  open read-only
///   QSQLCIPHER_UNKEYED   open without a key (plaintext). Only benchmarks use it, to measure
///                        what encryption costs; the apps never set it.
///   QSQLCIPHER_PAGE_SIZE=N, QSQLCIPHER_HMAC=HMAC_SHA256|HMAC_SHA512
///                        the store's CipherProfile (CipherProfile::connectOptions); without
///                        them, SQLCipher 4's defaults (4096, HMAC_SHA512)
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    /// Registered with QSqlDatabase under this name by registerDriver().
    static const QString driverName;
    static void registerDriver();

    /// Why the last open() failed, for callers that must tell a wrong key from damage.
    enum class OpenFailure { None, NoKey, NotSqlCipher, WrongKeyOrNotAStore, Damaged, CannotOpenFile };
    Q_ENUM(OpenFailure)

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    /// The raw 256-bit data key for the next open(). It is parked (no-access) until then, applied
    /// before any other statement, and wiped right after.
    void setKey(SecretBytes key);
    OpenFailure openFailure() const { return m_openFailure; }
    /// `PRAGMA cipher_version` of the open connection.
    QString cipherVersion() const { return m_cipherVersion; }

    sqlite3 *connection() const { return m_db; }

    /// Prepared statements are kept for reuse: SQLite parses and plans a statement in about as
    /// much time as it takes to run a small insert, and the repositories run the same few
    /// statements again and again. A result takes an idle statement with its exact text, or
    /// nullptr (then it prepares one), and gives it back when it is done with it; the driver
    /// resets it, clears its bindings (no value stays bound) and keeps at most
    /// `cachedStatementLimit` of them, all finalized before the connection closes.
    sqlite3_stmt *takeCachedStatement(const QString &sql) const;
    void returnStatement(const QString &sql, sqlite3_stmt *statement) const;
    static constexpr int cachedStatementLimit = 64;
    /// Idle statements kept now (tests, diagnostics).
    int cachedStatementCount() const { return static_cast<int>(m_idleStatements.size()); }

    /// Re-encrypts the whole open database under `newKey` (256 bits), in one transaction.
    bool rekey(const SecretBytes &newKey);
    /// Copies every page into `destination` (open, keyed, empty), re-encrypting under its key;
    /// consistent even while this connection is in use.
    bool backupTo(SqlCipherDriver &destination);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &path, const QString &user, const QString &password, const QString &host, int port,
              const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

private:
    static SecretBytes rawKeyString(const SecretBytes &key);
    static Result<CipherProfile> profileFromOptions(const QStringList &options);
    bool fail(OpenFailure failure, const QString &message);
    bool execute(const char *sql, const QString &what);

    void finalizeCachedStatements();

    sqlite3 *m_db = nullptr;
    /// Idle prepared statements by their SQL text (a text can have several: nested queries).
    mutable QMultiHash<QString, sqlite3_stmt *> m_idleStatements;
    SecretBytes m_key;
    OpenFailure m_openFailure = OpenFailure::None;
    QString m_cipherVersion;
};

} // namespace intake
