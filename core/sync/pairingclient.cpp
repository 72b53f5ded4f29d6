#include "sync/pairingclient.h"

#include "sync/codec.h"
#include "sync/pinnedhttps.h"
#include "sync/summaryreceiver.h"
#include "sync/synclog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>

#include <sodium.h>

#include <memory>
#include <optional>

namespace intake {

PairingClient::PairingClient(QObject *parent) : QObject(parent), m_https(new PinnedHttps(this))
{
}

PairingClient::~PairingClient() = default;

void PairingClient::pair(const PairingCode &code, const QString &kioskName, const QDateTime &now, Done done,
                         std::chrono::milliseconds timeout)
{
    const PinnedConsole console{code.host, code.port, code.fingerprint, {}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("token"), code.token}, {QStringLiteral("kioskName"), kioskName}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_https->post(console, SummaryReceiver::pairPath, body, {}, timeout);
    connect(reply, &QNetworkReply::finished, this, [reply, code, now, done = std::move(done)] {
        reply->deleteLater();
        QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            QString message = PinnedHttps::failureText(reply, answer);
            if (status == 403)
                message += QStringLiteral("; ask the console for a new pairing code");
            return done(Error{QStringLiteral("pairing failed: ") + message});
        }
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        sodium_memzero(answer.data(), static_cast<std::size_t>(answer.size()));
        const QString kioskId = json.value(QStringLiteral("kioskId")).toString();
        QByteArray credentialText = json.value(QStringLiteral("credential")).toString().toLatin1();
        auto credential = codec::fromBase64(credentialText);
        sodium_memzero(credentialText.data(), static_cast<std::size_t>(credentialText.size()));
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (kioskId.isEmpty() || kioskId.size() > 128 || !credential || credential->size() != 32 || peer.isNull())
            return done(Error{QStringLiteral("pairing failed: the console's answer is not a kiosk id and credential")});
        // the console says so; were it not to, the kiosk learns its approval with its first request
        const auto approval = kioskApprovalFromName(json.value(QStringLiteral("approval")).toString());

        KioskPairing pairing;
        pairing.host = code.host;
        pairing.port = code.port;
        pairing.fingerprint = code.fingerprint;
        pairing.certificatePem = peer.toPem();
        pairing.kioskId = kioskId;
        pairing.credential = SecretBytes::fromBytes(credential->constData(), static_cast<std::size_t>(credential->size()));
        sodium_memzero(credential->data(), static_cast<std::size_t>(credential->size()));
        pairing.pairedAt = now;
        pairing.approval = approval.value_or(KioskApproval::Pending);
        qCInfo(lcSync) << "paired with the console at" << pairing.consoleAddress() << "as" << kioskId << "approval"
                       << kioskApprovalName(pairing.approval);
        done(std::move(pairing));
    });
}

Result<KioskPairing> PairingClient::pairAndWait(const PairingCode &code, const QString &kioskName, const QDateTime &now,
                                                std::chrono::milliseconds timeout)
{
    PairingClient client;
    QEventLoop loop;
    std::optional<Result<KioskPairing>> outcome;
    client.pair(code, kioskName, now, [&](Result<KioskPairing> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    }, timeout);
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace intake
