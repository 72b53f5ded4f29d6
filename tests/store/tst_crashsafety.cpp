// Crash safety: the real store_crash_writer saves intakes in a loop and prints each acknowledged
// UUID; the test kills it with SIGKILL at random moments, then reopens the store as the kiosk
// would after a power cut and checks that both integrity checks and the audit chain pass and
// that every acknowledged intake is there, whole.
//
// The kill points come from a fixed seed, printed at the start; set INTAKE_CRASH_SEED to replay
// another. Nothing here asserts on time: the time budget only decides how many kills beyond
// the minimum are made.

#include "store/demodata.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "storetestsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <gtest/gtest.h>

#include <iostream>

using namespace intake;
using namespace intake::test;

namespace {

constexpr int minimumKills = 20;  // issue 3: "at least 20 times"
constexpr int maximumKills = 40;
constexpr int killBudgetMs = 60'000;  // more kills while within this, never fewer than the minimum
constexpr int intakesPerWriter = 500;           // far more than any kill point below waits for
constexpr int writerTimeoutMs = 30'000;         // a writer that acknowledges nothing this long is stuck

quint32 killSeed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("INTAKE_CRASH_SEED").toUInt(&ok);
    return ok ? fromEnvironment : 20261201u;
}

/// The UUIDs on complete lines; a line cut short by the kill was never fully acknowledged.
QStringList acknowledgedIn(const QByteArray &output)
{
    QStringList uuids;
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return uuids;
    for (const QByteArray &line : output.left(end).split('\n'))
        uuids.append(QString::fromLatin1(line));
    return uuids;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return -1;
    }
    return query.value(0).toLongLong();
}

QSet<QString> storedUuids(QSqlDatabase db)
{
    QSet<QString> uuids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT uuid FROM intakes"))) << query.lastError().text().toStdString();
    while (query.next())
        uuids.insert(query.value(0).toString());
    return uuids;
}

} // namespace

TEST(CrashSafety, EveryAcknowledgedIntakeSurvivesSigkill)
{
    QTemporaryDir keys;
    QTemporaryDir data;
    ASSERT_TRUE(keys.isValid() && data.isValid());
    const QString keyFile = keys.filePath(QStringLiteral("store.key"));
    const QString storeDir = data.filePath(QStringLiteral("store"));
    ASSERT_TRUE(KeyVault::createKeyFile(keyFile).ok());
    {
        auto created = IntakeStore::create(storeDir, KekSource::keyFile(keyFile), fastParams());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }

    const quint32 seed = killSeed();
    std::cout << "[   seed   ] kill points from seed " << seed << " (replay with INTAKE_CRASH_SEED=" << seed << ")\n";
    RecordProperty("seed", static_cast<int>(seed & 0x7fffffff));
    QRandomGenerator random(seed);

    QStringList acknowledged;  // over all runs: a later run must not lose an earlier run's intakes
    int kills = 0;
    const QDeadlineTimer budget(killBudgetMs);
    while (kills < minimumKills || (kills < maximumKills && !budget.hasExpired())) {
        SCOPED_TRACE(testing::Message() << "run " << kills + 1 << " of seed " << seed);
        // Half the runs die after a random number of acknowledgements, half a random few
        // milliseconds after the first, which lands anywhere inside a save.
        const bool afterCount = random.bounded(2) == 0;
        const int waitForAcks = afterCount ? random.bounded(1, 31) : 1;
        const int thenSleepMs = afterCount ? 0 : random.bounded(0, 40);

        QProcess writer;
        writer.setProgram(QStringLiteral(STORE_CRASH_WRITER));
        writer.setArguments({QStringLiteral("--data-dir"), storeDir, QStringLiteral("--key-file"), keyFile,
                             QStringLiteral("--seed"), QString::number(DemoData::defaultSeed + 1 + static_cast<quint32>(kills)),
                             QStringLiteral("--count"), QString::number(intakesPerWriter)});
        writer.start();
        ASSERT_TRUE(writer.waitForStarted(writerTimeoutMs)) << writer.errorString().toStdString();

        QByteArray output;
        const QDeadlineTimer stuck(writerTimeoutMs);
        while (acknowledgedIn(output).size() < waitForAcks && writer.state() == QProcess::Running && !stuck.hasExpired()) {
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
        }
        ASSERT_EQ(writer.state(), QProcess::Running)
            << "the writer stopped on its own: " << writer.readAllStandardError().toStdString();
        ASSERT_GE(acknowledgedIn(output).size(), waitForAcks) << "the writer acknowledged too few intakes within 30 s";
        if (thenSleepMs > 0)
            QThread::msleep(static_cast<unsigned long>(thenSleepMs));

        writer.kill();  // SIGKILL: no handler, no flush, no close
        ASSERT_TRUE(writer.waitForFinished(writerTimeoutMs));
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit) << "the writer finished before it was killed; raise --count";
        ++kills;
        output += writer.readAllStandardOutput();  // what it acknowledged up to the kill, still in the pipe
        const QStringList thisRun = acknowledgedIn(output);
        for (const QString &uuid : thisRun)
            ASSERT_FALSE(QUuid::fromString(uuid).isNull()) << "not a UUID on the writer's stdout: " << uuid.toStdString();
        acknowledged += thisRun;

        // Reopen as the kiosk does after a power cut: read-write, which checks every page first.
        auto reopened = IntakeStore::open(storeDir, KekSource::keyFile(keyFile), IntakeStore::Access::ReadWrite);
        ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
        IntakeStore &store = *reopened.value();
        auto problems = store.verify();
        ASSERT_TRUE(problems.ok()) << problems.error().message.toStdString();
        EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();

        const QSet<QString> stored = storedUuids(store.database());
        for (const QString &uuid : std::as_const(acknowledged))
            ASSERT_TRUE(stored.contains(uuid)) << "acknowledged intake " << uuid.toStdString() << " is missing";
        // Each kill can leave at most one intake committed but not yet reported.
        EXPECT_GE(stored.size(), acknowledged.size());
        EXPECT_LE(stored.size(), acknowledged.size() + kills);

        // All or nothing: no intake without its result, consent, answers, outbox row and audit entry.
        const QSqlDatabase db = store.database();
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM intakes i WHERE NOT EXISTS (SELECT 1 FROM screening_results r WHERE r.intake_id = i.id) "
                                            "OR NOT EXISTS (SELECT 1 FROM consents c WHERE c.intake_id = i.id) "
                                            "OR NOT EXISTS (SELECT 1 FROM answers a WHERE a.intake_id = i.id) "
                                            "OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.intake_uuid = i.uuid)")),
                  0);
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'intake.saved'")), stored.size());
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), stored.size());
    }
    std::cout << "[   kills  ] " << kills << " SIGKILLs, " << acknowledged.size() << " intakes acknowledged, all present after each reopen\n";
}
