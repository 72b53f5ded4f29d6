#pragma once

// The staff console's C++ singletons as QML sees them. Each is built in app/staff (the
// composition root) and handed to QML through <Class>Singleton::instance
// (qml/common/qmlregistrationhelper.h).

#include "adminscreen.h"
#include "arrivalchime.h"
#include "decisionform.h"
#include "intakedetail.h"
#include "pairingcontroller.h"
#include "qmlregistrationhelper.h"
#include "receiverstatus.h"
#include "retentionsettings.h"
#include "reviewqueuemodel.h"
#include "staffadmin.h"
#include "staffsession.h"
#include "uilanguage.h"

// The administrators' screens' common base, known to QML by its properties only.
struct AdminScreenForeign
{
    Q_GADGET
    QML_FOREIGN(AdminScreen)
    QML_ANONYMOUS
};

INTAKE_QML_SINGLETON_INSTANCE(UiLanguage)
INTAKE_QML_SINGLETON_INSTANCE(StaffSession)
INTAKE_QML_SINGLETON_INSTANCE(ReviewQueueModel)
INTAKE_QML_SINGLETON_INSTANCE(IntakeDetail)
INTAKE_QML_SINGLETON_INSTANCE(DecisionForm)
INTAKE_QML_SINGLETON_INSTANCE(PairingController)
INTAKE_QML_SINGLETON_INSTANCE(StaffAdmin)
INTAKE_QML_SINGLETON_INSTANCE(RetentionSettings)
INTAKE_QML_SINGLETON_INSTANCE(ArrivalChime)
INTAKE_QML_SINGLETON_INSTANCE(ReceiverStatus)
