// store_crash_writer: the child process of the crash-safety test (tst_crashsafety.cpp). It saves
// synthetic intakes into an existing store, one transaction each, and prints a UUID on stdout
// only after saveFinished() returned success, so every line it wrote is an acknowledged record.
// The test kills it with SIGKILL at random moments and then checks that the store still holds
// every UUID it saw.
//
//   store_crash_writer --data-dir DIR --key-file FILE --seed N [--count N]
//
// Exit codes: 0 after --count intakes, 1 when opening or saving fails (one line on stderr),
// 2 for bad arguments.

#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "shippedassets.h"
#include "store/demodata.h"
#include "store/intakerepository.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "store/processhardening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace intake;

namespace {

int failWith(const QString &message, int exitCode)
{
    std::fprintf(stderr, "store_crash_writer: %s\n", message.toLocal8Bit().constData());
    return exitCode;
}

/// Writes one line and flushes it at once: the test must see each acknowledgement before the
/// next save starts, since a kill can come at any moment.
bool acknowledge(const QString &uuid)
{
    const QByteArray line = uuid.toLatin1() + '\n';
    // one write(2) of less than PIPE_BUF bytes: the reader never sees half a line
    return std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout)
               == static_cast<std::size_t>(line.size())
           && std::fflush(stdout) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The store's folder."), QStringLiteral("DIR"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QStringLiteral("The store's key file."), QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("DemoData seed (one per run, so UUIDs differ)."),
                                  QStringLiteral("N"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("How many intakes to save (default 500)."),
                                   QStringLiteral("N"), QStringLiteral("500"));
    parser.addOptions({dataDir, keyFile, seed, count});
    if (!parser.parse(QCoreApplication::arguments()))
        return failWith(parser.errorText(), 2);
    bool seedOk = false;
    bool countOk = false;
    const quint32 demoSeed = parser.value(seed).toUInt(&seedOk);
    const int total = parser.value(count).toInt(&countOk);
    if (!parser.isSet(dataDir) || !parser.isSet(keyFile) || !seedOk || !countOk || total < 1)
        return failWith(QStringLiteral("usage: store_crash_writer --data-dir DIR --key-file FILE --seed N [--count N]"), 2);

    auto screening = ShippedAssets::loadScreening();
    if (!screening)
        return failWith(screening.error().message, 1);

    auto store = IntakeStore::open(parser.value(dataDir), KekSource::keyFile(parser.value(keyFile)),
                                   IntakeStore::Access::ReadWrite);
    if (!store)
        return failWith(store.error().message, 1);

    // Like the kiosk: the system clock stamps the audit entries and the outbox.
    IntakeRepository repository(store.value()->database(), screening->questionnaire,
                                [] { return QDateTime::currentDateTimeUtc(); });
    DemoData demo(screening->questionnaire, screening->rules, demoSeed);
    const QDateTime firstCreated(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < total; ++i) {
        const FinishedIntake intake = demo.next(firstCreated.addSecs(qint64{60} * i));
        if (auto status = repository.saveFinished(intake, QStringLiteral("kiosk:crash-writer")); !status)
            return failWith(status.error().message, 1);
        if (!acknowledge(intake.uuid))
            return failWith(QStringLiteral("cannot write to stdout"), 1);
    }
    return 0;
}
