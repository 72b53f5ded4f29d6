#include "store/processhardening.h"

#include "common/logging.h"

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>

namespace intake {

void disableCoreDumps()
{
    // A crash dump would hold the data key in clear; both settings are best effort and a failure
    // is worth a warning, not a refusal to start.
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        qCWarning(lcStore) << "could not disable core dumps:" << qt_error_string(errno);
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qCWarning(lcStore) << "could not mark the process non-dumpable:" << qt_error_string(errno);
}

} // namespace intake
