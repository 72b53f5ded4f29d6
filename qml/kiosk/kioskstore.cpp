#include "kioskstore.h"

#include "kiosklogging.h"

#include "store/secretbytes.h"

using namespace intake;

KioskStore::KioskStore(QString directory, QString keyFile, Questionnaire questionnaire, QObject *parent)
    : QObject(parent), m_directory(std::move(directory)), m_keyFile(std::move(keyFile)),
      m_questionnaire(std::move(questionnaire))
{
}

KioskStore::~KioskStore() = default;

int KioskStore::pendingSync() const
{
    if (!m_repository)
        return 0;
    auto counts = m_repository->counts();
    return counts ? static_cast<int>(counts->outboxPending) : 0;
}

bool KioskStore::unlockWithKeyFile()
{
    if (m_keyFile.isEmpty()) {
        setLastError(tr("This store is unlocked with a passphrase."));
        return false;
    }
    return open(KekSource::keyFile(m_keyFile));
}

bool KioskStore::unlock(const QString &passphrase)
{
    if (passphrase.isEmpty()) {
        setLastError(tr("Please enter the passphrase."));
        return false;
    }
    return open(KekSource::passphrase(SecretBytes::fromUtf8(passphrase)));
}

bool KioskStore::open(const KekSource &kek)
{
    if (m_store)
        return true;
    auto store = IntakeStore::open(m_directory, kek, IntakeStore::Access::ReadWrite);
    if (!store) {
        // Store errors say what is wrong (wrong passphrase, damaged store) and never hold a key.
        qCWarning(lcKiosk) << "the store did not open:" << store.error().message;
        setLastError(KeyVault::isWrongKey(store.error()) ? tr("Wrong passphrase or key file.") : store.error().message);
        return false;
    }
    m_store = std::move(store).value();
    m_repository.emplace(m_store->database(), m_questionnaire, [] { return QDateTime::currentDateTimeUtc(); });
    setLastError({});
    Q_EMIT lockedChanged();
    Q_EMIT countsChanged();
    return true;
}

void KioskStore::lock()
{
    if (!m_store)
        return;
    m_repository.reset();
    m_store.reset();
    Q_EMIT lockedChanged();
    Q_EMIT countsChanged();
}

Status KioskStore::save(const FinishedIntake &intake)
{
    if (!m_repository)
        return Error{QStringLiteral("the store is locked")};
    auto status = m_repository->saveFinished(intake, QStringLiteral("kiosk:") + intake.kioskId);
    if (!status)
        setLastError(status.error().message);
    Q_EMIT countsChanged();
    if (status)
        Q_EMIT intakeSaved();
    return status;
}

void KioskStore::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}
