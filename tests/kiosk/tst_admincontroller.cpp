// The staff PIN: right PIN opens, five wrong ones lock the pad, each further one doubles it;
// the open staff screen closes itself after a while without a touch.

#include "admincontroller.h"

#include "store/adminpin.h"
#include "store/secretbytes.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

#include <gtest/gtest.h>

using namespace intake;

TEST(AdminController, RightPinOpensWrongPinsLockOutWithGrowingDelay)
{
    QDateTime now(QDate(2026, 11, 25), QTime(9, 0));
    AdminController admin(AdminPin::fromPin(SecretBytes::fromUtf8(u"4711")).value(), [&now] { return now; });
    for (int i = 0; i < AdminController::freeAttempts - 1; ++i) {
        EXPECT_FALSE(admin.tryPin(QStringLiteral("0000")));
        EXPECT_EQ(admin.lockoutSecondsLeft(), 0);
    }
    EXPECT_FALSE(admin.tryPin(QStringLiteral("0000")));  // the fifth
    EXPECT_EQ(admin.lockoutSecondsLeft(), 30);
    EXPECT_FALSE(admin.tryPin(QStringLiteral("4711")));  // even the right PIN waits
    EXPECT_FALSE(admin.isOpen());
    now = now.addSecs(31);
    EXPECT_FALSE(admin.tryPin(QStringLiteral("1111")));
    EXPECT_EQ(admin.lockoutSecondsLeft(), 60);
    now = now.addSecs(61);
    EXPECT_TRUE(admin.tryPin(QStringLiteral("4711")));
    EXPECT_TRUE(admin.isOpen());
    EXPECT_EQ(admin.failedAttempts(), 0);
    admin.close();
    EXPECT_FALSE(admin.isOpen());
}

TEST(AdminController, TheStaffScreenClosesItselfWithoutATouch)
{
    AdminController admin(AdminPin::fromPin(SecretBytes::fromUtf8(u"4711")).value(),
                          [] { return QDateTime::currentDateTime(); }, 1);
    QSignalSpy changed(&admin, &AdminController::openChanged);
    ASSERT_TRUE(admin.tryPin(QStringLiteral("4711")));
    changed.clear();

    // touches keep it open past its second
    QWindow window;
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(300);
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &press);
    }
    EXPECT_TRUE(admin.isOpen());
    // then a second without one closes it
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_FALSE(admin.isOpen());
}

TEST(AdminController, WithoutAPinNothingOpens)
{
    AdminController admin(std::nullopt, [] { return QDateTime::currentDateTime(); });
    EXPECT_FALSE(admin.tryPin(QStringLiteral("2580")));
    EXPECT_FALSE(admin.isOpen());
}

TEST(AdminPin, OnlyDigitsAndTheRightOnes)
{
    EXPECT_FALSE(AdminPin::fromPin(SecretBytes::fromUtf8(u"12a4")).ok());
    EXPECT_FALSE(AdminPin::fromPin(SecretBytes::fromUtf8(u"123")).ok());
    const auto pin = AdminPin::fromPin(SecretBytes::fromUtf8(u"908172")).value();
    EXPECT_TRUE(pin.verify(SecretBytes::fromUtf8(u"908172")));
    EXPECT_FALSE(pin.verify(SecretBytes::fromUtf8(u"908173")));
}
