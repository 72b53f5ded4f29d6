// Store kinds: a console store and a kiosk store from the same IntakeStore code, each with its
// own forward-only schema, each refusing to open as the other; the shared audit log and
// settings tables work in both.

#include "store/auditlog.h"
#include "store/intakestore.h"
#include "store/migrations.h"
#include "store/storesettings.h"
#include "storetestsupport.h"
#include "synctestsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

QStringList tablesOf(IntakeStore &store)
{
    return store.database().tables();
}

} // namespace

TEST(StoreSchema, ConsoleStoreHasItsTablesAndNotTheKiosks)
{
    TempKeyFileStore console(StoreSchema::Console);
    ASSERT_TRUE(console.store);
    const QStringList tables = tablesOf(*console.store);
    for (const char *table : {"summaries", "kiosks", "pairing_tokens", "seen_nonces", "staff_users", "decisions", "settings",
                              "audit_log", "audit_head", "signin_failures"})
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    for (const char *table : {"intakes", "outbox", "answers"})
        EXPECT_FALSE(tables.contains(QString::fromLatin1(table))) << table;
    QSqlDatabase db = console.store->database();
    EXPECT_EQ(Migrations::currentVersion(db).value(), Migrations::latestVersion(StoreSchema::Console));
    EXPECT_EQ(console.store->schema(), StoreSchema::Console);
}

TEST(StoreSchema, KioskStoreGainsSettingsInStepThree)
{
    TempKeyFileStore kiosk(StoreSchema::Kiosk);
    ASSERT_TRUE(kiosk.store);
    EXPECT_TRUE(tablesOf(*kiosk.store).contains(QStringLiteral("settings")));
    EXPECT_TRUE(tablesOf(*kiosk.store).contains(QStringLiteral("outbox")));
    EXPECT_GE(Migrations::latestVersion(), 3);
    QSqlDatabase db = kiosk.store->database();
    EXPECT_EQ(Migrations::currentVersion(db).value(), Migrations::latestVersion());
}

// A staff console store and a kiosk store, each created and closed again, for the tests that
// open them as one kind or the other.
struct ClosedStoresOfBothKinds
{
    ClosedStoresOfBothKinds()
    {
        console.store.reset();
        kiosk.store.reset();
    }

    TempKeyFileStore console{StoreSchema::Console};
    TempKeyFileStore kiosk{StoreSchema::Kiosk};
    const QString consolePath = console.storePath();
    const QString kioskPath = kiosk.storePath();
};

TEST(StoreSchema, EachKindRefusesToOpenAsTheOther)
{
    const ClosedStoresOfBothKinds stores;

    for (auto access : {IntakeStore::Access::ReadWrite, IntakeStore::Access::ReadOnly}) {
        auto wrongKiosk = IntakeStore::open(stores.consolePath, stores.console.kek(), access, StoreSchema::Kiosk);
        ASSERT_FALSE(wrongKiosk.ok());
        EXPECT_TRUE(wrongKiosk.error().message.contains(QLatin1String("staff console store, not a kiosk store")))
            << wrongKiosk.error().message.toStdString();
        auto wrongConsole = IntakeStore::open(stores.kioskPath, stores.kiosk.kek(), access, StoreSchema::Console);
        ASSERT_FALSE(wrongConsole.ok());
        EXPECT_TRUE(wrongConsole.error().message.contains(QLatin1String("kiosk store, not a staff console store")))
            << wrongConsole.error().message.toStdString();
    }
    EXPECT_TRUE(IntakeStore::open(stores.consolePath, stores.console.kek(), IntakeStore::Access::ReadWrite, StoreSchema::Console).ok());
    EXPECT_TRUE(IntakeStore::open(stores.kioskPath, stores.kiosk.kek()).ok());
}

// A tool that serves both kinds (intake-cli) opens either and learns which it is; a kind it did
// not ask for is refused, with what it is, before the older console store below is migrated.
TEST(StoreSchema, OpenAnyOfOpensEitherKindAndRefusesAnotherUnchanged)
{
    const ClosedStoresOfBothKinds stores;
    const QList<StoreSchema> both{StoreSchema::Kiosk, StoreSchema::Console};
    for (auto access : {IntakeStore::Access::ReadWrite, IntakeStore::Access::ReadOnly}) {
        std::optional<StoreSchema> refused;
        auto opened = IntakeStore::openAnyOf(stores.consolePath, stores.console.kek(), access, both, &refused);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_EQ(opened.value()->schema(), StoreSchema::Console);
        EXPECT_FALSE(refused.has_value());
        opened = IntakeStore::openAnyOf(stores.kioskPath, stores.kiosk.kek(), access, both, &refused);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_EQ(opened.value()->schema(), StoreSchema::Kiosk);
        EXPECT_FALSE(refused.has_value());
    }

    QTemporaryDir dir;
    const KekSource key = KekSource::keyFile(copyOfFixtureStore(QStringLiteral("pagecrypto-console"), dir));
    std::optional<StoreSchema> refused;
    auto asKiosk = IntakeStore::openAnyOf(dir.path(), key, IntakeStore::Access::ReadWrite, {StoreSchema::Kiosk}, &refused);
    ASSERT_FALSE(asKiosk.ok());
    EXPECT_EQ(refused, StoreSchema::Console);
    EXPECT_TRUE(asKiosk.error().message.contains(QLatin1String("staff console store, not a kiosk store")))
        << asKiosk.error().message.toStdString();
    auto unchanged = IntakeStore::open(dir.path(), key, IntakeStore::Access::ReadOnly, StoreSchema::Console);
    ASSERT_TRUE(unchanged.ok()) << unchanged.error().message.toStdString();
    QSqlDatabase db = unchanged.value()->database();
    EXPECT_EQ(Migrations::currentVersion(db).value(), 1) << "the refused store was migrated";
}

TEST(StoreSchema, AKioskStoreFromBeforeStepThreeStillOpensAsAKiosk)
{
    // a store written by the previous build: schema 2, application_id 0
    TempKeyFileStore kiosk(StoreSchema::Kiosk);
    const QString path = kiosk.storePath();
    {
        QSqlQuery query(kiosk.store->database());
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE settings")));
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE staff_pin")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA application_id = 0")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    kiosk.store.reset();
    auto reopened = IntakeStore::open(path, kiosk.kek());
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    QSqlDatabase db = reopened.value()->database();
    EXPECT_EQ(Migrations::currentVersion(db).value(), Migrations::latestVersion());
    EXPECT_TRUE(db.tables().contains(QStringLiteral("settings")));
    // and it is now marked as a kiosk's: the console refuses it
    reopened.value().reset();
    EXPECT_FALSE(IntakeStore::open(path, kiosk.kek(), IntakeStore::Access::ReadWrite, StoreSchema::Console).ok());
}

TEST(StoreSchema, AConsoleStoreOfSchemaOneGainsTheFailedSignInCounts)
{
    // a store written before step 2: the checked-in console fixture (schema 1)
    QTemporaryDir dir;
    const KekSource key = KekSource::keyFile(copyOfFixtureStore(QStringLiteral("pagecrypto-console"), dir));
    {
        auto before = IntakeStore::open(dir.path(), key, IntakeStore::Access::ReadOnly, StoreSchema::Console);
        ASSERT_TRUE(before.ok()) << before.error().message.toStdString();
        QSqlDatabase db = before.value()->database();
        ASSERT_EQ(Migrations::currentVersion(db).value(), 1);
        EXPECT_FALSE(db.tables().contains(QStringLiteral("signin_failures")));
    }
    auto reopened = IntakeStore::open(dir.path(), key, IntakeStore::Access::ReadWrite, StoreSchema::Console);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    QSqlDatabase db = reopened.value()->database();
    EXPECT_EQ(Migrations::currentVersion(db).value(), Migrations::latestVersion(StoreSchema::Console));
    EXPECT_TRUE(db.tables().contains(QStringLiteral("signin_failures")));
}

TEST(StoreSchema, ConsoleStoreAuditLogVerifiesAndIsAppendOnly)
{
    ConsoleFixture fixture;
    ASSERT_TRUE(fixture.repository.audit(QStringLiteral("console"), QStringLiteral("console.started")).ok());
    auto problems = fixture.temp.store->verify();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
    QSqlQuery query(fixture.temp.store->database());
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
}

TEST(StoreSchema, ConsoleStoreBacksUpAsAConsoleStore)
{
    ConsoleFixture fixture;
    QTemporaryDir destination;
    const QString copy = destination.filePath(QStringLiteral("copy"));
    auto status = fixture.temp.store->backupTo(copy, fixture.temp.kek());
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_TRUE(IntakeStore::open(copy, fixture.temp.kek(), IntakeStore::Access::ReadOnly, StoreSchema::Console).ok());
    EXPECT_FALSE(IntakeStore::open(copy, fixture.temp.kek(), IntakeStore::Access::ReadOnly, StoreSchema::Kiosk).ok());
}

TEST(StoreSettings, ValuesRoundTripAndPrefixesAreRemovedLiterally)
{
    TempKeyFileStore kiosk(StoreSchema::Kiosk);
    StoreSettings settings(kiosk.store->database());
    const QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    EXPECT_FALSE(settings.value(QStringLiteral("sync.host")).value().has_value());
    ASSERT_TRUE(settings.setValue(QStringLiteral("sync.host"), QStringLiteral("10.0.0.5"), now).ok());
    ASSERT_TRUE(settings.setValue(QStringLiteral("sync.host"), QStringLiteral("10.0.0.6"), now).ok());
    ASSERT_TRUE(settings.setValue(QStringLiteral("syncXother"), QStringLiteral("kept"), now).ok());
    EXPECT_EQ(settings.value(QStringLiteral("sync.host")).value().value(), QStringLiteral("10.0.0.6"));
    ASSERT_TRUE(settings.removeAll(QStringLiteral("sync.")).ok());
    EXPECT_FALSE(settings.value(QStringLiteral("sync.host")).value().has_value());
    EXPECT_EQ(settings.value(QStringLiteral("syncXother")).value().value(), QStringLiteral("kept"));
}
