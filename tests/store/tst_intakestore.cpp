// IntakeStore on real files: nothing readable without the key, distinct errors for a wrong key
// and for damage, backup, rekey and passphrase change.

#include "store/intakerepository.h"
#include "store/intakestore.h"
#include "storetestsupport.h"

#include "shippedassets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace intake;
using namespace intake::test;

namespace {

void saveSamples(IntakeStore &store, int count)
{
    IntakeRepository repository(store.database(), Questionnaire::load(ShippedAssets::questionnairePath()).value(), testNow);
    for (int i = 0; i < count; ++i) {
        auto status = repository.saveFinished(sampleIntake(i), QStringLiteral("kiosk:test"));
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    }
}

qint64 intakeCount(IntakeStore &store)
{
    QSqlQuery query(store.database());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM intakes")) && query.next());
    return query.value(0).toLongLong();
}

QString keyFileIn(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("store.key"));
}

} // namespace

TEST(IntakeStore, NoFileHoldsAnAnswerInAnyEncoding)
{
    TempStore temp;
    ASSERT_TRUE(temp.store);
    saveSamples(*temp.store, 3);
    // while open (the -wal and -shm files exist) and after closing
    for (int pass = 0; pass < 2; ++pass) {
        const auto files = filesIn(temp.path());
        ASSERT_FALSE(files.isEmpty());
        for (const auto &[name, bytes] : files) {
            for (const QString &secret : {distinctiveAnswer, QStringLiteral("Quintanilla"), QStringLiteral("1988-04-17")}) {
                for (const QByteArray &encoded : encodingsOf(secret))
                    EXPECT_FALSE(bytes.contains(encoded)) << name.toStdString() << " holds " << secret.toStdString();
            }
        }
        temp.store.reset();
    }
}

TEST(IntakeStore, WrongPassphraseIsClearAndChangesNoByte)
{
    TempStore temp;
    saveSamples(*temp.store, 1);
    temp.store.reset();
    const auto before = filesIn(temp.path());
    auto opened = IntakeStore::open(temp.path(), otherPassphrase());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().message, KeyVault::wrongKeyMessage());
    EXPECT_EQ(filesIn(temp.path()), before);
}

TEST(IntakeStore, WrongKeyFileIsClearAndChangesNoByte)
{
    QTemporaryDir keys;
    ASSERT_TRUE(KeyVault::createKeyFile(keyFileIn(keys)).ok());
    QTemporaryDir dir;
    {
        auto store = IntakeStore::create(dir.path(), KekSource::keyFile(keyFileIn(keys)), fastParams());
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    }
    const auto before = filesIn(dir.path());
    const QString otherKey = keys.filePath(QStringLiteral("other.key"));
    ASSERT_TRUE(KeyVault::createKeyFile(otherKey).ok());
    auto opened = IntakeStore::open(dir.path(), KekSource::keyFile(otherKey));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().message, KeyVault::wrongKeyMessage());
    EXPECT_EQ(filesIn(dir.path()), before);
    EXPECT_TRUE(IntakeStore::open(dir.path(), KekSource::keyFile(keyFileIn(keys))).ok());
}

TEST(IntakeStore, AnotherStoresEnvelopeSaysWrongKeyOrNotAStore)
{
    TempStore first;
    TempStore second;
    first.store.reset();
    second.store.reset();
    QFile::remove(QDir(first.path()).filePath(IntakeStore::keyVaultFileName));
    ASSERT_TRUE(QFile::copy(QDir(second.path()).filePath(IntakeStore::keyVaultFileName),
                            QDir(first.path()).filePath(IntakeStore::keyVaultFileName)));
    auto opened = IntakeStore::open(first.path(), testPassphrase());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QLatin1String("wrong key or not an intake store"))) << opened.error().message.toStdString();
}

TEST(IntakeStore, AFlippedByteIsNamedByVerifyAndBlocksWriting)
{
    TempStore temp;
    saveSamples(*temp.store, 40);
    temp.store.reset();  // checkpoints the WAL into the file
    const QString path = QDir(temp.path()).filePath(IntakeStore::databaseFileName);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    ASSERT_GT(file.size(), 8 * 4096);
    file.seek(middle);
    char byte = 0;
    file.getChar(&byte);
    file.seek(middle);
    file.putChar(static_cast<char>(byte ^ 0x10));
    file.close();

    auto readOnly = IntakeStore::open(temp.path(), testPassphrase(), IntakeStore::Access::ReadOnly);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().message.toStdString();
    auto problems = readOnly.value()->verify();
    ASSERT_TRUE(problems.ok());
    ASSERT_FALSE(problems->isEmpty());
    EXPECT_TRUE(problems->join(u' ').contains(QLatin1String("cipher_integrity_check"))) << problems->join(u'\n').toStdString();
    readOnly.value().reset();

    const QByteArray damaged = filesIn(temp.path()).constFirst().second;
    auto writable = IntakeStore::open(temp.path(), testPassphrase(), IntakeStore::Access::ReadWrite);
    ASSERT_FALSE(writable.ok());
    EXPECT_TRUE(writable.error().message.contains(QLatin1String("damaged store"))) << writable.error().message.toStdString();
    EXPECT_FALSE(writable.error().message.contains(QLatin1String("wrong")));
}

TEST(IntakeStore, BackupIsEncryptedVerifiedAndOpensWithTheSamePassphrase)
{
    TempStore temp;
    saveSamples(*temp.store, 5);
    QTemporaryDir backups;
    const QString destination = backups.filePath(QStringLiteral("2026-11-25"));
    auto status = temp.store->backupTo(destination, testPassphrase());
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    for (const auto &[name, bytes] : filesIn(destination)) {
        for (const QByteArray &encoded : encodingsOf(distinctiveAnswer))
            EXPECT_FALSE(bytes.contains(encoded)) << name.toStdString();
    }
    auto copy = IntakeStore::open(destination, testPassphrase());
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    EXPECT_EQ(intakeCount(*copy.value()), 5);
    EXPECT_TRUE(copy.value()->verify()->isEmpty());
    EXPECT_FALSE(IntakeStore::open(destination, otherPassphrase()).ok());
    // a second backup into the same folder is refused and leaves the first intact
    EXPECT_FALSE(temp.store->backupTo(destination, testPassphrase()).ok());
    EXPECT_EQ(intakeCount(*copy.value()), 5);
}

TEST(IntakeStore, RekeyChangesTheDataKeyAndKeepsEverything)
{
    TempStore temp;
    saveSamples(*temp.store, 3);
    const QString dbPath = QDir(temp.path()).filePath(IntakeStore::databaseFileName);
    temp.store.reset();
    QFile before(dbPath);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray firstPage = before.read(4096);
    before.close();

    auto store = IntakeStore::open(temp.path(), testPassphrase());
    ASSERT_TRUE(store.ok());
    auto status = store.value()->rekey(testPassphrase());
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_EQ(intakeCount(*store.value()), 3);
    store.value().reset();
    EXPECT_FALSE(QFile::exists(QDir(temp.path()).filePath(IntakeStore::pendingKeyVaultFileName)));

    QFile after(dbPath);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_NE(after.read(4096), firstPage);
    auto reopened = IntakeStore::open(temp.path(), testPassphrase());
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(intakeCount(*reopened.value()), 3);
    EXPECT_TRUE(reopened.value()->verify()->isEmpty());
}

// reopener() copies the data key out of its parked (no-access) memory each time, also on
// several threads at once; after a rekey it opens with the new key.
TEST(IntakeStore, AReopenerOpensAgainAndAgainAndAfterARekey)
{
    TempStore temp;
    saveSamples(*temp.store, 2);
    const IntakeStore::Reopener before = temp.store->reopener();
    for (int i = 0; i < 3; ++i) {
        auto worker = before();
        ASSERT_TRUE(worker.ok()) << worker.error().message.toStdString();
        EXPECT_EQ(intakeCount(*worker.value()), 2);
    }
    std::vector<std::thread> threads;
    std::atomic<int> opened = 0;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&before, &opened] {
            for (int j = 0; j < 5; ++j) {
                if (auto worker = before(); worker.ok())
                    ++opened;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(opened.load(), 20);

    ASSERT_TRUE(temp.store->rekey(testPassphrase()).ok());
    auto worker = temp.store->reopener()();
    ASSERT_TRUE(worker.ok()) << worker.error().message.toStdString();
    EXPECT_EQ(intakeCount(*worker.value()), 2);
}

TEST(IntakeStore, AnInterruptedRekeyIsFinishedOnOpen)
{
    TempStore temp;
    saveSamples(*temp.store, 2);
    const QString vaultPath = QDir(temp.path()).filePath(IntakeStore::keyVaultFileName);
    const QString pendingPath = QDir(temp.path()).filePath(IntakeStore::pendingKeyVaultFileName);
    const QByteArray oldEnvelope = [&] {
        QFile file(vaultPath);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    ASSERT_TRUE(temp.store->rekey(testPassphrase()).ok());
    temp.store.reset();
    // simulate a crash between the database's rekey and the envelope's replacement
    ASSERT_TRUE(QFile::rename(vaultPath, pendingPath));
    QFile old(vaultPath);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write(oldEnvelope);
    old.close();

    auto reopened = IntakeStore::open(temp.path(), testPassphrase());
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(intakeCount(*reopened.value()), 2);
    EXPECT_FALSE(QFile::exists(pendingPath));
}

TEST(IntakeStore, PassphraseChangeRewrapsWithoutTouchingTheDatabase)
{
    TempStore temp;
    saveSamples(*temp.store, 2);
    temp.store.reset();
    const QString dbPath = QDir(temp.path()).filePath(IntakeStore::databaseFileName);
    const auto dbBytes = [&] {
        QFile file(dbPath);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    };
    const QByteArray before = dbBytes();
    auto vault = KeyVault::open(QDir(temp.path()).filePath(IntakeStore::keyVaultFileName));
    ASSERT_TRUE(vault.ok());
    ASSERT_TRUE(vault.value().rewrap(testPassphrase(), otherPassphrase(), fastParams()).ok());
    EXPECT_EQ(dbBytes(), before);
    EXPECT_EQ(IntakeStore::open(temp.path(), testPassphrase()).error().message, KeyVault::wrongKeyMessage());
    auto reopened = IntakeStore::open(temp.path(), otherPassphrase());
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(intakeCount(*reopened.value()), 2);
}

TEST(IntakeStore, NoStoreInAnEmptyFolder)
{
    QTemporaryDir dir;
    auto opened = IntakeStore::open(dir.path(), testPassphrase());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(QLatin1String("no intake store here")));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(IntakeStore, CreateRefusesAnExistingStore)
{
    TempStore temp;
    temp.store.reset();
    EXPECT_FALSE(IntakeStore::create(temp.path(), testPassphrase(), fastParams()).ok());
    EXPECT_TRUE(IntakeStore::open(temp.path(), testPassphrase()).ok());
}

namespace {

QString pragmaValue(IntakeStore &store, const QString &pragma)
{
    QSqlQuery query(store.database());
    EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next()) << pragma.toStdString();
    return query.value(0).toString();
}

/// A copy of the store the first release made (tests/data/stores/first-release: envelope
/// version 1, SQLCipher 4's default page layout, schema 3, two demo intakes, a key file).
QString copyOfFirstReleaseStore(const QTemporaryDir &dir)
{
    return copyOfFixtureStore(QStringLiteral("first-release"), dir);
}

} // namespace

TEST(IntakeStore, ANewStoreHasThePageLayoutItsEnvelopeRecords)
{
    TempStore temp;
    saveSamples(*temp.store, 2);
    EXPECT_TRUE(temp.store->cipherProfile() == CipherProfile::forNewStores());
    EXPECT_EQ(pragmaValue(*temp.store, QStringLiteral("cipher_page_size")), QStringLiteral("2048"));
    EXPECT_EQ(pragmaValue(*temp.store, QStringLiteral("cipher_hmac_algorithm")), QStringLiteral("HMAC_SHA256"));
    // the worker connection of reopener() gets the same layout, or it could not read a page
    auto worker = temp.store->reopener()();
    ASSERT_TRUE(worker.ok()) << worker.error().message.toStdString();
    EXPECT_EQ(intakeCount(*worker.value()), 2);
    worker.value().reset();
    temp.store.reset();
    EXPECT_EQ(QFileInfo(QDir(temp.path()).filePath(IntakeStore::databaseFileName)).size() % 2048, 0);
    auto vault = KeyVault::open(QDir(temp.path()).filePath(IntakeStore::keyVaultFileName));
    ASSERT_TRUE(vault.ok());
    EXPECT_TRUE(vault->cipherProfile() == CipherProfile::forNewStores());
}

TEST(IntakeStore, AStoreOfTheFirstReleaseOpensVerifiesBacksUpAndRekeys)
{
    QTemporaryDir dir;
    const KekSource key = KekSource::keyFile(copyOfFirstReleaseStore(dir));
    {
        auto store = IntakeStore::open(dir.path(), key);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_TRUE(store.value()->cipherProfile() == CipherProfile::sqlcipher4Defaults());
        EXPECT_EQ(pragmaValue(*store.value(), QStringLiteral("cipher_page_size")), QStringLiteral("4096"));
        EXPECT_EQ(pragmaValue(*store.value(), QStringLiteral("cipher_hmac_algorithm")), QStringLiteral("HMAC_SHA512"));
        EXPECT_EQ(intakeCount(*store.value()), 2);
        EXPECT_TRUE(store.value()->verify()->isEmpty());
        saveSamples(*store.value(), 1);

        QTemporaryDir backups;
        const QString destination = backups.filePath(QStringLiteral("copy"));
        auto backedUp = store.value()->backupTo(destination, key);
        ASSERT_TRUE(backedUp.ok()) << backedUp.error().message.toStdString();
        auto copy = IntakeStore::open(destination, key, IntakeStore::Access::ReadOnly);
        ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
        EXPECT_EQ(intakeCount(*copy.value()), 3);

        ASSERT_TRUE(store.value()->rekey(key).ok());
    }
    auto reopened = IntakeStore::open(dir.path(), key);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(intakeCount(*reopened.value()), 3);
    EXPECT_TRUE(reopened.value()->verify()->isEmpty());
}
