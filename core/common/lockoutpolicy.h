#pragma once

#include <chrono>

namespace intake {

/// How long a PIN check waits after wrong PINs in a row: not at all before `freeFailures`, then
/// `firstDelay` after the failure that reaches that count, doubling with each further failure
/// up to `maxDelay`. The kiosk's staff PIN (AdminPinGuard) and the console's sign-in
/// (SignInLockout) each have their own.
struct LockoutPolicy
{
    int freeFailures = 3;
    std::chrono::seconds firstDelay{30};
    std::chrono::seconds maxDelay{15 * 60};

    /// The wait that follows the `failures`-th failure in a row (zero while failures are free).
    std::chrono::seconds delayAfter(int failures) const;
};

} // namespace intake
