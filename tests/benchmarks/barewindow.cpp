// bench_bare_window: the baseline for the kiosk's start-up benchmark. A bare Qt Quick Controls
// window (the same style, platform and renderer as the kiosk), which exits at its first frame.

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls.Basic
        ApplicationWindow {
            width: 1280; height: 800; visible: true
            StackView {
                anchors.fill: parent
                initialItem: Page {
                    Column {
                        anchors.centerIn: parent
                        Label { text: "Welcome" }
                        Button { text: "Start" }
                    }
                }
            }
        })");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    return QGuiApplication::exec();
}
