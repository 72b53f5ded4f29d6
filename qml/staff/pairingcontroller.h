#pragma once

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QVariantList>

class StaffSession;

// Pairing kiosks with this console: issues a one-time pairing token and shows the pairing code
// (address, port, certificate fingerprint, token) as text and as a QR code, with its short form
// to type on a kiosk and the certificate's fingerprint as the kiosk shows it, until a kiosk uses it
// (or it leaves the screen, when it stops working too); lists the kiosks ever paired, those that
// wait for approval with their key fingerprint, for an administrator to approve or reject after
// comparing it with the kiosk's staff screen; unpairs one, which takes effect at once (its
// credential is deleted, so its next request is refused).
class PairingController : public QObject
{
    Q_OBJECT

    // The code to scan on the kiosk or give to intake-cli pair ("" until one is issued).
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    // Its short form, to type on the kiosk's on-screen keyboard ("7KQ4M-XT92H"; "" without a code).
    Q_PROPERTY(QString shortCode READ shortCode NOTIFY codeChanged)
    // Where QML finds the QR code of `code` (the "pairing" image provider); "" without a code.
    Q_PROPERTY(QString qrSource READ qrSource NOTIFY codeChanged)
    Q_PROPERTY(QDateTime codeExpiresAt READ codeExpiresAt NOTIFY codeChanged)
    // Where kiosks reach this console, "address:port" ("" while the receiver is not listening).
    Q_PROPERTY(QString endpoint READ endpoint NOTIFY endpointChanged)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY endpointChanged)
    // The fingerprint as the kiosk shows it, for staff to compare ("9F3A 12BC 77D0 E4A1 0B5C").
    Q_PROPERTY(QString fingerprintForPeople READ fingerprintForPeople NOTIFY endpointChanged)
    // {id, name, pairedAt, revokedAt (invalid while paired), paired, approval ("pending",
    // "approved" or "rejected"), awaitingApproval (paired and pending), decidedAt (invalid until
    // approved or rejected), decidedBy (the administrator's name), fingerprint ("" once
    // unpaired)}, newest first.
    Q_PROPERTY(QVariantList kiosks READ kiosks NOTIFY kiosksChanged)
    Q_PROPERTY(int pairedCount READ pairedCount NOTIFY kiosksChanged)
    // The kiosks of `kiosks` that wait for approval, oldest first (the same maps).
    Q_PROPERTY(QVariantList pendingKiosks READ pendingKiosks NOTIFY kiosksChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY kiosksChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    // The QR code's size: modules of this many pixels, and a quiet zone of 4 modules.
    static constexpr int qrModulePixels = 8;
    static constexpr int qrQuietZoneModules = 4;

    explicit PairingController(StaffSession &session, QObject *parent = nullptr);

    QString code() const { return m_code; }
    QString shortCode() const { return m_shortCode; }
    QString fingerprintForPeople() const;
    QString qrSource() const;
    QDateTime codeExpiresAt() const { return m_expiresAt; }
    QString endpoint() const;
    QString fingerprint() const { return m_fingerprint; }
    QVariantList kiosks() const { return m_kiosks; }
    int pairedCount() const;
    QVariantList pendingKiosks() const { return m_pendingKiosks; }
    int pendingCount() const { return static_cast<int>(m_pendingKiosks.size()); }
    QString lastError() const { return m_lastError; }

    // Where the HTTPS receiver listens (the composition root, once it does).
    void setEndpoint(const QString &host, quint16 port, const QString &fingerprint);

    // A new one-time pairing code (audited); false and lastError when it cannot. An earlier
    // code stops working.
    Q_INVOKABLE bool issueCode();
    // Takes the code off the screen; it stops working.
    Q_INVOKABLE void clearCode();
    // The signed-in administrator approves, or rejects, a kiosk waiting for approval
    // (audited); false and lastError when they cannot.
    Q_INVOKABLE bool approve(const QString &kioskId);
    Q_INVOKABLE bool reject(const QString &kioskId);
    Q_INVOKABLE bool unpair(const QString &kioskId);
    Q_INVOKABLE void refreshKiosks();

    // A kiosk has just redeemed a pairing code (SummaryReceiver::kioskPaired): the code leaves
    // the screen and the kiosk shows among those waiting for approval.
    void kioskPaired();

    // The QR code of the current pairing code, black on white; null without a code.
    QImage qrImage() const;
    // Any text as a QR code (medium error correction), or a null image when libqrencode refuses it.
    static QImage renderQrCode(const QString &text, int modulePixels = qrModulePixels,
                               int quietZoneModules = qrQuietZoneModules);

Q_SIGNALS:
    void codeChanged();
    void endpointChanged();
    void kiosksChanged();
    void lastErrorChanged();

private:
    void setLastError(const QString &message);
    // approve() and reject().
    bool decide(const QString &kioskId, bool approve);

    StaffSession &m_session;
    QString m_host;
    quint16 m_port = 0;
    QString m_fingerprint;
    QString m_code;
    QString m_shortCode;
    QDateTime m_expiresAt;
    int m_codeSerial = 0;  // a new image URL for each code, so QML does not show a cached one
    QVariantList m_kiosks;
    QVariantList m_pendingKiosks;
    QString m_lastError;
};
