// Schema migrations: from an empty file to the latest, and from the first schema (a fixture
// store holding data) to the latest, forward only, each step in one transaction.

#include "store/migrations.h"
#include "store/sqlcipherdriver.h"
#include "storetestsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

class RawStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto *driver = new SqlCipherDriver();
        const QByteArray key(32, 'm');
        driver->setKey(SecretBytes::fromBytes(key.constData(), 32));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(dir.filePath(QStringLiteral("m.db")));
        db.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE"));
        ASSERT_TRUE(db.open());
    }
    void TearDown() override
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() { return QSqlDatabase::database(name, false); }
    int version()
    {
        QSqlDatabase database = db();
        return Migrations::currentVersion(database).value();
    }

    QTemporaryDir dir;
    const QString name = QUuid::createUuid().toString();
};

} // namespace

TEST_F(RawStore, EmptyFileMigratesToLatest)
{
    EXPECT_EQ(version(), 0);
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database).ok());
    EXPECT_EQ(version(), Migrations::latestVersion());
    for (const char *table : {"intakes", "answers", "screening_results", "flags", "consents", "audit_log", "audit_head",
                              "staff_reviews", "outbox"})
        EXPECT_TRUE(db().tables().contains(QString::fromLatin1(table))) << table;
    // running again is a no-op
    ASSERT_TRUE(Migrations::migrate(database).ok());
    EXPECT_EQ(version(), Migrations::latestVersion());
}

TEST_F(RawStore, FirstSchemaWithDataMigratesToLatestKeepingIt)
{
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database, 1).ok());
    EXPECT_EQ(version(), 1);
    EXPECT_FALSE(db().tables().contains(QStringLiteral("outbox")));
    QSqlQuery query(database);
    ASSERT_TRUE(query.exec(QStringLiteral(
        "INSERT INTO intakes (uuid, created_at, kiosk_id, questionnaire_url, questionnaire_version, rules_version, "
        "appointment_date, language, first_name, last_name, birth_date, contact) VALUES "
        "('u1', '2026-01-01T00:00:00.000Z', 'k', 'q', '1', '1', '2026-01-02', 'en', 'A', 'B', '1990-01-01', 'c')")))
        << query.lastError().text().toStdString();

    for (int step = 2; step <= Migrations::latestVersion(); ++step) {
        ASSERT_TRUE(Migrations::migrate(database, step).ok());
        EXPECT_EQ(version(), step);
    }
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT first_name FROM intakes WHERE uuid = 'u1'")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("A"));
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO outbox (intake_uuid, payload, created_at) VALUES ('u1', '{}', 'now')")));
}

TEST_F(RawStore, ANewerStoreIsRefused)
{
    QSqlQuery query(db());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    QSqlDatabase database = db();
    const auto status = Migrations::migrate(database);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QLatin1String("newer")));
}

TEST_F(RawStore, AFailedStepLeavesTheStoreAtThePreviousVersion)
{
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database, 1).ok());
    QSqlQuery query(database);
    // a table that step 2 is about to create makes it fail half-way
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE outbox (x)")));
    EXPECT_FALSE(Migrations::migrate(database).ok());
    EXPECT_EQ(version(), 1);
    EXPECT_FALSE(db().tables().contains(QStringLiteral("staff_reviews")));
}
