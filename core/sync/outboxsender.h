#pragma once

#include "common/result.h"
#include "store/outbox.h"
#include "sync/kioskpairing.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QTimer;
QT_END_NAMESPACE

namespace intake {

class IntakeStore;
class PinnedHttps;
class RequestSigner;

/// How one drain pass ended.
struct DrainReport
{
    enum class Stop {
        Empty,         ///< every row was offered; nothing left but what the console refused
        NotPaired,     ///< the kiosk has no pairing: nothing was sent
        Unreachable,   ///< no answer from the console (network, TLS, timeout): try again later
        Refused,       ///< the console refused this kiosk (401: unpaired, clock) or is unavailable
        Busy,          ///< the console asked this kiosk to wait (429): try again after retryAfter
        AwaitingApproval, ///< the console has not approved this kiosk yet (403): try again later
        Rejected,      ///< the console rejected this kiosk (403): pair it again
        StoreError,    ///< the kiosk's own store failed
    };
    Stop stop = Stop::Empty;
    int sent = 0;        ///< acknowledged as new
    int duplicates = 0;  ///< acknowledged as already there (a resend)
    int rejected = 0;    ///< refused by the console as invalid (400/413): left in the outbox
    qint64 remaining = -1;
    QString error;       ///< the last error, one line; empty when the pass ended with Empty and no rejection
    std::chrono::seconds retryAfter{0};  ///< Busy: how long the console asked the kiosk to wait

    bool delivered() const { return stop == Stop::Empty; }
};

/// Drains the kiosk's outbox to the paired console, oldest first, in signed requests
/// (docs/SYNC.md): one summary alone, a backlog up to `summariesPerRequest` at a time (one
/// round trip, one signature and one commit on the console for all of them). A row is marked
/// sent only when the console acknowledges that very intake; a summary the console refuses
/// stays in the outbox with its error, and the others go on. Up to `maxInFlight` requests are
/// on their way at once (sent in queue order, on as many kept-alive connections), so that the
/// kiosk's work, the network and the console's commit overlap. Works on the thread it lives on, with the store connection it is given; a
/// pass stops sending at the first failure that would fail the next row too (network, 401,
/// 403 for a kiosk the console has not approved, 5xx) and ends when the requests on their way
/// have answered. With nothing to send, a kiosk not known to be approved asks the console
/// (POST /v1/approval), so that staff see on the kiosk when it has been approved.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int defaultInFlight = 4;
    static constexpr int summariesPerRequest = 16;
    /// A batch stops growing at this size (the console takes 256 KiB per request).
    static constexpr qsizetype maxRequestBytes = 128 * 1024;

    /// `db` is the kiosk store's connection for this thread.
    OutboxSender(QSqlDatabase db, Clock clock, std::chrono::milliseconds requestTimeout = std::chrono::seconds(15),
                 int maxInFlight = defaultInFlight, QObject *parent = nullptr);
    ~OutboxSender() override;

    /// At most this many summaries per request (1 to summariesPerRequest; benchmarks compare).
    void setSummariesPerRequest(int count) { m_summariesPerRequest = std::clamp(count, 1, summariesPerRequest); }

    /// Starts a pass (does nothing while one runs); finished() reports its end.
    void drain();
    bool busy() const { return m_busy; }

    /// One pass, waiting for it in a local event loop (intake-cli sync --once).
    DrainReport drainAndWait();

Q_SIGNALS:
    /// After each acknowledgement.
    void acknowledged(const QString &intakeUuid, bool duplicate);
    void finished(const intake::DrainReport &report);

private:
    void fill();
    /// Asks the console whether this kiosk is approved (nothing to send, not known to be).
    void askApproval();
    /// The console's answer about this kiosk's approval (200 with summaries or "approved", 403
    /// with "pending" or "rejected"): kept with the pairing. False when the answer is not about
    /// approval; a 403 stops the pass.
    bool takeApproval(int status, const QByteArray &answer);
    /// The signed headers of a request to `route` with `body`.
    QList<std::pair<QByteArray, QByteArray>> signedHeaders(const QString &route, const QByteArray &body) const;
    /// The next rows to send together (at most summariesPerRequest, maxRequestBytes); empty
    /// when there are none or the store failed.
    QList<OutboxEntry> takeNext();
    void send(const QList<OutboxEntry> &entries);
    void handleReply(QNetworkReply *reply, const QList<OutboxEntry> &entries);
    void acknowledge(const OutboxEntry &entry, bool duplicate);
    /// The console refused this summary (400/413): it stays in the outbox; the pass goes on.
    /// False when even recording that failed.
    bool keepRefused(const OutboxEntry &entry, const QString &error);
    /// Stops sending more; the pass ends once nothing is on its way. The first reason wins.
    void stopSending(DrainReport::Stop stop, const QString &error);
    /// Writes the acknowledged rows' marks (one transaction).
    void markAcknowledged();
    void finish();

    QSqlDatabase m_db;
    Clock m_clock;
    std::chrono::milliseconds m_requestTimeout;
    int m_maxInFlight;
    int m_summariesPerRequest = summariesPerRequest;
    Outbox m_outbox;
    PinnedHttps *m_https;
    std::optional<KioskPairing> m_pairing;
    std::unique_ptr<RequestSigner> m_signer;
    QString m_pairedWith;  ///< kiosk id + fingerprint of the pairing the connections were made for
    QList<OutboxEntry> m_readAhead;  ///< rows read from the outbox, not sent yet
    qint64 m_lastId = 0;
    bool m_exhausted = false;   ///< every pending row has been sent in this pass
    bool m_oneByOne = false;    ///< a batch failed as a whole: its rows go alone, for a verdict each
    bool m_waitForIdle = false; ///< ... once the requests on their way have answered
    bool m_stopping = false;
    int m_inFlight = 0;
    bool m_busy = false;
    DrainReport m_report;
    QList<qint64> m_acknowledged;  ///< acknowledged, not yet marked in the store (a few ms at most)
    QTimer *m_markTimer;
};

} // namespace intake
