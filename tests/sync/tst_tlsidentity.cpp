// TlsIdentity: an EC P-256 key and a self-signed certificate from OpenSSL 3, PEM round trip,
// SHA-256 fingerprint of the DER form, usable by Qt.

#include "sync/tlsidentity.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslKey>

#include <gtest/gtest.h>

using namespace intake;

TEST(TlsIdentity, GeneratesAP256KeyAndATenYearSelfSignedCertificate)
{
    const QDateTime now(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    auto identity = TlsIdentity::generate(now);
    ASSERT_TRUE(identity.ok()) << identity.error().message.toStdString();
    const QSslCertificate certificate = identity->certificate();
    ASSERT_FALSE(certificate.isNull());
    EXPECT_TRUE(certificate.isSelfSigned());
    EXPECT_EQ(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{TlsIdentity::commonName});
    EXPECT_EQ(certificate.effectiveDate(), now.addDays(-1));
    EXPECT_EQ(certificate.expiryDate(), now.addYears(10));
    const QSslKey key = identity->privateKey();
    ASSERT_FALSE(key.isNull());
    EXPECT_EQ(key.algorithm(), QSsl::Ec);
    EXPECT_EQ(key.length(), 256);
    EXPECT_EQ(certificate.publicKey().algorithm(), QSsl::Ec);
    EXPECT_EQ(certificate.publicKey().length(), 256);
    EXPECT_TRUE(identity->privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
}

TEST(TlsIdentity, FingerprintIsTheSha256OfTheDerCertificate)
{
    auto identity = TlsIdentity::generate(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(identity.ok());
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(identity->certificate().toDer(), QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(identity->fingerprint(), expected);
    EXPECT_EQ(identity->fingerprint().size(), 64);
    auto other = TlsIdentity::generate(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(other.ok());
    EXPECT_NE(identity->fingerprint(), other->fingerprint());
}

TEST(TlsIdentity, PemRoundTripsAndMismatchedPartsAreRefused)
{
    auto first = TlsIdentity::generate(QDateTime::currentDateTimeUtc());
    auto second = TlsIdentity::generate(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(first.ok() && second.ok());
    auto reread = TlsIdentity::fromPem(first->privateKeyPem(), first->certificatePem());
    ASSERT_TRUE(reread.ok()) << reread.error().message.toStdString();
    EXPECT_EQ(reread->fingerprint(), first->fingerprint());

    auto mixed = TlsIdentity::fromPem(first->privateKeyPem(), second->certificatePem());
    ASSERT_FALSE(mixed.ok());
    EXPECT_TRUE(mixed.error().message.contains(QLatin1String("does not belong")));
    EXPECT_FALSE(TlsIdentity::fromPem("not a key", first->certificatePem()).ok());
    EXPECT_FALSE(TlsIdentity::fromPem(first->privateKeyPem(), "not a certificate").ok());
}
