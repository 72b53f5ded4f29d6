#pragma once

namespace intake {

/// Keeps unlocked keys out of core files and /proc/<pid>/mem of other same-user processes:
/// sets RLIMIT_CORE to 0 and marks the process non-dumpable. Call first thing in main().
void disableCoreDumps();

} // namespace intake
