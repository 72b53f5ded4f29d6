#include "sync/pairingclient.h"

#include "sync/codec.h"
#include "sync/pinnedhttps.h"
#include "sync/shortpairingcode.h"
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
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("token"), code.token}, {QStringLiteral("kioskName"), kioskName}})
                                .toJson(QJsonDocument::Compact);
    post(FoundConsole{code.host, code.port, code.fingerprint}, body, now, {}, std::move(done), timeout);
}

void PairingClient::pairWithShortCode(const FoundConsole &console, const QString &shortCode, const QString &kioskName,
                                      const QDateTime &now, Done done, std::chrono::milliseconds timeout)
{
    const QByteArray key = ShortPairingCode::key(shortCode);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("proof"), ShortPairingCode::kioskProof(key, console.fingerprint)},
                                  {QStringLiteral("kioskName"), kioskName}})
            .toJson(QJsonDocument::Compact);
    post(console, body, now,
         [key, fingerprint = console.fingerprint](const QString &kioskId) { return ShortPairingCode::consoleProof(key, fingerprint, kioskId); },
         std::move(done), timeout);
}

void PairingClient::post(const FoundConsole &found, const QByteArray &body, const QDateTime &now,
                         std::function<QString(const QString &kioskId)> expectedConsoleProof, Done done, std::chrono::milliseconds timeout)
{
    const PinnedConsole console{found.host, found.port, found.fingerprint, {}};
    QNetworkReply *reply = m_https->post(console, SummaryReceiver::pairPath, body, {}, timeout);
    connect(reply, &QNetworkReply::finished, this, [reply, found, now, expectedConsoleProof = std::move(expectedConsoleProof),
                                                    done = std::move(done)] {
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
        // with the short code: only a console that knows the code can answer this
        if (expectedConsoleProof
            && !ShortPairingCode::sameProof(json.value(QStringLiteral("consoleProof")).toString(), expectedConsoleProof(kioskId)))
            return done(Error{QStringLiteral("pairing failed: the console did not show that it knows the code; this kiosk stays unpaired")});
        // the console says so; were it not to, the kiosk learns its approval with its first request
        const auto approval = kioskApprovalFromName(json.value(QStringLiteral("approval")).toString());

        KioskPairing pairing;
        pairing.host = found.host;
        pairing.port = found.port;
        pairing.fingerprint = found.fingerprint;
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

namespace {

/// Runs the pairing `start` starts on a client of its own and waits for it in a local event loop.
Result<KioskPairing> waitFor(const std::function<void(PairingClient &, PairingClient::Done)> &start)
{
    PairingClient client;
    QEventLoop loop;
    std::optional<Result<KioskPairing>> outcome;
    start(client, [&](Result<KioskPairing> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace

Result<KioskPairing> PairingClient::pairAndWait(const PairingCode &code, const QString &kioskName, const QDateTime &now,
                                                std::chrono::milliseconds timeout)
{
    return waitFor([&](PairingClient &client, Done done) { client.pair(code, kioskName, now, std::move(done), timeout); });
}

Result<KioskPairing> PairingClient::pairWithShortCodeAndWait(const FoundConsole &console, const QString &shortCode,
                                                             const QString &kioskName, const QDateTime &now,
                                                             std::chrono::milliseconds timeout)
{
    return waitFor([&](PairingClient &client, Done done) {
        client.pairWithShortCode(console, shortCode, kioskName, now, std::move(done), timeout);
    });
}

} // namespace intake
