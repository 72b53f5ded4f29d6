// Staff sign-in on the console waits after failed attempts (SignInLockout through
// ConsoleRepository::signIn), on a real console store and a clock the test moves: free
// failures, then a wait that doubles up to its cap, per staff user and for the console as a
// whole; attempts during a wait refused without their PIN being looked at; a success clears the
// counts; the counts survive reopening the store; every step audited without the PIN.

#include "console/consolerepository.h"
#include "console/signinlockout.h"
#include "store/intakestore.h"
#include "store/migrations.h"
#include "synctestsupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;
using namespace std::chrono_literals;

namespace {

SecretBytes pin(const char *digits)
{
    return SecretBytes::fromBytes(digits, std::strlen(digits));
}

const char *const danaPin = "2468";  // ConsoleFixture's administrator

/// One attempt that must not fail for a store reason.
SignInAttempt attempt(ConsoleRepository &repository, const QString &name, const char *digits)
{
    auto result = repository.signIn(name, pin(digits));
    EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
    return result.ok() ? result.value() : SignInAttempt{};
}

QList<AuditEntry> entries(ConsoleRepository &repository, const QString &action)
{
    QList<AuditEntry> found;
    const auto trail = repository.auditTrail();
    EXPECT_TRUE(trail.ok());
    for (const AuditEntry &entry : trail.value()) {
        if (entry.action == action)
            found.append(entry);
    }
    return found;
}

} // namespace

TEST(LockoutPolicy, FreeFailuresThenADelayThatDoublesUpToItsCap)
{
    const LockoutPolicy policy{3, 30s, 15min};
    EXPECT_EQ(policy.delayAfter(0), 0s);
    EXPECT_EQ(policy.delayAfter(2), 0s);
    EXPECT_EQ(policy.delayAfter(3), 30s);
    EXPECT_EQ(policy.delayAfter(4), 60s);
    EXPECT_EQ(policy.delayAfter(5), 120s);
    EXPECT_EQ(policy.delayAfter(8), 900s);  // 960 s, capped
    EXPECT_EQ(policy.delayAfter(1000), 900s);
    EXPECT_EQ(SignInLockout::perStaff.freeFailures, 3);
    EXPECT_GT(SignInLockout::perConsole.freeFailures, SignInLockout::perStaff.freeFailures);
}

TEST(SignInLockout, AfterThreeWrongPinsTheNameWaitsAndEvenTheRightPinIsNotLookedAt)
{
    ConsoleFixture f;
    for (int i = 0; i < 2; ++i) {
        const SignInAttempt wrong = attempt(f.repository, QStringLiteral("Dana"), "1111");
        EXPECT_FALSE(wrong.signedIn());
        EXPECT_TRUE(wrong.checked);
        EXPECT_FALSE(wrong.wait.active()) << "failure " << i + 1 << " is free";
    }
    const SignInAttempt third = attempt(f.repository, QStringLiteral("Dana"), "1111");
    EXPECT_TRUE(third.checked);
    EXPECT_EQ(third.wait.scope, SignInWait::Scope::Staff);
    EXPECT_EQ(third.wait.until, f.now.addSecs(30));

    // during the wait the right PIN is refused unchecked, and the wait does not grow
    f.now = f.now.addSecs(20);
    const SignInAttempt during = attempt(f.repository, QStringLiteral("Dana"), danaPin);
    EXPECT_FALSE(during.signedIn());
    EXPECT_FALSE(during.checked);
    EXPECT_EQ(during.wait.scope, SignInWait::Scope::Staff);
    EXPECT_EQ(during.wait.until, third.wait.until);
    EXPECT_EQ(entries(f.repository, QStringLiteral("staff.signin_failed")).size(), 3);
    const auto refused = entries(f.repository, QStringLiteral("staff.signin_refused"));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().actor, ConsoleRepository::staffActor(f.adminId));
    EXPECT_EQ(refused.first().detail, QStringLiteral("waiting seconds=10"));

    // once it is over, the right PIN signs in and clears the count: three free failures again
    f.now = f.now.addSecs(10);
    const SignInAttempt after = attempt(f.repository, QStringLiteral("Dana"), danaPin);
    ASSERT_TRUE(after.signedIn());
    EXPECT_EQ(after.user->id, f.adminId);
    for (int i = 0; i < 2; ++i)
        EXPECT_FALSE(attempt(f.repository, QStringLiteral("Dana"), "1111").wait.active());
}

TEST(SignInLockout, EachFurtherFailureDoublesTheWaitUpToFifteenMinutes)
{
    ConsoleFixture f;
    QList<qint64> waits;
    for (int i = 0; i < 9; ++i) {
        const SignInAttempt wrong = attempt(f.repository, QStringLiteral("Dana"), "1111");
        ASSERT_TRUE(wrong.checked) << "attempt " << i + 1 << " came during a wait";
        waits.append(wrong.wait.active() ? f.now.secsTo(wrong.wait.until) : 0);
        if (wrong.wait.active())
            f.now = wrong.wait.until;  // the next attempt as soon as it may be made
    }
    EXPECT_EQ(waits, (QList<qint64>{0, 0, 30, 60, 120, 240, 480, 900, 900}));
    const auto locked = entries(f.repository, QStringLiteral("staff.signin_locked"));
    ASSERT_EQ(locked.size(), 7);
    EXPECT_EQ(locked.first().actor, QStringLiteral("console"));
    EXPECT_EQ(locked.first().detail, QStringLiteral("scope=staff:%1 failures=3 seconds=30").arg(f.adminId));
}

TEST(SignInLockout, AnotherStaffMemberSignsInWhileOneNameWaits)
{
    ConsoleFixture f;
    ASSERT_TRUE(f.repository.addStaff(f.adminId, QStringLiteral("Lee"), pin("13579"), false).ok());
    for (int i = 0; i < 3; ++i)
        (void)attempt(f.repository, QStringLiteral("Dana"), "1111");
    EXPECT_TRUE(f.repository.signIn(QStringLiteral("Dana"), pin(danaPin))->wait.active());
    const SignInAttempt lee = attempt(f.repository, QStringLiteral("Lee"), "13579");
    EXPECT_TRUE(lee.signedIn());
    // Lee's success clears the console's count, not Dana's wait
    EXPECT_FALSE(attempt(f.repository, QStringLiteral("Dana"), danaPin).checked);
}

TEST(SignInLockout, FailuresUnderManyNamesMakeTheWholeConsoleWait)
{
    ConsoleFixture f;
    ASSERT_TRUE(f.repository.addStaff(f.adminId, QStringLiteral("Lee"), pin("13579"), false).ok());
    // one guess each under ten names nobody has: no name reaches its own count
    for (int i = 0; i < 9; ++i)
        EXPECT_FALSE(attempt(f.repository, QStringLiteral("Guess %1").arg(i), "1234").wait.active());
    const SignInAttempt tenth = attempt(f.repository, QStringLiteral("Guess 9"), "1234");
    EXPECT_EQ(tenth.wait.scope, SignInWait::Scope::Console);
    EXPECT_EQ(tenth.wait.until, f.now.addSecs(30));
    // nobody signs in now, whatever the name and PIN
    const SignInAttempt lee = attempt(f.repository, QStringLiteral("Lee"), "13579");
    EXPECT_FALSE(lee.signedIn());
    EXPECT_FALSE(lee.checked);
    EXPECT_EQ(lee.wait.scope, SignInWait::Scope::Console);
    EXPECT_EQ(f.repository.signInWait()->until, tenth.wait.until);
    const auto locked = entries(f.repository, QStringLiteral("staff.signin_locked"));
    ASSERT_EQ(locked.size(), 1);
    EXPECT_EQ(locked.first().detail, QStringLiteral("scope=console failures=10 seconds=30"));

    f.now = tenth.wait.until;
    EXPECT_TRUE(attempt(f.repository, QStringLiteral("Lee"), "13579").signedIn());
    EXPECT_FALSE(f.repository.signInWait()->active());
}

TEST(SignInLockout, TheWaitSurvivesReopeningTheStore)
{
    TempKeyFileStore temp(StoreSchema::Console);
    QDateTime now(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
    const auto clock = [&now] { return now; };
    QDateTime until;
    {
        ConsoleRepository repository(temp.store->database(), clock);
        ASSERT_TRUE(repository.createFirstAdmin(QStringLiteral("Dana"), pin(danaPin)).ok());
        for (int i = 0; i < 10; ++i)
            until = attempt(repository, QStringLiteral("Guess %1").arg(i), "1234").wait.until;
    }
    ASSERT_TRUE(until.isValid());
    temp.store.reset();
    now = now.addSecs(5);

    auto reopened = IntakeStore::open(temp.storePath(), temp.kek(), IntakeStore::Access::ReadWrite, StoreSchema::Console);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    ConsoleRepository repository(reopened.value()->database(), clock);
    const auto wait = repository.signInWait();
    ASSERT_TRUE(wait.ok());
    EXPECT_EQ(wait->scope, SignInWait::Scope::Console);
    EXPECT_EQ(wait->until, until);
    EXPECT_FALSE(attempt(repository, QStringLiteral("Dana"), danaPin).checked);
    now = until;
    EXPECT_TRUE(attempt(repository, QStringLiteral("Dana"), danaPin).signedIn());
}

TEST(SignInLockout, AFailureStampedAfterNowStillRunsOut)
{
    ConsoleFixture f;
    for (int i = 0; i < 3; ++i)
        (void)attempt(f.repository, QStringLiteral("Dana"), "1111");
    // the clock is set back a day: the wait counts from now, not from tomorrow
    f.now = f.now.addDays(-1);
    EXPECT_FALSE(attempt(f.repository, QStringLiteral("Dana"), danaPin).checked);
    f.now = f.now.addSecs(30);
    EXPECT_TRUE(attempt(f.repository, QStringLiteral("Dana"), danaPin).signedIn());
}

TEST(SignInLockout, EveryAttemptIsAuditedAndNoneHoldsThePin)
{
    ConsoleFixture f;
    for (int i = 0; i < 10; ++i)
        (void)attempt(f.repository, QStringLiteral("Dana"), "9753");
    (void)attempt(f.repository, QStringLiteral("Dana"), "9753");  // refused, waiting
    f.now = f.now.addDays(1);
    ASSERT_TRUE(attempt(f.repository, QStringLiteral("Dana"), danaPin).signedIn());
    QStringList actions;
    const auto trail = f.repository.auditTrail();
    ASSERT_TRUE(trail.ok());
    for (const AuditEntry &entry : trail.value()) {
        actions.append(entry.action);
        EXPECT_FALSE(entry.detail.contains(QLatin1String("9753")) || entry.detail.contains(QLatin1String(danaPin)))
            << entry.detail.toStdString();
    }
    EXPECT_EQ(actions.filter(QStringLiteral("staff.signin_failed")).size(), 3);
    EXPECT_EQ(actions.filter(QStringLiteral("staff.signin_locked")).size(), 1);
    EXPECT_EQ(actions.filter(QStringLiteral("staff.signin_refused")).size(), 8);
    EXPECT_EQ(actions.filter(QStringLiteral("staff.signed_in")).size(), 1);
    QSqlQuery query(f.repository.database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM signin_failures")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0) << "a success clears the counts";
}
