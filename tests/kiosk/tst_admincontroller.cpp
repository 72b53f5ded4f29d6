// The staff PIN pad's view-model on a real encrypted store: a right PIN opens, five wrong ones
// lock the pad and each further one doubles the wait, and restarting the kiosk (a new store
// object and controller on the same folder) does not reset that; nothing is checked while the
// store is locked or holds no PIN; the open staff screen closes itself after a while without a
// touch.

#include "admincontroller.h"
#include "kioskstore.h"
#include "storetestsupport.h"

#include "shippedassets.h"
#include "store/adminpinguard.h"
#include "store/secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QWindow>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

const QString rightPin = QStringLiteral("471102");
const QString wrongPin = QStringLiteral("000000");

// A kiosk's store with a staff PIN (or none), closed again: each test opens it as the kiosk does.
class AdminControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(temp.store);
        questionnaire = Questionnaire::load(ShippedAssets::questionnairePath()).value();
    }

    // Sets the PIN as intake-cli does (on the store as the test holds it, or as the kiosk opened it).
    void setPin(const QString &pin)
    {
        IntakeStore *opened = temp.store ? temp.store.get() : store->intakeStore();
        ASSERT_TRUE(opened);
        AdminPinGuard guard(opened->database(), [this] { return now; });
        ASSERT_TRUE(guard.set(SecretBytes::fromUtf8(pin), QStringLiteral("cli:test"), AdminPin::Cost::Minimal).ok());
    }

    // The kiosk started on the store: its store unlocked by staff, and its PIN pad.
    void startKiosk(int autoCloseSeconds = AdminController::defaultAutoCloseSeconds)
    {
        admin.reset();
        store.reset();
        temp.store.reset();
        store = std::make_unique<KioskStore>(temp.path(), QString(), questionnaire);
        admin = std::make_unique<AdminController>(*store, QStringLiteral("kiosk-test"), [this] { return now; }, autoCloseSeconds);
        ASSERT_TRUE(store->unlock(testPassphraseText())) << store->lastError().toStdString();
    }

    TempStore temp;
    Questionnaire questionnaire;
    QDateTime now{QDate(2026, 11, 25), QTime(9, 0), Qt::UTC};
    std::unique_ptr<KioskStore> store;
    std::unique_ptr<AdminController> admin;
};

} // namespace

TEST_F(AdminControllerTest, RightPinOpensWrongPinsLockOutWithGrowingDelay)
{
    setPin(rightPin);
    startKiosk();
    EXPECT_EQ(admin->pinState(), AdminController::PinState::Ready);
    EXPECT_EQ(admin->shortestPin(), 6);
    for (int i = 0; i < AdminPinGuard::policy.freeFailures - 1; ++i) {
        EXPECT_FALSE(admin->tryPin(wrongPin));
        EXPECT_EQ(admin->lockoutSecondsLeft(), 0);
    }
    EXPECT_FALSE(admin->tryPin(wrongPin));  // the fifth
    EXPECT_EQ(admin->lockoutSecondsLeft(), 30);
    EXPECT_FALSE(admin->tryPin(rightPin));  // even the right PIN waits
    EXPECT_FALSE(admin->isOpen());
    now = now.addSecs(31);
    EXPECT_FALSE(admin->tryPin(QStringLiteral("111111")));
    EXPECT_EQ(admin->lockoutSecondsLeft(), 60);
    now = now.addSecs(61);
    EXPECT_TRUE(admin->tryPin(rightPin));
    EXPECT_TRUE(admin->isOpen());
    EXPECT_EQ(admin->failedAttempts(), 0);
    EXPECT_FALSE(admin->pinTooShort());
    admin->close();
    EXPECT_FALSE(admin->isOpen());
}

TEST_F(AdminControllerTest, ARestartDoesNotResetTheLockout)
{
    setPin(rightPin);
    startKiosk();
    for (int i = 0; i < AdminPinGuard::policy.freeFailures; ++i)
        EXPECT_FALSE(admin->tryPin(wrongPin));
    ASSERT_EQ(admin->lockoutSecondsLeft(), 30);

    // the kiosk restarts ten seconds later: the pad still waits, and still for the right time
    now = now.addSecs(10);
    startKiosk();
    EXPECT_EQ(admin->failedAttempts(), AdminPinGuard::policy.freeFailures);
    EXPECT_EQ(admin->lockoutSecondsLeft(), 20);
    EXPECT_FALSE(admin->tryPin(rightPin));
    EXPECT_FALSE(admin->isOpen());

    // the next wrong PIN after the wait doubles it, across another restart too
    now = now.addSecs(21);
    EXPECT_FALSE(admin->tryPin(wrongPin));
    startKiosk();
    EXPECT_EQ(admin->lockoutSecondsLeft(), 60);
    now = now.addSecs(60);
    EXPECT_TRUE(admin->tryPin(rightPin));
    startKiosk();
    EXPECT_EQ(admin->failedAttempts(), 0);
    EXPECT_EQ(admin->lockoutSecondsLeft(), 0);
}

TEST_F(AdminControllerTest, NothingIsCheckedWhileTheStoreIsLockedOrHoldsNoPin)
{
    startKiosk();
    EXPECT_EQ(admin->pinState(), AdminController::PinState::NotSet);
    EXPECT_FALSE(admin->tryPin(rightPin));
    EXPECT_EQ(admin->failedAttempts(), 0);

    setPin(rightPin);
    startKiosk();
    QSignalSpy changed(admin.get(), &AdminController::pinChanged);
    store->lock();
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(admin->pinState(), AdminController::PinState::StoreLocked);
    EXPECT_FALSE(admin->tryPin(rightPin));
    EXPECT_FALSE(admin->isOpen());
    ASSERT_TRUE(store->unlock(testPassphraseText()));
    EXPECT_EQ(admin->pinState(), AdminController::PinState::Ready);
    EXPECT_EQ(admin->failedAttempts(), 0);  // the locked store counted nothing
    EXPECT_TRUE(admin->tryPin(rightPin));
}

TEST_F(AdminControllerTest, AFourDigitPinOfAnEarlierReleaseOpensAndAsksToBeReplaced)
{
    // the store as an earlier release left it: schema 3, and the PIN's hash in the admin-pin file
    {
        QSqlQuery query(temp.store->database());
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE staff_pin")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    const QString path = temp.path();
    {
        QFile file(QDir(path).filePath(AdminPinGuard::legacyFileName));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        // crypto_pwhash_str of "2580" (at libsodium's lowest cost: quick to check)
        ASSERT_GT(file.write("$argon2id$v=19$m=8,t=1,p=1$UmGvkuzX92JdiLbyj6Y1kQ$08WCCt38t0t4pQUPzLha+fEgYYEmnXqzAX3cq6W0oRE\n"), 0);
    }
    startKiosk();
    EXPECT_FALSE(QFile::exists(QDir(path).filePath(AdminPinGuard::legacyFileName)));
    EXPECT_EQ(admin->shortestPin(), 4);  // the pad takes the old PIN
    EXPECT_FALSE(admin->pinTooShort());  // not known yet
    EXPECT_TRUE(admin->tryPin(QStringLiteral("2580")));
    EXPECT_TRUE(admin->pinTooShort());
    admin->close();
    startKiosk();
    EXPECT_TRUE(admin->pinTooShort());
    EXPECT_EQ(admin->shortestPin(), 4);
}

TEST_F(AdminControllerTest, TheStaffScreenClosesItselfWithoutATouch)
{
    setPin(rightPin);
    startKiosk(1);
    QSignalSpy changed(admin.get(), &AdminController::openChanged);
    ASSERT_TRUE(admin->tryPin(rightPin));
    changed.clear();

    // touches keep it open past its second
    QWindow window;
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(300);
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &press);
    }
    EXPECT_TRUE(admin->isOpen());
    // then a second without one closes it
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_FALSE(admin->isOpen());
}
