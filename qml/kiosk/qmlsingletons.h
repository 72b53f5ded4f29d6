#pragma once

// The kiosk's C++ singletons as QML sees them. Each is built in app/kiosk (the composition root)
// and handed to QML through <Class>Singleton::instance (qml/common/qmlregistrationhelper.h).

#include "admincontroller.h"
#include "idlemonitor.h"
#include "intakesession.h"
#include "kioskstore.h"
#include "kiosksync.h"
#include "qmlregistrationhelper.h"
#include "uilanguage.h"

INTAKE_QML_SINGLETON_INSTANCE(UiLanguage)
INTAKE_QML_SINGLETON_INSTANCE(IntakeSession)
INTAKE_QML_SINGLETON_INSTANCE(KioskStore)
INTAKE_QML_SINGLETON_INSTANCE(IdleMonitor)
INTAKE_QML_SINGLETON_INSTANCE(AdminController)
INTAKE_QML_SINGLETON_INSTANCE(KioskSync)
