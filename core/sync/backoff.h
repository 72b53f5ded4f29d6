#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>

namespace intake {

/// Exponential backoff with full jitter (docs/SYNC.md): after the n-th failure in a row
/// (n ≥ 1) wait a uniformly random time in [0, min(cap, base · 2^(n−1))). `unit` is the random
/// draw in [0, 1), passed in so that tests choose it.
struct Backoff
{
    std::chrono::milliseconds base{2'000};
    std::chrono::milliseconds cap{300'000};

    std::chrono::milliseconds ceiling(int failures) const
    {
        const int doublings = std::clamp(failures - 1, 0, 30);
        const double ceilingMs = std::min(static_cast<double>(cap.count()), static_cast<double>(base.count()) * std::ldexp(1.0, doublings));
        return std::chrono::milliseconds(static_cast<long long>(ceilingMs));
    }

    std::chrono::milliseconds delay(int failures, double unit) const
    {
        const double clamped = std::clamp(unit, 0.0, 1.0);
        return std::chrono::milliseconds(static_cast<long long>(std::floor(static_cast<double>(ceiling(failures).count()) * clamped)));
    }
};

} // namespace intake
