#pragma once

#include <QJSEngine>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

// Shared by the QML modules (Intake.Kiosk, Intake.Staff).
//
// Exposes an object that main() (the composition root) builds and wires as a QML singleton named
// after its class, without a context property and without QML creating its own copy. The same
// pattern as KDE Itinerary's qmlregistrationhelper.h; works on Qt 6.4 (QML_FOREIGN wrapper with a
// static create(), QQmlPrivate::ConstructionMode::FactoryWrapper).
//
// In a header listed in the QML module's SOURCES (e.g. qml/staff/staffsingletons.h):
//     INTAKE_QML_SINGLETON_INSTANCE(UiLanguage)
// In main(), before the first QML file is loaded:
//     UiLanguageSingleton::instance = &uiLanguage;
// The object stays owned by C++ and must outlive the engine's QML objects.
#define INTAKE_QML_SINGLETON_INSTANCE(Class)                                                       \
    struct Class##Singleton                                                                        \
    {                                                                                              \
        Q_GADGET                                                                                   \
        QML_FOREIGN(Class)                                                                         \
        QML_NAMED_ELEMENT(Class)                                                                   \
        QML_SINGLETON                                                                              \
    public:                                                                                        \
        inline static Class *instance = nullptr;                                                   \
        static Class *create(QQmlEngine *, QJSEngine *engine)                                      \
        {                                                                                          \
            Q_ASSERT_X(instance, #Class "Singleton::create",                                       \
                       "set the instance in main() before loading QML");                          \
            Q_ASSERT(engine->thread() == instance->thread());                                      \
            QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);                      \
            return instance;                                                                       \
        }                                                                                          \
    };
