#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <chrono>
#include <utility>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace intake {

/// Where a kiosk sends, and the certificate it accepts there.
struct PinnedConsole
{
    QString host;
    quint16 port = 0;
    QString fingerprint;        ///< SHA-256 of the DER certificate, lowercase hex: the pin
    QByteArray certificatePem;  ///< the pinned certificate once known (after pairing); empty before
};

/// HTTPS POSTs from the kiosk to its console over a pinned connection: the TLS connection is
/// refused unless the peer certificate's SHA-256 is the pinned fingerprint. Once the
/// certificate is known it is the only CA the connection trusts; with or without it, the
/// fingerprint decides (the console's self-signed certificate does not name the host, so the
/// usual name check cannot). One manager per thread; replies belong to it.
class PinnedHttps : public QObject
{
    Q_OBJECT
public:
    /// Set on a reply refused because of the pin, so the caller can say so plainly.
    static const char *const pinMismatchProperty;

    explicit PinnedHttps(QObject *parent = nullptr);

    /// POSTs `body` (application/json) with `headers` to https://host:port`path`.
    QNetworkReply *post(const PinnedConsole &console, const QString &path, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, std::chrono::milliseconds timeout);

    /// Forgets kept-alive connections (after the pairing changed).
    void reset();

    static bool pinMismatch(const QNetworkReply *reply);
    /// One line for a failed reply: the pin, the network error or the console's own error.
    static QString failureText(QNetworkReply *reply, const QByteArray &body);
    /// How a refusal by the console reads: its status and its reason (at most 300 characters).
    static QString refusalText(int status, const QString &reason);

private:
    QNetworkAccessManager m_manager;
    /// The TLS settings for the last console posted to (parsing the pinned certificate for
    /// every request would cost more than the request itself on loopback).
    QByteArray m_configuredFor;
    QSslConfiguration m_tls;
};

} // namespace intake
