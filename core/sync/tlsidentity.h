#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace intake {

class StoreSettings;

/// The staff console's TLS identity: an EC P-256 key and a self-signed X.509 certificate
/// (CN "Intake staff console"), made with OpenSSL 3 on the console's first start and kept, as
/// PEM, in its encrypted store. Kiosks pin the SHA-256 fingerprint of the DER certificate,
/// which the pairing code carries; no CA is involved.
class TlsIdentity
{
public:
    static constexpr int validityYears = 10;
    static const QString commonName;

    /// A new key and certificate, valid from a day before `now` (a kiosk's clock may lag)
    /// for validityYears.
    static Result<TlsIdentity> generate(const QDateTime &now);
    /// Reads a PEM private key and certificate, checking that they belong together.
    static Result<TlsIdentity> fromPem(const QByteArray &privateKeyPem, const QByteArray &certificatePem);
    /// The console's identity from its store's settings; generated (at `now`) and saved there
    /// on the first start.
    static Result<TlsIdentity> loadOrCreate(StoreSettings &settings, const QDateTime &now);

    /// PKCS#8 PEM of the private key: a secret, for the encrypted store only.
    const QByteArray &privateKeyPem() const { return m_keyPem; }
    const QByteArray &certificatePem() const { return m_certificatePem; }
    /// SHA-256 of the DER certificate, 64 lowercase hex digits.
    QString fingerprint() const;

    QSslCertificate certificate() const;
    QSslKey privateKey() const;

    /// SHA-256 of a certificate's DER form, 64 lowercase hex digits (what kiosks compare).
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QByteArray m_keyPem;
    QByteArray m_certificatePem;
};

} // namespace intake
