#include "sync/pinnedhttps.h"

#include "sync/synclog.h"
#include "sync/tlsidentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

namespace intake {

const char *const PinnedHttps::pinMismatchProperty = "intakePinMismatch";

PinnedHttps::PinnedHttps(QObject *parent) : QObject(parent)
{
    // no HTTP proxy between a kiosk and the console on the clinic's LAN
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

QNetworkReply *PinnedHttps::post(const PinnedConsole &console, const QString &path, const QByteArray &body,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers, std::chrono::milliseconds timeout)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(console.host);
    url.setPort(console.port);
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // the console closes a connection that sends a request before the last one was answered
    request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(timeout.count()));

    if (m_configuredFor != console.certificatePem || m_tls.isNull()) {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setProtocol(QSsl::TlsV1_2OrLater);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // only the pinned certificate is trusted, never the system's CAs
        m_tls.setCaCertificates(QSslCertificate::fromData(console.certificatePem, QSsl::Pem));
        m_configuredFor = console.certificatePem;
    }
    request.setSslConfiguration(m_tls);

    QNetworkReply *reply = m_manager.post(request, body);
    const QString fingerprint = console.fingerprint;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, fingerprint](const QList<QSslError> &errors) {
        // Every error is about the peer's certificate (self-signed, not for this host name):
        // accept them only for exactly the pinned certificate.
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (peer.isNull() && !errors.isEmpty())
            peer = errors.first().certificate();
        bool allPinned = !peer.isNull() && TlsIdentity::fingerprintOf(peer) == fingerprint;
        for (const QSslError &error : errors)
            allPinned = allPinned && (error.certificate().isNull() || TlsIdentity::fingerprintOf(error.certificate()) == fingerprint);
        if (allPinned) {
            reply->ignoreSslErrors(errors);
        } else {
            reply->setProperty(pinMismatchProperty, true);
            qCWarning(lcSync) << "the console's certificate does not match the pinned fingerprint; connection refused";
        }
    });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, fingerprint] {
        // checked again once the handshake is done, before any request byte is sent
        if (TlsIdentity::fingerprintOf(reply->sslConfiguration().peerCertificate()) != fingerprint) {
            reply->setProperty(pinMismatchProperty, true);
            reply->abort();
        }
    });
    return reply;
}

void PinnedHttps::reset()
{
    m_manager.clearConnectionCache();
}

bool PinnedHttps::pinMismatch(const QNetworkReply *reply)
{
    return reply->property(pinMismatchProperty).toBool();
}

QString PinnedHttps::failureText(QNetworkReply *reply, const QByteArray &body)
{
    if (pinMismatch(reply))
        return QStringLiteral("the console's certificate does not match the pairing (fingerprint mismatch); connection refused");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return QStringLiteral("cannot reach the console at %1:%2: %3").arg(reply->url().host()).arg(reply->url().port()).arg(reply->errorString());
    return refusalText(status, QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString());
}

QString PinnedHttps::refusalText(int status, const QString &reason)
{
    return QStringLiteral("the console answered %1: %2")
        .arg(status)
        .arg(reason.isEmpty() ? QStringLiteral("(no reason given)") : reason.left(300));
}

} // namespace intake
