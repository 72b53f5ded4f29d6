#include "kiosksync.h"

#include "kiosklogging.h"
#include "kioskstore.h"

#include "sync/kioskpairing.h"
#include "sync/pairingclient.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"

using namespace Qt::StringLiterals;

using namespace intake;

KioskSync::KioskSync(KioskStore &store, QString kioskName, SyncClient::Options options, Clock clock, QObject *parent)
    : KioskSync(store, std::move(kioskName), std::move(options), std::move(clock), ConsoleFinder::Options{}, parent)
{
}

KioskSync::KioskSync(KioskStore &store, QString kioskName, SyncClient::Options options, Clock clock,
                     ConsoleFinder::Options discovery, QObject *parent)
    : QObject(parent), m_store(store), m_kioskName(std::move(kioskName)), m_options(std::move(options)),
      m_clock(std::move(clock)), m_discovery(std::move(discovery))
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

QString KioskSync::foundConsoleAddress() const
{
    return m_foundConsole ? m_foundConsole->address() : QString();
}

QString KioskSync::foundConsoleFingerprint() const
{
    return m_foundConsole ? ShortPairingCode::forPeople(m_foundConsole->fingerprint) : QString();
}

int KioskSync::shortCodeLength()
{
    return ShortPairingCode::length;
}

void KioskSync::setPairingError(const QString &message)
{
    m_pairingError = message;
    Q_EMIT pairingChanged();
}

void KioskSync::pair(const QString &code)
{
    if (m_pairingClient || m_finder)
        return;
    m_foundConsole.reset();
    m_shortCode.clear();
    if (m_store.isLocked())
        return setPairingError(tr("Unlock the store first."));
    const QString typed = code.trimmed();
    if (typed.startsWith(u"intake-pair:"_s)) {
        auto parsed = PairingCode::parse(typed);
        if (!parsed)
            return setPairingError(tr("That is not a pairing code. Copy it exactly as the staff console shows it."));
        m_pairingError.clear();
        m_pairingClient = new PairingClient(this);
        m_pairingClient->pair(*parsed, m_kioskName, m_clock(), [this](Result<KioskPairing> result) { pairingDone(std::move(result)); });
        Q_EMIT pairingChanged();
        return;
    }
    auto shortCode = ShortPairingCode::parse(typed);
    if (!shortCode) {
        //: Staff screen: what was typed is not a pairing code. %1 is how many characters the short code has (10).
        return setPairingError(tr("That is not a pairing code. Type the %1 letters and digits the staff console shows under Pairing.")
                                   .arg(ShortPairingCode::length));
    }
    m_shortCode = *shortCode;
    m_pairingError.clear();
    m_finder = new ConsoleFinder(this);
    m_finder->find(m_discovery, [this](Result<QList<FoundConsole>> found) { consolesFound(std::move(found)); });
    Q_EMIT pairingChanged();
}

void KioskSync::consolesFound(Result<QList<FoundConsole>> found)
{
    m_finder->deleteLater();
    m_finder = nullptr;
    if (!found) {
        qCInfo(lcKiosk) << "looking for the staff console failed:" << found.error().message;
        m_shortCode.clear();
        return setPairingError(found.error().message);
    }
    if (found->isEmpty()) {
        m_shortCode.clear();
        return setPairingError(tr("No staff console answered on this network. Check that the console is on and shows a pairing "
                                  "code, or type its full code (intake-pair:…)."));
    }
    if (found->size() > 1) {
        m_shortCode.clear();
        return setPairingError(tr("More than one staff console answered on this network. Type the full code the staff console "
                                  "shows (intake-pair:…)."));
    }
    qCInfo(lcKiosk) << "found the staff console at" << found->constFirst().address() << "; waiting for staff to confirm it";
    m_foundConsole = found->constFirst();
    Q_EMIT pairingChanged();
}

void KioskSync::confirmConsole()
{
    if (!m_foundConsole || m_pairingClient || m_shortCode.isEmpty())
        return;
    if (m_store.isLocked())
        return setPairingError(tr("Unlock the store first."));
    m_pairingError.clear();
    m_pairingClient = new PairingClient(this);
    m_pairingClient->pairWithShortCode(*m_foundConsole, m_shortCode, m_kioskName, m_clock(),
                                       [this](Result<KioskPairing> result) { pairingDone(std::move(result)); });
    m_shortCode.clear();  // used once, whatever the console says
    Q_EMIT pairingChanged();
}

void KioskSync::cancelPairing()
{
    if (m_pairingClient)
        return;  // under way: its answer comes soon, within the pairing's timeout
    if (m_finder) {
        m_finder->deleteLater();  // its answer never comes
        m_finder = nullptr;
    }
    m_shortCode.clear();
    m_foundConsole.reset();
    m_pairingError.clear();
    Q_EMIT pairingChanged();
}

void KioskSync::pairingDone(Result<KioskPairing> result)
{
    m_pairingClient->deleteLater();
    m_pairingClient = nullptr;
    m_foundConsole.reset();
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
