#pragma once

// The kiosk's C++ singletons as QML sees them. Each is built in app/kiosk/main.cpp and handed to
// QML through <Class>Singleton::instance (qmlregistrationhelper.h).

#include "languagecontroller.h"
#include "qmlregistrationhelper.h"

INTAKE_QML_SINGLETON_INSTANCE(LanguageController)
