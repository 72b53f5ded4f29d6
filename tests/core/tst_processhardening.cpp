// Process hardening: the process's memory is locked out of swap where the limits allow it
// without making a later allocation fail and no QML engine runs, and left as it is (and said
// so) otherwise.
// What locks or tries to runs in a child process (death-test style), so that this one stays as
// it was.

#include "store/processhardening.h"

#include "memorylocklimits.h"

#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <cstdlib>
#include <cstring>
#include <vector>

using namespace intake;

namespace {

/// VmLck of /proc/self/status, in KiB: the memory this process has locked.
long lockedKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmLck:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// Touches `mebibytes` MiB of new memory: allocations still work once the memory is locked, or
/// was not. Returns VmLck while the memory is in use, or -1 when it does not read back.
long useAndCountLocked(int mebibytes)
{
    std::vector<char> memory(static_cast<std::size_t>(mebibytes) << 20);
    std::memset(memory.data(), 1, memory.size());
    return memory[memory.size() / 2] == 1 ? lockedKiB() : -1;
}

} // namespace

TEST(ProcessHardening, LeavesMemoryAsItIsUnderASmallLimitAndSaysHowToRaiseIt)
{
    const long before = lockedKiB();
    const MemoryLock lock = lockMemory(QmlEngine::NotUsed, {quint64{8} << 20, false});
    EXPECT_FALSE(lock.locked);
    EXPECT_EQ(lockedKiB(), before);
    if (underAddressSanitizer())
        return;
    EXPECT_TRUE(lock.description.startsWith(QLatin1String("memory not locked: RLIMIT_MEMLOCK is 8 MiB")))
        << lock.description.toStdString();
    EXPECT_TRUE(lock.description.contains(QLatin1String("LimitMEMLOCK=infinity"))) << lock.description.toStdString();

    // a limit just under the floor is still too small
    EXPECT_FALSE(lockMemory(QmlEngine::NotUsed, {memoryLockFloor - 4096, false}).locked);
}

// Qt 6.4's QML engine ends the process when it reserves memory while memory is locked for the
// future (the kiosk and the console stopped at start): with QML, memory stays unlocked, whatever
// the limits, and the line says why and what protects it instead.
TEST(ProcessHardening, AProcessWithQmlLeavesItsMemoryUnlockedAndSaysWhy)
{
    const long before = lockedKiB();
    for (const MemoryLockLimits limits : {MemoryLockLimits{std::nullopt, true}, MemoryLockLimits{std::nullopt, false}}) {
        const MemoryLock lock = lockMemory(QmlEngine::Used, limits);
        EXPECT_FALSE(lock.locked);
        EXPECT_TRUE(lock.description.startsWith(QLatin1String("memory not locked: Qt's QML engine"))) << lock.description.toStdString();
        EXPECT_TRUE(lock.description.contains(QLatin1String("encrypted swap"))) << lock.description.toStdString();
    }
    EXPECT_EQ(lockedKiB(), before);
}

TEST(ProcessHardening, TheCurrentLimitsAreThisProcesssOwn)
{
    rlimit memlock{};
    ASSERT_EQ(getrlimit(RLIMIT_MEMLOCK, &memlock), 0);
    const MemoryLockLimits limits = MemoryLockLimits::current();
    if (memlock.rlim_cur == RLIM_INFINITY)
        EXPECT_FALSE(limits.limitBytes.has_value());
    else
        EXPECT_EQ(limits.limitBytes, std::optional<quint64>(memlock.rlim_cur));
    // root keeps CAP_IPC_LOCK unless it was taken away; nobody else has it
    if (geteuid() != 0) {
        EXPECT_FALSE(limits.capIpcLock);
    }
}

TEST(ProcessHardeningDeathTest, LocksAllMemoryWhereTheLimitsAllowAndAllocationsStillWork)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    if (underAddressSanitizer())
        GTEST_SKIP() << "AddressSanitizer ignores mlockall";
    const MemoryLockLimits limits = MemoryLockLimits::current();
    if (!limits.capIpcLock && limits.limitBytes && *limits.limitBytes < memoryLockFloor)
        GTEST_SKIP() << "this process may not lock its memory (no CAP_IPC_LOCK, RLIMIT_MEMLOCK " << *limits.limitBytes << ")";
    EXPECT_EXIT(
        {
            const MemoryLock lock = lockMemory(QmlEngine::NotUsed);
            // locked now and for the future: memory allocated after the call is counted too
            const long now = lockedKiB();
            const long whileUsing = useAndCountLocked(64);
            std::exit(lock.locked && now > 0 && whileUsing >= now + 60 * 1024 ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "intake.store: memory locked: nothing of this process goes to swap \\((CAP_IPC_LOCK|RLIMIT_MEMLOCK)");
}

TEST(ProcessHardeningDeathTest, WithoutPermissionMemoryStaysUnlockedAndTheProcessCarriesOn)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    if (underAddressSanitizer())
        GTEST_SKIP() << "AddressSanitizer ignores mlockall";
    EXPECT_EXIT(
        {
            if (!intake::test::forbidLockingMemoryHere())
                std::exit(2);
            const long before = lockedKiB();
            const MemoryLock lock = lockMemory(QmlEngine::NotUsed);
            std::exit(!lock.locked && lockedKiB() == before && useAndCountLocked(64) == before ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "intake.store: memory not locked: RLIMIT_MEMLOCK is 64 KiB");
}

// Limits that would allow it, but the kernel refuses (here: the real limit is small): the
// failure is said, and nothing else changes.
TEST(ProcessHardeningDeathTest, AFailedMlockallIsSaidAndTheProcessCarriesOn)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    if (underAddressSanitizer())
        GTEST_SKIP() << "AddressSanitizer ignores mlockall";
    EXPECT_EXIT(
        {
            if (!intake::test::forbidLockingMemoryHere())
                std::exit(2);
            const MemoryLock lock = lockMemory(QmlEngine::NotUsed, {std::nullopt, false});
            std::exit(!lock.locked && useAndCountLocked(64) >= 0 ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "intake.store: memory not locked: mlockall failed");
}
