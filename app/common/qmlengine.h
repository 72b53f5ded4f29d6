#pragma once

#include "common/result.h"

#include <QQmlApplicationEngine>
#include <QUrl>

#include <memory>

class QQuickWindow;

// The QML engine of the GUI programs (intake-kiosk, intake-staff) and the window its Main.qml
// makes.

// An engine that finds the Intake.* QML modules linked into the program.
std::unique_ptr<QQmlApplicationEngine> createQmlEngine();

// Loads the program's Main.qml (a Window); an error when it did not load.
intake::Status loadMainWindow(QQmlApplicationEngine &engine, const QUrl &mainQml);

// The window Main.qml made; null before it has loaded (or when `engine` is null).
QQuickWindow *mainWindow(const QQmlApplicationEngine *engine);
