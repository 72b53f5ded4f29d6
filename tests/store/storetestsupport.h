#pragma once

#include "store/finishedintake.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "store/sqlcipherdriver.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace intake::test {

/// A string no real record holds; tests look for it, in every encoding, in the store's files.
inline const QString distinctiveAnswer = QStringLiteral("Zyxvort-Quillmaze 8841 señal");

/// The passphrase used by store tests (also as typed into the kiosk's lock screen), and Argon2
/// parameters that keep tests fast.
KekSource testPassphrase();
QString testPassphraseText();
KekSource otherPassphrase();
inline Argon2Params fastParams() { return Argon2Params::fastForTests(); }

/// A complete, valid intake with a signed consent; `index` varies the names and the UUID.
/// The free-text note holds distinctiveAnswer.
FinishedIntake sampleIntake(int index = 0, QDateTime createdAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));

/// A fixed clock for repositories in tests.
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
}

/// A new store in a temporary folder, opened read-write.
struct TempStore
{
    QTemporaryDir dir;
    std::unique_ptr<IntakeStore> store;

    TempStore();
    QString path() const { return dir.path(); }
};

/// A QSqlDatabase connection through the project's driver on a SQLCipher file, removed when it
/// goes out of scope.
class Connection
{
public:
    Connection(const QString &path, SecretBytes key, const QString &options = QStringLiteral("QSQLCIPHER_CREATE"));
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    SqlCipherDriver *driver() const { return m_driver; }
    bool opened() const { return m_opened; }

private:
    QString m_name;
    SqlCipherDriver *m_driver = nullptr;
    bool m_opened = false;
};

/// A copy, in `dir`, of a store checked in under tests/data/stores/`name` (intake.db,
/// keyvault.json and its key file store.key, made owner-only as the store requires). Returns
/// the copy's key file.
QString copyOfFixtureStore(const QString &name, const QTemporaryDir &dir);

/// A 256-bit key of 32 equal bytes.
SecretBytes keyOf(char fill);

/// The files of a folder, recursively, with their bytes.
QList<std::pair<QString, QByteArray>> filesIn(const QString &directory);

/// `text` in every encoding the store could have used: UTF-8, UTF-16 (both orders), base64, hex.
QList<QByteArray> encodingsOf(const QString &text);

} // namespace intake::test
