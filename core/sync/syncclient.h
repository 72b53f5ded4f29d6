#pragma once

#include "common/result.h"
#include "sync/backoff.h"
#include "sync/requestsigning.h"

#include <QDateTime>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace intake {

class IntakeStore;

/// What the kiosk's admin screen shows about sync. No personal data.
struct SyncState
{
    bool started = false;      ///< the worker has opened its store connection
    bool paired = false;
    QString console;           ///< "host:port" when paired
    /// As the console last said (when paired): until it approves this kiosk, its summaries are
    /// refused and stay queued.
    KioskApproval approval = KioskApproval::Pending;
    QString keyFingerprint;    ///< the pairing's KioskPairing::keyFingerprint(), when paired
    qint64 backlog = -1;       ///< summaries waiting (-1: not known yet)
    QDateTime lastSuccess;     ///< the last pass that reached the console and emptied the outbox
    QString lastError;         ///< empty after a clean pass
    QDateTime nextAttempt;     ///< when the worker tries again after a failure; invalid when not waiting
    int failures = 0;          ///< failed passes in a row
};

/// The kiosk's sync worker (docs/SYNC.md): on a thread of its own, with its own connection to
/// the kiosk store, it drains the outbox to the paired console (OutboxSender), and after a
/// failure waits with exponential backoff and full jitter before the next pass. Nothing here
/// blocks the caller: syncNow() only asks, state() reads a copy. The clock and the random
/// source are injectable for tests.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    /// Opens the kiosk store for the worker's thread; called once, on that thread, then
    /// dropped (with whatever secret it captured).
    using StoreOpener = std::function<Result<std::unique_ptr<IntakeStore>>()>;

    struct Options
    {
        Backoff backoff;                                     ///< base 2 s, cap 5 min
        std::chrono::milliseconds requestTimeout{15'000};
        int inFlight = 4;                                    ///< requests on their way at once (OutboxSender)
        /// With nothing to send, look at the outbox again this often (intakes saved by the
        /// app's own connection; syncNow() is the faster way).
        std::chrono::milliseconds idlePoll{30'000};
        std::function<double()> random;                     ///< [0, 1); default: QRandomGenerator::system()
        std::function<QDateTime()> clock;                   ///< default: the system clock, UTC
    };

    explicit SyncClient(StoreOpener opener, QObject *parent = nullptr);
    SyncClient(StoreOpener opener, Options options, QObject *parent = nullptr);
    /// Stops the worker (an unacknowledged request is simply sent again next time).
    ~SyncClient() override;

    /// Starts the thread; the first pass begins at once.
    void start();
    /// Stops the thread and closes its store connection; waits for it.
    void stop();
    /// Asks for a pass now (an intake was saved, the kiosk was paired, staff pressed "sync"):
    /// resets the backoff. Not while the console's Retry-After (429) runs: the pass comes when
    /// it ends. Returns at once.
    void syncNow();

    /// A snapshot; safe from any thread.
    SyncState state() const;

Q_SIGNALS:
    /// The state changed (emitted from the worker's thread; connect queued to the UI).
    void stateChanged(const intake::SyncState &state);
    /// One summary was acknowledged by the console.
    void acknowledged(const QString &intakeUuid);

private:
    class Worker;
    friend class Worker;
    void publish(const SyncState &state);

    StoreOpener m_opener;
    Options m_options;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    mutable QMutex m_mutex;
    SyncState m_state;
};

} // namespace intake

Q_DECLARE_METATYPE(intake::SyncState)
