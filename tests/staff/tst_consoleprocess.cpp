// The real intake-staff binary, started offscreen on a demo store: it starts with its memory
// unlocked (Qt's QML engine cannot run in locked memory; locking it stopped the console at
// start), says so in one line, and stops cleanly on SIGTERM.

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ConsoleRun
{
    bool started = false;  ///< said it runs (the demo line) before the deadline
    bool stopped = false;  ///< exited by itself after SIGTERM
    int exitCode = -1;
    QByteArray err;
};

/// Starts the console, waits for it to say it runs, then stops it as a service manager would.
ConsoleRun runConsole()
{
    QTemporaryDir temp;  // the demo store's folder goes here
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("TMPDIR"), temp.path());
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    QProcess console;
    console.setProcessEnvironment(environment);
    console.start(QStringLiteral(INTAKE_STAFF), {QStringLiteral("--demo"), QStringLiteral("--windowed")});
    ConsoleRun run;
    if (!console.waitForStarted(10'000))
        return run;
    const QDeadlineTimer deadline(60'000);
    while (!run.err.contains("demo mode:") && console.state() == QProcess::Running && !deadline.hasExpired()) {
        console.waitForReadyRead(500);
        run.err += console.readAllStandardError();
    }
    run.started = run.err.contains("demo mode:");
    console.terminate();
    run.stopped = console.waitForFinished(30'000);
    if (!run.stopped) {
        console.kill();
        console.waitForFinished(10'000);
    }
    run.err += console.readAllStandardError();
    run.exitCode = console.exitStatus() == QProcess::NormalExit ? console.exitCode() : -1;
    return run;
}

} // namespace

TEST(ConsoleMemory, StartsAndSaysItsMemoryIsNotLocked)
{
    const ConsoleRun console = runConsole();
    EXPECT_TRUE(console.started) << console.err.toStdString();
    EXPECT_TRUE(console.stopped);
    EXPECT_EQ(console.exitCode, 0) << console.err.toStdString();
    EXPECT_EQ(console.err.count("intake.store: memory not locked: Qt's QML engine cannot run in locked memory"), 1)
        << console.err.toStdString();
    EXPECT_FALSE(console.err.contains("intake.store: memory locked")) << console.err.toStdString();
}
