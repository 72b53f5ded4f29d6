// staff_qml_tests: runs the tst_*.qml files of tests/staff/qml (Qt Quick Test) against the
// console's QML modules, linked statically as in intake-staff. The components tested there read
// no view-model, so no console is built.

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Intake_CommonPlugin)
Q_IMPORT_QML_PLUGIN(Intake_StaffPlugin)

using namespace Qt::StringLiterals;

// Called by quick_test_main for each test file's engine.
class StaffQmlTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 puts the modules' qmldir files at qrc:/Intake/<Module>/ and does not search the
        // resource root by default.
        engine->addImportPath(u"qrc:/"_s);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(staff_qml, StaffQmlTestSetup)

#include "qmlmain.moc"
