#pragma once

// The kiosk's C++ singletons as QML sees them. Each is built in app/kiosk (the composition root)
// and handed to QML through <Class>Singleton::instance (qmlregistrationhelper.h).

#include "admincontroller.h"
#include "idlemonitor.h"
#include "intakesession.h"
#include "kioskstore.h"
#include "kiosksync.h"
#include "languagecontroller.h"
#include "qmlregistrationhelper.h"

INTAKE_QML_SINGLETON_INSTANCE(LanguageController)
INTAKE_QML_SINGLETON_INSTANCE(IntakeSession)
INTAKE_QML_SINGLETON_INSTANCE(KioskStore)
INTAKE_QML_SINGLETON_INSTANCE(IdleMonitor)
INTAKE_QML_SINGLETON_INSTANCE(AdminController)
INTAKE_QML_SINGLETON_INSTANCE(KioskSync)
