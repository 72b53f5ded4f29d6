// The store code writes plain SQLCipher 4 files with the page layout its CipherProfile sets
// through SQLCipher's public pragmas. Files go both ways between this process (the store's
// driver, migrations and repositories) and store_stock_cipher (SQLCipher alone, the same pragmas
// by hand), in both page layouts a store can have.

#include "shippedassets.h"
#include "store/intakerepository.h"
#include "store/migrations.h"
#include "storetestsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

using namespace intake;
using intake::test::Connection;

namespace {

struct Layout
{
    const char *name;
    CipherProfile profile;
};

void PrintTo(const Layout &layout, std::ostream *out)
{
    *out << layout.name;
}

const Layout layouts[] = {{"NewStores", CipherProfile::forNewStores()}, {"SqlCipher4Defaults", CipherProfile::sqlcipher4Defaults()}};

class StockSqlCipherTest : public ::testing::TestWithParam<Layout>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QByteArray bytes(32, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
        keyHex = bytes.toHex();
    }

    QString path() const { return dir.filePath(QStringLiteral("store.db")); }
    QString options(bool create) const
    {
        return (create ? QStringLiteral("QSQLCIPHER_CREATE;") : QString()) + GetParam().profile.connectOptions();
    }

    /// Runs store_stock_cipher on path() with the key on its standard input.
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
    };
    Run stockCipher(const char *command) const
    {
        QProcess process;
        process.start(QStringLiteral(STORE_STOCK_CIPHER),
                      {QString::fromLatin1(command), path(), QString::number(GetParam().profile.pageSize),
                       CipherProfile::hmacName(GetParam().profile.hmac)});
        if (!process.waitForStarted(10'000))
            return {};
        process.write(keyHex + '\n');
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput()};
    }

    SecretBytes keyCopy() const
    {
        const QByteArray bytes = QByteArray::fromHex(keyHex);
        return SecretBytes::fromBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    }

    static QStringList cipherIntegrityProblems(const QSqlDatabase &db)
    {
        QStringList problems;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA cipher_integrity_check")))
            return {query.lastError().text()};
        while (query.next())
            problems << query.value(0).toString();
        return problems;
    }

    QTemporaryDir dir;
    QByteArray keyHex;  // test key: random, for this test only
};

} // namespace

TEST_P(StockSqlCipherTest, AStoreWrittenHereReadsWithSqlCipherAlone)
{
    {
        Connection connection(path(), keyCopy(), options(true));
        ASSERT_TRUE(connection.opened()) << connection.database().lastError().text().toStdString();
        QSqlDatabase db = connection.database();
        ASSERT_TRUE(Migrations::migrate(db).ok());
        IntakeRepository repository(db, Questionnaire::load(ShippedAssets::questionnairePath()).value(),
                                    &intake::test::testNow);
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(repository.saveFinished(intake::test::sampleIntake(i), QStringLiteral("kiosk:test")).ok());
    }
    const Run check = stockCipher("check");
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("provider openssl\nok\n")) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("\nintakes 40\n")) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("\nconsents 40\n")) << check.out.toStdString();
}

TEST_P(StockSqlCipherTest, AFileWrittenBySqlCipherAloneReadsAndGrowsHere)
{
    const Run write = stockCipher("write");
    ASSERT_EQ(write.exitCode, 0) << write.out.toStdString();
    ASSERT_TRUE(write.out.contains("rows 300")) << write.out.toStdString();
    {
        Connection connection(path(), keyCopy(), options(false));
        ASSERT_TRUE(connection.opened()) << connection.database().lastError().text().toStdString();
        EXPECT_EQ(cipherIntegrityProblems(connection.database()), QStringList());
        QSqlQuery query(connection.database());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*), sum(length(data)), "
                                              "sum(data = replace(hex(zeroblob(n * 10)), '0', char(65 + n % 26))) FROM pages")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 300);
        EXPECT_EQ(query.value(1).toLongLong(), 20LL * 300 * 301 / 2);
        EXPECT_EQ(query.value(2).toInt(), 300);  // every row reads back as written
        // and pages written here, into the same file, for SQLCipher alone to read
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO pages SELECT n + 1000, data FROM pages WHERE n > 250")));
    }
    const Run check = stockCipher("check");
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("ok\npages 350\n")) << check.out.toStdString();
}

TEST_P(StockSqlCipherTest, AChangedPageIsStillRefused)
{
    ASSERT_EQ(stockCipher("write").exitCode, 0);
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 offset = file.size() / 2;
    ASSERT_TRUE(file.seek(offset));
    const QByteArray byte = file.read(1);
    ASSERT_TRUE(file.seek(offset));
    file.write(QByteArray(1, static_cast<char>(byte.at(0) ^ 0x10)));
    file.close();

    Connection connection(path(), keyCopy(), options(false));
    ASSERT_TRUE(connection.opened());
    EXPECT_EQ(cipherIntegrityProblems(connection.database()).size(), 1);
    QSqlQuery query(connection.database());
    EXPECT_FALSE(query.exec(QStringLiteral("SELECT sum(length(data)) FROM pages")) && query.next());
}

INSTANTIATE_TEST_SUITE_P(Layouts, StockSqlCipherTest, ::testing::ValuesIn(layouts),
                         [](const ::testing::TestParamInfo<Layout> &layout) { return std::string(layout.param.name); });
