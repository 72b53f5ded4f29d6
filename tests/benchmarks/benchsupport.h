#pragma once

// What bench_store and bench_sync share: failing with one line, the shipped questionnaire and
// rules, and handing Google Benchmark the arguments the program did not take itself.

#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "shippedassets.h"

#include <QList>
#include <QString>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace intake::bench {

/// The program's name in its error lines; each benchmark sets it first thing in main().
inline const char *programName = "bench";

[[noreturn]] inline void fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", programName, message.toLocal8Bit().constData());
    std::exit(1);
}

/// The questionnaire and rules the kiosk ships with.
inline ShippedScreening loadShippedScreening()
{
    auto screening = ShippedAssets::loadScreening();
    if (!screening)
        fail(screening.error().message);
    return std::move(screening).value();
}

/// Initializes Google Benchmark with `arguments` (argv[0] and what the program did not take).
/// Outside a smoke run, the repetitions of the variants compared alternate in random order, so
/// that a slow spell of a shared machine falls on both rather than on one. False: an argument
/// was not understood (already reported).
inline bool initializeBenchmark(const std::vector<char *> &arguments, bool smoke)
{
    static char interleave[] = "--benchmark_enable_random_interleaving=true";
    // a QList: GCC 12 sees out-of-bounds writes in std::vector's growth here that are not there
    QList<char *> all;
    for (char *argument : arguments) {
        all.append(argument);
        if (all.size() == 1 && !smoke)
            all.append(interleave);
    }
    int argc = static_cast<int>(all.size());
    benchmark::Initialize(&argc, all.data());
    return !benchmark::ReportUnrecognizedArguments(argc, all.data());
}

} // namespace intake::bench
