// qml_tests: runs the tst_*.qml files of this folder (Qt Quick Test) against the kiosk's QML
// modules. The modules are static libraries, so their plugins are imported here as in
// app/kiosk/main.cpp.

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Intake_CommonPlugin)
Q_IMPORT_QML_PLUGIN(Intake_KioskPlugin)

using namespace Qt::StringLiterals;

// Called by quick_test_main for each test file's engine.
class QmlTestSetup : public QObject
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

QUICK_TEST_MAIN_WITH_SETUP(intake_qml, QmlTestSetup)

#include "main.moc"
