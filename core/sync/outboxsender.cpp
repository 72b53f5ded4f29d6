#include "sync/outboxsender.h"

#include "sync/pinnedhttps.h"
#include "sync/requestsigning.h"
#include "sync/summaryreceiver.h"
#include "sync/synclog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

namespace intake {

namespace {
constexpr int batchSize = 64;
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
    m_batch.clear();
    m_lastId = 0;
    m_exhausted = false;
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
    fill();
}

void OutboxSender::fill()
{
    while (!m_stopping && !m_exhausted && m_inFlight < m_maxInFlight) {
        if (m_batch.isEmpty()) {
            auto next = m_outbox.pending(m_lastId, batchSize);
            if (!next) {
                stopSending(DrainReport::Stop::StoreError, next.error().message);
                break;
            }
            if (next->isEmpty()) {
                m_exhausted = true;
                break;
            }
            m_batch = std::move(next).value();
        }
        const OutboxEntry entry = m_batch.takeFirst();
        m_lastId = entry.id;
        send(entry);
    }
    if (m_inFlight == 0)
        finish();
}

void OutboxSender::send(const OutboxEntry &entry)
{
    const QByteArray path = SummaryReceiver::summariesPath.toLatin1();
    const SignedHeaders signature = m_signer->sign(QByteArrayLiteral("POST"), path, entry.payload, m_clock());
    QNetworkReply *reply = m_https->post({m_pairing->host, m_pairing->port, m_pairing->fingerprint, m_pairing->certificatePem},
                                         SummaryReceiver::summariesPath, entry.payload,
                                         {{SignedHeaders::kioskHeader, signature.kioskId},
                                          {SignedHeaders::timestampHeader, signature.timestamp},
                                          {SignedHeaders::nonceHeader, signature.nonce},
                                          {SignedHeaders::signatureHeader, signature.signature}},
                                         m_requestTimeout);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, entry] {
        --m_inFlight;
        handleReply(reply, entry);
        fill();
    });
}

void OutboxSender::handleReply(QNetworkReply *reply, const OutboxEntry &entry)
{
    reply->deleteLater();
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        // only an acknowledgement of this very intake marks it sent
        if (json.value(QStringLiteral("ack")).toString() == entry.intakeUuid) {
            m_acknowledged.append(entry.id);
            if (m_acknowledged.size() >= marksPerCommit)
                markAcknowledged();
            else if (!m_markTimer->isActive())
                m_markTimer->start();
            const bool duplicate = json.value(QStringLiteral("duplicate")).toBool();
            ++(duplicate ? m_report.duplicates : m_report.sent);
            Q_EMIT acknowledged(entry.intakeUuid, duplicate);
            return;
        }
        const QString error = QStringLiteral("the console's answer did not acknowledge intake %1").arg(entry.intakeUuid);
        (void)m_outbox.recordFailure(entry.id, error);
        return stopSending(DrainReport::Stop::Unreachable, error);
    }

    const QString error = PinnedHttps::failureText(reply, answer);
    if (auto recorded = m_outbox.recordFailure(entry.id, error); !recorded)
        return stopSending(DrainReport::Stop::StoreError, recorded.error().message);
    if (status == 400 || status == 413) {
        // this summary, not the connection: keep it for later (and for IT to see), go on
        ++m_report.rejected;
        m_report.error = QStringLiteral("intake %1: %2").arg(entry.intakeUuid, error);
        qCWarning(lcSync) << "the console refused intake" << entry.intakeUuid << "with" << status;
        return;
    }
    stopSending(status == 0 ? DrainReport::Stop::Unreachable : DrainReport::Stop::Refused, error);
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
    m_batch.clear();
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
