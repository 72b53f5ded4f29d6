#include "common/lockoutpolicy.h"

#include <algorithm>

namespace intake {

using namespace std::chrono_literals;

std::chrono::seconds LockoutPolicy::delayAfter(int failures) const
{
    if (failures < freeFailures)
        return 0s;
    // doubling from firstDelay; past 20 doublings any policy has long reached its cap
    const int doublings = std::min(failures - freeFailures, 20);
    return std::min(firstDelay * (std::chrono::seconds::rep{1} << doublings), maxDelay);
}

} // namespace intake
