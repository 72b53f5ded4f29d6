// qml_tests: runs the tst_*.qml files of this folder (Qt Quick Test) against the kiosk's QML
// modules. The modules are static libraries, so their plugins are imported here as in
// app/kiosk/main.cpp. Components bound to the kiosk's view-models (the question page) get the
// real ones, built and registered as KioskApplication does: an IntakeSession on the shipped
// questionnaire, rules and consent, saving into an encrypted store in a temporary folder, and a
// UiLanguage for each test file's engine.

#include "intakesession.h"
#include "kioskstore.h"
#include "qmlsingletons.h"

#include "consent/consentdocument.h"
#include "questionnaire/questionnaire.h"
#include "screening/ruleset.h"
#include "shippedassets.h"
#include "store/intakestore.h"
#include "store/keyvault.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Intake_CommonPlugin)
Q_IMPORT_QML_PLUGIN(Intake_KioskPlugin)

using namespace intake;
using namespace Qt::StringLiterals;

// Called by quick_test_main: once for the application, then for each test file's engine.
class QmlTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        if (auto status = buildSession(); !status) {
            std::fprintf(stderr, "qml_tests: %s\n", qPrintable(status.error().message));
            std::exit(1);
        }
        IntakeSessionSingleton::instance = m_session.get();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 puts the modules' qmldir files at qrc:/Intake/<Module>/ and does not search the
        // resource root by default.
        engine->addImportPath(u"qrc:/"_s);
        // one per engine, as in KioskApplication (it re-translates that engine's QML)
        UiLanguageSingleton::instance = new UiLanguage(*engine, u"intake_"_s, engine);
    }

    void cleanupTestCase()
    {
        UiLanguageSingleton::instance = nullptr;
        IntakeSessionSingleton::instance = nullptr;
        // while the application object still exists: the store closes its database
        m_session.reset();
        m_store.reset();
        m_directory.reset();
    }

private:
    Status buildSession()
    {
        auto screening = ShippedAssets::loadScreening();
        if (!screening)
            return screening.error();
        auto consent = ConsentDocument::load(ShippedAssets::consentPath());
        if (!consent)
            return consent.error();
        m_directory = std::make_unique<QTemporaryDir>();
        if (!m_directory->isValid())
            return Error{u"cannot create a temporary folder for the store"_s};
        const QString storeDirectory = m_directory->filePath(u"store"_s);
        const QString keyFile = m_directory->filePath(u"store.key"_s);
        if (auto status = KeyVault::createKeyFile(keyFile); !status)
            return status;
        if (auto created = IntakeStore::create(storeDirectory, KekSource::keyFile(keyFile), Argon2Params::fastForTests()); !created)
            return created.error();
        m_store = std::make_unique<KioskStore>(storeDirectory, keyFile, screening->questionnaire);
        if (!m_store->unlockWithKeyFile())
            return Error{u"the test store does not open with its key file"_s};
        KioskStore *store = m_store.get();
        m_session = std::make_unique<IntakeSession>(
            screening->questionnaire, screening->rules, consent.value(),
            [store](const FinishedIntake &intake) { return store->save(intake); },
            [] { return QDateTime::currentDateTime(); }, u"kiosk-qml-test"_s);
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<KioskStore> m_store;
    std::unique_ptr<IntakeSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(intake_qml, QmlTestSetup)

#include "main.moc"
