// bench_store: what encryption costs the intake store (issue 3, "Benchmark"). Every figure is
// measured twice through the same code - SqlCipherDriver, Migrations::migrate, IntakeRepository -
// once on a store keyed with a random 256-bit key and once on an unkeyed (plaintext) SQLCipher
// database, and the ratio encrypted/plain is printed at the end. The plaintext store is the
// baseline measured in the same run, so the ratios mean something on a noisy machine; the
// absolute times only describe this machine.
//
//   bench_store [--intakes=N] [--smoke] [--benchmark_...]
//
//   save_pair              one complete DemoData intake through saveFinished (synchronous=FULL,
//                          WAL) into the encrypted store and the next into the plaintext one
//                          (which goes first alternates), each timed on its own: both stores
//                          start empty and grow alike, and a slow spell of the shared machine
//                          falls on both halves of a pair rather than on one variant's runs
//   list_newest_50/*       listNewest(50) on a store holding N intakes (default 100,000)
//   list_newest_50_cold/*  the same after dropping the connection's page cache, so every page
//                          is read and (encrypted) decrypted again, as on a first listing
//
// --smoke: 2,000 intakes and a few iterations, to prove in CI that it still runs. The exit code
// says only whether every save and listing worked, never how fast; the targets are printed
// beside the figures.
//
// The N-intake stores are seeded once per run in a temporary folder (TMPDIR) through the same
// saveFinished, with `PRAGMA synchronous = OFF` on that connection for the seeding only
// (FULL is restored, and checked, before anything is measured).

#include "benchsupport.h"
#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "shippedassets.h"
#include "store/demodata.h"
#include "store/intakerepository.h"
#include "store/keyvault.h"
#include "store/migrations.h"
#include "store/secretbytes.h"
#include "store/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

using namespace intake;

namespace {

using bench::fail;

const QString actor = QStringLiteral("kiosk:bench");

/// One benchmark store: opened exactly as IntakeStore opens one (the project's driver, the same
/// connect options and pragmas, migrations to the latest schema), encrypted or not.
class BenchStore
{
public:
    enum class Kind { Encrypted, Plain };

    BenchStore(Kind kind, const QString &path, const Questionnaire &questionnaire)
        : m_path(path), m_connectionName(QStringLiteral("bench-") + QFileInfo(path).completeBaseName())
    {
        auto *driver = new SqlCipherDriver();
        // the page layout of a new store, for both: they differ by the encryption only
        QString options = QStringLiteral("QSQLCIPHER_CREATE;") + CipherProfile::forNewStores().connectOptions();
        if (kind == Kind::Encrypted)
            driver->setKey(SecretBytes::random(KeyVault::dataKeySize));
        else
            options += QStringLiteral(";QSQLCIPHER_UNKEYED");
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open())
            fail(QStringLiteral("%1: %2").arg(path, db.lastError().text()));
        if (auto status = Migrations::migrate(db); !status)
            fail(QStringLiteral("%1: %2").arg(path, status.error().message));
        m_repository = std::make_unique<IntakeRepository>(db, questionnaire, [] {
            return QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
        });

        // Guard against measuring the wrong thing: once the log is checkpointed into the file,
        // the plaintext file must start with SQLite's header and the encrypted one must not.
        pragma(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile file(path);
        const bool plainHeader = file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayLiteral("SQLite format 3\0");
        if (plainHeader && kind == Kind::Encrypted)
            fail(QStringLiteral("%1: the file is not encrypted").arg(path));
        if (!plainHeader && kind == Kind::Plain)
            fail(QStringLiteral("%1: the unkeyed file is not plain SQLite").arg(path));
    }

    ~BenchStore()
    {
        m_repository.reset();
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    BenchStore(const BenchStore &) = delete;
    BenchStore &operator=(const BenchStore &) = delete;

    IntakeRepository &repository() { return *m_repository; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    qint64 fileSize() const { return QFileInfo(m_path).size(); }

    QString pragma(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql))
            fail(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        return query.next() ? query.value(0).toString() : QString();
    }

private:
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<IntakeRepository> m_repository;
};

struct Settings
{
    bool smoke = false;
    int listIntakes = 100'000;
    int repetitions = 7;
    int saveRepetitions = 15;
    benchmark::IterationCount saveIterations = 100;  // pairs per repetition
    benchmark::IterationCount listIterations = 5'000;
    benchmark::IterationCount coldListIterations = 1'000;
};

/// Everything the benchmarks work on, built once per run.
struct Context
{
    Context(Questionnaire q, RuleSet r) : questionnaire(std::move(q)), rules(std::move(r)) {}

    QTemporaryDir dir;
    Questionnaire questionnaire;
    RuleSet rules;
    QDateTime firstCreated{QDate(2025, 1, 1), QTime(7, 0), Qt::UTC};

    // per kind: a store for saving (starts empty) with its own intake source, and the big store
    struct Variant
    {
        std::unique_ptr<BenchStore> saveStore;
        std::unique_ptr<DemoData> demo;
        int saved = 0;
        std::unique_ptr<BenchStore> listStore;
    };
    Variant encrypted;
    Variant plain;

    Variant &variant(BenchStore::Kind kind) { return kind == BenchStore::Kind::Encrypted ? encrypted : plain; }
};

void seed(BenchStore &store, int count, const Context &context, const char *name)
{
    // Seeding only: no fsync per intake, or 100,000 saves would take most of an hour. The same
    // saveFinished writes every row, so the store is what the kiosk would have written.
    store.pragma(QStringLiteral("PRAGMA synchronous = OFF"));
    DemoData demo(context.questionnaire, context.rules);  // the same seed for both kinds: identical contents
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        // three minutes apart: 100,000 intakes span about seven months
        if (auto status = store.repository().saveFinished(demo.next(context.firstCreated.addSecs(qint64{180} * i)), actor); !status)
            fail(QStringLiteral("seeding the %1 store: %2").arg(QLatin1String(name), status.error().message));
        if ((i + 1) % 20'000 == 0)
            std::fprintf(stderr, "seeding %s store: %d of %d\n", name, i + 1, count);
    }
    store.pragma(QStringLiteral("PRAGMA synchronous = FULL"));
    store.pragma(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (store.pragma(QStringLiteral("PRAGMA synchronous")) != QLatin1String("2"))
        fail(QStringLiteral("synchronous=FULL was not restored after seeding"));
    std::fprintf(stderr, "seeded %s store: %d intakes in %.1f s, %.1f MB\n", name, count, static_cast<double>(timer.elapsed()) / 1000.0,
                 static_cast<double>(store.fileSize()) / 1e6);
}

/// This thread's CPU time in seconds (SQLite and SQLCipher work on the calling thread).
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

void savePair(benchmark::State &state, Context &context)
{
    struct Times
    {
        double real = 0;
        double cpu = 0;
    };
    Times encrypted;
    Times plain;
    bool encryptedFirst = (context.encrypted.saved % 2) == 0;
    for (auto _ : state) {
        for (const BenchStore::Kind kind : {encryptedFirst ? BenchStore::Kind::Encrypted : BenchStore::Kind::Plain,
                                            encryptedFirst ? BenchStore::Kind::Plain : BenchStore::Kind::Encrypted}) {
            Context::Variant &variant = context.variant(kind);
            // the same intakes in the same order for both (each variant has its own DemoData)
            const FinishedIntake intake = variant.demo->next(context.firstCreated.addSecs(qint64{60} * variant.saved++));
            Times &times = kind == BenchStore::Kind::Encrypted ? encrypted : plain;
            QElapsedTimer timer;
            const double cpuBefore = threadCpuSeconds();
            timer.start();
            const auto status = variant.saveStore->repository().saveFinished(intake, actor);
            times.real += static_cast<double>(timer.nsecsElapsed()) / 1e6;
            times.cpu += (threadCpuSeconds() - cpuBefore) * 1e3;
            if (!status) {
                state.SkipWithError(status.error().message.toStdString().c_str());
                return;
            }
        }
        encryptedFirst = !encryptedFirst;
    }
    const auto perSave = [&state](double total) { return total / static_cast<double>(state.iterations()); };
    state.counters["encrypted_ms"] = perSave(encrypted.real);
    state.counters["plain_ms"] = perSave(plain.real);
    state.counters["encrypted_cpu_ms"] = perSave(encrypted.cpu);
    state.counters["plain_cpu_ms"] = perSave(plain.cpu);
    state.counters["ratio"] = encrypted.real / plain.real;
    state.counters["cpu_ratio"] = encrypted.cpu / plain.cpu;
}

void listNewest(benchmark::State &state, Context &context, BenchStore::Kind kind, bool dropCache)
{
    BenchStore &store = *context.variant(kind).listStore;
    for (auto _ : state) {
        if (dropCache) {
            state.PauseTiming();
            // frees every unpinned page of this connection's cache; the file stays in the OS cache
            store.pragma(QStringLiteral("PRAGMA shrink_memory"));
            state.ResumeTiming();
        }
        auto listing = store.repository().listNewest(50);
        if (!listing || listing->size() != 50) {
            state.SkipWithError(listing ? "listNewest(50) did not return 50 intakes" : listing.error().message.toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(listing);
    }
}

/// The console output as usual, plus every run's real and CPU time per iteration, for the ratios.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    // colours only on a terminal, as Google Benchmark's own console reporter does by default
    RatioReporter() : ConsoleReporter(isatty(STDOUT_FILENO) ? OO_Color : OO_None) {}

    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.error_occurred)
                m_failed = true;
            if (run.run_type == Run::RT_Iteration && !run.error_occurred) {
                m_milliseconds[run.run_name.function_name].push_back(run.GetAdjustedRealTime() * toMilliseconds(run.time_unit));
                m_cpuMilliseconds[run.run_name.function_name].push_back(run.GetAdjustedCPUTime() * toMilliseconds(run.time_unit));
                for (const auto &[counter, value] : run.counters)
                    m_counters[run.run_name.function_name + '#' + counter].push_back(value.value);
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }

    /// The median real time over the repetitions, in ms; 0 when the benchmark did not run
    /// (filtered out, failed).
    double median(const std::string &name) const { return medianOf(m_milliseconds, name); }
    /// The same for the CPU time of this process (what encryption costs, without waiting for the disk).
    double medianCpu(const std::string &name) const { return medianOf(m_cpuMilliseconds, name); }
    /// The median over the repetitions of one of a benchmark's counters.
    double medianCounter(const std::string &name, const std::string &counter) const
    {
        return medianOf(m_counters, name + '#' + counter);
    }

    /// A benchmark stopped with an error (a save or a listing failed): the smoke test fails.
    bool anyFailed() const { return m_failed; }

    std::size_t runs(const std::string &name) const
    {
        const auto found = m_milliseconds.find(name);
        return found == m_milliseconds.end() ? 0 : found->second.size();
    }

private:
    using Times = std::map<std::string, std::vector<double>>;

    static double medianOf(const Times &all, const std::string &name)
    {
        const auto found = all.find(name);
        if (found == all.end() || found->second.empty())
            return 0;
        std::vector<double> times = found->second;
        std::sort(times.begin(), times.end());
        const std::size_t middle = times.size() / 2;
        return times.size() % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
    }

    static double toMilliseconds(benchmark::TimeUnit unit)
    {
        switch (unit) {
        case benchmark::kNanosecond: return 1e-6;
        case benchmark::kMicrosecond: return 1e-3;
        case benchmark::kMillisecond: return 1;
        case benchmark::kSecond: return 1e3;
        }
        return 1;
    }

    Times m_milliseconds;
    Times m_cpuMilliseconds;
    Times m_counters;
    bool m_failed = false;
};

/// "    CPU time only: …" under a figure. Real time includes waiting for fsync, which encryption
/// does not change; CPU time shows what the cipher itself costs, and what the ratio would
/// approach on a disk that syncs fast.
void printCpuLine(double encryptedCpu, double plainCpu, double ratio)
{
    std::printf("    CPU time only: encrypted %.3f ms, plain %.3f ms, ratio %.2f\n", encryptedCpu, plainCpu, ratio);
}

/// "what: encrypted 3.4 ms, plain 3.1 ms, ratio 1.10 (…)" for a benchmark with an encrypted and
/// a plain variant.
void printRatio(const RatioReporter &reporter, const std::string &name, const QString &what, const char *target)
{
    const double encrypted = reporter.median(name + "/encrypted");
    const double plain = reporter.median(name + "/plain");
    const QByteArray label = what.toUtf8();
    if (encrypted <= 0 || plain <= 0) {
        std::printf("%s: not measured\n", label.constData());
        return;
    }
    const std::size_t runs = std::min(reporter.runs(name + "/encrypted"), reporter.runs(name + "/plain"));
    std::printf("%s: encrypted %.3f ms, plain %.3f ms, ratio %.2f (medians of %zu runs; %s)\n", label.constData(), encrypted,
                plain, encrypted / plain, runs, target);
    const double encryptedCpu = reporter.medianCpu(name + "/encrypted");
    const double plainCpu = reporter.medianCpu(name + "/plain");
    if (encryptedCpu > 0 && plainCpu > 0)
        printCpuLine(encryptedCpu, plainCpu, encryptedCpu / plainCpu);
}

/// The save figures: the median over the repetitions of each repetition's ratio (its encrypted
/// saves against the plaintext saves paired with them), and the median times beside it.
void printSaveRatio(const RatioReporter &reporter)
{
    const double ratio = reporter.medianCounter("save_pair", "ratio");
    if (ratio <= 0) {
        std::printf("ratio save encrypted/plain: not measured\n");
        return;
    }
    std::printf("ratio save encrypted/plain: %.2f (encrypted %.3f ms, plain %.3f ms; medians of %zu runs of paired saves; "
                "target: ratio at most 1.30)\n",
                ratio, reporter.medianCounter("save_pair", "encrypted_ms"), reporter.medianCounter("save_pair", "plain_ms"),
                reporter.runs("save_pair"));
    printCpuLine(reporter.medianCounter("save_pair", "encrypted_cpu_ms"), reporter.medianCounter("save_pair", "plain_cpu_ms"),
                 reporter.medianCounter("save_pair", "cpu_ratio"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::programName = "bench_store";

    Settings settings;
    // Our own flags are taken out; the rest goes to Google Benchmark.
    std::vector<char *> benchmarkArguments{argv[0]};
    bool intakesGiven = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--smoke") {
            settings.smoke = true;
        } else if (argument.startsWith("--intakes=")) {
            bool ok = false;
            settings.listIntakes = argument.mid(10).toInt(&ok);
            if (!ok || settings.listIntakes < 50) {
                std::fprintf(stderr, "bench_store: --intakes needs a number of at least 50\n");
                return 2;
            }
            intakesGiven = true;
        } else {
            benchmarkArguments.push_back(argv[i]);
        }
    }
    if (settings.smoke) {
        if (!intakesGiven)
            settings.listIntakes = 2'000;
        settings.repetitions = 1;
        settings.saveRepetitions = 1;
        settings.saveIterations = 10;
        settings.listIterations = 20;
        settings.coldListIterations = 20;
    }
    if (!bench::initializeBenchmark(benchmarkArguments, settings.smoke))
        return 2;

    auto shipped = bench::loadShippedScreening();
    Context context(std::move(shipped.questionnaire), std::move(shipped.rules));
    if (!context.dir.isValid())
        fail(QStringLiteral("cannot create a temporary folder: %1").arg(context.dir.errorString()));
    std::fprintf(stderr, "stores in %s\n", QFile::encodeName(context.dir.path()).constData());

    using Kind = BenchStore::Kind;
    for (const auto &[kind, name] : {std::pair{Kind::Encrypted, "encrypted"}, std::pair{Kind::Plain, "plain"}}) {
        Context::Variant &variant = context.variant(kind);
        const QDir dir(context.dir.path());
        variant.saveStore = std::make_unique<BenchStore>(kind, dir.filePath(QStringLiteral("save-%1.db").arg(QLatin1String(name))),
                                                         context.questionnaire);
        variant.demo = std::make_unique<DemoData>(context.questionnaire, context.rules);
        variant.listStore = std::make_unique<BenchStore>(kind, dir.filePath(QStringLiteral("list-%1.db").arg(QLatin1String(name))),
                                                         context.questionnaire);
        seed(*variant.listStore, settings.listIntakes, context, name);
    }

    benchmark::RegisterBenchmark("save_pair", [&context](benchmark::State &state) { savePair(state, context); })
        ->Iterations(settings.saveIterations)
        ->Repetitions(settings.saveRepetitions)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    for (const auto &[kind, name] : {std::pair{Kind::Encrypted, "encrypted"}, std::pair{Kind::Plain, "plain"}}) {
        const std::string suffix = std::string("/") + name;
        benchmark::RegisterBenchmark(("list_newest_50" + suffix).c_str(), [&context, kind = kind](benchmark::State &state) {
            listNewest(state, context, kind, false);
        })->Iterations(settings.listIterations)->Repetitions(settings.repetitions)->Unit(benchmark::kMillisecond)->UseRealTime();
        benchmark::RegisterBenchmark(("list_newest_50_cold" + suffix).c_str(), [&context, kind = kind](benchmark::State &state) {
            listNewest(state, context, kind, true);
        })->Iterations(settings.coldListIterations)->Repetitions(settings.repetitions)->Unit(benchmark::kMillisecond)->UseRealTime();
    }

    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const QString of = QStringLiteral(" of %1").arg(settings.listIntakes);
    std::printf("\n");
    printSaveRatio(reporter);
    printRatio(reporter, "list_newest_50", QStringLiteral("list newest 50") + of, "target: encrypted under 20 ms");
    printRatio(reporter, "list_newest_50_cold", QStringLiteral("list newest 50") + of + QStringLiteral(", page cache dropped"),
               "target: encrypted under 20 ms");
    if (reporter.anyFailed()) {
        std::fprintf(stderr, "bench_store: a benchmark failed (see its error above)\n");
        return 1;
    }
    return 0;
}
