// The store commands of the built intake-cli, run as a clinic's IT person would, on real
// SQLCipher stores in temporary folders: a kiosk's, and at the end a staff console's. Key files
// keep Argon2 out of most tests; the few passphrase tests pay for it (about half a second a
// derivation).

#include "console/consolerepository.h"
#include "memorylocklimits.h"
#include "shippedassets.h"
#include "store/demodata.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "store/processhardening.h"
#include "sync/pairingcode.h"
#include "sync/summary.h"
#include "sync/summaryparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

using intake::KeyVault;

constexpr int processTimeoutMs = 60'000;
constexpr qsizetype pageSize = 4096;  // SQLCipher 4's default page size

const QByteArray passphrase = "lavender front desk 2291";
const QByteArray newPassphrase = "new season, new passphrase 7734";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    std::string diagnostics() const { return QByteArray(QByteArray("stdout: ") + out + "\nstderr: " + err).toStdString(); }
};

/// Folders that stand in for the user's home: the CLI's default data folder lands in here,
/// never in the real one.
QTemporaryDir &fakeHome()
{
    static QTemporaryDir home;
    return home;
}

/// Runs the real intake-cli; `input` is its whole standard input (not a terminal). `prepare`
/// may change the process before it starts (its environment, a child process modifier).
CliRun cli(const QStringList &arguments, const QByteArray &input = {}, const std::function<void(QProcess &)> &prepare = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), fakeHome().filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("USER"), QStringLiteral("it-tester"));
    process.setProcessEnvironment(environment);
    if (prepare)
        prepare(process);
    process.start(QStringLiteral(INTAKE_CLI), arguments);
    if (!process.waitForStarted(processTimeoutMs)) {
        ADD_FAILURE() << "intake-cli did not start";
        return {};
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(processTimeoutMs)) {
        ADD_FAILURE() << "intake-cli " << arguments.join(u' ').toStdString() << " did not finish in time";
        process.kill();
        process.waitForFinished(processTimeoutMs);
    }
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Every file of a folder with its bytes, by name.
std::map<QString, QByteArray> snapshot(const QString &directory)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QString path = it.next();
        files[QFileInfo(path).fileName()] = readFile(path);
    }
    return files;
}

mode_t modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

/// How many whole pages of `after` equal the page at the same place in `before`.
int samePages(const QByteArray &before, const QByteArray &after)
{
    int same = 0;
    for (qsizetype offset = 0; offset + pageSize <= std::min(before.size(), after.size()); offset += pageSize)
        same += before.mid(offset, pageSize) == after.mid(offset, pageSize) ? 1 : 0;
    return same;
}

QByteArray line(const QByteArray &text)
{
    return text + '\n';
}

/// intake-cli's own lines on stderr. (SQLCipher itself also logs "ERROR CORE ..." lines there
/// when a page fails its HMAC check; those are the library's, not the command's.)
qsizetype cliErrorLines(const QByteArray &err)
{
    qsizetype lines = 0;
    for (const QByteArray &text : err.split('\n'))
        lines += text.startsWith("intake-cli: ") ? 1 : 0;
    return lines;
}

/// intake-cli on a new pseudo-terminal, as a person at a keyboard runs it (QProcess gives pipes).
class TerminalSession
{
public:
    explicit TerminalSession(const QStringList &arguments)
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0 || !::ptsname(m_master))
            return;
        const std::string terminal = ::ptsname(m_master);
        std::vector<QByteArray> storage{QByteArray(INTAKE_CLI)};
        for (const QString &argument : arguments)
            storage.push_back(argument.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &argument : storage)
            argv.push_back(argument.data());
        argv.push_back(nullptr);

        m_pid = ::fork();
        if (m_pid == 0) {
            // a new session whose first terminal opened becomes its controlling terminal
            ::setsid();
            const int slave = ::open(terminal.c_str(), O_RDWR);
            if (slave < 0)
                ::_exit(127);
            ::dup2(slave, STDIN_FILENO);
            ::dup2(slave, STDOUT_FILENO);
            ::dup2(slave, STDERR_FILENO);
            if (slave > STDERR_FILENO)
                ::close(slave);
            ::execv(argv.front(), argv.data());
            ::_exit(127);
        }
    }

    ~TerminalSession()
    {
        if (m_pid > 0 && !m_finished) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            ::close(m_master);
    }
    TerminalSession(const TerminalSession &) = delete;
    TerminalSession &operator=(const TerminalSession &) = delete;

    bool started() const { return m_pid > 0; }
    /// False where the system offers no pseudo-terminals (some containers).
    bool available() const { return m_master >= 0; }

    /// Collects what the program writes until `text` shows up or the time is over.
    bool waitFor(const QByteArray &text, std::chrono::milliseconds timeout = std::chrono::seconds(30))
    {
        const auto end = std::chrono::steady_clock::now() + timeout;
        while (!m_output.contains(text) && std::chrono::steady_clock::now() < end) {
            if (!readSome(100))
                break;
        }
        return m_output.contains(text);
    }

    void type(const QByteArray &keys) { EXPECT_EQ(::write(m_master, keys.constData(), static_cast<std::size_t>(keys.size())), keys.size()); }

    /// Whether the terminal echoes what is typed (the settings are the pair's, read on the master side).
    bool echoes() const
    {
        termios settings{};
        if (::tcgetattr(m_master, &settings) != 0)
            return true;
        return (settings.c_lflag & static_cast<tcflag_t>(ECHO)) != 0;
    }

    /// Waits for the program to end, reading all it writes; returns its wait status, or -1.
    int finish(std::chrono::milliseconds timeout = std::chrono::seconds(60))
    {
        const auto end = std::chrono::steady_clock::now() + timeout;
        int status = 0;
        while (std::chrono::steady_clock::now() < end) {
            readSome(50);
            const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
            if (done == m_pid) {
                m_finished = true;
                while (readSome(50)) {
                }
                return status;
            }
        }
        return -1;
    }

    const QByteArray &output() const { return m_output; }

private:
    /// False once nothing more can come (the program closed the terminal) or on timeout.
    bool readSome(int timeoutMs)
    {
        pollfd watched{m_master, POLLIN, 0};
        if (::poll(&watched, 1, timeoutMs) <= 0)
            return true;
        char buffer[4096];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        m_output.append(buffer, n);
        return true;
    }

    int m_master = -1;
    pid_t m_pid = -1;
    bool m_finished = false;
    QByteArray m_output;
};

/// Polls `condition` for a few seconds: the program changes the terminal a moment after printing.
template <typename Condition>
bool eventually(Condition condition)
{
    for (int i = 0; i < 100; ++i) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return condition();
}

/// A store in a temporary folder, locked with a key file (no Argon2, so tests stay fast).
class CliStore : public ::testing::Test
{
protected:
    QTemporaryDir temp;

    QString dataDir() const { return temp.filePath(QStringLiteral("store")); }
    QString keyFile() const { return temp.filePath(QStringLiteral("store.key")); }
    QString databasePath() const { return QDir(dataDir()).filePath(QStringLiteral("intake.db")); }

    /// `arguments` with this store's --data-dir and --key-file.
    QStringList on(QStringList arguments, const QString &directory = {}, const QString &key = {}) const
    {
        return arguments << QStringLiteral("--data-dir") << (directory.isEmpty() ? dataDir() : directory)
                         << QStringLiteral("--key-file") << (key.isEmpty() ? keyFile() : key);
    }

    CliRun run(const QStringList &arguments) const { return cli(on(arguments)); }

    void initAndSeed(int intakes)
    {
        const CliRun init = run({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.diagnostics();
        if (intakes > 0) {
            const CliRun seed = run({QStringLiteral("seed-demo"), QString::number(intakes)});
            ASSERT_EQ(seed.exitCode, 0) << seed.diagnostics();
        }
    }

    QJsonObject status(const QString &directory = {}, const QString &key = {}) const
    {
        const CliRun result = cli(on({QStringLiteral("status"), QStringLiteral("--json")}, directory, key));
        EXPECT_EQ(result.exitCode, 0) << result.diagnostics();
        return result.object();
    }

    qint64 count(const char *field) const { return status().value(QLatin1String(field)).toInteger(-1); }
};

} // namespace

TEST(CliStoreHelp, NamesTheStoreCommands)
{
    const CliRun help = cli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    for (const char *command : {"init", "status", "list", "show", "export", "verify", "backup", "rekey", "passwd",
                                "purge", "seed-demo", "set-admin-pin"})
        EXPECT_TRUE(help.out.contains(command)) << command;
    const CliRun initHelp = cli({QStringLiteral("init"), QStringLiteral("--help")});
    EXPECT_EQ(initHelp.exitCode, 0);
    EXPECT_TRUE(initHelp.out.contains("--key-file"));
    EXPECT_TRUE(initHelp.out.contains("--data-dir"));
}

TEST_F(CliStore, InitWithAKeyFileCreatesItPrivate)
{
    const CliRun init = run({QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.diagnostics();
    EXPECT_TRUE(init.out.contains(QDir(dataDir()).absolutePath().toUtf8())) << init.diagnostics();
    EXPECT_EQ(QFileInfo(keyFile()).size(), static_cast<qint64>(KeyVault::keyFileSize));
    EXPECT_EQ(modeOf(keyFile()), mode_t{0600});
    EXPECT_TRUE(QFile::exists(databasePath()));

    const QJsonObject json = status();
    EXPECT_EQ(json.value(QLatin1String("intakes")).toInteger(), 0);
    EXPECT_EQ(json.value(QLatin1String("key")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("keyfile"));
    EXPECT_GE(json.value(QLatin1String("schemaVersion")).toInt(), 1);
    EXPECT_TRUE(json.value(QLatin1String("sqlcipherVersion")).toString().startsWith(u'4'));

    // a second init changes nothing, the key file included
    const QByteArray key = readFile(keyFile());
    const auto before = snapshot(dataDir());
    const CliRun again = run({QStringLiteral("init")});
    EXPECT_EQ(again.exitCode, 2) << again.diagnostics();
    EXPECT_TRUE(again.err.contains("already exists"));
    EXPECT_EQ(readFile(keyFile()), key);
    EXPECT_EQ(snapshot(dataDir()), before);

    // an existing key file is used, not replaced: a second store locked by the same file
    const QString second = temp.filePath(QStringLiteral("second"));
    const CliRun init2 = cli(on({QStringLiteral("init")}, second));
    ASSERT_EQ(init2.exitCode, 0) << init2.diagnostics();
    EXPECT_EQ(readFile(keyFile()), key);
    EXPECT_EQ(status(second).value(QLatin1String("intakes")).toInteger(), 0);
}

TEST_F(CliStore, WithoutDataDirTheSharedDefaultFolderIsUsed)
{
    const QString expected = fakeHome().filePath(QStringLiteral("data/intake-kiosk/store"));
    QDir(expected).removeRecursively();
    const CliRun init = cli({QStringLiteral("init"), QStringLiteral("--key-file"), keyFile()});
    ASSERT_EQ(init.exitCode, 0) << init.diagnostics();
    EXPECT_TRUE(QFile::exists(QDir(expected).filePath(QStringLiteral("intake.db"))));
    const CliRun shown = cli({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--key-file"), keyFile()});
    ASSERT_EQ(shown.exitCode, 0) << shown.diagnostics();
    EXPECT_EQ(shown.object().value(QLatin1String("directory")).toString(), QDir(expected).absolutePath());
    QDir(expected).removeRecursively();
}

TEST_F(CliStore, NoStoreInTheFolderIsBadInput)
{
    const CliRun list = run({QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 2);
    EXPECT_TRUE(list.err.contains("no intake store here")) << list.diagnostics();
    EXPECT_EQ(list.err.count('\n'), 1);
    EXPECT_FALSE(QDir(dataDir()).exists());
}

TEST_F(CliStore, SeedListShowAndExportAreAudited)
{
    initAndSeed(25);
    const qint64 auditBefore = count("auditEntries");
    EXPECT_EQ(count("intakes"), 25);

    const CliRun list = run({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.diagnostics();
    const QJsonArray rows = list.array();
    ASSERT_EQ(rows.size(), 25);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const auto newer = QDateTime::fromString(rows.at(i - 1).toObject().value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
        const auto older = QDateTime::fromString(rows.at(i).toObject().value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
        ASSERT_TRUE(newer.isValid() && older.isValid());
        EXPECT_GT(newer, older) << "row " << i;
    }
    const QJsonObject first = rows.at(0).toObject();
    for (const char *field : {"uuid", "createdAt", "appointmentDate", "firstName", "lastName", "outcome", "synced"})
        EXPECT_TRUE(first.contains(QLatin1String(field))) << field;
    EXPECT_FALSE(first.value(QLatin1String("synced")).toBool());
    const QString uuid = first.value(QLatin1String("uuid")).toString();
    EXPECT_EQ(count("auditEntries"), auditBefore + 1);  // intakes.listed

    const CliRun limited = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")});
    ASSERT_EQ(limited.exitCode, 0);
    EXPECT_EQ(limited.array().size(), 3);
    EXPECT_EQ(limited.array().at(0).toObject().value(QLatin1String("uuid")).toString(), uuid);

    const CliRun show = run({QStringLiteral("show"), uuid});
    ASSERT_EQ(show.exitCode, 0) << show.diagnostics();
    EXPECT_TRUE(show.out.contains(uuid.toUtf8()));
    EXPECT_TRUE(show.out.contains(first.value(QLatin1String("lastName")).toString().toUtf8()));
    EXPECT_TRUE(show.out.contains("Outcome"));
    EXPECT_TRUE(show.out.contains("Answers"));
    EXPECT_TRUE(show.out.contains("strokes"));
    EXPECT_FALSE(show.out.contains("\"signature\""));  // a summary, not the raw points

    const CliRun showJson = run({QStringLiteral("show"), uuid, QStringLiteral("--json")});
    ASSERT_EQ(showJson.exitCode, 0) << showJson.diagnostics();
    EXPECT_EQ(showJson.object().value(QLatin1String("uuid")).toString(), uuid);
    EXPECT_EQ(showJson.object().value(QLatin1String("client")).toObject().value(QLatin1String("lastName")),
              first.value(QLatin1String("lastName")));

    const CliRun exported = run({QStringLiteral("export"), uuid.toUpper()});
    ASSERT_EQ(exported.exitCode, 0) << exported.diagnostics();
    const QJsonObject record = exported.object();
    EXPECT_EQ(record.value(QLatin1String("uuid")).toString(), uuid);
    EXPECT_FALSE(record.value(QLatin1String("answers")).toObject().isEmpty());
    EXPECT_FALSE(record.value(QLatin1String("consent")).toObject().value(QLatin1String("signature")).toArray().isEmpty());

    // listed, listed, viewed, viewed, exported
    EXPECT_EQ(count("auditEntries"), auditBefore + 5);
    EXPECT_EQ(count("intakes"), 25);
}

TEST_F(CliStore, SeedDemoIsReproducibleAndBounded)
{
    initAndSeed(0);
    const CliRun seed = run({QStringLiteral("seed-demo"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(seed.exitCode, 0) << seed.diagnostics();
    EXPECT_TRUE(seed.err.contains("100%")) << seed.diagnostics();
    EXPECT_EQ(seed.err.count('\n'), 10);  // progress every 10%

    // the same seed in another store gives the same intakes
    const QString other = temp.filePath(QStringLiteral("other"));
    ASSERT_EQ(cli(on({QStringLiteral("init")}, other)).exitCode, 0);
    ASSERT_EQ(cli(on({QStringLiteral("seed-demo"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7")}, other)).exitCode, 0);
    const auto uuids = [this](const QString &directory) {
        QStringList list;
        for (const QJsonValue &row : cli(on({QStringLiteral("list"), QStringLiteral("--json")}, directory)).array())
            list.append(row.toObject().value(QLatin1String("uuid")).toString());
        return list;
    };
    EXPECT_EQ(uuids(dataDir()), uuids(other));

    // the same seed twice in one store is refused plainly
    const CliRun twice = run({QStringLiteral("seed-demo"), QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("7")});
    EXPECT_EQ(twice.exitCode, 2) << twice.diagnostics();
    EXPECT_TRUE(twice.err.contains("another --seed"));

    for (const char *bad : {"0", "-3", "1000001", "many"})
        EXPECT_EQ(run({QStringLiteral("seed-demo"), QString::fromLatin1(bad)}).exitCode, 2) << bad;
    EXPECT_EQ(run({QStringLiteral("seed-demo")}).exitCode, 2);
    EXPECT_EQ(count("intakes"), 20);
}

TEST_F(CliStore, ShowOfAnUnknownOrMalformedIdIsBadInput)
{
    initAndSeed(2);
    const CliRun unknown = run({QStringLiteral("show"), QStringLiteral("00000000-0000-4000-8000-000000000000")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("no intake")) << unknown.diagnostics();
    const CliRun malformed = run({QStringLiteral("export"), QStringLiteral("Marisol Quintanilla")});
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_FALSE(malformed.err.contains("Marisol"));  // what was typed is not echoed
    EXPECT_EQ(run({QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode, 2);
}

TEST_F(CliStore, VerifySaysOk)
{
    initAndSeed(10);
    const CliRun verify = run({QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.diagnostics();
    EXPECT_EQ(verify.out, QByteArray("ok\n"));
    EXPECT_TRUE(verify.err.isEmpty()) << verify.diagnostics();
}

// A store written while pages went through PageCrypto (tests/data/stores/pagecrypto-kiosk, see
// tests/store/tst_storefixtures.cpp): verify passes and its intakes list.
TEST_F(CliStore, AStoreWrittenThroughPageCryptoVerifiesAndLists)
{
    const QDir fixture(QStringLiteral(INTAKE_TEST_DATA "/stores/pagecrypto-kiosk"));
    ASSERT_TRUE(QDir().mkpath(dataDir()));
    for (const QString &name : {QStringLiteral("intake.db"), QStringLiteral("keyvault.json")})
        ASSERT_TRUE(QFile::copy(fixture.filePath(name), QDir(dataDir()).filePath(name))) << name.toStdString();
    ASSERT_TRUE(QFile::copy(fixture.filePath(QStringLiteral("store.key")), keyFile()));
    QFile::setPermissions(keyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const CliRun verify = run({QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.diagnostics();
    EXPECT_EQ(verify.out, QByteArray("ok\n"));
    const CliRun list = run({QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << list.diagnostics();
    for (const char *uuid : {"413041ad-9fc5-4240-b6b3-d3e0253ec6fa", "f90d0721-00ec-4e95-b00b-b1c4e5725fa5",
                             "8afd73cb-6242-48a1-bfe2-e1c7762da0bc"})
        EXPECT_TRUE(list.out.contains(uuid)) << list.diagnostics();
    EXPECT_EQ(count("intakes"), 3);
}

// The CLI decrypts whole stores (verify, export, backup): it locks its memory out of swap where
// the system lets it do so safely, and works all the same where it may not. The line that says
// which is an info one, hidden unless asked for.
TEST_F(CliStore, LocksItsMemoryWhereItMayAndWorksWhereItMayNot)
{
    initAndSeed(2);
    const auto showingStoreInfo = [](QProcess &process) {
        QProcessEnvironment environment = process.processEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("intake.store.info=true"));
        process.setProcessEnvironment(environment);
    };
    const CliRun asItIs = cli(on({QStringLiteral("verify")}), {}, showingStoreInfo);
    EXPECT_EQ(asItIs.exitCode, 0) << asItIs.diagnostics();
    EXPECT_EQ(asItIs.err.count("intake.store: memory locked: ") + asItIs.err.count("intake.store: memory not locked: "), 1)
        << asItIs.diagnostics();
    const intake::MemoryLockLimits limits = intake::MemoryLockLimits::current();  // the child inherits them
    if (limits.capIpcLock || !limits.limitBytes || *limits.limitBytes >= intake::memoryLockFloor) {
        EXPECT_TRUE(asItIs.err.contains("memory locked: nothing of this process goes to swap") || asItIs.err.contains("AddressSanitizer"))
            << asItIs.diagnostics();
    }

    const CliRun forbidden = cli(on({QStringLiteral("verify")}), {}, [&](QProcess &process) {
        showingStoreInfo(process);
        process.setChildProcessModifier(intake::test::forbidLockingMemoryAfterExec);
    });
    EXPECT_EQ(forbidden.exitCode, 0) << forbidden.diagnostics();
    EXPECT_EQ(forbidden.out, QByteArray("ok\n"));
    EXPECT_TRUE(forbidden.err.contains("intake.store: memory not locked: RLIMIT_MEMLOCK is 64 KiB")
                || forbidden.err.contains("AddressSanitizer"))
        << forbidden.diagnostics();

    // by default the line is not shown: a command's stderr stays its own
    const CliRun quiet = run({QStringLiteral("verify")});
    EXPECT_FALSE(quiet.err.contains("memory")) << quiet.diagnostics();
}

TEST_F(CliStore, SetAdminPinTakesSixToTwelveDigitsAndKeepsOnlyAHashInTheStore)
{
    initAndSeed(0);
    const auto before = snapshot(dataDir());
    for (const QByteArray &refused : {QByteArray("2580"), QByteArray("25802"), QByteArray("12ab56"), QByteArray("1234567890123")}) {
        const CliRun set = cli(on({QStringLiteral("set-admin-pin")}), refused + '\n');
        EXPECT_EQ(set.exitCode, 2) << set.diagnostics();
        EXPECT_EQ(set.err, QByteArray("intake-cli: set-admin-pin: the staff PIN must be 6 to 12 digits (0-9); nothing was changed\n"))
            << set.diagnostics();
    }
    EXPECT_EQ(snapshot(dataDir()), before);
    EXPECT_EQ(status().value(QLatin1String("staffPin")).toObject().value(QLatin1String("set")), QJsonValue(false));

    const CliRun set = cli(on({QStringLiteral("set-admin-pin")}), "739150\n");
    ASSERT_EQ(set.exitCode, 0) << set.diagnostics();
    EXPECT_FALSE(QFile::exists(QDir(dataDir()).filePath(QStringLiteral("admin-pin"))));
    const QJsonObject pin = status().value(QLatin1String("staffPin")).toObject();
    EXPECT_EQ(pin.value(QLatin1String("set")), QJsonValue(true));
    EXPECT_EQ(pin.value(QLatin1String("length")).toString(), QStringLiteral("enough"));
    EXPECT_EQ(pin.value(QLatin1String("failedAttempts")).toInt(-1), 0);
    EXPECT_TRUE(pin.value(QLatin1String("lockedUntil")).isNull());
    for (const auto &[name, bytes] : snapshot(dataDir()))
        EXPECT_FALSE(bytes.contains("739150")) << name.toStdString();
    const CliRun text = run({QStringLiteral("status")});
    EXPECT_TRUE(text.out.contains("Staff PIN         set (6 to 12 digits)")) << text.diagnostics();

    const CliRun longest = cli(on({QStringLiteral("set-admin-pin")}), "739150284617\n");
    EXPECT_EQ(longest.exitCode, 0) << longest.diagnostics();
    const CliRun wrongKey = cli(on({QStringLiteral("set-admin-pin")}, {}, temp.filePath(QStringLiteral("missing.key"))), "739150\n");
    EXPECT_EQ(wrongKey.exitCode, 2);
}

// A store of the release before schema 4, with its PIN (4711) in the plain admin-pin file: a
// read-only look leaves the file and says where the PIN is; the first read-write command moves
// the PIN into the store (its backups hold it too) and says that it should be replaced.
TEST_F(CliStore, AStoreOfTheEarlierReleaseKeepsItsPinAndIsToldToReplaceIt)
{
    const QDir fixture(QStringLiteral(INTAKE_TEST_DATA "/stores/legacy-admin-pin"));
    ASSERT_TRUE(QDir().mkpath(dataDir()));
    for (const QString &name : fixture.entryList(QDir::Files)) {
        const QString destination = name == QLatin1String("store.key") ? keyFile() : QDir(dataDir()).filePath(name);
        ASSERT_TRUE(QFile::copy(fixture.filePath(name), destination)) << name.toStdString();
        QFile::setPermissions(destination, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString pinFile = QDir(dataDir()).filePath(QStringLiteral("admin-pin"));

    const QJsonObject before = status().value(QLatin1String("staffPin")).toObject();
    EXPECT_EQ(before.value(QLatin1String("inLegacyFile")), QJsonValue(true));
    EXPECT_TRUE(QFile::exists(pinFile));

    const QString copy = temp.filePath(QStringLiteral("backup"));
    const CliRun backup = run({QStringLiteral("backup"), copy});
    ASSERT_EQ(backup.exitCode, 0) << backup.diagnostics();
    EXPECT_FALSE(QFile::exists(pinFile));
    for (const QString &directory : {QString(), copy}) {
        const QJsonObject after = status(directory).value(QLatin1String("staffPin")).toObject();
        EXPECT_EQ(after.value(QLatin1String("set")), QJsonValue(true)) << directory.toStdString();
        EXPECT_EQ(after.value(QLatin1String("length")).toString(), QStringLiteral("unknown"));
    }
    const CliRun text = run({QStringLiteral("status")});
    EXPECT_TRUE(text.out.contains("if it is shorter than 6 digits, set a new one with 'intake-cli set-admin-pin'"))
        << text.diagnostics();
    const CliRun verify = run({QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.diagnostics();
}

TEST_F(CliStore, AWrongKeyFileIsBadInputAndChangesNothing)
{
    initAndSeed(3);
    const QString wrongKey = temp.filePath(QStringLiteral("wrong.key"));
    ASSERT_TRUE(KeyVault::createKeyFile(wrongKey).ok());
    const auto before = snapshot(dataDir());
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("verify"), QStringLiteral("status")}) {
        const CliRun wrong = cli(on({command}, {}, wrongKey));
        EXPECT_EQ(wrong.exitCode, 2) << command.toStdString();
        EXPECT_EQ(wrong.err, QByteArray("intake-cli: wrong passphrase or key file\n")) << wrong.diagnostics();
    }
    EXPECT_EQ(snapshot(dataDir()), before);

    // a key file others can read is refused before use
    ASSERT_TRUE(QFile::setPermissions(wrongKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    EXPECT_EQ(cli(on({QStringLiteral("list")}, {}, wrongKey)).exitCode, 2);
    // and a passphrase is not asked for when the store wants a key file
    const CliRun noKey = cli({QStringLiteral("list"), QStringLiteral("--data-dir"), dataDir()}, line(passphrase));
    EXPECT_EQ(noKey.exitCode, 2);
    EXPECT_TRUE(noKey.err.contains("--key-file")) << noKey.diagnostics();
    EXPECT_EQ(snapshot(dataDir()), before);
}

TEST_F(CliStore, AFlippedByteIsNamedByVerifyAndNothingMoreIsWritten)
{
    initAndSeed(200);
    // the CLI has exited, so the WAL has been checkpointed into intake.db
    EXPECT_FALSE(QFileInfo(databasePath() + QStringLiteral("-wal")).size() > 0);
    QByteArray bytes = readFile(databasePath());
    ASSERT_GT(bytes.size(), 32 * pageSize);
    const qsizetype middle = bytes.size() / 2;
    bytes[middle] = static_cast<char>(bytes.at(middle) ^ 0x10);
    {
        QFile file(databasePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    const CliRun verify = run({QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 1) << verify.diagnostics();
    EXPECT_TRUE(verify.out.contains("cipher_integrity_check")) << verify.diagnostics();
    EXPECT_FALSE(verify.out.contains("ok\n"));
    EXPECT_EQ(cliErrorLines(verify.err), 1) << verify.diagnostics();

    const CliRun seed = run({QStringLiteral("seed-demo"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("99")});
    EXPECT_EQ(seed.exitCode, 1) << seed.diagnostics();
    EXPECT_TRUE(seed.err.contains("damaged")) << seed.diagnostics();
    EXPECT_EQ(cliErrorLines(seed.err), 1) << seed.diagnostics();
    EXPECT_FALSE(seed.err.contains("wrong"));
    EXPECT_EQ(readFile(databasePath()), bytes);
}

TEST_F(CliStore, BackupIsACopyThatVerifiesAndOpensWithTheSameKeyFile)
{
    initAndSeed(12);
    const QString destination = temp.filePath(QStringLiteral("backups/2026-11-25"));
    const CliRun backup = run({QStringLiteral("backup"), destination});
    ASSERT_EQ(backup.exitCode, 0) << backup.diagnostics();

    const CliRun verify = cli(on({QStringLiteral("verify")}, destination));
    EXPECT_EQ(verify.exitCode, 0) << verify.diagnostics();
    EXPECT_EQ(verify.out, QByteArray("ok\n"));
    const CliRun list = cli(on({QStringLiteral("list"), QStringLiteral("--json")}, destination));
    ASSERT_EQ(list.exitCode, 0) << list.diagnostics();
    EXPECT_EQ(list.array().size(), 12);
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("--json")}).array(), list.array());

    // the copy is encrypted: no client's name in its files
    const QByteArray lastName = list.array().at(0).toObject().value(QLatin1String("lastName")).toString().toUtf8();
    for (const auto &[name, bytes] : snapshot(destination))
        EXPECT_FALSE(bytes.contains(lastName)) << name.toStdString();

    // a second backup into the same folder is refused and leaves the first as it was
    const auto first = snapshot(destination);
    const CliRun again = run({QStringLiteral("backup"), destination});
    EXPECT_EQ(again.exitCode, 2) << again.diagnostics();
    EXPECT_EQ(snapshot(destination), first);
}

TEST_F(CliStore, RekeyReencryptsAndKeepsEverything)
{
    initAndSeed(6);
    const QByteArray before = readFile(databasePath());
    const CliRun rekey = run({QStringLiteral("rekey")});
    ASSERT_EQ(rekey.exitCode, 0) << rekey.diagnostics();
    const QByteArray after = readFile(databasePath());
    EXPECT_NE(after.left(pageSize), before.left(pageSize));
    EXPECT_EQ(samePages(before, after), 0);  // every page re-encrypted
    EXPECT_EQ(count("intakes"), 6);
    EXPECT_EQ(run({QStringLiteral("verify")}).exitCode, 0);
    EXPECT_FALSE(QFile::exists(QDir(dataDir()).filePath(QStringLiteral("keyvault.rekey.json"))));
}

TEST_F(CliStore, PasswdMovesToANewKeyFileWithoutReencrypting)
{
    initAndSeed(30);
    const QString newKey = temp.filePath(QStringLiteral("new.key"));
    const QByteArray before = readFile(databasePath());
    const CliRun passwd = run({QStringLiteral("passwd"), QStringLiteral("--new-key-file"), newKey});
    ASSERT_EQ(passwd.exitCode, 0) << passwd.diagnostics();
    EXPECT_EQ(modeOf(newKey), mode_t{0600});

    const CliRun old = run({QStringLiteral("status")});
    EXPECT_EQ(old.exitCode, 2);
    EXPECT_TRUE(old.err.contains("wrong passphrase or key file")) << old.diagnostics();
    EXPECT_EQ(status({}, newKey).value(QLatin1String("intakes")).toInteger(), 30);

    // Only the pages of the "store.passwd" audit entry were written; the rest are the very same
    // bytes under the very same data key (a rekey rewrites every page).
    const QByteArray after = readFile(databasePath());
    const int pages = static_cast<int>(before.size() / pageSize);
    EXPECT_GE(samePages(before, after), pages - 4) << "of " << pages;

    EXPECT_EQ(run({QStringLiteral("passwd")}).exitCode, 2);  // the old key file no longer opens it
    const CliRun stillKeyFile = cli(on({QStringLiteral("passwd")}, {}, newKey));
    EXPECT_EQ(stillKeyFile.exitCode, 2);  // key file to passphrase only with --to-passphrase
    EXPECT_TRUE(stillKeyFile.err.contains("--to-passphrase")) << stillKeyFile.diagnostics();
}

TEST_F(CliStore, PurgeKeepsWhatWasNotSynced)
{
    initAndSeed(5);
    const CliRun purge = run({QStringLiteral("purge"), QStringLiteral("--retention-days"), QStringLiteral("1")});
    ASSERT_EQ(purge.exitCode, 0) << purge.diagnostics();
    EXPECT_TRUE(purge.out.contains("Purged 0")) << purge.diagnostics();
    EXPECT_EQ(count("intakes"), 5);
    EXPECT_EQ(run({QStringLiteral("purge")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("purge"), QStringLiteral("--retention-days"), QStringLiteral("0")}).exitCode, 2);
}

TEST_F(CliStore, NoCommandTakesASecretAsAnArgument)
{
    initAndSeed(1);
    const auto before = snapshot(dataDir());
    for (const char *command : {"init", "status", "list", "show", "export", "verify", "backup", "rekey", "passwd",
                                "purge", "seed-demo", "set-admin-pin"}) {
        for (const QString &form : {QStringLiteral("--passphrase"), QStringLiteral("--password"), QStringLiteral("--key")}) {
            const CliRun separate = cli({QString::fromLatin1(command), form, QString::fromUtf8(passphrase),
                                      QStringLiteral("--data-dir"), dataDir()});
            EXPECT_EQ(separate.exitCode, 2) << command << ' ' << form.toStdString();
            EXPECT_TRUE(separate.err.contains("Unknown option")) << separate.diagnostics();
            EXPECT_FALSE(separate.err.contains(passphrase)) << separate.diagnostics();

            const CliRun joined = cli({QString::fromLatin1(command), form + u'=' + QString::fromUtf8(passphrase),
                                    QStringLiteral("--data-dir"), dataDir()});
            EXPECT_EQ(joined.exitCode, 2) << command << ' ' << form.toStdString();
            EXPECT_FALSE(joined.err.contains(passphrase)) << joined.diagnostics();
        }
        // nor as a stray positional argument, which is not echoed back
        const CliRun stray = cli({QString::fromLatin1(command), QStringLiteral("--data-dir"), dataDir(),
                               QStringLiteral("--key-file"), keyFile(), QStringLiteral("a"), QString::fromUtf8(passphrase)});
        EXPECT_EQ(stray.exitCode, 2) << command;
        EXPECT_FALSE(stray.err.contains(passphrase)) << stray.diagnostics();
    }
    EXPECT_EQ(snapshot(dataDir()), before);
}

TEST_F(CliStore, ErrorsNeverNameAClient)
{
    initAndSeed(8);
    const CliRun list = run({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    QList<QByteArray> personal;
    for (const QJsonValue &row : list.array()) {
        const QJsonObject intake = row.toObject();
        personal.append((intake.value(QLatin1String("firstName")).toString() + u' ' + intake.value(QLatin1String("lastName")).toString()).toUtf8());
        const QJsonObject record = run({QStringLiteral("export"), intake.value(QLatin1String("uuid")).toString()}).object();
        personal.append(record.value(QLatin1String("client")).toObject().value(QLatin1String("birthDate")).toString().toUtf8());
        personal.append(record.value(QLatin1String("client")).toObject().value(QLatin1String("contact")).toString().toUtf8());
    }
    const QString wrongKey = temp.filePath(QStringLiteral("wrong.key"));
    ASSERT_TRUE(KeyVault::createKeyFile(wrongKey).ok());
    QList<CliRun> failures{
        run({QStringLiteral("show"), QStringLiteral("00000000-0000-4000-8000-000000000000")}),
        run({QStringLiteral("seed-demo"), QStringLiteral("3")}),  // the same seed again
        run({QStringLiteral("backup"), dataDir()}),
        cli(on({QStringLiteral("list")}, {}, wrongKey)),
        run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("lots")}),
    };
    for (const CliRun &failure : failures) {
        EXPECT_NE(failure.exitCode, 0);
        EXPECT_EQ(failure.err.count('\n'), 1) << failure.diagnostics();
        for (const QByteArray &value : personal)
            EXPECT_FALSE(failure.err.contains(value)) << failure.diagnostics();
    }
}

// The passphrase path costs Argon2 (init calibrates, ~2 s; each open derives, ~0.5 s): one
// test walks it end to end.
TEST_F(CliStore, PassphraseFromStandardInputInitWrongPassphraseAndPasswd)
{
    const QStringList here{QStringLiteral("--data-dir"), dataDir()};
    const CliRun tooShort = cli(QStringList{QStringLiteral("init")} + here, line("short one"));
    EXPECT_EQ(tooShort.exitCode, 2);
    EXPECT_TRUE(tooShort.err.contains("at least 12")) << tooShort.diagnostics();
    EXPECT_FALSE(tooShort.err.contains("short one"));
    EXPECT_FALSE(QFile::exists(databasePath()));
    EXPECT_EQ(cli(QStringList{QStringLiteral("init")} + here).exitCode, 2);  // no passphrase at all

    const CliRun init = cli(QStringList{QStringLiteral("init")} + here, line(passphrase));
    ASSERT_EQ(init.exitCode, 0) << init.diagnostics();
    const CliRun seed = cli(QStringList{QStringLiteral("seed-demo"), QStringLiteral("4")} + here, line(passphrase));
    ASSERT_EQ(seed.exitCode, 0) << seed.diagnostics();
    const CliRun shown = cli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + here, line(passphrase));
    ASSERT_EQ(shown.exitCode, 0) << shown.diagnostics();
    const QJsonObject key = shown.object().value(QLatin1String("key")).toObject();
    EXPECT_EQ(key.value(QLatin1String("kind")).toString(), QStringLiteral("passphrase"));
    EXPECT_GE(key.value(QLatin1String("argon2id")).toObject().value(QLatin1String("memLimit")).toInteger(), 64 * 1024 * 1024);
    EXPECT_EQ(shown.object().value(QLatin1String("intakes")).toInteger(), 4);

    const auto before = snapshot(dataDir());
    const CliRun wrong = cli(QStringList{QStringLiteral("list")} + here, line(newPassphrase));
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_EQ(wrong.err, QByteArray("intake-cli: wrong passphrase or key file\n"));
    EXPECT_EQ(snapshot(dataDir()), before);

    // passwd: the current passphrase, then the new one
    const QByteArray database = readFile(databasePath());
    const CliRun passwd = cli(QStringList{QStringLiteral("passwd")} + here, line(passphrase) + line(newPassphrase));
    ASSERT_EQ(passwd.exitCode, 0) << passwd.diagnostics();
    EXPECT_FALSE(passwd.out.contains(passphrase) || passwd.err.contains(passphrase));
    EXPECT_FALSE(passwd.out.contains(newPassphrase) || passwd.err.contains(newPassphrase));
    const QByteArray after = readFile(databasePath());
    const CliRun old = cli(QStringList{QStringLiteral("status")} + here, line(passphrase));
    EXPECT_EQ(old.exitCode, 2);
    EXPECT_EQ(old.err, QByteArray("intake-cli: wrong passphrase or key file\n"));
    const CliRun renewed = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + here, line(newPassphrase));
    ASSERT_EQ(renewed.exitCode, 0) << renewed.diagnostics();
    EXPECT_EQ(renewed.array().size(), 4);
    // not re-encrypted: every page but those of the one "store.passwd" audit entry is unchanged
    EXPECT_GE(samePages(database, after), static_cast<int>(database.size() / pageSize) - 4);
    EXPECT_EQ(after.left(16), database.left(16));  // SQLCipher's salt
}

// A person at a terminal: the passphrase is not echoed, and Ctrl-C at the prompt leaves the
// terminal echoing again.
TEST_F(CliStore, OnATerminalThePassphraseIsNotEchoedAndCtrlCRestoresEcho)
{
    const QStringList here{QStringLiteral("--data-dir"), dataDir()};
    const CliRun init = cli(QStringList{QStringLiteral("init")} + here, line(passphrase));
    ASSERT_EQ(init.exitCode, 0) << init.diagnostics();

    {
        TerminalSession session(QStringList{QStringLiteral("list")} + here);
        if (!session.available())
            GTEST_SKIP() << "no pseudo-terminal available here";
        ASSERT_TRUE(session.started());
        ASSERT_TRUE(session.waitFor("Passphrase")) << session.output().toStdString();
        EXPECT_TRUE(eventually([&] { return !session.echoes(); }));
        session.type(line(passphrase));
        const int status = session.finish();
        ASSERT_TRUE(WIFEXITED(status)) << status;
        EXPECT_EQ(WEXITSTATUS(status), 0) << session.output().toStdString();
        EXPECT_TRUE(session.output().contains("No intakes")) << session.output().toStdString();
        EXPECT_FALSE(session.output().contains(passphrase)) << session.output().toStdString();
        EXPECT_TRUE(session.echoes());
    }
    {
        TerminalSession session(QStringList{QStringLiteral("status")} + here);
        ASSERT_TRUE(session.started());
        ASSERT_TRUE(session.waitFor("Passphrase")) << session.output().toStdString();
        ASSERT_TRUE(eventually([&] { return !session.echoes(); }));
        session.type("half a pass");
        session.type("\x03");  // Ctrl-C: the terminal sends SIGINT
        const int status = session.finish();
        ASSERT_TRUE(WIFSIGNALED(status)) << status;
        EXPECT_EQ(WTERMSIG(status), SIGINT);
        EXPECT_TRUE(session.echoes());
        EXPECT_FALSE(session.output().contains("half a pass"));
    }
}

// --- a staff console's store -------------------------------------------------------------------
// status, verify and backup open it as they open a kiosk's; the commands that only make sense on
// a kiosk refuse it with one line, exit 2, and leave it as it was. The stores are real console
// stores made by the console's own code, and the checked-in one of an earlier release
// (tests/data/stores/pagecrypto-console, console schema 1).

namespace {

using namespace intake;

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

/// The database and the key envelope of the store in `directory`, by name (a read-only open of
/// a database in WAL mode may leave SQLite's empty -wal and -shm files beside it).
std::map<QString, QByteArray> storeFiles(const QString &directory)
{
    auto files = snapshot(directory);
    std::erase_if(files, [](const auto &file) {
        return file.first != IntakeStore::databaseFileName && file.first != IntakeStore::keyVaultFileName;
    });
    return files;
}

/// A console store in a temporary folder, locked with a key file, as the staff console makes and
/// fills it: an administrator and an esthetician, an approved kiosk and one waiting for approval,
/// five summaries of demo intakes (each flagged one waiting for review but one, which is decided).
class CliConsoleStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(KeyVault::createKeyFile(keyFile()).ok());
        auto created = IntakeStore::create(dataDir(), KekSource::keyFile(keyFile()), Argon2Params::fastForTests(), StoreSchema::Console);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        ConsoleRepository repository(created.value()->database(), now);
        auto admin = repository.createFirstAdmin(QStringLiteral("Dana"), SecretBytes::fromUtf8(QStringLiteral("258046")));
        ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
        ASSERT_TRUE(repository.addStaff(*admin, QStringLiteral("Blanca"), SecretBytes::fromUtf8(QStringLiteral("135791")), false).ok());
        auto token = repository.issuePairingToken(*admin);
        ASSERT_TRUE(token.ok());
        auto kiosk = repository.pairKiosk(token->token, QStringLiteral("Waiting-room tablet"));
        ASSERT_TRUE(kiosk.ok()) << kiosk.error().message.toStdString();
        ASSERT_TRUE(repository.approveKiosk(kiosk->kioskId, *admin).ok());
        token = repository.issuePairingToken(*admin);
        ASSERT_TRUE(token.ok());
        ASSERT_TRUE(repository.pairKiosk(token->token, QStringLiteral("Tablet by the door")).ok());

        auto screening = ShippedAssets::loadScreening();
        ASSERT_TRUE(screening.ok()) << screening.error().message.toStdString();
        DemoData demo(screening->questionnaire, screening->rules, 7);
        QList<IncomingSummary> incoming;
        for (int i = 0; i < 5; ++i) {
            const FinishedIntake intake = demo.next(now().addSecs(-3600 * (5 - i)));
            clientNames.append(intake.client.firstName.toUtf8());
            clientNames.append(intake.client.lastName.toUtf8());
            auto summary = SummaryParser::validate(Summary::build(intake, screening->questionnaire));
            ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
            incoming.append({std::move(summary).value(), kiosk->kioskId, {}});
        }
        ASSERT_TRUE(repository.storeSummaries(incoming).ok());
        for (const IncomingSummary &summary : std::as_const(incoming)) {
            if (summary.summary.outcome == Severity::Clear)
                continue;
            if (decided == 0) {
                ASSERT_TRUE(repository.recordDecision(summary.summary.uuid, *admin, Decision::Proceed, std::nullopt, {}).ok());
                ++decided;
            } else {
                ++waiting;
            }
        }
        ASSERT_EQ(decided, 1) << "the demo intakes have no flagged one";
        auto trail = repository.auditTrail();
        ASSERT_TRUE(trail.ok());
        auditEntries = trail->size();
    }

    QString dataDir() const { return temp.filePath(QStringLiteral("console")); }
    QString keyFile() const { return temp.filePath(QStringLiteral("console.key")); }

    QStringList on(QStringList arguments, const QString &directory = {}) const
    {
        return arguments << QStringLiteral("--data-dir") << (directory.isEmpty() ? dataDir() : directory)
                         << QStringLiteral("--key-file") << keyFile();
    }

    void expectNoClientData(const CliRun &run) const
    {
        for (const QByteArray &name : clientNames) {
            EXPECT_FALSE(run.out.contains(name)) << "a client's name in the output: " << run.diagnostics();
            EXPECT_FALSE(run.err.contains(name)) << "a client's name in an error: " << run.diagnostics();
        }
    }

    QTemporaryDir temp;
    QList<QByteArray> clientNames;
    int decided = 0;
    int waiting = 0;
    qsizetype auditEntries = 0;
};

} // namespace

TEST_F(CliConsoleStore, StatusSaysItIsAConsoleStoreWithItsCountsAndNoClientData)
{
    const auto before = storeFiles(dataDir());
    const CliRun text = cli(on({QStringLiteral("status")}));
    ASSERT_EQ(text.exitCode, 0) << text.diagnostics();
    EXPECT_TRUE(text.out.contains("Kind              staff console")) << text.diagnostics();
    EXPECT_TRUE(text.out.contains("Summaries         5 received from kiosks")) << text.diagnostics();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Awaiting review   %1").arg(waiting).toUtf8())) << text.diagnostics();
    EXPECT_TRUE(text.out.contains("Kiosks            2 paired, 1 of them waiting for approval")) << text.diagnostics();
    EXPECT_TRUE(text.out.contains("Staff users       2")) << text.diagnostics();
    EXPECT_TRUE(text.out.contains("Retention         365 days")) << text.diagnostics();
    EXPECT_TRUE(text.out.contains("Locked with       key file")) << text.diagnostics();
    EXPECT_FALSE(text.out.contains("Outbox")) << "a kiosk's counts on a console store: " << text.diagnostics();
    expectNoClientData(text);
    EXPECT_FALSE(text.out.contains("Dana")) << "a staff member's name in the status";

    const CliRun json = cli(on({QStringLiteral("status"), QStringLiteral("--json")}));
    ASSERT_EQ(json.exitCode, 0) << json.diagnostics();
    const QJsonObject status = json.object();
    EXPECT_EQ(status.value(QLatin1String("store")).toString(), QStringLiteral("console"));
    EXPECT_EQ(status.value(QLatin1String("schemaVersion")).toInt(), Migrations::latestVersion(StoreSchema::Console));
    EXPECT_EQ(status.value(QLatin1String("latestSchemaVersion")).toInt(), Migrations::latestVersion(StoreSchema::Console));
    EXPECT_EQ(status.value(QLatin1String("summaries")).toInteger(), 5);
    EXPECT_EQ(status.value(QLatin1String("waitingForReview")).toInteger(), waiting);
    EXPECT_EQ(status.value(QLatin1String("decisions")).toInteger(), decided);
    EXPECT_EQ(status.value(QLatin1String("kiosksPaired")).toInteger(), 2);
    EXPECT_EQ(status.value(QLatin1String("kiosksWaitingForApproval")).toInteger(), 1);
    EXPECT_EQ(status.value(QLatin1String("staffUsers")).toInteger(), 2);
    EXPECT_EQ(status.value(QLatin1String("auditEntries")).toInteger(), auditEntries);
    EXPECT_EQ(status.value(QLatin1String("retentionDays")).toInteger(), 365);
    EXPECT_TRUE(QDateTime::fromString(status.value(QLatin1String("oldestSummary")).toString(), Qt::ISODateWithMs).isValid());
    EXPECT_FALSE(status.contains(QLatin1String("intakes")));
    EXPECT_EQ(status.value(QLatin1String("key")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("keyfile"));
    expectNoClientData(json);

    EXPECT_EQ(storeFiles(dataDir()), before) << "status changed the store";
}

TEST_F(CliConsoleStore, VerifySaysOkAndNamesAFlippedByte)
{
    const CliRun verify = cli(on({QStringLiteral("verify")}));
    EXPECT_EQ(verify.exitCode, 0) << verify.diagnostics();
    EXPECT_EQ(verify.out, QByteArray("ok\n"));

    // one byte in the middle of a page: its HMAC no longer matches
    const QString database = QDir(dataDir()).filePath(IntakeStore::databaseFileName);
    QByteArray bytes = readFile(database);
    ASSERT_GT(bytes.size(), 3 * 4096);
    bytes[2 * 4096 + 100] = static_cast<char>(bytes[2 * 4096 + 100] ^ 0x5A);
    QFile file(database);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const CliRun damaged = cli(on({QStringLiteral("verify")}));
    EXPECT_EQ(damaged.exitCode, 1) << damaged.diagnostics();
    EXPECT_TRUE(damaged.out.contains("cipher_integrity_check")) << damaged.diagnostics();
    EXPECT_EQ(cliErrorLines(damaged.err), 1) << damaged.diagnostics();
    expectNoClientData(damaged);
    EXPECT_EQ(readFile(database), bytes) << "verify wrote to the store";
}

TEST_F(CliConsoleStore, BackupIsAConsoleStoreThatVerifiesAndOpensWithTheSameKeyFile)
{
    const QString destination = temp.filePath(QStringLiteral("backups/console-2026-12-07"));
    const CliRun backup = cli(on({QStringLiteral("backup"), destination}));
    ASSERT_EQ(backup.exitCode, 0) << backup.diagnostics();
    EXPECT_TRUE(backup.out.contains("Backed up the staff console's store (5 summaries)")) << backup.diagnostics();

    const CliRun verify = cli(on({QStringLiteral("verify")}, destination));
    EXPECT_EQ(verify.exitCode, 0) << verify.diagnostics();
    EXPECT_EQ(verify.out, QByteArray("ok\n"));
    const CliRun copied = cli(on({QStringLiteral("status"), QStringLiteral("--json")}, destination));
    ASSERT_EQ(copied.exitCode, 0) << copied.diagnostics();
    EXPECT_EQ(copied.object().value(QLatin1String("store")).toString(), QStringLiteral("console"));
    EXPECT_EQ(copied.object().value(QLatin1String("summaries")).toInteger(), 5);

    // the copy is a console store that the console opens, encrypted: no client's name in its files
    {
        auto store = IntakeStore::open(destination, KekSource::keyFile(keyFile()), IntakeStore::Access::ReadOnly, StoreSchema::Console);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        ConsoleRepository repository(store.value()->database(), now);
        auto staff = repository.staffUsers();
        ASSERT_TRUE(staff.ok());
        EXPECT_EQ(staff->size(), 2);
    }
    for (const auto &[name, bytes] : snapshot(destination)) {
        for (const QByteArray &client : std::as_const(clientNames))
            EXPECT_FALSE(bytes.contains(client)) << name.toStdString();
    }

    // the original records the backup, by the person who ran it
    auto store = IntakeStore::open(dataDir(), KekSource::keyFile(keyFile()), IntakeStore::Access::ReadOnly, StoreSchema::Console);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    auto trail = ConsoleRepository(store.value()->database(), now).auditTrail();
    ASSERT_TRUE(trail.ok());
    ASSERT_EQ(trail->size(), auditEntries + 1);
    EXPECT_EQ(trail->constLast().action, QStringLiteral("store.backup"));
    EXPECT_EQ(trail->constLast().actor, QStringLiteral("cli:it-tester"));

    // a second backup into the same folder is refused and leaves the first as it was
    const auto first = snapshot(destination);
    const CliRun again = cli(on({QStringLiteral("backup"), destination}));
    EXPECT_EQ(again.exitCode, 2) << again.diagnostics();
    EXPECT_EQ(snapshot(destination), first);
}

// What only a kiosk does (its intakes, its outbox, its pairing, its staff PIN, its key) refuses a
// console store in one line, before anything is written.
TEST_F(CliConsoleStore, KioskCommandsRefuseItAndChangeNothing)
{
    PairingCode code;
    code.host = QStringLiteral("127.0.0.1");
    code.port = 9;  // nothing is asked of it: the store is refused first
    code.fingerprint = QString(64, u'a');
    code.token = QString(32, u'A');
    const QString uuid = QStringLiteral("3f1c2a9e-5b7d-4e21-9a0c-6d8e4f2b1a37");
    const QList<std::pair<QStringList, QByteArray>> commands{
        {{QStringLiteral("seed-demo"), QStringLiteral("3")}, {}},
        {{QStringLiteral("sync"), QStringLiteral("--once")}, {}},
        {{QStringLiteral("pair"), code.toString()}, {}},
        {{QStringLiteral("list")}, {}},
        {{QStringLiteral("show"), uuid}, {}},
        {{QStringLiteral("export"), uuid}, {}},
        {{QStringLiteral("purge"), QStringLiteral("--retention-days"), QStringLiteral("30")}, {}},
        {{QStringLiteral("set-admin-pin")}, "48151623\n"},
        {{QStringLiteral("rekey")}, {}},
        {{QStringLiteral("passwd"), QStringLiteral("--new-key-file"), temp.filePath(QStringLiteral("new.key"))}, {}},
    };
    const auto before = snapshot(dataDir());
    for (const auto &[arguments, input] : commands) {
        const CliRun run = cli(on(arguments), input);
        const std::string command = arguments.constFirst().toStdString();
        EXPECT_EQ(run.exitCode, 2) << command << ": " << run.diagnostics();
        EXPECT_EQ(cliErrorLines(run.err), 1) << command << ": " << run.diagnostics();
        EXPECT_TRUE(run.err.contains(QStringLiteral("intake-cli: %1: this is a staff console's store; this command works on a "
                                                    "kiosk's store only (on a console's store: status, verify, backup); nothing "
                                                    "was changed").arg(dataDir()).toUtf8()))
            << command << ": " << run.diagnostics();
        EXPECT_TRUE(run.out.isEmpty()) << command << ": " << run.diagnostics();
        EXPECT_EQ(snapshot(dataDir()), before) << command << " changed the store";
    }
    EXPECT_FALSE(QFile::exists(temp.filePath(QStringLiteral("new.key")))) << "passwd made a key file for nothing";
}

// A console store written by an earlier release (schema 1, before kiosks waited for approval),
// read-only: status counts it as it stands, verify passes, and neither migrates it.
TEST(CliConsoleStoreOfAnEarlierRelease, StatusAndVerifyReadItAsItStands)
{
    QTemporaryDir temp;
    const QString source = QStringLiteral(INTAKE_TEST_DATA "/stores/pagecrypto-console");
    for (const QString &name : {IntakeStore::databaseFileName, IntakeStore::keyVaultFileName, QStringLiteral("store.key")}) {
        ASSERT_TRUE(QFile::copy(QDir(source).filePath(name), temp.filePath(name))) << name.toStdString();
        QFile::setPermissions(temp.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QStringList store{QStringLiteral("--data-dir"), temp.path(), QStringLiteral("--key-file"), temp.filePath(QStringLiteral("store.key"))};
    const auto before = storeFiles(temp.path());

    const CliRun status = cli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + store);
    ASSERT_EQ(status.exitCode, 0) << status.diagnostics();
    const QJsonObject json = status.object();
    EXPECT_EQ(json.value(QLatin1String("store")).toString(), QStringLiteral("console"));
    EXPECT_EQ(json.value(QLatin1String("schemaVersion")).toInt(), 1);
    EXPECT_EQ(json.value(QLatin1String("summaries")).toInteger(), 3);
    EXPECT_EQ(json.value(QLatin1String("decisions")).toInteger(), 1);
    EXPECT_EQ(json.value(QLatin1String("kiosksPaired")).toInteger(), 1);
    EXPECT_EQ(json.value(QLatin1String("kiosksWaitingForApproval")).toInteger(), 0);
    EXPECT_EQ(json.value(QLatin1String("staffUsers")).toInteger(), 1);
    const CliRun text = cli(QStringList{QStringLiteral("status")} + store);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Schema version    1 (this program writes %1)")
                                      .arg(Migrations::latestVersion(StoreSchema::Console)).toUtf8()))
        << text.diagnostics();

    const CliRun verify = cli(QStringList{QStringLiteral("verify")} + store);
    EXPECT_EQ(verify.exitCode, 0) << verify.diagnostics();
    EXPECT_EQ(verify.out, QByteArray("ok\n"));
    EXPECT_EQ(storeFiles(temp.path()), before) << "status or verify changed the store";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// IT asks for a pairing code on a staff console's store (here one an earlier release wrote):
// the short code, the fingerprint the kiosk must show and the full code, each new code a new
// one; a kiosk's store, or no --data-dir at all (the default folder is a kiosk's), is bad input
// and prints no code.
TEST_F(CliStore, PairingCodeOnAConsoleStorePrintsTheShortCodeTheFingerprintAndTheFullCode)
{
    const QDir fixture(QStringLiteral(INTAKE_TEST_DATA "/stores/pagecrypto-console"));
    ASSERT_TRUE(QDir().mkpath(dataDir()));
    for (const QString &name : {QStringLiteral("intake.db"), QStringLiteral("keyvault.json")})
        ASSERT_TRUE(QFile::copy(fixture.filePath(name), QDir(dataDir()).filePath(name))) << name.toStdString();
    ASSERT_TRUE(QFile::copy(fixture.filePath(QStringLiteral("store.key")), keyFile()));
    QFile::setPermissions(keyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(QDir(dataDir()).filePath(QStringLiteral("intake.db")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QStringList pairingCode{QStringLiteral("pairing-code"), QStringLiteral("--host"), QStringLiteral("192.168.1.20"),
                                  QStringLiteral("--port"), QStringLiteral("8443"), QStringLiteral("--json")};
    const CliRun first = run(pairingCode);
    ASSERT_EQ(first.exitCode, 0) << first.diagnostics();
    const QJsonObject code = first.object();
    const QString shortCode = code.value(QLatin1String("shortCode")).toString();
    EXPECT_EQ(shortCode.size(), 11) << first.diagnostics();
    EXPECT_EQ(shortCode.at(5), QLatin1Char('-'));
    const QString full = code.value(QLatin1String("code")).toString();
    EXPECT_TRUE(full.startsWith(QLatin1String("intake-pair:1:192.168.1.20:8443:"))) << first.diagnostics();
    const QString sha256 = code.value(QLatin1String("certificateSha256")).toString();
    EXPECT_TRUE(full.contains(sha256));
    EXPECT_EQ(code.value(QLatin1String("fingerprint")).toString().remove(QLatin1Char(' ')), sha256.left(20).toUpper());

    const CliRun second = run(pairingCode);
    ASSERT_EQ(second.exitCode, 0) << second.diagnostics();
    EXPECT_NE(second.object().value(QLatin1String("shortCode")).toString(), shortCode);
    EXPECT_EQ(second.object().value(QLatin1String("certificateSha256")).toString(), sha256) << "the console's identity changed";

    const CliRun noFolder = cli({QStringLiteral("pairing-code"), QStringLiteral("--key-file"), keyFile()});
    EXPECT_EQ(noFolder.exitCode, 2) << noFolder.diagnostics();
    EXPECT_TRUE(noFolder.out.isEmpty());

    QTemporaryDir kioskDir;
    const QString kioskStore = kioskDir.filePath(QStringLiteral("store"));
    const QString kioskKey = kioskDir.filePath(QStringLiteral("store.key"));
    ASSERT_EQ(cli(on({QStringLiteral("init")}, kioskStore, kioskKey)).exitCode, 0);
    const CliRun onKiosk = cli(on({QStringLiteral("pairing-code")}, kioskStore, kioskKey));
    EXPECT_NE(onKiosk.exitCode, 0) << onKiosk.diagnostics();
    EXPECT_TRUE(onKiosk.out.isEmpty()) << onKiosk.diagnostics();
    EXPECT_TRUE(onKiosk.err.contains("kiosk")) << onKiosk.diagnostics();
}
