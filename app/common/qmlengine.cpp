#include "qmlengine.h"

#include <QQuickWindow>

using namespace Qt::StringLiterals;

std::unique_ptr<QQmlApplicationEngine> createQmlEngine()
{
    auto engine = std::make_unique<QQmlApplicationEngine>();
    // Qt 6.4 puts the modules' qmldir files at qrc:/Intake/<Module>/ and does not search the
    // resource root by default (6.5 adds qrc:/qt/qml).
    engine->addImportPath(u"qrc:/"_s);
    return engine;
}

intake::Status loadMainWindow(QQmlApplicationEngine &engine, const QUrl &mainQml)
{
    engine.load(mainQml);
    if (!mainWindow(&engine))
        return intake::Error{u"the user interface did not load (see the QML errors above)"_s};
    return {};
}

QQuickWindow *mainWindow(const QQmlApplicationEngine *engine)
{
    return engine ? qobject_cast<QQuickWindow *>(engine->rootObjects().value(0)) : nullptr;
}
