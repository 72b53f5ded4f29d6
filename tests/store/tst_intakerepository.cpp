// IntakeRepository on a real store: one transaction per finished intake, listing, audited reads
// and exports, retention, and bad intakes refused with nothing written.

#include "store/auditlog.h"
#include "store/intakerepository.h"
#include "storetestsupport.h"

#include "shippedassets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

class RepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(temp.store); }

    IntakeRepository repository()
    {
        return IntakeRepository(temp.store->database(), Questionnaire::load(ShippedAssets::questionnairePath()).value(),
                                [this] { return now; });
    }

    qint64 count(const QString &table, const QString &where = QStringLiteral("1"))
    {
        QSqlQuery query(temp.store->database());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)) && query.next());
        return query.value(0).toLongLong();
    }

    TempStore temp;
    QDateTime now = testNow();
};

} // namespace

TEST_F(RepositoryTest, SaveWritesEveryPartAndTheOutboxRow)
{
    auto repo = repository();
    const FinishedIntake intake = sampleIntake(1);
    ASSERT_TRUE(repo.saveFinished(intake, QStringLiteral("kiosk:test")).ok());
    EXPECT_EQ(count(QStringLiteral("intakes")), 1);
    EXPECT_EQ(count(QStringLiteral("answers")), intake.response.answers().size());
    EXPECT_EQ(count(QStringLiteral("flags")), intake.screening.flags.size());
    EXPECT_EQ(count(QStringLiteral("consents")), 1);
    EXPECT_EQ(count(QStringLiteral("screening_results")), 1);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'intake.saved'")), 1);
    EXPECT_EQ(count(QStringLiteral("outbox"), QStringLiteral("sent_at IS NULL")), 1);

    QSqlQuery query(temp.store->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT payload FROM outbox")) && query.next());
    const QJsonObject summary = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    EXPECT_EQ(summary.value(QLatin1String("intake")).toString(), intake.uuid);
    EXPECT_EQ(summary.value(QLatin1String("outcome")).toString(), QStringLiteral("defer"));
    EXPECT_EQ(summary.value(QLatin1String("earliestDate")).toString(), QStringLiteral("2026-12-05"));
    // the summary carries flagged answers only: the free-text note stays on the tablet
    EXPECT_FALSE(query.value(0).toString().contains(distinctiveAnswer));
    EXPECT_EQ(summary.value(QLatin1String("flags")).toArray().size(), 2);
}

TEST_F(RepositoryTest, ASecondSaveOfTheSameIntakeChangesNothing)
{
    auto repo = repository();
    ASSERT_TRUE(repo.saveFinished(sampleIntake(1), QStringLiteral("kiosk:test")).ok());
    EXPECT_FALSE(repo.saveFinished(sampleIntake(1), QStringLiteral("kiosk:test")).ok());
    EXPECT_EQ(count(QStringLiteral("intakes")), 1);
    EXPECT_EQ(count(QStringLiteral("answers")), sampleIntake(1).response.answers().size());
    EXPECT_EQ(count(QStringLiteral("audit_log")), 1);
    EXPECT_EQ(count(QStringLiteral("outbox")), 1);
}

TEST_F(RepositoryTest, AnUnsignedOrNamelessIntakeIsRefused)
{
    auto repo = repository();
    FinishedIntake unsigned_ = sampleIntake(2);
    unsigned_.consent.strokes.clear();
    EXPECT_FALSE(repo.saveFinished(unsigned_, QStringLiteral("kiosk:test")).ok());
    FinishedIntake nameless = sampleIntake(3);
    nameless.client.lastName.clear();
    const auto status = repo.saveFinished(nameless, QStringLiteral("kiosk:test"));
    ASSERT_FALSE(status.ok());
    EXPECT_FALSE(status.error().message.contains(QLatin1String("Marisol")));
    EXPECT_EQ(count(QStringLiteral("intakes")), 0);
    EXPECT_EQ(count(QStringLiteral("audit_log")), 0);
}

TEST_F(RepositoryTest, ListsNewestFirst)
{
    auto repo = repository();
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(repo.saveFinished(sampleIntake(i, testNow().addSecs(-3600 * (5 - i))), QStringLiteral("kiosk:test")).ok());
    auto listing = repo.listNewest(3);
    ASSERT_TRUE(listing.ok());
    ASSERT_EQ(listing->size(), 3);
    EXPECT_EQ(listing->at(0).firstName, QStringLiteral("Marisol4"));
    EXPECT_EQ(listing->at(2).firstName, QStringLiteral("Marisol2"));
    EXPECT_EQ(listing->at(0).outcome, Severity::Defer);
    EXPECT_FALSE(listing->at(0).synced);
}

TEST_F(RepositoryTest, ReadsAndExportsAreAudited)
{
    auto repo = repository();
    const FinishedIntake intake = sampleIntake(7);
    ASSERT_TRUE(repo.saveFinished(intake, QStringLiteral("kiosk:test")).ok());
    auto record = repo.readRecord(intake.uuid, QStringLiteral("staff:ana"), IntakeRepository::Access::View);
    ASSERT_TRUE(record.ok()) << record.error().message.toStdString();
    EXPECT_EQ(record->value(QLatin1String("answers")).toObject().value(QLatin1String("notes.other")).toString(), distinctiveAnswer);
    EXPECT_EQ(record->value(QLatin1String("answers")).toObject().value(QLatin1String("treatments.botox_date")).toString(),
              QStringLiteral("2026-11-21"));
    EXPECT_EQ(record->value(QLatin1String("consent")).toObject().value(QLatin1String("signature")).toArray().size(), 2);
    ASSERT_TRUE(repo.readRecord(intake.uuid, QStringLiteral("cli:root"), IntakeRepository::Access::Export).ok());
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'intake.viewed' AND actor = 'staff:ana'")), 1);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'intake.exported' AND actor = 'cli:root'")), 1);
    EXPECT_TRUE(AuditLog(temp.store->database()).verify()->isEmpty());

    EXPECT_FALSE(repo.readRecord(QStringLiteral("no-such"), QStringLiteral("staff:ana"), IntakeRepository::Access::View).ok());
}

TEST_F(RepositoryTest, RetentionPurgesOnlyOldAndSyncedIntakes)
{
    auto repo = repository();
    const auto old = testNow().addDays(-40);
    ASSERT_TRUE(repo.saveFinished(sampleIntake(1, old), QStringLiteral("kiosk:test")).ok());  // old, synced
    ASSERT_TRUE(repo.saveFinished(sampleIntake(2, old), QStringLiteral("kiosk:test")).ok());  // old, not synced
    ASSERT_TRUE(repo.saveFinished(sampleIntake(3, testNow().addDays(-1)), QStringLiteral("kiosk:test")).ok());
    QSqlQuery query(temp.store->database());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE outbox SET sent_at = '2026-10-20T00:00:00.000Z' WHERE intake_uuid IN ('%1', '%2')")
                               .arg(sampleIntake(1).uuid, sampleIntake(3).uuid)));
    auto purged = repo.purgeSynced(30, QStringLiteral("cli:root"));
    ASSERT_TRUE(purged.ok()) << purged.error().message.toStdString();
    EXPECT_EQ(*purged, 1);
    EXPECT_EQ(count(QStringLiteral("intakes")), 2);
    EXPECT_EQ(count(QStringLiteral("answers"), QStringLiteral("intake_id NOT IN (SELECT id FROM intakes)")), 0);
    EXPECT_EQ(count(QStringLiteral("audit_log"), QStringLiteral("action = 'intakes.purged'")), 1);
    EXPECT_FALSE(repo.purgeSynced(0, QStringLiteral("cli:root")).ok());
}

TEST_F(RepositoryTest, Counts)
{
    auto repo = repository();
    ASSERT_TRUE(repo.saveFinished(sampleIntake(1), QStringLiteral("kiosk:test")).ok());
    auto counts = repo.counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->intakes, 1);
    EXPECT_EQ(counts->outboxPending, 1);
    EXPECT_EQ(counts->auditEntries, 1);
}
