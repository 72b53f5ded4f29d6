#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace intake {

/// Keeps unlocked keys out of core files and /proc/<pid>/mem of other same-user processes:
/// sets RLIMIT_CORE to 0 and marks the process non-dumpable. Call first thing in main().
void disableCoreDumps();

/// What may limit locking the process's memory.
struct MemoryLockLimits
{
    std::optional<quint64> limitBytes;  ///< RLIMIT_MEMLOCK (soft); nullopt: unlimited
    bool capIpcLock = false;            ///< CAP_IPC_LOCK in effect: the limit does not apply

    /// This process's.
    static MemoryLockLimits current();
};

/// What lockMemory() did. Holds nothing secret.
struct MemoryLock
{
    bool locked = false;
    QString description;  ///< one line for the log: locked and why it could, or not and why
};

/// The least RLIMIT_MEMLOCK under which lockMemory() locks a process without CAP_IPC_LOCK. Once
/// memory is locked for the future (MCL_FUTURE), every later mapping counts against the limit
/// with its whole size, touched or only reserved, and one beyond the limit fails: an allocation
/// fails and Qt ends the process. The kiosk and the console map about 330 MiB offscreen; a GPU
/// driver, a thread stack per thread, malloc's arenas and Argon2id (up to 1 GiB at unlock) add
/// to that, so only a limit far above it is safe.
inline constexpr quint64 memoryLockFloor = quint64{8} << 30;

/// Whether this build runs under AddressSanitizer, which answers mlockall with success and
/// does nothing: lockMemory() then says so instead of locking.
inline constexpr bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

/// Whether the process runs a QML engine. Qt 6.4's cannot run in memory locked for the future:
/// its page allocator (QtQml's OSAllocator::reserveUncommitted) calls madvise(MADV_DONTNEED) on
/// every region it reserves and ends the process when that fails, and the kernel refuses it on
/// locked memory. So the kiosk and the console leave their memory unlocked and say so.
enum class QmlEngine { NotUsed, Used };

/// Locks all of the process's memory, now and later (mlockall), so that nothing it holds (the
/// store's decrypted page cache, a client's answers, keys) is written to swap; pages are locked
/// as they are first touched (MCL_ONFAULT where the kernel has it), so nothing is read in just
/// to be locked. Locks only a process without a QML engine, and only under `limits` that cannot
/// make a later allocation fail: CAP_IPC_LOCK, or RLIMIT_MEMLOCK unlimited or at least
/// memoryLockFloor. Otherwise leaves memory as it is and the process carries on. Logs one line
/// (intake.store, info) saying which, and why, without anything secret. Call once, at the start
/// of main().
MemoryLock lockMemory(QmlEngine qml, const MemoryLockLimits &limits = MemoryLockLimits::current());

} // namespace intake
