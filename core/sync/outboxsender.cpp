#include "sync/outboxsender.h"

#include "sync/pinnedhttps.h"
#include "sync/requestsigning.h"
#include "sync/summary.h"
#include "sync/summaryreceiver.h"
#include "sync/synclog.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace intake {

namespace {
constexpr int rowsPerRead = 64;  // outbox rows read ahead at a time
// A console's Retry-After is taken up to this; a larger one (a console's clock gone wrong, say)
// would leave the kiosk silent for longer than anyone would wait.
constexpr std::chrono::seconds maxRetryAfter{3600};

/// The Retry-After of `reply` in seconds (at most maxRetryAfter), 0 when it has none.
std::chrono::seconds retryAfterOf(const QNetworkReply *reply)
{
    bool numeric = false;
    const qint64 seconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toLongLong(&numeric);
    return numeric && seconds > 0 ? std::min(std::chrono::seconds(seconds), maxRetryAfter) : std::chrono::seconds(0);
}

// Acknowledged rows are marked sent together: at most this many, at most this late. Until
// then an acknowledged row is only in memory; lost in a crash, it is sent again and the
// console answers "duplicate".
constexpr int marksPerCommit = 32;
constexpr std::chrono::milliseconds markDelay{20};
}

OutboxSender::OutboxSender(QSqlDatabase db, Clock clock, std::chrono::milliseconds requestTimeout, int maxInFlight, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_clock(std::move(clock)),
      m_requestTimeout(requestTimeout),
      m_maxInFlight(std::max(1, maxInFlight)),
      m_outbox(db, m_clock),
      m_https(new PinnedHttps(this)),
      m_markTimer(new QTimer(this))
{
    m_markTimer->setSingleShot(true);
    m_markTimer->setInterval(markDelay);
    connect(m_markTimer, &QTimer::timeout, this, &OutboxSender::markAcknowledged);
    // This connection only marks rows sent and counts failures. Without waiting for the disk on
    // each of those commits, a power cut can forget the last few marks: those summaries are sent
    // again and the console, which de-duplicates by UUID, acknowledges them as duplicates. The
    // intakes themselves are written by the app's own connection, which keeps synchronous=FULL;
    // its next commit makes these durable too (one write-ahead log).
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

OutboxSender::~OutboxSender()
{
    markAcknowledged();
}

void OutboxSender::drain()
{
    if (m_busy)
        return;
    m_busy = true;
    m_report = {};
    m_readAhead.clear();
    m_lastId = 0;
    m_exhausted = false;
    m_oneByOne = false;
    m_waitForIdle = false;
    m_stopping = false;
    m_inFlight = 0;
    auto pairing = KioskPairing::load(m_db);
    if (!pairing) {
        stopSending(DrainReport::Stop::StoreError, pairing.error().message);
        return finish();
    }
    if (!pairing->has_value()) {
        m_pairing.reset();
        m_signer.reset();
        stopSending(DrainReport::Stop::NotPaired, QStringLiteral("this kiosk is not paired with a staff console"));
        return finish();
    }
    const QString pairedWith = (*pairing)->kioskId + u' ' + (*pairing)->fingerprint + u' ' + (*pairing)->consoleAddress();
    if (pairedWith != m_pairedWith) {
        m_https->reset();  // no kept-alive connection outlives the pairing it was made for
        m_pairedWith = pairedWith;
    }
    m_pairing = std::move(pairing).value();
    m_signer = std::make_unique<RequestSigner>(m_pairing->kioskId,
                                               SecretBytes::fromBytes(reinterpret_cast<const char *>(m_pairing->credential.data()),
                                                                      m_pairing->credential.size()));
    if (m_pairing->approval != KioskApproval::Approved) {
        // with summaries to send, their answer says; with none, ask
        auto waiting = m_outbox.pendingCount();
        if (!waiting) {
            stopSending(DrainReport::Stop::StoreError, waiting.error().message);
            return finish();
        }
        if (waiting.value() == 0)
            return askApproval();
    }
    fill();
}

QList<std::pair<QByteArray, QByteArray>> OutboxSender::signedHeaders(const QString &route, const QByteArray &body) const
{
    const SignedHeaders signature = m_signer->sign(QByteArrayLiteral("POST"), route.toLatin1(), body, m_clock());
    return {{SignedHeaders::kioskHeader, signature.kioskId},
            {SignedHeaders::timestampHeader, signature.timestamp},
            {SignedHeaders::nonceHeader, signature.nonce},
            {SignedHeaders::signatureHeader, signature.signature}};
}

void OutboxSender::askApproval()
{
    const QByteArray body;
    QNetworkReply *reply = m_https->post({m_pairing->host, m_pairing->port, m_pairing->fingerprint, m_pairing->certificatePem},
                                         SummaryReceiver::approvalPath, body, signedHeaders(SummaryReceiver::approvalPath, body),
                                         m_requestTimeout);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        --m_inFlight;
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool answered = (status == 200 && reply->error() == QNetworkReply::NoError) || status == 403;
        if (!answered || !takeApproval(status, answer)) {
            const QString error = PinnedHttps::failureText(reply, answer);
            if (status == 429)
                m_report.retryAfter = retryAfterOf(reply);
            stopSending(status == 0 ? DrainReport::Stop::Unreachable
                                    : (status == 429 ? DrainReport::Stop::Busy : DrainReport::Stop::Refused),
                        error);
        }
        finish();
    });
}

bool OutboxSender::takeApproval(int status, const QByteArray &answer)
{
    std::optional<KioskApproval> approval;
    if (status == 200)
        approval = KioskApproval::Approved;
    else if (status == 403)
        approval = kioskApprovalFromName(QJsonDocument::fromJson(answer).object().value(QStringLiteral("approval")).toString());
    if (!approval || (status == 403 && *approval == KioskApproval::Approved))
        return false;  // a 403 that is not about approval (a pairing token, say)
    if (*approval != m_pairing->approval) {
        if (auto saved = KioskPairing::saveApproval(m_db, *approval, m_clock()); !saved) {
            stopSending(DrainReport::Stop::StoreError, saved.error().message);
            return true;
        }
        m_pairing->approval = *approval;
        qCInfo(lcSync) << "the console says this kiosk is" << kioskApprovalName(*approval);
    }
    // Not the summaries' fault: nothing is counted against them; they stay queued, and the
    // worker tries again after its backoff.
    if (*approval == KioskApproval::Pending) {
        stopSending(DrainReport::Stop::AwaitingApproval,
                    QStringLiteral("waiting for approval at the front desk (key fingerprint %1)").arg(m_pairing->keyFingerprint()));
    } else if (*approval == KioskApproval::Rejected) {
        stopSending(DrainReport::Stop::Rejected,
                    QStringLiteral("the staff console rejected this kiosk (key fingerprint %1); pair it again with a new code")
                        .arg(m_pairing->keyFingerprint()));
    }
    return true;
}

void OutboxSender::fill()
{
    // After a batch failed, nothing more goes out until every request on its way has answered:
    // the console may be closing those connections, and a summary sent on one would fail too.
    if (m_waitForIdle && m_inFlight > 0)
        return;
    m_waitForIdle = false;
    while (!m_stopping && m_inFlight < m_maxInFlight) {
        const QList<OutboxEntry> entries = takeNext();
        if (entries.isEmpty())
            break;
        send(entries);
    }
    if (m_inFlight == 0)
        finish();
}

QList<OutboxEntry> OutboxSender::takeNext()
{
    QList<OutboxEntry> entries;
    qsizetype bytes = 0;
    const int limit = m_oneByOne ? 1 : m_summariesPerRequest;
    while (entries.size() < limit) {
        if (m_readAhead.isEmpty()) {
            if (m_exhausted)
                break;
            auto next = m_outbox.pending(m_lastId, rowsPerRead);
            if (!next) {
                stopSending(DrainReport::Stop::StoreError, next.error().message);
                return {};
            }
            if (next->isEmpty()) {
                m_exhausted = true;
                break;
            }
            m_readAhead = std::move(next).value();
            m_lastId = m_readAhead.last().id;
        }
        if (!entries.isEmpty() && bytes + m_readAhead.first().payload.size() > maxRequestBytes)
            break;
        bytes += m_readAhead.first().payload.size();
        entries.append(m_readAhead.takeFirst());
    }
    return entries;
}

void OutboxSender::send(const QList<OutboxEntry> &entries)
{
    const bool batch = entries.size() > 1;
    const QString route = batch ? SummaryReceiver::batchesPath : SummaryReceiver::summariesPath;
    QByteArray body;
    if (batch) {
        QList<QByteArray> payloads;
        payloads.reserve(entries.size());
        for (const OutboxEntry &entry : entries)
            payloads.append(entry.payload);
        body = Summary::batchBody(payloads);
    } else {
        body = entries.first().payload;
    }
    QNetworkReply *reply = m_https->post({m_pairing->host, m_pairing->port, m_pairing->fingerprint, m_pairing->certificatePem},
                                         route, body, signedHeaders(route, body), m_requestTimeout);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, entries] {
        --m_inFlight;
        handleReply(reply, entries);
        fill();
    });
}

void OutboxSender::handleReply(QNetworkReply *reply, const QList<OutboxEntry> &entries)
{
    reply->deleteLater();
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool batch = entries.size() > 1;
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        takeApproval(status, answer);  // an answer to summaries: the console has approved this kiosk
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        const QJsonArray results = batch ? json.value(QStringLiteral("results")).toArray() : QJsonArray{json};
        const bool oneResultEach = results.size() == entries.size();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const OutboxEntry &entry = entries.at(i);
            const QJsonObject result = results.at(i).toObject();
            // only an acknowledgement of this very intake marks it sent
            if (oneResultEach && result.value(QStringLiteral("ack")).toString() == entry.intakeUuid) {
                acknowledge(entry, result.value(QStringLiteral("duplicate")).toBool());
            } else if (batch && oneResultEach && result.value(QStringLiteral("error")).isString()) {
                // worded as a refused single summary's: the status and the console's reason
                const QString error = PinnedHttps::refusalText(result.value(QStringLiteral("status")).toInt(400),
                                                               result.value(QStringLiteral("error")).toString());
                if (!keepRefused(entry, error))
                    return;
            } else {
                const QString error = QStringLiteral("the console's answer did not acknowledge intake %1").arg(entry.intakeUuid);
                (void)m_outbox.recordFailure(entry.id, error);
                return stopSending(DrainReport::Stop::Unreachable, error);
            }
        }
        return;
    }

    const QString error = PinnedHttps::failureText(reply, answer);
    if (status == 429) {
        // The console asks this kiosk to wait (its request rate or its share of the replay
        // guard): neither the summaries nor the connection are at fault, so nothing is counted
        // against the rows, and the worker waits at least as long as asked.
        if (!m_stopping)
            m_report.retryAfter = retryAfterOf(reply);
        return stopSending(DrainReport::Stop::Busy, error);
    }
    if (status == 403 && takeApproval(status, answer))
        return;  // this kiosk is not approved (yet): the rows stay queued as they are
    if (batch && (status == 400 || status == 413 || status == 0)) {
        // The batch as a whole was refused (too large for this console, say) or got no answer
        // (a console closes the connection on a request over its limit, at times before the
        // kiosk has read the 413): its rows go again, one per request, so that each gets its
        // own verdict; a console that cannot be reached at all fails the first of them.
        m_oneByOne = true;
        m_waitForIdle = true;
        m_readAhead += entries;
        std::sort(m_readAhead.begin(), m_readAhead.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
        if (status == 0)
            qCWarning(lcSync).noquote() << QStringLiteral("a batch of %1 summaries got no answer from the console; sending them one by one").arg(entries.size());
        else
            qCWarning(lcSync).noquote() << QStringLiteral("the console refused a batch of %1 summaries (HTTP %2); sending them one by one")
                                                .arg(entries.size()).arg(status);
        return;
    }
    if (status == 400 || status == 413) {
        // this summary, not the connection: keep it for later (and for IT to see), go on
        (void)keepRefused(entries.first(), error);
        return;
    }
    for (const OutboxEntry &entry : entries) {
        if (auto recorded = m_outbox.recordFailure(entry.id, error); !recorded)
            return stopSending(DrainReport::Stop::StoreError, recorded.error().message);
    }
    stopSending(status == 0 ? DrainReport::Stop::Unreachable : DrainReport::Stop::Refused, error);
}

void OutboxSender::acknowledge(const OutboxEntry &entry, bool duplicate)
{
    m_acknowledged.append(entry.id);
    if (m_acknowledged.size() >= marksPerCommit)
        markAcknowledged();
    else if (!m_markTimer->isActive())
        m_markTimer->start();
    ++(duplicate ? m_report.duplicates : m_report.sent);
    Q_EMIT acknowledged(entry.intakeUuid, duplicate);
}

bool OutboxSender::keepRefused(const OutboxEntry &entry, const QString &error)
{
    if (auto recorded = m_outbox.recordFailure(entry.id, error); !recorded) {
        stopSending(DrainReport::Stop::StoreError, recorded.error().message);
        return false;
    }
    ++m_report.rejected;
    m_report.error = QStringLiteral("intake %1: %2").arg(entry.intakeUuid, error);
    qCWarning(lcSync) << "the console refused intake" << entry.intakeUuid;  // its error may name a field, never a value
    return true;
}

void OutboxSender::stopSending(DrainReport::Stop stop, const QString &error)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_report.stop = stop;
    m_report.error = error;
}

void OutboxSender::markAcknowledged()
{
    m_markTimer->stop();
    if (m_acknowledged.isEmpty())
        return;
    const QList<qint64> ids = std::exchange(m_acknowledged, {});
    if (auto marked = m_outbox.markSent(ids); !marked)
        stopSending(DrainReport::Stop::StoreError, marked.error().message);
}

void OutboxSender::finish()
{
    if (!m_busy)
        return;
    markAcknowledged();
    if (!m_stopping)
        m_report.stop = DrainReport::Stop::Empty;
    auto remaining = m_outbox.pendingCount();
    m_report.remaining = remaining ? remaining.value() : -1;
    m_readAhead.clear();
    m_busy = false;
    if (m_report.stop != DrainReport::Stop::Empty && m_report.stop != DrainReport::Stop::NotPaired)
        qCInfo(lcSync) << "sync stopped after" << m_report.sent << "sent:" << m_report.error;
    Q_EMIT finished(m_report);
}

DrainReport OutboxSender::drainAndWait()
{
    QEventLoop loop;
    DrainReport report;
    bool done = false;
    const auto connection = connect(this, &OutboxSender::finished, &loop, [&](const DrainReport &r) {
        report = r;
        done = true;
        loop.quit();
    });
    drain();
    if (!done)
        loop.exec();
    disconnect(connection);
    return report;
}

} // namespace intake
