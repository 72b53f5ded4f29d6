// The console in another process (sync_test_console): killed with SIGKILL in the middle of a
// drain and restarted, nothing is lost and nothing is stored twice; and the real intake-cli
// pairing, waiting for approval and draining against it; intake-cli pairing-code on the
// console's store, whose codes the running console takes.

#include "console/consolerepository.h"
#include "storetestsupport.h"
#include "store/intakerepository.h"
#include "sync/kioskpairing.h"
#include "sync/pairingclient.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"
#include "sync/syncclient.h"
#include "synctestnetwork.h"
#include "synctestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <atomic>

using namespace intake;
using namespace intake::test;
using namespace std::chrono_literals;

namespace {

/// One run of sync_test_console on a store folder that outlives it.
class ConsoleProcess
{
public:
    ConsoleProcess(const QString &storeDir, const QString &keyFile) : m_storeDir(storeDir), m_keyFile(keyFile) {}
    ~ConsoleProcess() { stop(); }

    /// Starts and waits for "ready"; `port` 0 picks one (remembered for the next start). With
    /// `approveKiosks`, a kiosk that pairs is approved at once (as an administrator would);
    /// without, it waits for approval.
    bool start(bool pairingCode, bool approveKiosks = true)
    {
        QStringList arguments{QStringLiteral("--data-dir"), m_storeDir, QStringLiteral("--key-file"), m_keyFile,
                              QStringLiteral("--port"), QString::number(m_port)};
        if (pairingCode)
            arguments.append(QStringLiteral("--pairing-code"));
        if (approveKiosks)
            arguments.append(QStringLiteral("--approve-kiosks"));
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(SYNC_TEST_CONSOLE), arguments);
        if (!m_process->waitForStarted(10'000))
            return false;
        bool ready = false;
        QByteArray buffer;
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(), [&, this] {
            buffer += m_process->readAllStandardOutput();
            while (buffer.contains('\n')) {
                const qsizetype end = buffer.indexOf('\n');
                const QString line = QString::fromUtf8(buffer.left(end));
                buffer.remove(0, end + 1);
                if (line.startsWith(QLatin1String("port ")))
                    m_port = static_cast<quint16>(line.mid(5).toUInt());
                else if (line.startsWith(QLatin1String("code ")))
                    m_code = line.mid(5);
                else if (line == QLatin1String("ready"))
                    ready = true;
            }
        });
        const bool ok = waitUntil([&] { return ready || m_process->state() == QProcess::NotRunning; }, 30s) && ready;
        QObject::disconnect(m_process.get(), &QProcess::readyReadStandardOutput, nullptr, nullptr);
        // received lines are not needed: discard them so the pipe never fills
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                         [this] { m_process->readAllStandardOutput(); });
        if (!ok)
            ADD_FAILURE() << "sync_test_console: " << m_process->readAllStandardError().toStdString();
        return ok;
    }

    void kill()
    {
        m_process->kill();  // SIGKILL
        m_process->waitForFinished(10'000);
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10'000))
                kill();
        }
    }

    quint16 port() const { return m_port; }
    QString code() const { return m_code; }

private:
    QString m_storeDir;
    QString m_keyFile;
    quint16 m_port = 0;
    QString m_code;
    std::unique_ptr<QProcess> m_process;
};

void saveIntakes(IntakeStore &store, int count)
{
    IntakeRepository repository(store.database(), shippedQuestionnaire(), [] { return QDateTime::currentDateTimeUtc(); });
    for (int i = 0; i < count; ++i) {
        auto saved = repository.saveFinished(sampleIntake(i), QStringLiteral("kiosk:test"));
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    }
}

qint64 countRows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

TEST(SyncProcesses, TheConsoleKilledMidDrainLosesNothingAndStoresNothingTwice)
{
    QTemporaryDir consoleDir;
    const QString consoleStore = consoleDir.filePath(QStringLiteral("console"));
    const QString consoleKey = consoleDir.filePath(QStringLiteral("console.key"));
    ConsoleProcess console(consoleStore, consoleKey);
    ASSERT_TRUE(console.start(true));

    TempKeyFileStore kiosk(StoreSchema::Kiosk);
    auto code = PairingCode::parse(console.code());
    ASSERT_TRUE(code.ok()) << console.code().toStdString();
    auto pairing = PairingClient::pairAndWait(*code, QStringLiteral("Tablet"), QDateTime::currentDateTimeUtc(), 10s);
    ASSERT_TRUE(pairing.ok()) << pairing.error().message.toStdString();
    ASSERT_TRUE(pairing->save(kiosk.store->database(), QDateTime::currentDateTimeUtc()).ok());
    constexpr int total = 400;
    saveIntakes(*kiosk.store, total);

    SyncClient::Options options;
    options.backoff = Backoff{20ms, 300ms};
    options.idlePoll = 100ms;
    const QString storePath = kiosk.storePath();
    const QString keyFile = kiosk.keyFile();
    SyncClient client([storePath, keyFile] { return IntakeStore::open(storePath, KekSource::keyFile(keyFile)); }, options);
    std::atomic<int> acknowledged{0};
    QMutex acknowledgedMutex;
    QSet<QString> acknowledgedUuids;  // the worker's thread adds, this one reads
    QObject::connect(&client, &SyncClient::acknowledged, &client, [&](const QString &uuid) {
        const QMutexLocker lock(&acknowledgedMutex);
        acknowledgedUuids.insert(uuid);
        ++acknowledged;
    }, Qt::DirectConnection);
    client.start();

    // kill it while the drain is in full flight, twice
    for (int kill = 1; kill <= 2; ++kill) {
        ASSERT_TRUE(waitUntil([&] { return acknowledged.load() >= kill * 100; }, 120s)) << acknowledged.load();
        console.kill();
        // The worker fails and backs off. Answers that had reached the kiosk before the kill may
        // still be counted (up to four batches of 16), but only for summaries the console had
        // stored: it answers after its commit.
        ASSERT_TRUE(waitUntil([&] { return client.state().failures >= 1; }, 30s));
        {
            auto stored = IntakeStore::open(consoleStore, KekSource::keyFile(consoleKey), IntakeStore::Access::ReadOnly,
                                            StoreSchema::Console);
            ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
            QSqlQuery query(stored.value()->database());
            ASSERT_TRUE(query.exec(QStringLiteral("SELECT uuid FROM summaries")));
            QSet<QString> inConsole;
            while (query.next())
                inConsole.insert(query.value(0).toString());
            const QMutexLocker lock(&acknowledgedMutex);
            EXPECT_TRUE(inConsole.contains(acknowledgedUuids))
                << (acknowledgedUuids - inConsole).size() << " acknowledged but not stored by the console";
        }
        ASSERT_TRUE(console.start(false));
    }
    ASSERT_TRUE(waitUntil([&] { return client.state().backlog == 0 && client.state().lastError.isEmpty(); }, 120s))
        << client.state().backlog << " left: " << client.state().lastError.toStdString();
    client.stop();
    console.stop();

    EXPECT_EQ(countRows(kiosk.store->database(), QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL")), 0);
    auto reopened = IntakeStore::open(consoleStore, KekSource::keyFile(consoleKey), IntakeStore::Access::ReadWrite, StoreSchema::Console);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    QSqlDatabase db = reopened.value()->database();
    EXPECT_EQ(countRows(db, QStringLiteral("SELECT count(*) FROM summaries")), total);
    EXPECT_EQ(countRows(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'summary.received'")), total);
    // every intake the kiosk saved is there, by UUID
    QSqlQuery query(db);
    int missing = 0;
    for (int i = 0; i < total; ++i) {
        query.prepare(QStringLiteral("SELECT 1 FROM summaries WHERE uuid = ?"));
        query.addBindValue(sampleIntake(i).uuid);
        missing += !(query.exec() && query.next());
    }
    EXPECT_EQ(missing, 0);
    auto problems = reopened.value()->verify();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(INTAKE_CLI), arguments);
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    // waitUntil keeps the event loop going (an in-process server would need it; this one does not)
    waitUntil([&] { return process.state() == QProcess::NotRunning; }, 60s);
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST(SyncProcesses, IntakeCliPairsWaitsForApprovalAndDrainsOnce)
{
    QTemporaryDir consoleDir;
    const QString consoleStore = consoleDir.filePath(QStringLiteral("console"));
    const QString consoleKey = consoleDir.filePath(QStringLiteral("console.key"));
    ConsoleProcess console(consoleStore, consoleKey);
    ASSERT_TRUE(console.start(true, false));

    TempKeyFileStore kiosk(StoreSchema::Kiosk);
    saveIntakes(*kiosk.store, 5);
    const QString storePath = kiosk.storePath();
    const QString keyFile = kiosk.keyFile();
    kiosk.store.reset();
    const QStringList store{QStringLiteral("--data-dir"), storePath, QStringLiteral("--key-file"), keyFile};

    CliRun unpaired = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--once")} + store);
    EXPECT_EQ(unpaired.exitCode, 2) << unpaired.err.toStdString();
    EXPECT_TRUE(unpaired.err.contains(QLatin1String("not paired")));

    CliRun badCode = runCli(QStringList{QStringLiteral("pair"), QStringLiteral("intake-pair:1:nope")} + store);
    EXPECT_EQ(badCode.exitCode, 2);
    EXPECT_TRUE(badCode.err.startsWith(QLatin1String("intake-cli: pairing code:"))) << badCode.err.toStdString();

    CliRun paired = runCli(QStringList{QStringLiteral("pair"), console.code(), QStringLiteral("--name"), QStringLiteral("Tablet 7")} + store);
    ASSERT_EQ(paired.exitCode, 0) << paired.err.toStdString();
    EXPECT_TRUE(paired.out.contains(QLatin1String("Paired with the staff console at 127.0.0.1:"))) << paired.out.toStdString();
    static const QRegularExpression fingerprintLine(QStringLiteral("Key fingerprint: ([0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4})\\."));
    const QString fingerprint = fingerprintLine.match(paired.out).captured(1);
    ASSERT_FALSE(fingerprint.isEmpty()) << paired.out.toStdString();
    EXPECT_TRUE(paired.out.contains(QLatin1String("An administrator approves this kiosk on the staff console"))) << paired.out.toStdString();

    CliRun reused = runCli(QStringList{QStringLiteral("pair"), console.code()} + store);
    EXPECT_EQ(reused.exitCode, 1);
    EXPECT_TRUE(reused.err.contains(QLatin1String("403"))) << reused.err.toStdString();

    // not approved yet: refused, said so, and everything stays queued
    CliRun waiting = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--once")} + store);
    EXPECT_EQ(waiting.exitCode, 1) << waiting.err.toStdString();
    EXPECT_EQ(waiting.out, QStringLiteral("Sent 0 summaries; 5 waiting.\n"));
    EXPECT_TRUE(waiting.err.startsWith(QStringLiteral("intake-cli: sync: waiting for approval at the front desk (key fingerprint %1)").arg(fingerprint)))
        << waiting.err.toStdString();
    EXPECT_TRUE(waiting.err.contains(QLatin1String("the 5 waiting stay queued on this kiosk and go once an administrator approves it")))
        << waiting.err.toStdString();

    // an administrator approves it at the console, which lists it with the same fingerprint
    console.stop();
    {
        auto opened = IntakeStore::open(consoleStore, KekSource::keyFile(consoleKey), IntakeStore::Access::ReadWrite, StoreSchema::Console);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_EQ(countRows(opened.value()->database(), QStringLiteral("SELECT count(*) FROM summaries")), 0);
        ConsoleRepository repository(opened.value()->database(), [] { return QDateTime::currentDateTimeUtc(); });
        const auto kiosks = repository.kiosks().value();
        ASSERT_EQ(kiosks.size(), 1);
        EXPECT_EQ(kiosks.at(0).name, QStringLiteral("Tablet 7"));
        EXPECT_TRUE(kiosks.at(0).awaitingApproval());
        EXPECT_EQ(kiosks.at(0).fingerprint, fingerprint);
        ASSERT_TRUE(repository.approveKiosk(kiosks.at(0).id, repository.staffUsers().value().first().id).ok());
    }
    ASSERT_TRUE(console.start(false, false));

    CliRun synced = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--once")} + store);
    EXPECT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    EXPECT_EQ(synced.out, QStringLiteral("Sent 5 summaries; 0 waiting.\n"));

    CliRun again = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--once")} + store);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out, QStringLiteral("Sent 0 summaries; 0 waiting.\n"));
}

TEST(SyncProcesses, IntakeCliSyncExitsOneWhenTheConsoleIsUnreachable)
{
    QTemporaryDir consoleDir;
    ConsoleProcess console(consoleDir.filePath(QStringLiteral("console")), consoleDir.filePath(QStringLiteral("console.key")));
    ASSERT_TRUE(console.start(true));
    TempKeyFileStore kiosk(StoreSchema::Kiosk);
    auto code = PairingCode::parse(console.code());
    ASSERT_TRUE(code.ok());
    auto pairing = PairingClient::pairAndWait(*code, QStringLiteral("Tablet"), QDateTime::currentDateTimeUtc(), 10s);
    ASSERT_TRUE(pairing.ok());
    ASSERT_TRUE(pairing->save(kiosk.store->database(), QDateTime::currentDateTimeUtc()).ok());
    saveIntakes(*kiosk.store, 2);
    const QStringList store{QStringLiteral("--data-dir"), kiosk.storePath(), QStringLiteral("--key-file"), kiosk.keyFile()};
    kiosk.store.reset();
    console.stop();

    CliRun run = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--once")} + store);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, QStringLiteral("Sent 0 summaries; 2 waiting.\n"));
    EXPECT_TRUE(run.err.contains(QLatin1String("cannot reach the console at 127.0.0.1:"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("the 2 waiting stay queued on this kiosk"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QLatin1String("failed ("))) << run.err.toStdString();
}

// IT scripts a pairing: intake-cli pairing-code on the running console's store prints the short
// code, the fingerprint staff compare and the full code; the console takes both, over real
// TLS; a new code withdraws the one before, as on the console's screen.
TEST(SyncProcesses, IntakeCliPairingCodeOnTheConsolesStorePairsAKioskAndANewCodeWithdrawsTheLast)
{
    QTemporaryDir consoleDir;
    const QString consoleStore = consoleDir.filePath(QStringLiteral("console"));
    const QString consoleKey = consoleDir.filePath(QStringLiteral("console.key"));
    ConsoleProcess console(consoleStore, consoleKey);
    ASSERT_TRUE(console.start(false, false));
    const QStringList onConsole{QStringLiteral("pairing-code"), QStringLiteral("--data-dir"), consoleStore, QStringLiteral("--key-file"),
                                consoleKey, QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                QString::number(console.port())};

    const CliRun text = runCli(onConsole);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QRegularExpression shortLine(QStringLiteral("^Short code: ([0-9A-Z]{5}-[0-9A-Z]{5})$"), QRegularExpression::MultilineOption);
    const QRegularExpression fullLine(QStringLiteral("^Full code: (intake-pair:1:\\S+)$"), QRegularExpression::MultilineOption);
    ASSERT_TRUE(shortLine.match(text.out).hasMatch()) << text.out.toStdString();
    const QString firstCode = fullLine.match(text.out).captured(1);
    ASSERT_FALSE(firstCode.isEmpty()) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QLatin1String("Console fingerprint: "))) << text.out.toStdString();

    const CliRun json = runCli(onConsole + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject second = QJsonDocument::fromJson(json.out.toUtf8()).object();
    auto code = PairingCode::parse(second.value(QLatin1String("code")).toString());
    ASSERT_TRUE(code.ok()) << json.out.toStdString();
    EXPECT_EQ(code->port, console.port());
    EXPECT_EQ(second.value(QLatin1String("fingerprint")).toString(), ShortPairingCode::forPeople(code->fingerprint));
    auto shortCode = ShortPairingCode::parse(second.value(QLatin1String("shortCode")).toString());
    ASSERT_TRUE(shortCode.ok()) << json.out.toStdString();

    // the first code was withdrawn by the second
    TempKeyFileStore kiosk(StoreSchema::Kiosk);
    const QString storePath = kiosk.storePath();
    const QString keyFile = kiosk.keyFile();
    kiosk.store.reset();
    const CliRun stale = runCli({QStringLiteral("pair"), firstCode, QStringLiteral("--data-dir"), storePath, QStringLiteral("--key-file"), keyFile});
    EXPECT_EQ(stale.exitCode, 1) << stale.err.toStdString();
    EXPECT_TRUE(stale.err.contains(QLatin1String("403"))) << stale.err.toStdString();

    // the second pairs by its short code, with the console whose fingerprint it printed
    const FoundConsole found{QStringLiteral("127.0.0.1"), console.port(), code->fingerprint};
    auto pairing = PairingClient::pairWithShortCodeAndWait(found, *shortCode, QStringLiteral("Tablet 3"), QDateTime::currentDateTimeUtc(), 10s);
    ASSERT_TRUE(pairing.ok()) << pairing.error().message.toStdString();
    EXPECT_EQ(pairing->approval, KioskApproval::Pending);
    // and then no more, in either form
    const CliRun used = runCli({QStringLiteral("pair"), code->toString(), QStringLiteral("--data-dir"), storePath, QStringLiteral("--key-file"), keyFile});
    EXPECT_EQ(used.exitCode, 1) << used.err.toStdString();

    // bad input: a kiosk's store, a port out of range; nothing issued
    const CliRun kioskStore = runCli({QStringLiteral("pairing-code"), QStringLiteral("--data-dir"), storePath, QStringLiteral("--key-file"), keyFile});
    EXPECT_NE(kioskStore.exitCode, 0);
    EXPECT_TRUE(kioskStore.out.isEmpty()) << kioskStore.out.toStdString();
    const CliRun badPort = runCli(onConsole + QStringList{QStringLiteral("--port"), QStringLiteral("70000")});
    EXPECT_EQ(badPort.exitCode, 2) << badPort.err.toStdString();
    EXPECT_TRUE(badPort.out.isEmpty());
    const CliRun noFolder = runCli({QStringLiteral("pairing-code"), QStringLiteral("--key-file"), consoleKey});
    EXPECT_EQ(noFolder.exitCode, 2) << noFolder.err.toStdString();
    EXPECT_TRUE(noFolder.err.contains(QLatin1String("--data-dir"))) << noFolder.err.toStdString();
}
