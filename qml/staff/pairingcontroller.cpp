#include "pairingcontroller.h"

#include "staffsession.h"

#include "console/consolerepository.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

using namespace intake;
using namespace Qt::StringLiterals;

PairingController::PairingController(StaffSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &StaffSession::stateChanged, this, [this] {
        if (!m_session.isSignedIn())
            clearCode();  // a code on screen is a key to this console
        refreshKiosks();
    });
    refreshKiosks();
}

QString PairingController::qrSource() const
{
    return m_code.isEmpty() ? QString() : u"image://pairing/%1"_s.arg(m_codeSerial);
}

QString PairingController::endpoint() const
{
    if (m_port == 0)
        return {};
    return (m_host.contains(u':') ? u'[' + m_host + u']' : m_host) + u':' + QString::number(m_port);
}

QString PairingController::fingerprintForPeople() const
{
    return ShortPairingCode::forPeople(m_fingerprint);
}

int PairingController::pairedCount() const
{
    return static_cast<int>(std::count_if(m_kiosks.cbegin(), m_kiosks.cend(), [](const QVariant &kiosk) {
        return kiosk.toMap().value(u"paired"_s).toBool();
    }));
}

void PairingController::setEndpoint(const QString &host, quint16 port, const QString &fingerprint)
{
    m_host = host;
    m_port = port;
    m_fingerprint = fingerprint;
    Q_EMIT endpointChanged();
}

void PairingController::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

bool PairingController::issueCode()
{
    ConsoleRepository *repository = m_session.repository();
    if (!repository || !m_session.isSignedIn()) {
        setLastError(tr("Sign in to pair a kiosk."));
        return false;
    }
    if (m_port == 0) {
        setLastError(tr("The console is not receiving yet, so no kiosk can reach it. Check the address it listens on."));
        return false;
    }
    auto token = repository->issuePairingToken(m_session.userId());
    if (!token) {
        setLastError(token.error().message);
        return false;
    }
    m_code = PairingCode{m_host, m_port, m_fingerprint, token->token}.toString();
    m_shortCode = ShortPairingCode::display(token->shortCode);
    m_expiresAt = token->expiresAt.toLocalTime();
    ++m_codeSerial;
    setLastError({});
    Q_EMIT codeChanged();
    return true;
}

void PairingController::clearCode()
{
    if (m_code.isEmpty())
        return;
    // a code off the screen pairs nothing: photographed, it is of no use
    if (ConsoleRepository *repository = m_session.repository()) {
        if (auto withdrawn = repository->withdrawPairingTokens(); !withdrawn)
            setLastError(withdrawn.error().message);
    }
    m_code.clear();
    m_shortCode.clear();
    m_expiresAt = {};
    Q_EMIT codeChanged();
}

void PairingController::kioskPaired()
{
    clearCode();  // used once; the kiosk now waits below for approval
    refreshKiosks();
}

bool PairingController::approve(const QString &kioskId)
{
    return decide(kioskId, true);
}

bool PairingController::reject(const QString &kioskId)
{
    return decide(kioskId, false);
}

bool PairingController::decide(const QString &kioskId, bool approve)
{
    ConsoleRepository *repository = m_session.repository();
    if (!repository || !m_session.isSignedIn()) {
        setLastError(tr("Sign in to approve or reject a kiosk."));
        return false;
    }
    if (!m_session.isAdmin()) {
        setLastError(tr("Only an administrator can approve or reject a kiosk."));
        return false;
    }
    const Status status = approve ? repository->approveKiosk(kioskId, m_session.userId())
                                  : repository->rejectKiosk(kioskId, m_session.userId());
    refreshKiosks();
    if (!status) {
        setLastError(status.error().message);
        return false;
    }
    setLastError({});
    return true;
}

bool PairingController::unpair(const QString &kioskId)
{
    ConsoleRepository *repository = m_session.repository();
    if (!repository || !m_session.isSignedIn()) {
        setLastError(tr("Sign in to unpair a kiosk."));
        return false;
    }
    if (auto status = repository->revokeKiosk(kioskId, m_session.userId()); !status) {
        setLastError(status.error().message);
        return false;
    }
    setLastError({});
    refreshKiosks();
    return true;
}

void PairingController::refreshKiosks()
{
    QVariantList list;
    QVariantList pending;
    ConsoleRepository *repository = m_session.repository();
    if (repository && m_session.isSignedIn()) {
        auto kiosks = repository->kiosks();
        if (!kiosks) {
            setLastError(kiosks.error().message);
        } else {
            for (const KioskInfo &kiosk : kiosks.value()) {
                const QVariantMap entry{{u"id"_s, kiosk.id},
                                        {u"name"_s, kiosk.name},
                                        {u"pairedAt"_s, kiosk.pairedAt.toLocalTime()},
                                        {u"revokedAt"_s, kiosk.revokedAt.toLocalTime()},
                                        {u"paired"_s, kiosk.paired()},
                                        {u"approval"_s, kioskApprovalName(kiosk.approval)},
                                        {u"awaitingApproval"_s, kiosk.awaitingApproval()},
                                        {u"decidedAt"_s, kiosk.decidedAt.toLocalTime()},
                                        {u"decidedBy"_s, kiosk.decidedBy},
                                        {u"fingerprint"_s, kiosk.fingerprint}};
                list.append(entry);
                if (kiosk.awaitingApproval())
                    pending.prepend(entry);  // the list is newest first; these oldest first
            }
        }
    }
    m_kiosks = list;
    m_pendingKiosks = pending;
    Q_EMIT kiosksChanged();
}

QImage PairingController::qrImage() const
{
    return m_code.isEmpty() ? QImage() : renderQrCode(m_code);
}

QImage PairingController::renderQrCode(const QString &text, int modulePixels, int quietZoneModules)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!qr)
        return {};
    const int modules = qr->width;
    const int side = (modules + 2 * quietZoneModules) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // bit 0 of each byte: a dark module
            if (qr->data[y * modules + x] & 1) {
                painter.drawRect((x + quietZoneModules) * modulePixels, (y + quietZoneModules) * modulePixels,
                                 modulePixels, modulePixels);
            }
        }
    }
    return image;
}
