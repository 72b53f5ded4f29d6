#include "sync/syncclient.h"

#include "store/intakestore.h"
#include "sync/outboxsender.h"
#include "sync/synclog.h"

#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace intake {

/// Lives on the sync thread: owns the store connection, the sender and the retry timer.
class SyncClient::Worker : public QObject
{
public:
    Worker(SyncClient &client, StoreOpener opener, const Options &options)
        : m_client(client), m_opener(std::move(opener)), m_options(options), m_timer(this)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Worker::pass);
    }

    /// On the thread: open the store, then the first pass.
    void begin()
    {
        auto store = m_opener();
        m_opener = nullptr;  // whatever secret it held goes now
        if (!store) {
            m_state.lastError = QStringLiteral("sync cannot open the kiosk store: ") + store.error().message;
            m_client.publish(m_state);
            return;
        }
        m_store = std::move(store).value();
        m_sender = std::make_unique<OutboxSender>(m_store->database(), m_options.clock, m_options.requestTimeout, m_options.inFlight);
        connect(m_sender.get(), &OutboxSender::finished, this, &Worker::passFinished);
        connect(m_sender.get(), &OutboxSender::acknowledged, this, [this](const QString &uuid) {
            if (m_state.backlog > 0)
                --m_state.backlog;
            m_client.publish(m_state);
            Q_EMIT m_client.acknowledged(uuid);
        });
        m_state.started = true;
        pass();
    }

    /// On the thread: close everything before the thread ends (connections are per thread).
    void end()
    {
        m_timer.stop();
        m_sender.reset();
        m_store.reset();
    }

    void now()
    {
        if (!m_sender)
            return;
        // the console asked this kiosk to wait (429): a saved intake does not cut that short
        if (m_notBefore.isValid() && m_options.clock() < m_notBefore)
            return;
        m_state.failures = 0;
        if (m_sender->busy()) {
            m_again = true;  // rows saved during this pass are picked up by the next
            return;
        }
        pass();
    }

private:
    void pass()
    {
        m_timer.stop();
        m_notBefore = {};
        m_state.nextAttempt = {};
        m_sender->drain();
    }

    void passFinished(const DrainReport &report)
    {
        const QDateTime now = m_options.clock();
        m_state.paired = report.stop != DrainReport::Stop::NotPaired;
        if (m_state.paired) {
            if (auto pairing = KioskPairing::load(m_store->database()); pairing && pairing->has_value()) {
                m_state.console = (*pairing)->consoleAddress();
                m_state.approval = (*pairing)->approval;
                m_state.keyFingerprint = (*pairing)->keyFingerprint();
            }
        } else {
            m_state.console.clear();
            m_state.approval = KioskApproval::Pending;
            m_state.keyFingerprint.clear();
        }
        m_state.backlog = report.remaining;
        m_state.lastError = report.error;
        std::chrono::milliseconds wait = m_options.idlePoll;
        if (report.delivered()) {
            m_state.lastSuccess = now;
            m_state.failures = 0;
            if (m_again) {
                m_again = false;
                wait = std::chrono::milliseconds(0);
            }
        } else if (report.stop != DrainReport::Stop::NotPaired) {
            ++m_state.failures;
            // a console that asked for a wait (429, Retry-After) gets at least that
            wait = std::max(m_options.backoff.delay(m_state.failures, m_options.random()),
                            std::chrono::duration_cast<std::chrono::milliseconds>(report.retryAfter));
            m_state.nextAttempt = now.addMSecs(wait.count());
            if (report.stop == DrainReport::Stop::Busy)
                m_notBefore = m_state.nextAttempt;
            m_again = false;
        }
        m_client.publish(m_state);
        m_timer.start(wait);
    }

    SyncClient &m_client;
    StoreOpener m_opener;
    Options m_options;
    std::unique_ptr<IntakeStore> m_store;
    std::unique_ptr<OutboxSender> m_sender;
    QTimer m_timer;  ///< a child, so that it moves to the sync thread with the worker
    SyncState m_state;
    QDateTime m_notBefore;  ///< after a 429: no pass before this, even when asked for one
    bool m_again = false;
};

SyncClient::SyncClient(StoreOpener opener, QObject *parent) : SyncClient(std::move(opener), Options{}, parent)
{
}

SyncClient::SyncClient(StoreOpener opener, Options options, QObject *parent)
    : QObject(parent), m_opener(std::move(opener)), m_options(std::move(options))
{
    qRegisterMetaType<intake::SyncState>();
    if (!m_options.random)
        m_options.random = [] { return QRandomGenerator::system()->generateDouble(); };
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("intake-sync"));
    m_worker = new Worker(*this, m_opener, m_options);
    m_opener = nullptr;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->begin(); }, Qt::QueuedConnection);
}

void SyncClient::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->end(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;  // the worker was deleted on the thread's way out (deleteLater at finished)
    m_thread = nullptr;
    m_worker = nullptr;
}

void SyncClient::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->now(); }, Qt::QueuedConnection);
}

SyncState SyncClient::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

void SyncClient::publish(const SyncState &state)
{
    {
        QMutexLocker lock(&m_mutex);
        m_state = state;
    }
    Q_EMIT stateChanged(state);
}

} // namespace intake
