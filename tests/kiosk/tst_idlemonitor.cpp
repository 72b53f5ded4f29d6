// The idle monitor: a warning after the timeout (longer on a reading page), a countdown, then
// expired(); any input resets.

#include "idlemonitor.h"

#include <QMouseEvent>
#include <QSignalSpy>
#include <QWindow>

#include <gtest/gtest.h>

TEST(IdleMonitor, WarnsCountsDownAndExpires)
{
    IdleMonitor monitor(1, 2);
    QSignalSpy expired(&monitor, &IdleMonitor::expired);
    QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
    monitor.setActive(true);
    ASSERT_TRUE(warning.wait(5000));
    EXPECT_TRUE(monitor.isWarning());
    EXPECT_EQ(monitor.secondsLeft(), 2);
    ASSERT_TRUE(expired.wait(5000));
    EXPECT_FALSE(monitor.isWarning());
}

TEST(IdleMonitor, InputCancelsTheWarning)
{
    IdleMonitor monitor(1, 5);
    QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
    QSignalSpy expired(&monitor, &IdleMonitor::expired);
    monitor.setActive(true);
    ASSERT_TRUE(warning.wait(5000));
    ASSERT_TRUE(monitor.isWarning());
    QWindow window;
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &press);
    EXPECT_FALSE(monitor.isWarning());
    EXPECT_EQ(expired.size(), 0);
}

TEST(IdleMonitor, AReadingPageGetsALongerAllowance)
{
    IdleMonitor monitor(1, 5);
    QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
    monitor.setReading(true);
    monitor.setActive(true);
    // not after the ordinary second (with a margin), but within readingFactor seconds
    EXPECT_FALSE(warning.wait(1800));
    EXPECT_FALSE(monitor.isWarning());
    ASSERT_TRUE(warning.wait(5000));
    EXPECT_TRUE(monitor.isWarning());

    // back to the ordinary allowance after the reading page
    monitor.reset();
    monitor.setReading(false);
    warning.clear();
    ASSERT_TRUE(warning.wait(3000));
    EXPECT_TRUE(monitor.isWarning());
}

TEST(IdleMonitor, InactiveNeverWarns)
{
    IdleMonitor monitor(1, 1);
    QSignalSpy warning(&monitor, &IdleMonitor::warningChanged);
    EXPECT_FALSE(warning.wait(1500));
    EXPECT_FALSE(monitor.isWarning());
}
