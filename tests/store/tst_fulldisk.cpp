// A full disk: the store lives on a 1 MiB tmpfs and the kiosk saves until saveFinished fails.
// The failure must say plainly that the disk is full, name no client, and cost nothing saved
// before it; once space is made, the store saves again.
//
// Mounting needs root (CAP_SYS_ADMIN), as in CI; elsewhere the test is skipped with a message.

#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "shippedassets.h"
#include "store/demodata.h"
#include "store/intakerepository.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "storetestsupport.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace intake;
using namespace intake::test;

namespace {

constexpr int maximumSaves = 5000;  // 1 MiB is full long before this

struct Outcome
{
    bool ran = false;
    int exitCode = -1;
    QByteArray err;
    bool ok() const { return ran && exitCode == 0; }
};

Outcome runCommand(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return {false, -1, process.errorString().toUtf8()};
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished(5'000);
        return {false, -1, QByteArrayLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit, process.exitCode(), process.readAllStandardError().trimmed()};
}

/// What must come back unchanged for each acknowledged intake.
struct Saved
{
    QString firstName;
    QString lastName;
    QString birthDate;
    qsizetype answers = 0;
    friend bool operator==(const Saved &, const Saved &) = default;
};

class FullDisk : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_parent.isValid() && m_keys.isValid());
        m_mountPoint = m_parent.filePath(QStringLiteral("tmpfs"));
        ASSERT_TRUE(QDir().mkpath(m_mountPoint));
        const Outcome mounted = runCommand(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                                     QStringLiteral("size=1m,mode=0700"), QStringLiteral("tmpfs"), m_mountPoint});
        if (!mounted.ok())
            GTEST_SKIP() << "cannot mount a 1 MiB tmpfs (needs root with CAP_SYS_ADMIN, as in CI): mount said '"
                         << mounted.err.toStdString() << "'; the full-disk test did not run";
        m_mounted = true;
        m_keyFile = m_keys.filePath(QStringLiteral("store.key"));  // outside the full disk
        ASSERT_TRUE(KeyVault::createKeyFile(m_keyFile).ok());
        m_storeDir = QDir(m_mountPoint).filePath(QStringLiteral("store"));
    }

    void TearDown() override
    {
        m_store.reset();  // closed before the file system goes away
        if (!m_mounted)
            return;
        const Outcome unmounted = runCommand(QStringLiteral("umount"), {m_mountPoint});
        if (!unmounted.ok()) {
            // something still holds a file open: detach now, the kernel frees it when released
            const Outcome lazy = runCommand(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint});
            EXPECT_TRUE(lazy.ok()) << "cannot unmount " << m_mountPoint.toStdString() << ": " << lazy.err.toStdString();
        }
    }

    Status remount(const QString &size)
    {
        const Outcome outcome = runCommand(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,size=") + size, m_mountPoint});
        if (!outcome.ok())
            return Error{QString::fromUtf8(outcome.err)};
        return {};
    }

    QHash<QString, Saved> storedIntakes() const
    {
        QHash<QString, Saved> stored;
        QSqlQuery query(m_store->database());
        query.setForwardOnly(true);
        EXPECT_TRUE(query.exec(QStringLiteral(
            "SELECT i.uuid, i.first_name, i.last_name, i.birth_date, (SELECT count(*) FROM answers a WHERE a.intake_id = i.id) "
            "FROM intakes i "
            "WHERE EXISTS (SELECT 1 FROM screening_results r WHERE r.intake_id = i.id) "
            "AND EXISTS (SELECT 1 FROM consents c WHERE c.intake_id = i.id) "
            "AND EXISTS (SELECT 1 FROM outbox o WHERE o.intake_uuid = i.uuid)")))
            << query.lastError().text().toStdString();
        while (query.next()) {
            stored.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString(),
                                                      query.value(3).toString(), query.value(4).toLongLong()});
        }
        return stored;
    }

    QTemporaryDir m_parent;
    QTemporaryDir m_keys;
    QString m_mountPoint;
    QString m_keyFile;
    QString m_storeDir;
    bool m_mounted = false;
    std::unique_ptr<IntakeStore> m_store;
};

} // namespace

TEST_F(FullDisk, SavingFailsClearlyAndLosesNothingSavedBefore)
{
    const KekSource kek = KekSource::keyFile(m_keyFile);
    auto created = IntakeStore::create(m_storeDir, kek, fastParams());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    m_store = std::move(created).value();

    const Questionnaire questionnaire = Questionnaire::load(ShippedAssets::questionnairePath()).value();
    const RuleSet rules = RuleSet::load(ShippedAssets::rulesPath(), questionnaire).value();
    DemoData demo(questionnaire, rules);
    const QDateTime firstCreated(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);

    QHash<QString, Saved> acknowledged;
    std::optional<FinishedIntake> refused;
    Error failure;
    {
        IntakeRepository repository(m_store->database(), questionnaire, testNow);
        for (int i = 0; i < maximumSaves && !refused; ++i) {
            FinishedIntake intake = demo.next(firstCreated.addSecs(qint64{60} * i));
            if (auto status = repository.saveFinished(intake, QStringLiteral("kiosk:test")); !status) {
                failure = status.error();
                refused = std::move(intake);
                break;
            }
            acknowledged.insert(intake.uuid, {intake.client.firstName, intake.client.lastName,
                                              intake.client.birthDate.toString(Qt::ISODate), intake.response.answers().size()});
        }
    }
    ASSERT_TRUE(refused.has_value()) << maximumSaves << " intakes fit on a 1 MiB file system?";
    ASSERT_FALSE(acknowledged.isEmpty()) << "the first save already failed: " << failure.message.toStdString();
    std::cout << "[   disk   ] " << acknowledged.size() << " intakes saved before: " << failure.message.toStdString() << '\n';

    // The message says what happened, and names nobody.
    EXPECT_TRUE(failure.message.contains(QLatin1String("disk is full"))) << failure.message.toStdString();
    const ClientDetails &client = refused->client;
    for (const QString &personal : {client.firstName, client.lastName, client.contact, client.birthDate.toString(Qt::ISODate),
                                    client.birthDate.toString(QStringLiteral("dd.MM.yyyy")), client.birthDate.toString(QStringLiteral("MM/dd/yyyy")),
                                    refused->consent.printedName})
        EXPECT_FALSE(failure.message.contains(personal)) << "the error names client data: " << failure.message.toStdString();

    // Closed and reopened without freeing anything: read-only, since a write could not land.
    m_store.reset();
    auto reopened = IntakeStore::open(m_storeDir, kek, IntakeStore::Access::ReadOnly);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    m_store = std::move(reopened).value();
    auto problems = m_store->verify();
    ASSERT_TRUE(problems.ok()) << problems.error().message.toStdString();
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
    const QHash<QString, Saved> stored = storedIntakes();
    EXPECT_EQ(stored.size(), acknowledged.size());
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        ASSERT_TRUE(stored.contains(it.key())) << "acknowledged intake " << it.key().toStdString() << " is lost or incomplete";
        EXPECT_TRUE(stored.value(it.key()) == it.value()) << "acknowledged intake " << it.key().toStdString() << " changed";
    }
    EXPECT_FALSE(stored.contains(refused->uuid)) << "the refused intake was half saved";

    // Once IT makes room, the kiosk saves again: the refused intake goes in, the rest stays.
    m_store.reset();
    ASSERT_TRUE(remount(QStringLiteral("8m")).ok());
    auto writable = IntakeStore::open(m_storeDir, kek, IntakeStore::Access::ReadWrite);
    ASSERT_TRUE(writable.ok()) << writable.error().message.toStdString();
    m_store = std::move(writable).value();
    IntakeRepository repository(m_store->database(), questionnaire, testNow);
    auto retried = repository.saveFinished(*refused, QStringLiteral("kiosk:test"));
    ASSERT_TRUE(retried.ok()) << retried.error().message.toStdString();
    problems = m_store->verify();
    ASSERT_TRUE(problems.ok()) << problems.error().message.toStdString();
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
    EXPECT_EQ(storedIntakes().size(), acknowledged.size() + 1);
}
