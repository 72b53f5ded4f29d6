#include "kiosksync.h"

#include "kiosklogging.h"
#include "kioskstore.h"

#include "sync/kioskpairing.h"
#include "sync/pairingclient.h"
#include "sync/pairingcode.h"

using namespace intake;

KioskSync::KioskSync(KioskStore &store, QString kioskName, SyncClient::Options options, Clock clock, QObject *parent)
    : QObject(parent), m_store(store), m_kioskName(std::move(kioskName)), m_options(std::move(options)),
      m_clock(std::move(clock))
{
    connect(&m_store, &KioskStore::lockedChanged, this, &KioskSync::storeLockedChanged);
    // a saved intake is sent at once rather than at the next poll
    connect(&m_store, &KioskStore::intakeSaved, this, &KioskSync::syncNow);
    storeLockedChanged();
}

KioskSync::~KioskSync() = default;

void KioskSync::storeLockedChanged()
{
    if (m_store.isLocked()) {
        // the worker closes its connection to the store with the store
        m_client.reset();
        setState({});
        return;
    }
    if (m_client)
        return;
    m_client = std::make_unique<SyncClient>(m_store.intakeStore()->reopener(), m_options);
    connect(m_client.get(), &SyncClient::stateChanged, this, &KioskSync::setState, Qt::QueuedConnection);
    m_client->start();
    Q_EMIT stateChanged();
}

void KioskSync::setState(const SyncState &state)
{
    if (!m_client && state.started)
        return;  // a late report from a worker already stopped
    m_state = state;
    Q_EMIT stateChanged();
}

void KioskSync::syncNow()
{
    if (m_client)
        m_client->syncNow();
}

void KioskSync::pair(const QString &code)
{
    if (m_pairingClient)
        return;
    if (m_store.isLocked()) {
        m_pairingError = tr("Unlock the store first.");
        Q_EMIT pairingChanged();
        return;
    }
    auto parsed = PairingCode::parse(code.trimmed());
    if (!parsed) {
        m_pairingError = tr("That is not a pairing code. Copy it exactly as the staff console shows it.");
        Q_EMIT pairingChanged();
        return;
    }
    m_pairingError.clear();
    m_pairingClient = new PairingClient(this);
    m_pairingClient->pair(*parsed, m_kioskName, m_clock(), [this](Result<KioskPairing> result) { pairingDone(std::move(result)); });
    Q_EMIT pairingChanged();
}

void KioskSync::pairingDone(Result<KioskPairing> result)
{
    m_pairingClient->deleteLater();
    m_pairingClient = nullptr;
    if (!result) {
        // a one-line reason without secrets (wrong fingerprint, token refused, unreachable)
        qCInfo(lcKiosk) << "pairing failed:" << result.error().message;
        m_pairingError = result.error().message;
    } else if (m_store.isLocked()) {
        m_pairingError = tr("The store was locked during pairing. Unlock it and pair again with a new code.");
    } else if (auto saved = result->save(m_store.intakeStore()->database(), m_clock()); !saved) {
        m_pairingError = saved.error().message;
    } else {
        qCInfo(lcKiosk) << "paired with the staff console at" << result->consoleAddress();
        Q_EMIT paired();
        syncNow();
    }
    Q_EMIT pairingChanged();
}
