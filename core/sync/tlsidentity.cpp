#include "sync/tlsidentity.h"

#include "store/storesettings.h"
#include "sync/codec.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace intake {

const QString TlsIdentity::commonName = QStringLiteral("Intake staff console");

namespace {

template <auto Free>
struct Deleter
{
    template <typename T>
    void operator()(T *pointer) const
    {
        Free(pointer);
    }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

/// The first queued OpenSSL error, then the queue is cleared (it is per thread).
Error sslError(const QString &what)
{
    char text[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_error_string_n(code, text, sizeof(text));
    ERR_clear_error();
    return Error{QStringLiteral("TLS identity: %1 (%2)").arg(what, QString::fromLatin1(code ? text : "no detail"))};
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

Result<TlsIdentity> TlsIdentity::generate(const QDateTime &now)
{
    ERR_clear_error();
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return sslError(QStringLiteral("cannot generate an EC P-256 key"));

    CertPtr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return sslError(QStringLiteral("cannot create a certificate"));

    // a random 127-bit positive serial (RFC 5280: at most 20 octets, positive)
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof(serialBytes)) != 1)
        return sslError(QStringLiteral("no random serial number"));
    serialBytes[0] &= 0x7f;
    BignumPtr serial(BN_bin2bn(serialBytes, sizeof(serialBytes), nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return sslError(QStringLiteral("cannot set the serial number"));

    const time_t notBefore = static_cast<time_t>(now.addDays(-1).toSecsSinceEpoch());
    const time_t notAfter = static_cast<time_t>(now.addYears(validityYears).toSecsSinceEpoch());
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), notBefore)
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), notAfter))
        return sslError(QStringLiteral("cannot set the validity"));

    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0) != 1
        || X509_set_issuer_name(certificate.get(), name) != 1 || X509_set_pubkey(certificate.get(), key.get()) != 1)
        return sslError(QStringLiteral("cannot set the names or the public key"));

    // A server certificate that is its own trust anchor: kiosks add it as their only CA and
    // check its fingerprint besides, so the usual host name match is not what protects them.
    // No keyUsage: without keyCertSign OpenSSL would not count the certificate as self-issued
    // (X509_check_issued), and with it a CA:FALSE certificate is inconsistent.
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), NID_subject_alt_name, "DNS:intake-staff-console"))
        return sslError(QStringLiteral("cannot add the certificate's extensions"));

    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return sslError(QStringLiteral("cannot sign the certificate"));

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certificateBio || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1)
        return sslError(QStringLiteral("cannot write the key or certificate as PEM"));

    TlsIdentity identity;
    identity.m_keyPem = bioContents(keyBio.get());
    identity.m_certificatePem = bioContents(certificateBio.get());
    return identity;
}

Result<TlsIdentity> TlsIdentity::fromPem(const QByteArray &privateKeyPem, const QByteArray &certificatePem)
{
    ERR_clear_error();
    BioPtr keyBio(BIO_new_mem_buf(privateKeyPem.constData(), static_cast<int>(privateKeyPem.size())));
    BioPtr certificateBio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    if (!keyBio || !certificateBio)
        return sslError(QStringLiteral("out of memory"));
    KeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return sslError(QStringLiteral("the stored private key is not a PEM private key"));
    CertPtr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    if (!certificate)
        return sslError(QStringLiteral("the stored certificate is not a PEM certificate"));
    if (X509_check_private_key(certificate.get(), key.get()) != 1)
        return sslError(QStringLiteral("the stored private key does not belong to the certificate"));
    TlsIdentity identity;
    identity.m_keyPem = privateKeyPem;
    identity.m_certificatePem = certificatePem;
    return identity;
}

Result<TlsIdentity> TlsIdentity::loadOrCreate(StoreSettings &settings, const QDateTime &now)
{
    static const QString keyName = QStringLiteral("console.tls.privateKey");
    static const QString certificateName = QStringLiteral("console.tls.certificate");
    auto key = settings.value(keyName);
    if (!key)
        return key.error();
    auto certificate = settings.value(certificateName);
    if (!certificate)
        return certificate.error();
    if (key->has_value() && certificate->has_value())
        return fromPem((*key)->toLatin1(), (*certificate)->toLatin1());

    auto identity = generate(now);
    if (!identity)
        return identity;
    if (auto status = settings.setValue(keyName, QString::fromLatin1(identity->privateKeyPem()), now); !status)
        return status.error();
    if (auto status = settings.setValue(certificateName, QString::fromLatin1(identity->certificatePem()), now); !status)
        return status.error();
    return identity;
}

QString TlsIdentity::fingerprint() const
{
    return fingerprintOf(certificate());
}

QSslCertificate TlsIdentity::certificate() const
{
    return QSslCertificate(m_certificatePem, QSsl::Pem);
}

QSslKey TlsIdentity::privateKey() const
{
    return QSslKey(m_keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

QString TlsIdentity::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace intake
