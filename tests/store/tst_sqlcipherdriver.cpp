// The QSQLCIPHER driver through the public Qt Sql API: types, NULLs, placeholders,
// transactions, random access for QSqlQueryModel, and failing closed on every bad open.

#include "store/sqlcipherdriver.h"
#include "storetestsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace intake;
using intake::test::Connection;
using intake::test::keyOf;

namespace {

class SqlCipherDriverTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("test.db")); }
};

} // namespace

TEST_F(SqlCipherDriverTest, OpensWithCipherVersion4)
{
    Connection connection(path(), keyOf('k'));
    ASSERT_TRUE(connection.opened()) << connection.database().lastError().text().toStdString();
    EXPECT_TRUE(connection.driver()->cipherVersion().startsWith(u'4')) << connection.driver()->cipherVersion().toStdString();
    QSqlQuery query(connection.database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);  // FULL
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA secure_delete")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA cache_size")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), -16384);  // 16 MiB of decrypted pages
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA temp_store")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);  // MEMORY
}

// The key given for the next open() is parked until then: its pages fault on any read. The
// open that follows reads it all the same (every other test here).
TEST(SqlCipherDriverDeathTest, AKeyWaitingForOpenCannotBeRead)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            SecretBytes key = keyOf('w');
            const unsigned char *bytes = key.data();
            SqlCipherDriver driver;
            driver.setKey(std::move(key));
            volatile unsigned char first = bytes[0];
            (void)first;
        },
        "");
}

TEST_F(SqlCipherDriverTest, RegisteredByName)
{
    SqlCipherDriver::registerDriver();
    EXPECT_TRUE(QSqlDatabase::isDriverAvailable(SqlCipherDriver::driverName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName, QStringLiteral("by-name"));
        auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
        ASSERT_NE(driver, nullptr);
        driver->setKey(keyOf('n'));
        db.setDatabaseName(path());
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("by-name"));
}

TEST_F(SqlCipherDriverTest, TypesNullsAndPlaceholders)
{
    Connection connection(path(), keyOf('t'));
    ASSERT_TRUE(connection.opened());
    QSqlQuery query(connection.database());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, big INTEGER, real REAL, text TEXT, data BLOB)")));

    const qint64 big = std::numeric_limits<qint64>::max() - 7;
    const QByteArray blob("\x00\x01\xff binary\x00", 11);
    const QString text = QStringLiteral("Peña 🙂 \u202A");
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO t (big, real, text, data) VALUES (?, ?, ?, ?)")));
    query.addBindValue(big);
    query.addBindValue(3.25);
    query.addBindValue(text);
    query.addBindValue(blob);
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    EXPECT_EQ(query.lastInsertId().toLongLong(), 1);
    EXPECT_EQ(query.numRowsAffected(), 1);

    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO t (big, real, text, data) VALUES (:big, :real, :text, :data)")));
    query.bindValue(QStringLiteral(":text"), QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(QStringLiteral(":big"), QVariant());
    query.bindValue(QStringLiteral(":data"), QVariant(QMetaType(QMetaType::QByteArray)));
    query.bindValue(QStringLiteral(":real"), -0.5);
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    EXPECT_EQ(query.lastInsertId().toLongLong(), 2);

    ASSERT_TRUE(query.exec(QStringLiteral("SELECT big, real, text, data FROM t ORDER BY id")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), big);
    EXPECT_EQ(query.value(0).typeId(), QMetaType::LongLong);
    EXPECT_DOUBLE_EQ(query.value(1).toDouble(), 3.25);
    EXPECT_EQ(query.value(2).toString(), text);
    EXPECT_EQ(query.value(3).toByteArray(), blob);
    ASSERT_TRUE(query.next());
    EXPECT_TRUE(query.isNull(0));
    EXPECT_TRUE(query.value(0).isNull());
    EXPECT_EQ(query.value(0).typeId(), QMetaType::LongLong);
    EXPECT_DOUBLE_EQ(query.value(1).toDouble(), -0.5);
    EXPECT_TRUE(query.isNull(2));
    EXPECT_EQ(query.value(2).typeId(), QMetaType::QString);
    EXPECT_TRUE(query.isNull(3));
    EXPECT_FALSE(query.next());

    const QSqlRecord record = query.record();
    EXPECT_EQ(record.count(), 4);
    EXPECT_EQ(record.fieldName(2), QStringLiteral("text"));
    EXPECT_EQ(connection.database().record(QStringLiteral("t")).count(), 5);
    EXPECT_EQ(connection.database().tables(), QStringList{QStringLiteral("t")});
}

TEST_F(SqlCipherDriverTest, WrongNumberOfValuesAndBadSqlAreErrors)
{
    Connection connection(path(), keyOf('e'));
    QSqlQuery query(connection.database());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (a)")));
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    EXPECT_FALSE(query.exec());
    EXPECT_FALSE(query.exec(QStringLiteral("SELEKT 1")));
    EXPECT_TRUE(query.lastError().isValid());
    EXPECT_FALSE(query.exec(QStringLiteral("SELECT 1; DROP TABLE t")));
    EXPECT_TRUE(connection.database().tables().contains(QStringLiteral("t")));
}

TEST_F(SqlCipherDriverTest, TransactionsCommitAndRollBack)
{
    Connection connection(path(), keyOf('x'));
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (a INTEGER)")));
    ASSERT_TRUE(db.transaction());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    ASSERT_TRUE(db.rollback());
    ASSERT_TRUE(db.transaction());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    ASSERT_TRUE(db.commit());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT group_concat(a) FROM t")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("2"));
}

TEST_F(SqlCipherDriverTest, RandomAccessForQSqlQueryModel)
{
    Connection connection(path(), keyOf('m'));
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER, label TEXT)")));
    ASSERT_TRUE(db.transaction());
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    for (int i = 0; i < 600; ++i) {
        query.addBindValue(i);
        query.addBindValue(QStringLiteral("row %1").arg(i));
        ASSERT_TRUE(query.exec());
    }
    ASSERT_TRUE(db.commit());

    QSqlQuery scroll(db);
    ASSERT_TRUE(scroll.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
    ASSERT_TRUE(scroll.seek(450));
    EXPECT_EQ(scroll.value(0).toInt(), 450);
    ASSERT_TRUE(scroll.seek(3));
    EXPECT_EQ(scroll.value(0).toInt(), 3);
    ASSERT_TRUE(scroll.last());
    EXPECT_EQ(scroll.value(0).toInt(), 599);
    EXPECT_EQ(scroll.at(), 599);
    ASSERT_TRUE(scroll.previous());
    EXPECT_EQ(scroll.value(0).toInt(), 598);
    ASSERT_TRUE(scroll.first());
    EXPECT_EQ(scroll.value(0).toInt(), 0);

    QSqlQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(QSqlQuery(QStringLiteral("SELECT n, label FROM t ORDER BY n"), db));
    ASSERT_FALSE(model.lastError().isValid()) << model.lastError().text().toStdString();
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_EQ(model.rowCount(), 600);
    EXPECT_EQ(model.data(model.index(599, 1)).toString(), QStringLiteral("row 599"));
    EXPECT_EQ(model.data(model.index(17, 0)).toInt(), 17);
}

TEST_F(SqlCipherDriverTest, ForwardOnlyKeepsWorking)
{
    Connection connection(path(), keyOf('f'));
    QSqlQuery query(connection.database());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
    int sum = 0;
    while (query.next())
        sum += query.value(0).toInt();
    EXPECT_EQ(sum, 6);
}

TEST_F(SqlCipherDriverTest, PreparedStatementsAreReusedWithNothingLeftBound)
{
    Connection connection(path(), keyOf('k'));
    ASSERT_TRUE(connection.opened());
    QSqlQuery create(connection.database());
    ASSERT_TRUE(create.exec(QStringLiteral("CREATE TABLE t (a TEXT, b INTEGER)")));
    const QString insert = QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)");

    {
        QSqlQuery query(connection.database());
        ASSERT_TRUE(query.prepare(insert));
        query.addBindValue(QStringLiteral("first"));
        query.addBindValue(1);
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    }
    const int idle = connection.driver()->cachedStatementCount();
    EXPECT_GE(idle, 1);  // the INSERT (the CREATE is still held by its query)
    {
        // the same text: the idle statement is taken, not parsed again; the values are this
        // query's own
        QSqlQuery query(connection.database());
        ASSERT_TRUE(query.prepare(insert));
        EXPECT_EQ(connection.driver()->cachedStatementCount(), idle - 1);
        query.addBindValue(QStringLiteral("second"));
        query.addBindValue(QVariant());
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    }
    QSqlQuery read(connection.database());
    ASSERT_TRUE(read.exec(QStringLiteral("SELECT a, b FROM t ORDER BY rowid")));
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.value(0).toString(), QStringLiteral("first"));
    EXPECT_EQ(read.value(1).toInt(), 1);
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.value(0).toString(), QStringLiteral("second"));
    EXPECT_TRUE(read.value(1).isNull());
    EXPECT_FALSE(read.next());
}

TEST_F(SqlCipherDriverTest, QueriesOfTheSameTextAtOnceEachHaveTheirOwnStatement)
{
    Connection connection(path(), keyOf('k'));
    ASSERT_TRUE(connection.opened());
    QSqlQuery create(connection.database());
    ASSERT_TRUE(create.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
    ASSERT_TRUE(create.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
    const QString select = QStringLiteral("SELECT n FROM t ORDER BY n");
    QSqlQuery outer(connection.database());
    outer.setForwardOnly(true);
    ASSERT_TRUE(outer.exec(select));
    int pairs = 0;
    while (outer.next()) {
        QSqlQuery inner(connection.database());
        inner.setForwardOnly(true);
        ASSERT_TRUE(inner.exec(select));
        EXPECT_NE(inner.result()->handle().value<void *>(), outer.result()->handle().value<void *>());
        EXPECT_NE(inner.result()->handle().value<void *>(), nullptr);
        while (inner.next())
            ++pairs;
    }
    EXPECT_EQ(pairs, 9);
}

TEST_F(SqlCipherDriverTest, AnAbandonedReadHoldsNoLockAndClosingFinalizesTheCache)
{
    {
        Connection connection(path(), keyOf('k'));
        ASSERT_TRUE(connection.opened());
        QSqlQuery query(connection.database());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
        {
            QSqlQuery reading(connection.database());
            reading.setForwardOnly(true);
            ASSERT_TRUE(reading.exec(QStringLiteral("SELECT n FROM t")));
            ASSERT_TRUE(reading.next());  // left in the middle
        }
        // a cached statement left stepping would keep its read snapshot: the log could not be
        // emptied into the file
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 0) << "the checkpoint was blocked";
    }
    // closed with statements in its cache; the file opens again with everything in it
    Connection again(path(), keyOf('k'), QString());
    ASSERT_TRUE(again.opened());
    QSqlQuery count(again.database());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM t")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 3);
}

TEST_F(SqlCipherDriverTest, WrongKeyFailsClosedAndChangesNothing)
{
    {
        Connection connection(path(), keyOf('a'));
        QSqlQuery query(connection.database());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (a)")));
    }
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    Connection wrong(path(), keyOf('b'), QString());
    EXPECT_FALSE(wrong.opened());
    EXPECT_EQ(wrong.driver()->openFailure(), SqlCipherDriver::OpenFailure::WrongKeyOrNotAStore);
    EXPECT_EQ(wrong.database().lastError().driverText(), QStringLiteral("wrong key or not an intake store"));

    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST_F(SqlCipherDriverTest, NoKeyOrAPasswordIsRefused)
{
    Connection none(path(), SecretBytes());
    EXPECT_FALSE(none.opened());
    EXPECT_EQ(none.driver()->openFailure(), SqlCipherDriver::OpenFailure::NoKey);
    EXPECT_FALSE(QFile::exists(path()));

    const QString name = QStringLiteral("with-password");
    {
        auto *driver = new SqlCipherDriver();
        driver->setKey(keyOf('p'));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path());
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        EXPECT_FALSE(db.open(QString(), QStringLiteral("a password")));
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(SqlCipherDriverTest, APlainSqliteFileIsNotAStore)
{
    {
        Connection plain(path(), SecretBytes(), QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_UNKEYED"));
        ASSERT_TRUE(plain.opened());
        QSqlQuery query(plain.database());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (a)")));
    }
    Connection keyed(path(), keyOf('z'), QString());
    EXPECT_FALSE(keyed.opened());
    EXPECT_EQ(keyed.driver()->openFailure(), SqlCipherDriver::OpenFailure::WrongKeyOrNotAStore);
}

TEST_F(SqlCipherDriverTest, MissingFileIsNotCreatedWithoutTheOption)
{
    Connection connection(path(), keyOf('c'), QString());
    EXPECT_FALSE(connection.opened());
    EXPECT_EQ(connection.driver()->openFailure(), SqlCipherDriver::OpenFailure::CannotOpenFile);
    EXPECT_FALSE(QFile::exists(path()));
}

TEST_F(SqlCipherDriverTest, TheStockSqlitePluginIsNeverLoaded)
{
    {
        Connection connection(path(), keyOf('s'));
        QSqlQuery query(connection.database());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (a)")));
    }
    QFile maps(QStringLiteral("/proc/self/maps"));
    ASSERT_TRUE(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    EXPECT_FALSE(mapped.contains("libqsqlite")) << "QSQLITE would clash with SQLCipher's sqlite3_* symbols";
    EXPECT_TRUE(mapped.contains("libsqlcipher"));
}

TEST_F(SqlCipherDriverTest, ThePageLayoutComesFromTheConnectOptionsAndMustMatchTheFile)
{
    const QString layout = CipherProfile{1024, CipherProfile::Hmac::Sha256}.connectOptions();
    {
        Connection made(path(), keyOf('l'), QStringLiteral("QSQLCIPHER_CREATE;") + layout);
        ASSERT_TRUE(made.opened()) << made.database().lastError().text().toStdString();
        QSqlQuery query(made.database());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (a)")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA cipher_page_size")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 1024);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA cipher_hmac_algorithm")) && query.next());
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("HMAC_SHA256"));
    }
    // the right key with SQLCipher's default layout cannot read a page of it
    Connection defaults(path(), keyOf('l'), QString());
    EXPECT_FALSE(defaults.opened());
    EXPECT_EQ(defaults.driver()->openFailure(), SqlCipherDriver::OpenFailure::WrongKeyOrNotAStore);
    Connection again(path(), keyOf('l'), layout);
    EXPECT_TRUE(again.opened());
}

TEST_F(SqlCipherDriverTest, AnUnknownPageLayoutIsRefusedBeforeTheFileIsTouched)
{
    for (const QString &option : {QStringLiteral("QSQLCIPHER_PAGE_SIZE=1000"), QStringLiteral("QSQLCIPHER_PAGE_SIZE=512"),
                                  QStringLiteral("QSQLCIPHER_PAGE_SIZE=big"), QStringLiteral("QSQLCIPHER_HMAC=HMAC_MD5"),
                                  QStringLiteral("QSQLCIPHER_HMAC=")}) {
        Connection connection(path(), keyOf('u'), QStringLiteral("QSQLCIPHER_CREATE;") + option);
        EXPECT_FALSE(connection.opened()) << option.toStdString();
        const QString error = connection.database().lastError().text();
        EXPECT_TRUE(error.contains(QLatin1String("page size")) || error.contains(QLatin1String("HMAC"))) << error.toStdString();
        EXPECT_FALSE(QFile::exists(path())) << option.toStdString();
    }
}

TEST_F(SqlCipherDriverTest, AnUnkeyedFileGetsThePageSizeToo)
{
    Connection plain(path(), SecretBytes(),
                     QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_UNKEYED;") + CipherProfile::forNewStores().connectOptions());
    ASSERT_TRUE(plain.opened());
    QSqlQuery query(plain.database());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (a)")));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), CipherProfile::forNewStores().pageSize);
}
