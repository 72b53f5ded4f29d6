#pragma once

#include "common/result.h"
#include "questionnaire/questionnaire.h"
#include "store/finishedintake.h"
#include "store/intakerepository.h"
#include "store/intakestore.h"
#include "store/keyvault.h"

#include <QObject>

#include <memory>
#include <optional>

// The kiosk's encrypted store as the screens see it: locked until staff unlock it (passphrase)
// or it opens by itself (key file); saves finished intakes; locks again on request.
class KioskStore : public QObject
{
    Q_OBJECT

    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    // Key-file stores open without a passphrase; the lock screen then only shows errors.
    Q_PROPERTY(bool usesKeyFile READ usesKeyFile CONSTANT)
    // Why the last unlock or save failed ("" when it did not), for staff.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int pendingSync READ pendingSync NOTIFY countsChanged)

public:
    // `keyFile` empty: the store is unlocked with a passphrase.
    KioskStore(QString directory, QString keyFile, intake::Questionnaire questionnaire, QObject *parent = nullptr);
    ~KioskStore() override;

    bool isLocked() const { return !m_store; }
    bool usesKeyFile() const { return !m_keyFile.isEmpty(); }
    QString lastError() const { return m_lastError; }
    int pendingSync() const;

    // Opens with the key file (key-file stores); false and lastError on failure.
    Q_INVOKABLE bool unlockWithKeyFile();
    // Opens with a staff passphrase. The text is copied into locked memory and wiped here; QML
    // clears its field right after.
    Q_INVOKABLE bool unlock(const QString &passphrase);
    Q_INVOKABLE void lock();

    // Saves in one transaction; the intake is acknowledged only when this succeeds.
    intake::Status save(const intake::FinishedIntake &intake);

    // The open store (nullptr while locked), for the kiosk's other C++ parts (sync).
    intake::IntakeStore *intakeStore() const { return m_store.get(); }

Q_SIGNALS:
    void lockedChanged();
    void lastErrorChanged();
    void countsChanged();
    // An intake was saved (acknowledged).
    void intakeSaved();

private:
    bool open(const intake::KekSource &kek);
    void setLastError(const QString &message);

    QString m_directory;
    QString m_keyFile;
    intake::Questionnaire m_questionnaire;
    std::unique_ptr<intake::IntakeStore> m_store;
    std::optional<intake::IntakeRepository> m_repository;
    QString m_lastError;
};
