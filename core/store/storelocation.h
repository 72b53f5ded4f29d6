#pragma once

#include <QString>

namespace intake {

/// The folder the kiosk and intake-cli use for the store when none is given: the per-user
/// shared data folder + "/intake-kiosk/store" (~/.local/share/intake-kiosk/store on Linux), the
/// same for both so that `intake-cli init` prepares what the kiosk opens. Empty when the
/// platform has no writable data folder (no HOME); callers then ask for a folder explicitly.
QString defaultStoreDirectory();

} // namespace intake
