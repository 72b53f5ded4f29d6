// The audit chain: removing or editing any one entry (first, middle or last) is detected.

#include "store/auditlog.h"
#include "store/intakerepository.h"
#include "storetestsupport.h"

#include "shippedassets.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

class AuditLogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(temp.store);
        QSqlDatabase db = temp.store->database();
        ASSERT_TRUE(db.transaction());
        for (int i = 0; i < entryCount; ++i) {
            auto status = AuditLog(db).append({testNow().addSecs(i), QStringLiteral("cli:test"), QStringLiteral("test.entry"),
                                               {}, QStringLiteral("n=%1").arg(i)});
            ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
        }
        ASSERT_TRUE(db.commit());
        // What a tamperer with SQL access would do first.
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    }

    QStringList problems()
    {
        auto verified = AuditLog(temp.store->database()).verify();
        EXPECT_TRUE(verified.ok());
        return verified.ok() ? verified.value() : QStringList{QStringLiteral("verify failed")};
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(temp.store->database());
        ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
    }

    static constexpr int entryCount = 5;
    TempStore temp;
};

} // namespace

TEST_F(AuditLogTest, IntactChainVerifies)
{
    EXPECT_TRUE(problems().isEmpty()) << problems().join(u'\n').toStdString();
}

TEST_F(AuditLogTest, DeletingAnyOneEntryIsDetected)
{
    for (int seq = 1; seq <= entryCount; ++seq) {
        QSqlDatabase db = temp.store->database();
        ASSERT_TRUE(db.transaction());
        exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(seq));
        EXPECT_FALSE(problems().isEmpty()) << "deleting entry " << seq << " went unnoticed";
        ASSERT_TRUE(db.rollback());
    }
    EXPECT_TRUE(problems().isEmpty());
}

TEST_F(AuditLogTest, EditingAnyOneEntryIsDetected)
{
    for (int seq = 1; seq <= entryCount; ++seq) {
        for (const char *column : {"at", "actor", "action", "detail", "intake_uuid"}) {
            QSqlDatabase db = temp.store->database();
            ASSERT_TRUE(db.transaction());
            exec(QStringLiteral("UPDATE audit_log SET %1 = 'edited' WHERE seq = %2").arg(QLatin1String(column)).arg(seq));
            EXPECT_FALSE(problems().isEmpty()) << "editing " << column << " of entry " << seq << " went unnoticed";
            ASSERT_TRUE(db.rollback());
        }
    }
}

TEST_F(AuditLogTest, RewritingAnEntryWithItsHashStillBreaksTheChain)
{
    // recompute nothing: a forged hash on entry 3 no longer matches entry 4's prev_hash
    exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 3").arg(QString(64, u'f')));
    const auto found = problems();
    EXPECT_FALSE(found.isEmpty());
}

TEST_F(AuditLogTest, TheLogIsAppendOnlyThroughSql)
{
    TempStore fresh;
    QSqlDatabase db = fresh.store->database();
    IntakeRepository repository(db, Questionnaire::load(ShippedAssets::questionnairePath()).value(), testNow);
    ASSERT_TRUE(repository.audit(QStringLiteral("cli:test"), QStringLiteral("test.entry")).ok());
    QSqlQuery query(db);
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
}
