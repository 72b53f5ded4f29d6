// bench_kiosk: the kiosk's responsiveness and memory (issue 4, "Benchmark"), each measured
// against a baseline in the same run, so the ratios mean something on a noisy machine.
//
//   cold start   the real intake-kiosk (offscreen, software renderer) from process start to its
//                first frame of Welcome, against bench_bare_window (a bare Qt Quick Controls
//                window) the same way; ratio kiosk/bare. Target: within 2x. Two kiosk starts:
//                --demo (creates a throw-away encrypted store first, as scripts/run-kiosk
//                does) and on an existing store opened with its key file (as a real kiosk
//                starts, --data-dir/--key-file).
//   page change  from IntakeSession::next()/back() to the next frame, in the real kiosk
//                application (KioskApplication, as intake-kiosk builds it), against a
//                StackView replacing a page in a bare window; ratio kiosk/bare.
//   memory       resident memory after 1 intake driven through every page and saved, and after
//                200 (each page shown until its transition ends: about 10 minutes); growth per
//                intake. Target: no growth trend.
//
//   bench_kiosk [--smoke] [--benchmark_...]     (--smoke: a few runs, 5 intakes, for CTest)

#include "intakesession.h"
#include "kioskapplication.h"
#include "kioskstore.h"

#include "store/intakestore.h"
#include "store/keyvault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <vector>

namespace {

bool smoke = false;
constexpr int pageSettleMs = 300;  // longer than the kiosk's page cross-fade (Theme.durationMedium)
std::vector<double> coldStartKiosk;
std::vector<double> coldStartKioskStore;
std::vector<double> coldStartBare;
std::vector<double> pageChangeKiosk;
std::vector<double> pageChangeBare;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Runs a program to its exit; the time from start to exit, in seconds.
double runToExit(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_kiosk: %s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        std::exit(1);
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

void BM_ColdStart_Kiosk(benchmark::State &state)
{
    for (auto _ : state) {
        const double seconds = runToExit(QStringLiteral(INTAKE_KIOSK), {QStringLiteral("--demo"), QStringLiteral("--exit-after-first-frame")});
        state.SetIterationTime(seconds);
        coldStartKiosk.push_back(seconds);
    }
}

// An existing store, made once for every start (a real kiosk's store exists before it starts).
struct ExistingStore
{
    QTemporaryDir directory;
    QString storePath() const { return directory.filePath(QStringLiteral("store")); }
    QString keyFile() const { return directory.filePath(QStringLiteral("store.key")); }
};

const ExistingStore &existingStore()
{
    static const ExistingStore *store = [] {
        auto *made = new ExistingStore;
        if (!made->directory.isValid() || !intake::KeyVault::createKeyFile(made->keyFile())
            || !intake::IntakeStore::create(made->storePath(), intake::KekSource::keyFile(made->keyFile()),
                                            intake::Argon2Params::fastForTests())) {
            std::fprintf(stderr, "bench_kiosk: cannot create the store for the start-up benchmark\n");
            std::exit(1);
        }
        return made;
    }();
    return *store;
}

void BM_ColdStart_KioskExistingStore(benchmark::State &state)
{
    const ExistingStore &store = existingStore();
    for (auto _ : state) {
        const double seconds = runToExit(QStringLiteral(INTAKE_KIOSK),
                                         {QStringLiteral("--data-dir"), store.storePath(), QStringLiteral("--key-file"),
                                          store.keyFile(), QStringLiteral("--exit-after-first-frame")});
        state.SetIterationTime(seconds);
        coldStartKioskStore.push_back(seconds);
    }
}

void BM_ColdStart_Bare(benchmark::State &state)
{
    for (auto _ : state) {
        const double seconds = runToExit(QStringLiteral(BARE_WINDOW), {});
        state.SetIterationTime(seconds);
        coldStartBare.push_back(seconds);
    }
}

/// Seconds from `change()` to the next frame of `window`.
template <typename Change>
double untilNextFrame(QQuickWindow &window, Change change)
{
    bool swapped = false;
    const auto connection = QObject::connect(&window, &QQuickWindow::frameSwapped, [&swapped] { swapped = true; });
    QElapsedTimer timer;
    timer.start();
    change();
    window.requestUpdate();
    while (!swapped && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QObject::disconnect(connection);
    // let the page's cross-fade finish before the next change
    QTest::qWait(300);
    return seconds;
}

KioskOptions demoOptions()
{
    KioskOptions options;
    options.demo = true;
    return options;
}

void BM_PageChange_Kiosk(benchmark::State &state)
{
    KioskApplication kiosk(demoOptions());
    if (!kiosk.start()) {
        state.SkipWithError("the kiosk did not start");
        return;
    }
    QQuickWindow &window = *kiosk.window();
    window.resize(1280, 800);
    window.show();
    QTest::qWait(300);
    IntakeSession &session = kiosk.session();
    session.start();  // Welcome → About the treatment
    QTest::qWait(300);
    bool forward = true;
    for (auto _ : state) {
        const double seconds = untilNextFrame(window, [&] {
            if (forward)
                session.next();  // treatment → about you
            else
                session.back();
        });
        forward = !forward;
        state.SetIterationTime(seconds);
        pageChangeKiosk.push_back(seconds);
    }
}

void BM_PageChange_Bare(benchmark::State &state)
{
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls.Basic
        ApplicationWindow {
            width: 1280; height: 800; visible: true
            property int page: 0
            Component { id: pageA; Page { Label { anchors.centerIn: parent; text: "A" } } }
            Component { id: pageB; Page { Button { anchors.centerIn: parent; text: "B" } } }
            onPageChanged: stack.replace(page % 2 ? pageB : pageA)
            StackView { id: stack; anchors.fill: parent; initialItem: pageA }
        })");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        state.SkipWithError("the bare window did not load");
        return;
    }
    QTest::qWait(300);
    for (auto _ : state) {
        const double seconds = untilNextFrame(*window, [window] {
            window->setProperty("page", window->property("page").toInt() + 1);
        });
        state.SetIterationTime(seconds);
        pageChangeBare.push_back(seconds);
    }
}

/// One complete intake through the view-model, page by page, rendered, signed and saved.
bool driveOneIntake(IntakeSession &session)
{
    // Each page is shown and its cross-fade finished, as when a person uses it (a page left
    // mid-transition stays alive until the transition ends).
    const auto step = [] { QTest::qWait(pageSettleMs); };
    session.start();
    step();
    session.next();
    session.setFirstName(QStringLiteral("Ana"));
    session.setLastName(QStringLiteral("Flores"));
    session.setBirthDate(QStringLiteral("1990-05-04"));
    session.setContact(QStringLiteral("ana.flores@example.com"));
    step();
    session.next();
    while (session.step() == IntakeSession::Step::Questions) {
        auto *model = session.questions();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto index = model->index(row);
            if (model->data(index, QuestionListModel::TypeRole).toString() == QLatin1String("boolean"))
                session.setAnswer(model->data(index, QuestionListModel::LinkIdRole).toString(), false);
        }
        step();
        session.next();
    }
    step();
    session.next();  // review → consent
    for (const QVariant &acknowledgement : session.acknowledgements())
        session.setAcknowledged(acknowledgement.toMap().value(QStringLiteral("id")).toString(), true);
    QJsonArray stroke;
    for (int i = 0; i < 40; ++i)
        stroke.append(QJsonArray{0.1 + i * 0.02, 0.5 + (i % 2 ? 0.1 : -0.1), i * 16});
    session.setSignature(QJsonArray{stroke});
    step();
    session.next();  // submit
    const bool saved = session.saveState() == IntakeSession::SaveState::Saved;
    session.discard();
    step();
    return saved;
}

void memoryGrowth()
{
    KioskApplication kiosk(demoOptions());
    if (!kiosk.start()) {
        std::fprintf(stderr, "bench_kiosk: the kiosk did not start\n");
        std::exit(1);
    }
    kiosk.window()->resize(1280, 800);
    kiosk.window()->show();
    QTest::qWait(300);
    const int total = smoke ? 5 : 200;
    if (!driveOneIntake(kiosk.session())) {
        std::fprintf(stderr, "bench_kiosk: an intake was not saved\n");
        std::exit(1);
    }
    QTest::qWait(200);
    const qint64 afterOne = residentKiB();
    qint64 afterHalf = afterOne;
    for (int i = 1; i < total; ++i) {
        if (!driveOneIntake(kiosk.session())) {
            std::fprintf(stderr, "bench_kiosk: intake %d was not saved\n", i + 1);
            std::exit(1);
        }
        if (i == total / 2)
            afterHalf = residentKiB();
    }
    QTest::qWait(200);
    const qint64 afterAll = residentKiB();
    std::printf("memory after 1 intake: %lld KiB; after %d: %lld KiB; after %d: %lld KiB\n",
                static_cast<long long>(afterOne), total / 2 + 1, static_cast<long long>(afterHalf), total,
                static_cast<long long>(afterAll));
    std::printf("memory growth: %.3f (after %d / after 1); second half %+.1f KiB per intake (target: no growth trend)\n",
                static_cast<double>(afterAll) / static_cast<double>(afterOne), total,
                static_cast<double>(afterAll - afterHalf) / std::max(1, total - total / 2 - 1));
}

} // namespace

int main(int argc, char *argv[])
{
    std::vector<char *> arguments(argv, argv + argc);
    arguments.erase(std::remove_if(arguments.begin(), arguments.end(),
                                   [](char *argument) {
                                       if (std::string(argument) != "--smoke")
                                           return false;
                                       smoke = true;
                                       return true;
                                   }),
                    arguments.end());
    int count = static_cast<int>(arguments.size());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(count, arguments.data());
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    const int starts = smoke ? 2 : 10;
    const int changes = smoke ? 4 : 40;
    benchmark::RegisterBenchmark("cold_start/bare", BM_ColdStart_Bare)->UseManualTime()->Iterations(starts)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("cold_start/kiosk", BM_ColdStart_Kiosk)->UseManualTime()->Iterations(starts)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("cold_start/kiosk_existing_store", BM_ColdStart_KioskExistingStore)->UseManualTime()->Iterations(starts)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("page_change/bare", BM_PageChange_Bare)->UseManualTime()->Iterations(changes)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("page_change/kiosk", BM_PageChange_Kiosk)->UseManualTime()->Iterations(changes)->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&count, arguments.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    std::printf("\ncold start to first frame: kiosk %.0f ms, bare window %.0f ms, ratio %.2f (target: within 2x)\n",
                median(coldStartKiosk) * 1e3, median(coldStartBare) * 1e3, median(coldStartKiosk) / median(coldStartBare));
    std::printf("cold start on an existing store (key file): kiosk %.0f ms, ratio %.2f\n", median(coldStartKioskStore) * 1e3,
                median(coldStartKioskStore) / median(coldStartBare));
    std::printf("page change to next frame: kiosk %.1f ms, bare window %.1f ms, ratio %.2f\n", median(pageChangeKiosk) * 1e3,
                median(pageChangeBare) * 1e3, median(pageChangeKiosk) / median(pageChangeBare));
    std::fflush(stdout);  // the memory run takes minutes: keep what is measured so far
    memoryGrowth();
    return 0;
}
