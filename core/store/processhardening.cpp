#include "store/processhardening.h"

#include "common/logging.h"

#include <linux/capability.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace intake {

namespace {

/// "8 MiB", "16 GiB": limits in the log line
QString bytesText(quint64 bytes)
{
    if (bytes >= (quint64{1} << 30) && bytes % (quint64{1} << 30) == 0)
        return QStringLiteral("%1 GiB").arg(bytes >> 30);
    if (bytes >= (quint64{1} << 20))
        return QStringLiteral("%1 MiB").arg(bytes >> 20);
    return QStringLiteral("%1 KiB").arg(bytes >> 10);
}

MemoryLock decide(QmlEngine qml, const MemoryLockLimits &limits)
{
    if (qml == QmlEngine::Used)
        return {false, QStringLiteral("memory not locked: Qt's QML engine cannot run in locked memory; decrypted pages and "
                                      "answers may reach swap unless this computer has none, or only encrypted swap")};
    if (underAddressSanitizer())
        return {false, QStringLiteral("memory not locked: AddressSanitizer ignores mlockall")};
    if (limits.capIpcLock)
        return {true, QStringLiteral("CAP_IPC_LOCK")};
    if (!limits.limitBytes)
        return {true, QStringLiteral("RLIMIT_MEMLOCK unlimited")};
    if (*limits.limitBytes >= memoryLockFloor)
        return {true, QStringLiteral("RLIMIT_MEMLOCK %1").arg(bytesText(*limits.limitBytes))};
    return {false, QStringLiteral("memory not locked: RLIMIT_MEMLOCK is %1, and under a limit below %2 a later "
                                  "allocation could fail; decrypted pages and answers may reach swap (a systemd "
                                  "service lifts the limit with LimitMEMLOCK=infinity)")
                       .arg(bytesText(*limits.limitBytes), bytesText(memoryLockFloor))};
}

} // namespace

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

MemoryLockLimits MemoryLockLimits::current()
{
    MemoryLockLimits limits;
    rlimit memlock{};
    if (::getrlimit(RLIMIT_MEMLOCK, &memlock) == 0)
        limits.limitBytes = memlock.rlim_cur == RLIM_INFINITY ? std::nullopt : std::optional<quint64>(memlock.rlim_cur);
    else
        limits.limitBytes = 0;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct capabilities[_LINUX_CAPABILITY_U32S_3]{};
    if (::syscall(SYS_capget, &header, capabilities) == 0)
        limits.capIpcLock = (capabilities[CAP_TO_INDEX(CAP_IPC_LOCK)].effective & CAP_TO_MASK(CAP_IPC_LOCK)) != 0;
    return limits;
}

MemoryLock lockMemory(QmlEngine qml, const MemoryLockLimits &limits)
{
    MemoryLock lock = decide(qml, limits);
    if (lock.locked) {
        const QString why = lock.description;
        // MCL_ONFAULT (Linux 4.4) locks each page when it is first touched instead of reading in
        // every mapped page now; without it, the kernel says EINVAL and everything is read in.
        int result = ::mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT);
        if (result != 0 && errno == EINVAL)
            result = ::mlockall(MCL_CURRENT | MCL_FUTURE);
        const int error = errno;
        if (result == 0)
            lock.description = QStringLiteral("memory locked: nothing of this process goes to swap (%1)").arg(why);
        else
            lock = {false, QStringLiteral("memory not locked: mlockall failed (%1)").arg(qt_error_string(error))};
    }
    qCInfo(lcStore).noquote() << lock.description;
    return lock;
}

} // namespace intake
