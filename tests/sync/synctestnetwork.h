#pragma once

// Helpers for tests that talk to a real HTTPS server on 127.0.0.1. Everything waits by running
// the event loop (the server may live on the same thread), bounded in time; nothing asserts on
// how long anything took.

#include "sync/pinnedhttps.h"
#include "sync/requestsigning.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QNetworkReply>
#include <QPointer>
#include <QSslSocket>
#include <QString>
#include <QThread>

#include <chrono>
#include <functional>
#include <memory>
#include <utility>

namespace intake::test {

/// Runs the event loop until `done` or `timeout`; returns `done()`.
inline bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout = std::chrono::seconds(20))
{
    QDeadlineTimer deadline(timeout);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

/// An HTTP answer: status (0 when none arrived) and body.
struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;  ///< the Retry-After header, when there was one
    bool pinMismatch = false;
    QString error;
};

/// POSTs through PinnedHttps (the kiosk's own transport) and waits for the answer.
inline Answer postPinned(PinnedHttps &https, const PinnedConsole &console, const QString &path, const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkReply *reply = https.post(console, path, body, headers, std::chrono::seconds(10));
    QPointer<QNetworkReply> guard(reply);
    bool finished = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&finished] { finished = true; });
    waitUntil([&] { return finished; }, std::chrono::seconds(30));
    Answer answer;
    if (!guard)
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    answer.pinMismatch = PinnedHttps::pinMismatch(reply);
    answer.error = reply->errorString();
    reply->deleteLater();
    return answer;
}

/// The signed headers as a header list.
inline QList<std::pair<QByteArray, QByteArray>> headerList(const SignedHeaders &headers)
{
    return {{SignedHeaders::kioskHeader, headers.kioskId},
            {SignedHeaders::timestampHeader, headers.timestamp},
            {SignedHeaders::nonceHeader, headers.nonce},
            {SignedHeaders::signatureHeader, headers.signature}};
}

/// A loopback address other than 127.0.0.1 (127.0.0.`n`): a client bound to it reaches the
/// console on 127.0.0.1 as another peer (Linux answers for all of 127.0.0.0/8).
inline QHostAddress loopback(int n)
{
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(n));
}

/// A raw TLS client that writes whatever bytes a test wants (a misbehaving kiosk, an
/// attacker): it trusts any certificate, since it is the server that is under test. It
/// connects from `source` when given (see loopback()).
class RawTlsClient
{
public:
    explicit RawTlsClient(const QHostAddress &source = {}) : m_socket(std::make_unique<QSslSocket>())
    {
        if (!source.isNull())
            m_socket->bind(source);
        m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setReadBufferSize(0);
        QObject::connect(m_socket.get(), &QSslSocket::disconnected, m_socket.get(), [this] { m_disconnected = true; });
        QObject::connect(m_socket.get(), &QIODevice::readyRead, m_socket.get(), [this] { m_received += m_socket->readAll(); });
    }

    bool connect(quint16 port)
    {
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return waitUntil([this] { return m_socket->isEncrypted() || m_disconnected; }, std::chrono::seconds(10)) && m_socket->isEncrypted();
    }

    /// Writes without waiting for it to leave.
    void write(const QByteArray &bytes) { m_socket->write(bytes); }
    /// Writes and waits until the socket has handed everything to the system, or is closed.
    bool writeAll(const QByteArray &bytes, std::chrono::milliseconds timeout = std::chrono::seconds(30))
    {
        m_socket->write(bytes);
        return waitUntil([this] { return m_socket->bytesToWrite() == 0 || m_disconnected; }, timeout);
    }

    /// Waits for a complete-looking answer (headers and Content-Length bytes) or the end.
    int awaitStatus(std::chrono::milliseconds timeout = std::chrono::seconds(20))
    {
        waitUntil([this] { return m_disconnected || complete(); }, timeout);
        if (!m_received.startsWith("HTTP/1.1 "))
            return 0;
        return m_received.mid(9, 3).toInt();
    }
    /// The status of every answer received so far, in order.
    QList<int> statuses() const
    {
        QList<int> found;
        for (qsizetype at = m_received.indexOf("HTTP/1.1 "); at >= 0; at = m_received.indexOf("HTTP/1.1 ", at + 9))
            found.append(m_received.mid(at + 9, 3).toInt());
        return found;
    }
    /// Forgets what was received (before the next request on the same connection).
    void clearReceived() { m_received.clear(); }
    bool awaitDisconnect(std::chrono::milliseconds timeout = std::chrono::seconds(20))
    {
        return waitUntil([this] { return m_disconnected; }, timeout);
    }

    bool disconnected() const { return m_disconnected; }
    const QByteArray &received() const { return m_received; }
    QSslSocket &socket() { return *m_socket; }

private:
    bool complete() const
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const qsizetype at = m_received.toLower().indexOf("content-length:");
        if (at < 0 || at > end)
            return true;
        const qsizetype lineEnd = m_received.indexOf("\r\n", at);
        const qint64 length = m_received.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
        return m_received.size() - (end + 4) >= length;
    }

    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_received;
    bool m_disconnected = false;
};

/// A POST request as raw bytes.
inline QByteArray rawPost(const QByteArray &path, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    return request + "\r\n" + body;
}

} // namespace intake::test
