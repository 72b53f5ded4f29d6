// Stores checked in under tests/data/stores/ by earlier code: each opens with this code, reads
// back what was written into it, and passes the store's own verification (every page's HMAC,
// the b-trees, the audit chain), before and after it is opened read-write (integrity check and
// migrations) and written to.
//
// pagecrypto-kiosk and pagecrypto-console were written while the store's pages went through
// PageCrypto, two replaced functions of SQLCipher's OpenSSL provider (SQLCipher 4.6.1, OpenSSL
// 3.0): they prove that what that code wrote is an ordinary SQLCipher 4 file with the page
// layout its envelope records (2048-byte pages, HMAC-SHA256), readable by SQLCipher's own
// provider. Made with key files (test data, like the stores themselves):
//   kiosk:   intake-cli init, then seed-demo 3 --seed 7, list and verify (3 intakes, 5 audit
//            entries, schema 3, every summary still in the outbox)
//   console: a console store (schema 1) with the first administrator "Fixture admin", the
//            paired kiosk "Fixture tablet", the summaries of the same three demo intakes and one
//            decision (proceed with precautions, note "Fixture note")

#include "console/consolerepository.h"
#include "shippedassets.h"
#include "store/intakerepository.h"
#include "store/intakestore.h"
#include "storetestsupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

struct FixtureIntake
{
    const char *uuid;
    QString firstName;
    QString lastName;
    Severity outcome;
};

// newest first, as listNewest() gives them
const FixtureIntake fixtureIntakes[] = {
    {"413041ad-9fc5-4240-b6b3-d3e0253ec6fa", QStringLiteral("Olivia"), QStringLiteral("Huang"), Severity::Defer},
    {"f90d0721-00ec-4e95-b00b-b1c4e5725fa5", QStringLiteral("Camila"), QStringLiteral("Jensen"), Severity::Defer},
    {"8afd73cb-6242-48a1-bfe2-e1c7762da0bc", QStringLiteral("Sofía"), QStringLiteral("Jensen"), Severity::Clear},
};
constexpr const char *decidedUuid = "f90d0721-00ec-4e95-b00b-b1c4e5725fa5";

QStringList problemsOf(IntakeStore &store)
{
    auto problems = store.verify();
    if (!problems)
        return {problems.error().message};
    return problems.value();
}

QString pragmaValue(IntakeStore &store, const char *pragma)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) || !query.next())
        return {};
    return query.value(0).toString();
}

void expectFixtureLayout(IntakeStore &store)
{
    EXPECT_TRUE(store.cipherProfile() == CipherProfile::forNewStores());
    EXPECT_EQ(pragmaValue(store, "cipher_page_size"), QStringLiteral("2048"));
    EXPECT_EQ(pragmaValue(store, "cipher_hmac_algorithm"), QStringLiteral("HMAC_SHA256"));
}

} // namespace

TEST(StoreFixtures, APageCryptoKioskStoreReadsBackAndVerifies)
{
    QTemporaryDir dir;
    const KekSource key = KekSource::keyFile(copyOfFixtureStore(QStringLiteral("pagecrypto-kiosk"), dir));
    const Questionnaire questionnaire = Questionnaire::load(ShippedAssets::questionnairePath()).value();

    // read-only first: nothing in it changes
    {
        auto store = IntakeStore::open(dir.path(), key, IntakeStore::Access::ReadOnly);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        expectFixtureLayout(*store.value());
        EXPECT_EQ(problemsOf(*store.value()), QStringList());
        IntakeRepository repository(store.value()->database(), questionnaire, testNow);
        auto listed = repository.listNewest(10);
        ASSERT_TRUE(listed.ok()) << listed.error().message.toStdString();
        ASSERT_EQ(listed->size(), 3);
        for (int i = 0; i < 3; ++i) {
            const FixtureIntake &expected = fixtureIntakes[i];
            EXPECT_EQ(listed->at(i).uuid, QLatin1String(expected.uuid));
            EXPECT_EQ(listed->at(i).firstName, expected.firstName);
            EXPECT_EQ(listed->at(i).lastName, expected.lastName);
            EXPECT_EQ(listed->at(i).outcome, expected.outcome);
            EXPECT_FALSE(listed->at(i).synced);
        }
    }

    // read-write: every page checked on open, whole records read (audited), one more saved
    {
        auto store = IntakeStore::open(dir.path(), key);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        IntakeRepository repository(store.value()->database(), questionnaire, testNow);
        for (const FixtureIntake &expected : fixtureIntakes) {
            auto record = repository.readRecord(QLatin1String(expected.uuid), QStringLiteral("test"), IntakeRepository::Access::View);
            ASSERT_TRUE(record.ok()) << record.error().message.toStdString();
            const QJsonObject client = record->value(QLatin1String("client")).toObject();
            EXPECT_EQ(client.value(QLatin1String("firstName")).toString(), expected.firstName);
            EXPECT_EQ(client.value(QLatin1String("lastName")).toString(), expected.lastName);
            EXPECT_FALSE(record->value(QLatin1String("answers")).toObject().isEmpty()) << expected.uuid;
        }
        auto saved = repository.saveFinished(sampleIntake(1), QStringLiteral("kiosk:test"));
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        EXPECT_EQ(problemsOf(*store.value()), QStringList());
    }
    auto reopened = IntakeStore::open(dir.path(), key, IntakeStore::Access::ReadOnly);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ(problemsOf(*reopened.value()), QStringList());
    auto counts = IntakeRepository(reopened.value()->database(), questionnaire, testNow).counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->intakes, 4);
}

TEST(StoreFixtures, APageCryptoConsoleStoreReadsBackAndVerifies)
{
    QTemporaryDir dir;
    const KekSource key = KekSource::keyFile(copyOfFixtureStore(QStringLiteral("pagecrypto-console"), dir));
    {
        auto store = IntakeStore::open(dir.path(), key, IntakeStore::Access::ReadOnly, StoreSchema::Console);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        expectFixtureLayout(*store.value());
        EXPECT_EQ(problemsOf(*store.value()), QStringList());
    }

    auto store = IntakeStore::open(dir.path(), key, IntakeStore::Access::ReadWrite, StoreSchema::Console);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    ConsoleRepository repository(store.value()->database(), testNow);
    auto staff = repository.staffUsers();
    ASSERT_TRUE(staff.ok()) << staff.error().message.toStdString();
    ASSERT_EQ(staff->size(), 1);
    EXPECT_EQ(staff->constFirst().name, QStringLiteral("Fixture admin"));
    EXPECT_TRUE(staff->constFirst().isAdmin);
    auto kiosks = repository.kiosks();
    ASSERT_TRUE(kiosks.ok()) << kiosks.error().message.toStdString();
    ASSERT_EQ(kiosks->size(), 1);
    EXPECT_EQ(kiosks->constFirst().name, QStringLiteral("Fixture tablet"));
    // paired before kiosks waited for approval: the upgrade (console schema step 3) approved it
    EXPECT_EQ(kiosks->constFirst().approval, KioskApproval::Approved);
    EXPECT_EQ(repository.kioskCredential(kiosks->constFirst().id).value()->approval, KioskApproval::Approved);

    for (const FixtureIntake &expected : fixtureIntakes) {
        auto detail = repository.readSummary(QLatin1String(expected.uuid), staff->constFirst().id);
        ASSERT_TRUE(detail.ok()) << detail.error().message.toStdString();
        EXPECT_EQ(detail->listing.firstName, expected.firstName);
        EXPECT_EQ(detail->listing.lastName, expected.lastName);
        EXPECT_EQ(detail->listing.outcome, expected.outcome);
        EXPECT_EQ(detail->listing.kioskId, kiosks->constFirst().id);
        EXPECT_EQ(detail->summary.value(QLatin1String("intake")).toString(), QLatin1String(expected.uuid));
        if (QLatin1String(expected.uuid) == QLatin1String(decidedUuid)) {
            ASSERT_EQ(detail->decisions.size(), 1);
            EXPECT_EQ(detail->decisions.constFirst().decision, Decision::ProceedWithPrecautions);
            EXPECT_EQ(detail->decisions.constFirst().note, QStringLiteral("Fixture note"));
            EXPECT_EQ(detail->decisions.constFirst().staffName, QStringLiteral("Fixture admin"));
        } else {
            EXPECT_TRUE(detail->decisions.isEmpty()) << expected.uuid;
        }
    }
    // the views above were audited: the chain still holds with entries written by this code
    EXPECT_EQ(problemsOf(*store.value()), QStringList());
}
