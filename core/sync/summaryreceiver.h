#pragma once

#include "common/result.h"
#include "console/consolerepository.h"
#include "sync/ratelimit.h"
#include "sync/requestsigning.h"
#include "sync/summaryparser.h"
#include "sync/tlsidentity.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QHttpServerResponder>
#include <QPointer>
#include <QTimer>

#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QSslSocket;
class QTcpSocket;
QT_END_NAMESPACE

namespace intake {

struct ReceiverConnections;

/// The staff console's HTTPS endpoint (docs/SYNC.md): POST /v1/pair redeems a pairing token
/// (the kiosk then waits for an administrator's approval), POST /v1/summaries takes one signed
/// summary from an approved kiosk and stores it once, POST /v1/summary-batches up to 32 (a
/// backlog), each acknowledged or refused on its own; POST /v1/approval tells a kiosk whether
/// it is approved. A kiosk that is not approved gets 403 with its approval. Built
/// on QHttpServer (6.4) with the console's TlsIdentity. Every connection is watched before
/// QHttpServer reads it: a request larger than the limit is answered 413 and the connection
/// closed before the body is buffered, a request that does not arrive within its time is
/// dropped, an idle connection is closed, so one misbehaving client never holds up the others.
/// Summaries that arrive together (kiosks send a few at once) are stored in one transaction
/// and acknowledged after its commit: one wait for the disk per burst, not per summary.
///
/// Taking up connections: QSslServer (6.4) counts a connection still in its TLS handshake
/// against QTcpServer::maxPendingConnections (30) and stops accepting at that count, and it
/// accepts again only when a handshake completes or times out, not when such a connection
/// closes or is dropped for not speaking TLS. So 30 connections that say nothing and close would leave it
/// deaf for good; the receiver resumes accepting whenever one of its connections is destroyed.
/// A watchdog also looks three times per Limits::acceptStallTimeout: it resumes a server that
/// stopped with room left (after an accept error, say), and when connections have waited that
/// long without being taken up (every handshake slot held, e.g. by a flood of connections that
/// never finish their handshake, until the handshake timeout frees them) it reports `accepting`
/// false (acceptingChanged, one warning in intake.sync) until nothing waits any more.
///
/// Who gets a connection (Limits), counted from the client's first TLS message (QSslServer's
/// startedEncryptionHandshake): at most maxConnections at once, at most
/// maxConnectionsPerAddress from one address, and the last reservedConnections only for
/// addresses a kiosk has recently paired or sent an accepted signed request from. A connection
/// that asks nothing within firstRequestTimeout of its handshake is closed. (A connection that
/// never sends a byte is not seen before that: those are bounded by the 30 handshake slots and
/// the handshake timeout, above.) Pairing attempts are limited per address; signed requests
/// per kiosk (rate and share of the replay guard, 429 with Retry-After).
///
/// Pipelining: QHttpServer 6.4 parses the next request on a connection as soon as the handler
/// of the previous one returns, and would answer it at once although the previous answer waits
/// for its commit, so a client would read each answer as the other's. A request that arrives
/// before the previous one on its connection has been answered is therefore not read: the owed
/// answer is written, then the connection closed (HTTP/1.1 allows a server to close with
/// requests unanswered; the client sends them again). Kiosks do not pipeline.
class SummaryReceiver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool accepting READ isAccepting NOTIFY acceptingChanged)
public:
    using Clock = std::function<QDateTime()>;

    struct Limits
    {
        qint64 maxBodyBytes = 256 * 1024;
        qint64 maxHeaderBytes = 16 * 1024;
        /// From a request's first byte to its last; a slower request is dropped.
        std::chrono::milliseconds requestTimeout{10'000};
        /// A kept-alive connection with no request for this long is closed.
        std::chrono::milliseconds idleTimeout{60'000};
        /// A connection that has sent nothing this long after its TLS handshake is closed: a
        /// kiosk sends its request at once, so only a connection held open for its own sake waits.
        std::chrono::milliseconds firstRequestTimeout{5'000};
        std::chrono::milliseconds handshakeTimeout{5'000};
        /// Connections waiting this long without being taken up make isAccepting() false.
        std::chrono::milliseconds acceptStallTimeout{3'000};
        /// Connections at once, from their first TLS message on, whoever holds them.
        int maxConnections = 64;
        /// Connections at once from one peer address (an IPv6 /64 counts as one address), from
        /// its first TLS message on. A kiosk uses up to 4 (OutboxSender), briefly a few more
        /// while old ones close.
        int maxConnectionsPerAddress = 12;
        /// Of maxConnections, this many only for addresses a kiosk has paired or sent an
        /// accepted signed request from within kioskAddressMemory: connections held by anyone
        /// else cannot lock out a kiosk that is known to be one.
        int reservedConnections = 16;
        std::chrono::milliseconds kioskAddressMemory{std::chrono::hours(24)};
        /// Pairing attempts from one peer address: 10 at once, then one every 6 s (a refused
        /// token is audited; this bounds the log without letting one address lock out others).
        Rate pairingAttempts{10, std::chrono::seconds(6)};
        /// Signed requests from one kiosk: 600 at once (a backlog of 10,000 summaries is 625
        /// requests), then 10 a second; beyond that 429 with Retry-After.
        Rate kioskRequests{600, std::chrono::milliseconds(100)};
        /// Nonces of one kiosk the replay guard holds (10 minutes); beyond that the kiosk gets 429.
        qsizetype kioskNonceQuota = ReplayGuard::defaultKioskQuota;
        /// Nonces the replay guard holds in all (each kiosk's counted up to its quota); beyond
        /// that every kiosk gets 503 (fails closed).
        qsizetype replayCapacity = ReplayGuard::defaultCapacity;
        /// At most this many summaries share one commit.
        int maxSummariesPerCommit = 64;
    };

    static const QString pairPath;       ///< "/v1/pair"
    static const QString summariesPath;  ///< "/v1/summaries"
    static const QString batchesPath;    ///< "/v1/summary-batches"
    static const QString approvalPath;   ///< "/v1/approval": a kiosk asks whether it is approved

    /// `repository` and its database must outlive the receiver and be used on this thread.
    SummaryReceiver(ConsoleRepository &repository, TlsIdentity identity, Clock clock, Limits limits, QObject *parent = nullptr);
    SummaryReceiver(ConsoleRepository &repository, TlsIdentity identity, Clock clock, QObject *parent = nullptr);
    ~SummaryReceiver() override;

    /// Starts serving on `address` and `port` (0: any free port). Returns the port.
    Result<quint16> listen(const QHostAddress &address, quint16 port = 0);
    /// The port listened on, 0 when not listening.
    quint16 port() const { return m_port; }
    /// Stops listening and drops every connection. Not from within a request handler.
    void close();

    const TlsIdentity &identity() const { return m_identity; }
    /// Connections open now, from their first TLS message on (tests, diagnostics).
    int openConnections() const;
    /// Whether new connections are taken up: false while not listening, and while connections
    /// have waited longer than Limits::acceptStallTimeout (see the class comment).
    bool isAccepting() const { return m_accepting; }
    /// The underlying server, for a test or benchmark to add its own route beside ours.
    QHttpServer *httpServer() const { return m_server.get(); }

Q_SIGNALS:
    /// Summaries just stored (not resends), in the order they came: one signal per commit, so
    /// that a backlog arriving in bursts refreshes a view once per burst, not per summary.
    void summariesReceived(const QList<intake::ArrivedSummary> &summaries);
    /// A kiosk redeemed a pairing token.
    void kioskPaired(const QString &kioskId);
    /// isAccepting() changed: on listen() and close() (not from the destructor), and when the
    /// watchdog finds connections left waiting, or nothing waiting any more.
    void acceptingChanged(bool accepting);

private:
    /// One request's summaries, waiting for the commit they share with others.
    struct Pending
    {
        QList<Result<ReceivedSummary>> items;  ///< one, or a batch's (each valid or not)
        bool batch = false;
        QString kioskId;
        QString nonce;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;  ///< the responder's; gone when the client went away
    };

    /// POST /v1/pair; attempts are limited per address.
    QHttpServerResponse handlePair(const QHttpServerRequest &request);
    /// POST /v1/approval: 200 {"approval": "approved"}, or 403 as for summaries.
    void handleApproval(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// POST /v1/summaries (`batch` false) and /v1/summary-batches.
    void handleSummaries(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool batch);
    /// Stores what is pending in one transaction and answers each request.
    void storePending();
    /// Answers one request: per item, its acknowledgement (`duplicates`: new or a resend) or its
    /// error; a batch as {"results": […]}, a single summary as its one result.
    void answerPending(Pending &pending, const QList<std::optional<bool>> &duplicates);
    /// Tells the guard of `socket` whether an answer is owed on it (its request waits for a commit).
    void setAnswerOwed(QTcpSocket *socket, bool owed);
    /// Takes up a connection at its first TLS message, or refuses it (Limits).
    void watchConnection(QSslSocket *socket);
    /// Whether a kiosk has paired or sent an accepted signed request from `address`
    /// (addressKey) within Limits::kioskAddressMemory.
    bool isKioskAddress(const QString &address) const;
    void rememberKioskAddress(const QHostAddress &address);
    /// The watchdog's look (see the class comment).
    void checkAccepting();
    void setAccepting(bool accepting);

    ConsoleRepository &m_repository;
    TlsIdentity m_identity;
    Clock m_clock;
    Limits m_limits;
    ReplayGuard m_replayGuard;
    RequestVerifier m_verifier;
    RateLimiter m_pairingAttempts;    ///< per address
    std::unique_ptr<ReceiverConnections> m_connections;  ///< before m_server: its sockets' guards use it to the end
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    std::vector<Pending> m_pending;
    int m_pendingSummaries = 0;       ///< valid summaries in m_pending
    QTimer m_storeTimer;              ///< 0 ms: once the requests that arrived together are read
    QTimer m_acceptWatchdog;          ///< a third of Limits::acceptStallTimeout, while listening
    QElapsedTimer m_waitingSince;     ///< since the watchdog first found connections waiting; invalid when none
    bool m_accepting = false;
};

} // namespace intake
