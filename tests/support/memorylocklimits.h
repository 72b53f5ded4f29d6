#pragma once

// A process that may not lock its memory, as one of an ordinary user under a small
// RLIMIT_MEMLOCK is (Debian's default is 8 MiB): for the tests of lockMemory() and of the apps
// starting without locked memory, whoever runs them (root has CAP_IPC_LOCK, which lifts the
// limit, so it is taken away too).

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace intake::test {

inline constexpr rlim_t smallMemoryLockLimit = 64 * 1024;

/// In this process, from now on: RLIMIT_MEMLOCK of 64 KiB and no CAP_IPC_LOCK (the process's
/// other capabilities stay). False when either could not be done.
inline bool forbidLockingMemoryHere()
{
    const rlimit small{smallMemoryLockLimit, smallMemoryLockLimit};
    if (::setrlimit(RLIMIT_MEMLOCK, &small) != 0)
        return false;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct capabilities[_LINUX_CAPABILITY_U32S_3]{};
    if (::syscall(SYS_capget, &header, capabilities) != 0)
        return false;
    auto &word = capabilities[CAP_TO_INDEX(CAP_IPC_LOCK)];
    word.effective &= ~CAP_TO_MASK(CAP_IPC_LOCK);
    word.permitted &= ~CAP_TO_MASK(CAP_IPC_LOCK);
    word.inheritable &= ~CAP_TO_MASK(CAP_IPC_LOCK);
    return ::syscall(SYS_capset, &header, capabilities) == 0;
}

/// For QProcess::setChildProcessModifier (runs between fork and exec): the program gets a 64 KiB
/// RLIMIT_MEMLOCK and, where the child is root, loses CAP_IPC_LOCK from its bounding set, so the
/// program does not get it back at exec. (An ordinary user has neither the capability nor the
/// right to drop it; both prctl calls then fail, harmlessly.)
inline void forbidLockingMemoryAfterExec()
{
    const rlimit small{smallMemoryLockLimit, smallMemoryLockLimit};
    ::setrlimit(RLIMIT_MEMLOCK, &small);
    ::prctl(PR_CAPBSET_DROP, CAP_IPC_LOCK, 0, 0, 0);
    ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
}

} // namespace intake::test
