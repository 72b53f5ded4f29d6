#include "sync/summaryreceiver.h"

#include "console/consolerepository.h"
#include "sync/summaryparser.h"
#include "sync/synclog.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalBlocker>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <utility>

namespace intake {

const QString SummaryReceiver::pairPath = QStringLiteral("/v1/pair");
const QString SummaryReceiver::summariesPath = QStringLiteral("/v1/summaries");
const QString SummaryReceiver::batchesPath = QStringLiteral("/v1/summary-batches");
const QString SummaryReceiver::approvalPath = QStringLiteral("/v1/approval");

namespace {

using HttpStatus = QHttpServerResponder::StatusCode;

QHttpServerResponse jsonAnswer(const QJsonObject &body, HttpStatus status)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse errorAnswer(HttpStatus status, const QString &message)
{
    return jsonAnswer(QJsonObject{{QStringLiteral("error"), message}}, status);
}

/// A whole HTTP/1.1 answer that closes the connection, for the guard, which answers before
/// QHttpServer has a request to answer.
QByteArray closingAnswer(int status, const char *reason, const QString &message)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\n\r\n" + body;
}

/// The value of header `name` in the raw header block `head` (case-insensitive), or empty.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

/// The address a connection or a pairing attempt counts against: an IPv4 address (also when
/// the server sees it IPv4-mapped), or the /64 prefix of an IPv6 address, since one IPv6 host
/// can use any address of its /64.
QString addressKey(const QHostAddress &address)
{
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    if (isIPv4)
        return QHostAddress(ipv4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

/// Addresses remembered as kiosks' at most: only an accepted signed request adds one, but a
/// kiosk's address may change (DHCP) and the table must not grow for ever.
constexpr qsizetype maxKioskAddresses = 256;

class ConnectionGuard;

} // namespace

/// The connections the receiver holds, for its admission rules (Limits): how many, how many
/// from each address, the guard of each socket, and the addresses kiosks have authenticated
/// from. Each ConnectionGuard counts itself in and out.
struct ReceiverConnections
{
    int open = 0;
    QHash<QString, int> byAddress;                     ///< addressKey → connections open
    QHash<const QObject *, ConnectionGuard *> guards;  ///< socket → its guard
    QHash<QString, qint64> kioskAddresses;             ///< addressKey → last accepted signed request (ms since epoch)
};

namespace {

/// Watches one TLS connection from the handshake on. Its readyRead slot is connected before
/// QHttpServer's (which connects only once the handshake is done), so it sees every byte
/// before QHttpServer buffers it.
///
/// QHttpServer 6.4 reads a request inside a QIODevice read transaction that it commits only
/// when the request is complete: while one is open, the socket's buffer holds the whole
/// request so far. So "no transaction open" means a new request starts, and the bytes of the
/// current request are the sum of what each readyRead brings. Beyond the limit (or with a
/// Content-Length beyond it) the guard answers 413 itself and closes; the socket's read
/// buffer is capped as a second line, so even then nothing large is ever buffered.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QSslSocket *socket, const SummaryReceiver::Limits &limits, ReceiverConnections &connections, QString address)
        : QObject(socket), m_socket(socket), m_limits(limits), m_connections(connections), m_address(std::move(address))
    {
        ++m_connections.open;
        ++m_connections.byAddress[m_address];
        m_connections.guards.insert(socket, this);
        socket->setReadBufferSize(limits.maxHeaderBytes + limits.maxBodyBytes + 64 * 1024);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::timedOut);
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::readyRead);
        // a kiosk sends its request as soon as the handshake is done: a connection that says
        // nothing is held open for its own sake
        connect(socket, &QSslSocket::encrypted, this,
                [this] { m_timer.start(std::min(m_limits.firstRequestTimeout, m_limits.idleTimeout)); });
        // an answer written and no request pending: the connection is idle again
        connect(socket, &QIODevice::bytesWritten, this, [this] {
            if (!m_socket->isTransactionStarted() && !m_stopped)
                m_timer.start(m_limits.idleTimeout);
        });
    }
    ~ConnectionGuard() override
    {
        --m_connections.open;
        if (--m_connections.byAddress[m_address] <= 0)
            m_connections.byAddress.remove(m_address);
        m_connections.guards.remove(m_socket);
    }

    /// An answer is owed on this connection (its request waits for a commit), or no longer.
    void setAnswerOwed(bool owed)
    {
        m_answerOwed = owed;
        if (!owed && m_closeWhenAnswered)
            closeSoon();
    }

private:
    void readyRead()
    {
        if (m_stopped)
            return;
        if (!m_socket->isTransactionStarted()) {
            if (m_answerOwed)
                return refusePipelining();
            // the first bytes of a new request: its whole time starts now, and is not extended
            m_requestBytes = 0;
            m_head.clear();
            m_headDone = false;
            m_timer.start(m_limits.requestTimeout);
        }
        const qint64 fresh = m_socket->bytesAvailable();
        m_requestBytes += fresh;
        if (!m_headDone && m_head.size() < m_limits.maxHeaderBytes) {
            m_head += m_socket->peek(std::min(fresh, m_limits.maxHeaderBytes - m_head.size()));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end >= 0) {
                m_headDone = true;
                const QByteArray length = headerValue(m_head.left(end), QByteArrayLiteral("Content-Length"));
                bool numeric = false;
                const qint64 declared = length.toLongLong(&numeric);
                if (!length.isEmpty() && (!numeric || declared > m_limits.maxBodyBytes))
                    return reject(413, "Payload Too Large", tooLarge());
            }
        }
        if (!m_headDone && m_requestBytes > m_limits.maxHeaderBytes)
            return reject(431, "Request Header Fields Too Large",
                          QStringLiteral("the request's header is larger than %1 KiB").arg(m_limits.maxHeaderBytes / 1024));
        if (m_requestBytes > m_limits.maxHeaderBytes + m_limits.maxBodyBytes)
            return reject(413, "Payload Too Large", tooLarge());
    }

    QString tooLarge() const
    {
        return QStringLiteral("the request body is larger than %1 KiB").arg(m_limits.maxBodyBytes / 1024);
    }

    /// QHttpServer must not parse anything more on this connection: its readyRead goes, what it
    /// buffered is dropped, and whatever the client still sends is discarded.
    void stopReading()
    {
        m_stopped = true;
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        connect(m_socket, &QIODevice::readyRead, this, [this] { m_socket->skip(m_socket->bytesAvailable()); });
    }

    void closeSoon()
    {
        m_socket->disconnectFromHost();
        // a client that never reads its answer does not keep the connection either
        m_timer.start(std::chrono::seconds(2));
    }

    void reject(int status, const char *reason, const QString &message)
    {
        qCInfo(lcSync) << "refused a request from" << m_socket->peerAddress().toString() << "with" << status;
        stopReading();
        m_socket->write(closingAnswer(status, reason, message));
        closeSoon();
    }

    /// A request arrived while the answer to the one before it is still owed (see the class
    /// comment of SummaryReceiver): it is not read; the owed answer goes out, then the
    /// connection closes.
    void refusePipelining()
    {
        qCInfo(lcSync) << "a request from" << m_socket->peerAddress().toString()
                       << "came before the previous one was answered; closing that connection after the answer";
        stopReading();
        m_closeWhenAnswered = true;
    }

    void timedOut()
    {
        if (!m_stopped && m_socket->isTransactionStarted())
            qCInfo(lcSync) << "dropped a slow request from" << m_socket->peerAddress().toString();
        if (m_stopped || m_socket->isTransactionStarted())
            m_socket->abort();
        else
            m_socket->disconnectFromHost();  // idle
    }

    QSslSocket *m_socket;
    const SummaryReceiver::Limits &m_limits;
    ReceiverConnections &m_connections;
    const QString m_address;  ///< addressKey of the peer
    QTimer m_timer;
    qint64 m_requestBytes = 0;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_stopped = false;            ///< refused or pipelined: QHttpServer reads nothing more
    bool m_answerOwed = false;
    bool m_closeWhenAnswered = false;
};

SignedHeaders signedHeadersOf(const QHttpServerRequest &request)
{
    return {request.value(SignedHeaders::kioskHeader), request.value(SignedHeaders::timestampHeader),
            request.value(SignedHeaders::nonceHeader), request.value(SignedHeaders::signatureHeader)};
}

/// Answers a signed request that `outcome` refuses (false, nothing written, when it accepts):
/// 401, 429 with Retry-After, 503, and 403 with the kiosk's approval for a kiosk that is not
/// approved (`{"error": …, "approval": "pending"}` or `"rejected"`), so that the kiosk can say
/// what it waits for.
bool answerRefusal(const RequestVerifier::Outcome &outcome, QHttpServerResponder &responder)
{
    using Code = RequestVerifier::Outcome::Code;
    QJsonObject body{{QStringLiteral("error"), outcome.reason}};
    switch (outcome.code) {
    case Code::Accepted:
        return false;
    case Code::Throttled:
        qCInfo(lcSync) << "kiosk" << outcome.kioskId << "asked to wait:" << outcome.reason;
        responder.write(QJsonDocument(body), {{QByteArrayLiteral("Retry-After"), QByteArray::number(outcome.retryAfter.count())}},
                        HttpStatus::TooManyRequests);
        return true;
    case Code::NotApproved:
        qCInfo(lcSync) << "kiosk" << outcome.kioskId << "is not approved:" << kioskApprovalName(outcome.approval);
        body.insert(QStringLiteral("approval"), kioskApprovalName(outcome.approval));
        responder.write(QJsonDocument(body), HttpStatus::Forbidden);
        return true;
    case Code::Unauthorized:
    case Code::Unavailable:
        qCInfo(lcSync) << "refused a request:" << outcome.reason;
        responder.write(QJsonDocument(body), outcome.code == Code::Unavailable ? HttpStatus::ServiceUnavailable : HttpStatus::Unauthorized);
        return true;
    }
    return false;
}

} // namespace

SummaryReceiver::SummaryReceiver(ConsoleRepository &repository, TlsIdentity identity, Clock clock, Limits limits, QObject *parent)
    : QObject(parent),
      m_repository(repository),
      m_identity(std::move(identity)),
      m_clock(std::move(clock)),
      m_limits(limits),
      m_replayGuard(&repository, m_limits.replayCapacity, m_limits.kioskNonceQuota),
      m_verifier([this](const QString &kioskId) { return m_repository.kioskCredential(kioskId); }, m_replayGuard, m_limits.kioskRequests),
      m_pairingAttempts(m_limits.pairingAttempts, 4096),
      m_connections(std::make_unique<ReceiverConnections>())
{
    m_storeTimer.setSingleShot(true);
    m_storeTimer.setInterval(0);
    connect(&m_storeTimer, &QTimer::timeout, this, &SummaryReceiver::storePending);
    m_acceptWatchdog.setInterval(m_limits.acceptStallTimeout / 3);
    connect(&m_acceptWatchdog, &QTimer::timeout, this, &SummaryReceiver::checkAccepting);
}

SummaryReceiver::SummaryReceiver(ConsoleRepository &repository, TlsIdentity identity, Clock clock, QObject *parent)
    : SummaryReceiver(repository, std::move(identity), std::move(clock), Limits{}, parent)
{
}

SummaryReceiver::~SummaryReceiver()
{
    // no acceptingChanged from here: whoever listens may be on its way out too
    const QSignalBlocker blocker(this);
    close();
}

Result<quint16> SummaryReceiver::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (auto loaded = m_replayGuard.load(m_clock()); !loaded)
        return loaded.error();

    m_server = std::make_unique<QHttpServer>();
    m_server->route(pairPath, QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return handlePair(request); });
    m_server->route(summariesPath, QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleSummaries(request, std::move(responder), false);
                    });
    m_server->route(batchesPath, QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleSummaries(request, std::move(responder), true);
                    });
    m_server->route(approvalPath, QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        handleApproval(request, std::move(responder));
                    });
    m_server->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                                   QStringLiteral("no such endpoint: POST /v1/pair, /v1/summaries, /v1/summary-batches or /v1/approval")}}),
                        HttpStatus::NotFound);
    });

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_identity.certificate());
    tls.setPrivateKey(m_identity.privateKey());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);  // kiosks authenticate by HMAC, not by certificate
    m_server->sslSetup(tls);

    const quint16 chosen = m_server->listen(address, port);
    if (chosen == 0) {
        m_server.reset();
        return Error{QStringLiteral("cannot listen on %1 port %2 (in use, or not an address of this computer)")
                         .arg(address.toString())
                         .arg(port)};
    }
    for (QTcpServer *server : m_server->servers()) {
        if (auto *ssl = qobject_cast<QSslServer *>(server)) {
            ssl->setHandshakeTimeout(static_cast<int>(m_limits.handshakeTimeout.count()));
            connect(ssl, &QSslServer::startedEncryptionHandshake, this, &SummaryReceiver::watchConnection);
        }
        // The server stops accepting while maxPendingConnections sockets are in their handshake
        // and resumes on its own only when a handshake completes or times out. A socket that
        // leaves the handshake otherwise (the peer closed, a TLS error, a first byte that is not
        // TLS) is deleted later, and the server's count drops only once it is destroyed: resume
        // then.
        // newConnection follows the creation of the socket, the server's newest child; its
        // destroyed() reaches us after the server's own (connected first) has uncounted it.
        connect(server, &QTcpServer::newConnection, server, [server] {
            QObject::connect(server->children().constLast(), &QObject::destroyed, server, &QTcpServer::resumeAccepting);
        });
    }
    m_port = chosen;
    m_waitingSince.invalidate();
    m_acceptWatchdog.start();
    setAccepting(true);
    qCInfo(lcSync) << "serving kiosks on" << address.toString() << "port" << chosen;
    return chosen;
}

void SummaryReceiver::close()
{
    // answer nothing more: the kiosks send these again, and the console keeps them once
    m_storeTimer.stop();
    m_pending.clear();
    m_pendingSummaries = 0;
    m_acceptWatchdog.stop();
    m_server.reset();
    m_port = 0;
    setAccepting(false);
}

void SummaryReceiver::checkAccepting()
{
    bool waiting = false;
    for (QTcpServer *server : m_server->servers()) {
        // nothing while it accepts; lifts a pause that nothing else would (after an accept
        // error, say); a server whose handshake slots are all held pauses again at once
        server->resumeAccepting();
        // takes up what there is room for, as the server's own read notification would, and
        // tells whether anything was waiting (finding nothing, it leaves a timeout as the
        // server's serverError(), which nothing here reads)
        if (server->waitForNewConnection(0))
            waiting = true;
    }
    if (!waiting) {
        m_waitingSince.invalidate();
        if (!m_accepting) {
            qCInfo(lcSync) << "taking up connections again";
            setAccepting(true);
        }
        return;
    }
    if (!m_waitingSince.isValid()) {
        m_waitingSince.start();
        return;
    }
    if (m_accepting && m_waitingSince.elapsed() >= m_limits.acceptStallTimeout.count()) {
        qCWarning(lcSync) << "not taking up connections: some have waited" << m_waitingSince.elapsed()
                          << "ms (every TLS handshake slot is held, or the system refuses more); handshakes time out after"
                          << m_limits.handshakeTimeout.count() << "ms";
        setAccepting(false);
    }
}

void SummaryReceiver::setAccepting(bool accepting)
{
    if (m_accepting == accepting)
        return;
    m_accepting = accepting;
    Q_EMIT acceptingChanged(accepting);
}

int SummaryReceiver::openConnections() const
{
    return m_connections->open;
}

void SummaryReceiver::watchConnection(QSslSocket *socket)
{
    const QString address = addressKey(socket->peerAddress());
    const bool kiosk = isKioskAddress(address);
    const int room = kiosk ? m_limits.maxConnections : m_limits.maxConnections - m_limits.reservedConnections;
    if (m_connections->open >= room) {
        qCWarning(lcSync) << "too many connections; refused one from" << socket->peerAddress().toString()
                          << (kiosk ? "(a kiosk's address)" : "(the last ones are kept for kiosks)");
        socket->abort();
        return;
    }
    if (m_connections->byAddress.value(address) >= m_limits.maxConnectionsPerAddress) {
        qCInfo(lcSync) << "too many connections from" << address << "; refused one";
        socket->abort();
        return;
    }
    new ConnectionGuard(socket, m_limits, *m_connections, address);
}

void SummaryReceiver::setAnswerOwed(QTcpSocket *socket, bool owed)
{
    if (ConnectionGuard *guard = m_connections->guards.value(socket))
        guard->setAnswerOwed(owed);
}

bool SummaryReceiver::isKioskAddress(const QString &address) const
{
    const auto seen = m_connections->kioskAddresses.constFind(address);
    return seen != m_connections->kioskAddresses.cend()
           && m_clock().toMSecsSinceEpoch() - seen.value() <= m_limits.kioskAddressMemory.count();
}

void SummaryReceiver::rememberKioskAddress(const QHostAddress &address)
{
    QHash<QString, qint64> &addresses = m_connections->kioskAddresses;
    const QString key = addressKey(address);
    const qint64 now = m_clock().toMSecsSinceEpoch();
    if (addresses.size() >= maxKioskAddresses && !addresses.contains(key)) {
        const qint64 memory = m_limits.kioskAddressMemory.count();
        addresses.removeIf([now, memory](const auto &entry) { return now - entry.value() > memory; });
        if (addresses.size() >= maxKioskAddresses) {
            const auto oldest = std::min_element(addresses.cbegin(), addresses.cend());
            addresses.remove(oldest.key());
        }
    }
    addresses.insert(key, now);
}

QHttpServerResponse SummaryReceiver::handlePair(const QHttpServerRequest &request)
{
    // per address, so that guessing tokens from one address does not lock out a genuine one
    if (const auto wait = m_pairingAttempts.take(addressKey(request.remoteAddress()), m_clock().toMSecsSinceEpoch()); wait.count() > 0) {
        const std::chrono::seconds seconds = RateLimiter::wholeSeconds(wait);
        QHttpServerResponse busy = errorAnswer(
            HttpStatus::TooManyRequests, QStringLiteral("too many pairing attempts from this address; try again in %1 s").arg(seconds.count()));
        busy.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds.count()));
        return busy;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorAnswer(HttpStatus::BadRequest, QStringLiteral("the body is not a JSON object"));
    const QJsonObject json = document.object();
    // the long code's token, or the short code's proof (docs/SYNC.md)
    const bool withProof = json.contains(QStringLiteral("proof"));
    const QString secretKey = withProof ? QStringLiteral("proof") : QStringLiteral("token");
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() != secretKey && it.key() != QLatin1String("kioskName"))
            return errorAnswer(HttpStatus::BadRequest, QStringLiteral("only 'token' or 'proof', and 'kioskName', are expected"));
    }
    if (!json.value(secretKey).isString() || !json.value(QStringLiteral("kioskName")).isString())
        return errorAnswer(HttpStatus::BadRequest, QStringLiteral("'%1' and 'kioskName' must be strings").arg(secretKey));

    const QString kioskName = json.value(QStringLiteral("kioskName")).toString();
    auto enrollment = withProof
                          ? m_repository.pairKioskWithProof(json.value(secretKey).toString(), m_identity.fingerprint(), kioskName)
                          : m_repository.pairKiosk(json.value(secretKey).toString(), kioskName);
    if (!enrollment) {
        const bool tokenRefused = enrollment.error().message == ConsoleRepository::pairingRefusedMessage();
        qCInfo(lcSync) << "pairing refused:" << enrollment.error().message;
        return errorAnswer(tokenRefused ? HttpStatus::Forbidden : HttpStatus::BadRequest, enrollment.error().message);
    }
    const QByteArray credential =
        QByteArray(reinterpret_cast<const char *>(enrollment->credential.data()), static_cast<qsizetype>(enrollment->credential.size()))
            .toBase64();
    qCInfo(lcSync) << "paired kiosk" << enrollment->kioskId;
    rememberKioskAddress(request.remoteAddress());  // a redeemed token shows it is a kiosk, as a signed request does
    Q_EMIT kioskPaired(enrollment->kioskId);
    QJsonObject answer{{QStringLiteral("kioskId"), enrollment->kioskId},
                       {QStringLiteral("credential"), QString::fromLatin1(credential)},
                       {QStringLiteral("approval"), kioskApprovalName(KioskApproval::Pending)}};
    if (withProof)
        answer.insert(QStringLiteral("consoleProof"), enrollment->consoleProof);
    return jsonAnswer(answer, HttpStatus::Ok);
}

void SummaryReceiver::handleApproval(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // signed like any request, with an empty body; its nonce is kept at once (nothing else to
    // commit it with)
    const auto outcome = m_verifier.verify(QByteArrayLiteral("POST"), approvalPath.toLatin1(), signedHeadersOf(request), request.body(), m_clock());
    if (answerRefusal(outcome, responder))
        return;
    rememberKioskAddress(request.remoteAddress());
    responder.write(QJsonDocument(QJsonObject{{QStringLiteral("approval"), kioskApprovalName(KioskApproval::Approved)}}), HttpStatus::Ok);
}

void SummaryReceiver::handleSummaries(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool batch)
{
    const auto answer = [&responder](HttpStatus status, const QString &message) {
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}), status);
    };
    const QByteArray body = request.body();
    const SignedHeaders headers = signedHeadersOf(request);
    // the nonce is written with the summaries, in their transaction: one commit per burst
    const QString path = batch ? batchesPath : summariesPath;
    const auto outcome = m_verifier.verify(QByteArrayLiteral("POST"), path.toLatin1(), headers, body, m_clock(),
                                           ReplayGuard::Persist::ByCaller);
    // a kiosk that is not approved is refused before its body is even parsed: nothing of it is kept
    if (answerRefusal(outcome, responder))
        return;
    rememberKioskAddress(request.remoteAddress());
    const QString nonce = QString::fromLatin1(headers.nonce);
    const auto rememberNonceAlone = [&] {
        if (auto remembered = m_repository.rememberNonce(outcome.kioskId, nonce, m_clock()); !remembered)
            qCWarning(lcSync) << "cannot record a nonce:" << remembered.error().message;
    };

    QList<Result<ReceivedSummary>> items;
    if (batch) {
        auto parsed = SummaryParser::parseBatch(body);
        if (!parsed) {
            qCInfo(lcSync) << "kiosk" << outcome.kioskId << "sent an invalid batch:" << parsed.error().message;
            rememberNonceAlone();
            return answer(HttpStatus::BadRequest, parsed.error().message);
        }
        items = std::move(parsed).value();
    } else {
        auto summary = SummaryParser::parse(body);
        if (!summary) {
            qCInfo(lcSync) << "kiosk" << outcome.kioskId << "sent an invalid summary:" << summary.error().message;
            rememberNonceAlone();
            return answer(HttpStatus::BadRequest, summary.error().message);
        }
        items.append(std::move(summary));
    }
    const auto valid = static_cast<int>(std::count_if(items.cbegin(), items.cend(), [](const auto &item) { return item.ok(); }));
    for (const auto &item : items) {
        if (!item)
            qCInfo(lcSync) << "kiosk" << outcome.kioskId << "sent an invalid summary in a batch:" << item.error().message;
    }
    QPointer<QTcpSocket> socket(responder.socket());
    m_pending.push_back(Pending{std::move(items), batch, outcome.kioskId, nonce, std::move(responder), socket});
    if (valid == 0) {
        // nothing to store: answer at once, keeping the nonce
        rememberNonceAlone();
        Pending refused = std::move(m_pending.back());
        m_pending.pop_back();
        return answerPending(refused, {});
    }
    setAnswerOwed(socket, true);
    m_pendingSummaries += valid;
    if (m_pendingSummaries >= m_limits.maxSummariesPerCommit)
        storePending();
    else if (!m_storeTimer.isActive())
        m_storeTimer.start();
}

void SummaryReceiver::storePending()
{
    m_storeTimer.stop();
    std::vector<Pending> requests;
    requests.swap(m_pending);
    m_pendingSummaries = 0;
    if (requests.empty())
        return;
    // every valid summary of every request, in one transaction; each request's nonce with its first
    QList<IncomingSummary> incoming;
    for (const Pending &pending : requests) {
        QString nonce = pending.nonce;
        for (const auto &item : pending.items) {
            if (item)
                incoming.append(IncomingSummary{item.value(), pending.kioskId, std::exchange(nonce, QString())});
        }
    }
    const auto stored = m_repository.storeSummaries(incoming);
    if (!stored)
        qCWarning(lcSync) << "cannot store" << incoming.size() << "summaries:" << stored.error().message;
    qsizetype next = 0;
    QList<ArrivedSummary> arrived;
    for (Pending &pending : requests) {
        QList<std::optional<bool>> duplicates;  // per item: stored (as new or not), or nothing when invalid
        for (const auto &item : pending.items) {
            if (!item || !stored) {
                duplicates.append(std::nullopt);
                continue;
            }
            const bool duplicate = stored->at(next++);
            duplicates.append(duplicate);
            if (!duplicate)
                arrived.append({item->uuid, severityName(item->outcome)});
        }
        if (!stored) {
            // a client that went away meanwhile gets nothing; it sends again and is told "duplicate"
            if (pending.socket && pending.socket->isOpen())
                pending.responder.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), stored.error().message}}),
                                        HttpStatus::InternalServerError);
        } else {
            answerPending(pending, duplicates);
        }
        setAnswerOwed(pending.socket, false);
    }
    if (!arrived.isEmpty())
        Q_EMIT summariesReceived(arrived);
}

void SummaryReceiver::answerPending(Pending &pending, const QList<std::optional<bool>> &duplicates)
{
    // a client that went away meanwhile gets nothing; it sends again and is told "duplicate"
    if (!pending.socket || !pending.socket->isOpen())
        return;
    const auto result = [&](qsizetype i) {
        const auto &item = pending.items.at(i);
        if (!item)
            return QJsonObject{{QStringLiteral("status"), 400}, {QStringLiteral("error"), item.error().message}};
        return QJsonObject{{QStringLiteral("ack"), item->uuid}, {QStringLiteral("duplicate"), duplicates.value(i).value_or(false)}};
    };
    if (!pending.batch)
        return pending.responder.write(QJsonDocument(result(0)), HttpStatus::Ok);
    QJsonArray results;
    for (qsizetype i = 0; i < pending.items.size(); ++i)
        results.append(result(i));
    pending.responder.write(QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}), HttpStatus::Ok);
}

} // namespace intake
