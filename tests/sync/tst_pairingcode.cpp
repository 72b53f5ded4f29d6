// PairingCode: intake-pair:1:<host>:<port>:<sha256 hex>:<token base32>, strict, clear errors.

#include "sync/codec.h"
#include "sync/pairingcode.h"

#include <gtest/gtest.h>

using namespace intake;

namespace {

const QString fingerprint = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString token = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

QString code(const QString &host, const QString &port = QStringLiteral("8443"), const QString &print = fingerprint,
             const QString &tok = token)
{
    return QStringLiteral("intake-pair:1:") + host + u':' + port + u':' + print + u':' + tok;
}

std::string errorOf(const QString &text)
{
    auto parsed = PairingCode::parse(text);
    EXPECT_FALSE(parsed.ok()) << text.toStdString();
    return parsed.ok() ? std::string() : parsed.error().message.toStdString();
}

} // namespace

TEST(PairingCode, FormatsAndParsesBack)
{
    for (const QString &host : {QStringLiteral("192.168.1.20"), QStringLiteral("front-desk.local"), QStringLiteral("fe80::1")}) {
        const PairingCode original{host, 8443, fingerprint, token};
        const QString text = original.toString();
        auto parsed = PairingCode::parse(text);
        ASSERT_TRUE(parsed.ok()) << text.toStdString() << ": " << parsed.error().message.toStdString();
        EXPECT_EQ(parsed->host, host);
        EXPECT_EQ(parsed->port, 8443);
        EXPECT_EQ(parsed->fingerprint, fingerprint);
        EXPECT_EQ(parsed->token, token);
        EXPECT_EQ(parsed->toString(), text);
    }
    EXPECT_EQ(PairingCode({QStringLiteral("fe80::1"), 1, fingerprint, token}).toString(),
              QStringLiteral("intake-pair:1:[fe80::1]:1:") + fingerprint + u':' + token);
}

TEST(PairingCode, NormalisesCaseAndSurroundingSpace)
{
    auto parsed = PairingCode::parse(QStringLiteral("  ") + code(QStringLiteral("10.0.0.2"), QStringLiteral("443"), fingerprint.toUpper(),
                                                                   token.toLower())
                                     + QStringLiteral("\n"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->fingerprint, fingerprint);
    EXPECT_EQ(parsed->token, token);
}

TEST(PairingCode, RefusesMalformedCodesNamingThePart)
{
    EXPECT_NE(errorOf(QStringLiteral("intake-pairing:1:h:1:x:y")).find("does not start with"), std::string::npos);
    EXPECT_NE(errorOf(QStringLiteral("intake-pair:2:h:1:") + fingerprint + u':' + token).find("version"), std::string::npos);
    EXPECT_NE(errorOf(code(QStringLiteral("bad_host"))).find("host"), std::string::npos);
    EXPECT_NE(errorOf(code(QString())).find("host"), std::string::npos);
    EXPECT_NE(errorOf(code(QStringLiteral("[fe80::1"))).find("IPv6"), std::string::npos);
    EXPECT_NE(errorOf(code(QStringLiteral("[not-v6]"))).find("IPv6"), std::string::npos);
    for (const char *port : {"0", "65536", "08443", "-1", "+80", "", "80a", "123456"})
        EXPECT_NE(errorOf(code(QStringLiteral("h"), QString::fromLatin1(port))).find("port"), std::string::npos) << port;
    EXPECT_NE(errorOf(code(QStringLiteral("h"), QStringLiteral("1"), fingerprint.left(63))).find("fingerprint"), std::string::npos);
    EXPECT_NE(errorOf(code(QStringLiteral("h"), QStringLiteral("1"), fingerprint.left(63) + u'g')).find("fingerprint"), std::string::npos);
    EXPECT_NE(errorOf(code(QStringLiteral("h"), QStringLiteral("1"), fingerprint, token.left(31))).find("token"), std::string::npos);
    EXPECT_NE(errorOf(code(QStringLiteral("h"), QStringLiteral("1"), fingerprint, token.left(31) + u'1')).find("token"), std::string::npos);
    EXPECT_NE(errorOf(code(QStringLiteral("h"), QStringLiteral("1"), fingerprint, token + QStringLiteral(":x"))).find("expected port"),
              std::string::npos);
    EXPECT_NE(errorOf(QString(600, u'a')).find("too long"), std::string::npos);
}

TEST(Codec, Base32RoundTripsAndIsStrict)
{
    for (int length = 0; length < 24; ++length) {
        QByteArray bytes;
        for (int i = 0; i < length; ++i)
            bytes.append(static_cast<char>(i * 37 + 11));
        const QString text = codec::base32(bytes);
        ASSERT_EQ(codec::fromBase32(text).value_or(QByteArray("x")), bytes) << length;
    }
    EXPECT_EQ(codec::base32(QByteArrayLiteral("foobar")), QStringLiteral("MZXW6YTBOI"));  // RFC 4648 test vector
    EXPECT_FALSE(codec::fromBase32(QStringLiteral("MZXW6YTBOI======")).has_value());
    EXPECT_FALSE(codec::fromBase32(QStringLiteral("mzxw6ytboi")).has_value());
    EXPECT_FALSE(codec::fromBase32(QStringLiteral("MZXW6YTBOJ")).has_value());  // non-zero trailing bits
}

TEST(Codec, Base64FormsAreStrict)
{
    EXPECT_EQ(codec::fromBase64Url(QByteArrayLiteral("-_8")).value_or(QByteArray()), QByteArray("\xfb\xff", 2));
    EXPECT_FALSE(codec::fromBase64Url(QByteArrayLiteral("-_8=")).has_value());
    EXPECT_FALSE(codec::fromBase64Url(QByteArrayLiteral("+/8")).has_value());
    EXPECT_EQ(codec::fromBase64(QByteArrayLiteral("+/8=")).value_or(QByteArray()), QByteArray("\xfb\xff", 2));
    EXPECT_FALSE(codec::fromBase64(QByteArrayLiteral("+/8")).has_value());
    EXPECT_FALSE(codec::fromBase64(QByteArrayLiteral("+/8=\n")).has_value());
}
