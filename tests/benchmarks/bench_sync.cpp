// bench_sync: how long draining a kiosk's backlog to the staff console takes (issue 5,
// "Benchmark"), against a bare HTTPS POST loop to the same console in the same run. The
// console is the real one in its own process (sync_test_console: SummaryReceiver on
// QHttpServer with its TLS identity, its encrypted store), on 127.0.0.1; the kiosk side runs
// here, on an encrypted kiosk store.
//
//   bench_sync [--summaries=N] [--repetitions=R] [--smoke] [--benchmark_...]
//
//   drain/*             OutboxSender drains N queued summaries, oldest first, as the kiosk does:
//                       read the rows, up to 16 summaries per signed request (HMAC-SHA256, a
//                       fresh nonce), up to 4 requests on their way at once, over the pinned TLS
//                       connection; the console verifies the signature, the timestamp and the
//                       nonce, validates each summary, stores it with an audit entry (the
//                       summaries that arrive together share one transaction, synchronous=FULL)
//                       and acknowledges each; the kiosk marks the rows sent. Before each
//                       repetition N new DemoData intakes are saved (not timed).
//   drain_one_per_request/*  the same with one summary per request, as a single new intake
//                       is sent (and as the backlog was sent before batches).
//   bare_post/*         the same number of POSTs of the same kind of summary bytes, one after
//                       the other, over the same PinnedHttps transport to the same server and
//                       TLS, to a route that answers at once: no store on either side, no signing.
//
// The CPU column is this process's and includes the untimed seeding; the CPU time per summary
// of the timed part is in the counters kiosk_cpu_ms_per_summary (this process, every thread)
// and console_cpu_ms_per_summary (the console process). The ratios drain/bare (medians)
// are printed at the end, with the console process's resident
// memory (VmRSS, and its peak VmHWM; the peak includes the one Argon2id hash of the test
// console's start-up, 64 MiB) after it received everything. --smoke: 200 summaries, one
// repetition, to prove in CI that it still runs; the exit code says only whether every summary
// arrived exactly once, never how fast.

#include "benchsupport.h"
#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "shippedassets.h"
#include "store/demodata.h"
#include "store/intakerepository.h"
#include "store/intakestore.h"
#include "store/keyvault.h"
#include "sync/outboxsender.h"
#include "sync/pairingclient.h"
#include "sync/pairingcode.h"
#include "sync/pinnedhttps.h"
#include "sync/summary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

using namespace intake;
using namespace std::chrono_literals;

namespace {

using bench::fail;

struct Settings
{
    bool smoke = false;
    int summaries = 10'000;
    int repetitions = 3;
};

/// The console in its own process, as the staff console runs it.
class ConsoleProcess
{
public:
    explicit ConsoleProcess(const QString &directory)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(SYNC_TEST_CONSOLE),
                        {QStringLiteral("--data-dir"), QDir(directory).filePath(QStringLiteral("console")), QStringLiteral("--key-file"),
                         QDir(directory).filePath(QStringLiteral("console.key")), QStringLiteral("--pairing-code"),
                         QStringLiteral("--approve-kiosks"), QStringLiteral("--bench-route"), QStringLiteral("--quiet")});
        if (!m_process.waitForStarted(10'000))
            fail(QStringLiteral("cannot start sync_test_console: %1").arg(m_process.errorString()));
        QElapsedTimer waited;
        waited.start();
        QByteArray output;
        while (!output.contains("ready\n")) {
            if (waited.elapsed() > 30'000 || !m_process.waitForReadyRead(30'000))
                fail(QStringLiteral("sync_test_console did not start: %1").arg(QString::fromLocal8Bit(m_process.readAllStandardError())));
            output += m_process.readAllStandardOutput();
        }
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("code "))
                m_code = QString::fromUtf8(line.mid(5));
        }
    }
    ~ConsoleProcess() { stop(); }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10'000))
                m_process.kill();
            m_process.waitForFinished(10'000);
        }
    }

    QString code() const { return m_code; }

    /// The console's CPU time so far (user + system), in seconds; -1 when unreadable.
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // the fields after the command name, which ends with the last ')'
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        const double ticks = static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong());
        return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
    }

    /// A field of /proc/PID/status in kB (VmRSS, VmHWM); -1 when unreadable.
    qint64 statusKb(const char *field) const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray prefix = QByteArray(field) + ':';
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

private:
    QProcess m_process;
    QString m_code;
};

/// Everything the benchmarks work on, built once per run.
struct Context
{
    Context(Questionnaire q, RuleSet r) : questionnaire(std::move(q)), rules(std::move(r)), demo(questionnaire, rules) {}

    QTemporaryDir dir;
    Questionnaire questionnaire;
    RuleSet rules;
    DemoData demo;
    std::unique_ptr<ConsoleProcess> console;
    std::unique_ptr<IntakeStore> kiosk;
    PinnedConsole pinned;
    std::vector<QByteArray> barePayloads;
    QDateTime nextCreated{QDate(2026, 11, 25), QTime(7, 0), Qt::UTC};
    int queued = 0;
    int delivered = 0;
    bool failed = false;
};

void seedOutbox(Context &context, int count)
{
    QSqlQuery pragma(context.kiosk->database());
    // Seeding only: no fsync per intake. The drain's own connection settings are set again by
    // OutboxSender before anything is measured.
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    IntakeRepository repository(context.kiosk->database(), context.questionnaire, [] { return QDateTime::currentDateTimeUtc(); });
    for (int i = 0; i < count; ++i) {
        context.nextCreated = context.nextCreated.addSecs(30);
        if (auto saved = repository.saveFinished(context.demo.next(context.nextCreated), QStringLiteral("kiosk:bench")); !saved)
            fail(QStringLiteral("seeding the kiosk: %1").arg(saved.error().message));
    }
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    context.queued += count;
}

/// CPU time of this process (the kiosk side: every thread, TLS included), in seconds.
double kioskCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void drain(benchmark::State &state, Context &context, int count, int summariesPerRequest)
{
    for (auto _ : state) {
        seedOutbox(context, count);
        OutboxSender sender(context.kiosk->database(), [] { return QDateTime::currentDateTimeUtc(); }, 30s);
        sender.setSummariesPerRequest(summariesPerRequest);
        const double consoleCpu = context.console->cpuSeconds();
        const double kioskCpu = kioskCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const DrainReport report = sender.drainAndWait();
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        state.counters["console_cpu_ms_per_summary"] = (context.console->cpuSeconds() - consoleCpu) * 1e3 / count;
        state.counters["kiosk_cpu_ms_per_summary"] = (kioskCpuSeconds() - kioskCpu) * 1e3 / count;
        context.delivered += report.sent;
        if (!report.delivered() || report.sent != count || report.remaining != 0) {
            context.failed = true;
            state.SkipWithError(QStringLiteral("drain: %1 sent, %2 left: %3").arg(report.sent).arg(report.remaining).arg(report.error)
                                    .toStdString().c_str());
            break;
        }
        state.counters["ms_per_summary"] = static_cast<double>(timer.nsecsElapsed()) / 1e6 / count;
    }
}

void barePost(benchmark::State &state, Context &context, int count)
{
    PinnedHttps https;
    for (auto _ : state) {
        QEventLoop loop;
        int next = 0;
        int answered = 0;
        QString error;
        std::function<void()> send = [&] {
            const QByteArray &body = context.barePayloads[static_cast<std::size_t>(next++ % static_cast<int>(context.barePayloads.size()))];
            QNetworkReply *reply = https.post(context.pinned, QStringLiteral("/bench/discard"), body, {}, 30s);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                reply->readAll();
                if (reply->error() != QNetworkReply::NoError) {
                    error = PinnedHttps::failureText(reply, {});
                    return loop.quit();
                }
                if (++answered == count)
                    return loop.quit();
                send();
            });
        };
        const double consoleCpu = context.console->cpuSeconds();
        const double kioskCpu = kioskCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        send();
        loop.exec();
        state.counters["console_cpu_ms_per_summary"] = (context.console->cpuSeconds() - consoleCpu) * 1e3 / count;
        state.counters["kiosk_cpu_ms_per_summary"] = (kioskCpuSeconds() - kioskCpu) * 1e3 / count;
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!error.isEmpty()) {
            context.failed = true;
            state.SkipWithError(error.toStdString().c_str());
            break;
        }
        state.counters["ms_per_summary"] = static_cast<double>(timer.nsecsElapsed()) / 1e6 / count;
    }
}

/// The console output as usual, plus every repetition's time, for the ratio.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    RatioReporter() : ConsoleReporter(isatty(STDOUT_FILENO) ? OO_Color : OO_None) {}

    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.error_occurred)
                m_failed = true;
            if (run.run_type == Run::RT_Iteration && !run.error_occurred)
                m_seconds[run.run_name.function_name].push_back(run.GetAdjustedRealTime() * secondsPer(run.time_unit));
        }
        ConsoleReporter::ReportRuns(runs);
    }

    /// The median over the repetitions, in seconds; 0 when it did not run.
    double median(const std::string &name) const
    {
        const auto found = m_seconds.find(name);
        if (found == m_seconds.end() || found->second.empty())
            return 0;
        std::vector<double> times = found->second;
        std::sort(times.begin(), times.end());
        const std::size_t middle = times.size() / 2;
        return times.size() % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
    }
    std::size_t runs(const std::string &name) const
    {
        const auto found = m_seconds.find(name);
        return found == m_seconds.end() ? 0 : found->second.size();
    }
    bool anyFailed() const { return m_failed; }

private:
    static double secondsPer(benchmark::TimeUnit unit)
    {
        switch (unit) {
        case benchmark::kNanosecond: return 1e-9;
        case benchmark::kMicrosecond: return 1e-6;
        case benchmark::kMillisecond: return 1e-3;
        case benchmark::kSecond: return 1;
        }
        return 1;
    }

    std::map<std::string, std::vector<double>> m_seconds;
    bool m_failed = false;
};

qint64 consoleSummaryCount(const QString &directory)
{
    auto store = IntakeStore::open(QDir(directory).filePath(QStringLiteral("console")),
                                   KekSource::keyFile(QDir(directory).filePath(QStringLiteral("console.key"))),
                                   IntakeStore::Access::ReadOnly, StoreSchema::Console);
    if (!store)
        fail(QStringLiteral("cannot reopen the console store: %1").arg(store.error().message));
    QSqlQuery query(store.value()->database());
    if (!query.exec(QStringLiteral("SELECT count(*), count(DISTINCT uuid) FROM summaries")) || !query.next())
        fail(QStringLiteral("cannot count the console's summaries"));
    if (query.value(0) != query.value(1))
        fail(QStringLiteral("the console holds a summary twice"));
    return query.value(0).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::programName = "bench_sync";

    Settings settings;
    std::vector<char *> benchmarkArguments{argv[0]};
    bool summariesGiven = false;
    bool repetitionsGiven = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        bool ok = true;
        if (argument == "--smoke") {
            settings.smoke = true;
        } else if (argument.startsWith("--summaries=")) {
            settings.summaries = argument.mid(12).toInt(&ok);
            ok = ok && settings.summaries >= 1;
            summariesGiven = true;
        } else if (argument.startsWith("--repetitions=")) {
            settings.repetitions = argument.mid(14).toInt(&ok);
            ok = ok && settings.repetitions >= 1;
            repetitionsGiven = true;
        } else {
            benchmarkArguments.push_back(argv[i]);
        }
        if (!ok) {
            std::fprintf(stderr, "bench_sync: %s needs a positive number\n", argument.constData());
            return 2;
        }
    }
    if (settings.smoke) {
        if (!summariesGiven)
            settings.summaries = 200;
        if (!repetitionsGiven)
            settings.repetitions = 1;
    }
    if (!bench::initializeBenchmark(benchmarkArguments, settings.smoke))
        return 2;

    auto shipped = bench::loadShippedScreening();
    Context context(std::move(shipped.questionnaire), std::move(shipped.rules));
    if (!context.dir.isValid())
        fail(QStringLiteral("cannot create a temporary folder: %1").arg(context.dir.errorString()));
    std::fprintf(stderr, "stores in %s\n", QFile::encodeName(context.dir.path()).constData());

    context.console = std::make_unique<ConsoleProcess>(context.dir.path());
    const qint64 startRss = context.console->statusKb("VmRSS");

    const QString kioskKey = context.dir.filePath(QStringLiteral("kiosk.key"));
    if (auto key = KeyVault::createKeyFile(kioskKey); !key)
        fail(key.error().message);
    auto kiosk = IntakeStore::create(context.dir.filePath(QStringLiteral("kiosk")), KekSource::keyFile(kioskKey), Argon2Params::fastForTests());
    if (!kiosk)
        fail(kiosk.error().message);
    context.kiosk = std::move(kiosk).value();
    auto code = PairingCode::parse(context.console->code());
    if (!code)
        fail(code.error().message);
    auto pairing = PairingClient::pairAndWait(*code, QStringLiteral("Bench tablet"), QDateTime::currentDateTimeUtc());
    if (!pairing)
        fail(pairing.error().message);
    if (auto saved = pairing->save(context.kiosk->database(), QDateTime::currentDateTimeUtc()); !saved)
        fail(saved.error().message);
    context.pinned = {pairing->host, pairing->port, pairing->fingerprint, pairing->certificatePem};

    // the bare loop's bodies: summaries of other DemoData intakes, the same kind and size
    DemoData other(context.questionnaire, context.rules, DemoData::defaultSeed + 1);
    for (int i = 0; i < std::min(settings.summaries, 1000); ++i) {
        context.barePayloads.push_back(
            QJsonDocument(Summary::build(other.next(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC).addSecs(60 * i)), context.questionnaire))
                .toJson(QJsonDocument::Compact));
    }

    const std::string suffix = "/" + std::to_string(settings.summaries);
    benchmark::RegisterBenchmark(("drain" + suffix).c_str(), [&context, &settings](benchmark::State &state) {
        drain(state, context, settings.summaries, OutboxSender::summariesPerRequest);
    })->Iterations(1)->Repetitions(settings.repetitions)->Unit(benchmark::kMillisecond)->UseManualTime();
    benchmark::RegisterBenchmark(("drain_one_per_request" + suffix).c_str(), [&context, &settings](benchmark::State &state) {
        drain(state, context, settings.summaries, 1);
    })->Iterations(1)->Repetitions(settings.repetitions)->Unit(benchmark::kMillisecond)->UseManualTime();
    benchmark::RegisterBenchmark(("bare_post" + suffix).c_str(), [&context, &settings](benchmark::State &state) {
        barePost(state, context, settings.summaries);
    })->Iterations(1)->Repetitions(settings.repetitions)->Unit(benchmark::kMillisecond)->UseManualTime();

    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const qint64 rss = context.console->statusKb("VmRSS");
    const qint64 peak = context.console->statusKb("VmHWM");
    context.console->stop();
    context.kiosk.reset();
    const qint64 stored = consoleSummaryCount(context.dir.path());

    const double bare = reporter.median("bare_post" + suffix);
    std::printf("\n");
    for (const auto &[name, label] : {std::pair{std::string("drain"), "drain (up to 16 summaries per request)"},
                                      std::pair{std::string("drain_one_per_request"), "drain (one summary per request)"}}) {
        const double drained = reporter.median(name + suffix);
        if (drained > 0 && bare > 0) {
            std::printf("ratio %s / bare POST loop: %.2f (drain %.2f s, bare %.2f s for %d summaries, %.3f vs %.3f ms each; medians of "
                        "%zu runs; target: at most 2.0)\n",
                        label, drained / bare, drained, bare, settings.summaries, drained * 1e3 / settings.summaries,
                        bare * 1e3 / settings.summaries, std::min(reporter.runs(name + suffix), reporter.runs("bare_post" + suffix)));
        } else {
            std::printf("ratio %s / bare POST loop: not measured\n", label);
        }
    }
    std::printf("console memory after receiving %lld summaries: VmRSS %.1f MiB (peak %.1f MiB; %.1f MiB after start-up)\n",
                static_cast<long long>(stored), static_cast<double>(rss) / 1024, static_cast<double>(peak) / 1024,
                static_cast<double>(startRss) / 1024);

    if (reporter.anyFailed() || context.failed) {
        std::fprintf(stderr, "bench_sync: a benchmark failed (see its error above)\n");
        return 1;
    }
    if (stored != context.delivered || context.delivered != context.queued) {
        std::fprintf(stderr, "bench_sync: %d summaries queued, %d acknowledged, %lld stored by the console\n", context.queued,
                     context.delivered, static_cast<long long>(stored));
        return 1;
    }
    return 0;
}
