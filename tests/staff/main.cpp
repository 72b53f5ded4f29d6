// GoogleTest's main with a QGuiApplication (offscreen): the view-models run Qt's event loop
// (timers, the sound effect), the screens test a real window.

#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
