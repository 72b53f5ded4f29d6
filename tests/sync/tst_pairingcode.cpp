// PairingCode: intake-pair:1:<host>:<port>:<sha256 hex>:<token base32>, strict, clear errors.
// ShortPairingCode: ten unambiguous characters, read as typed; proofs bound to a certificate.
// ConsoleDiscovery: the query and the answer, strict.

#include "sync/codec.h"
#include "sync/consolediscovery.h"
#include "sync/pairingcode.h"
#include "sync/shortpairingcode.h"

#include <QSet>

#include <cstring>

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

TEST(ShortPairingCode, IsTenUnambiguousCharactersShownInTwoGroups)
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString code = ShortPairingCode::generate();
        ASSERT_EQ(code.size(), ShortPairingCode::length);
        for (const QChar c : code)
            EXPECT_FALSE(QStringLiteral("ILOU").contains(c)) << code.toStdString();
        const QString shown = ShortPairingCode::display(code);
        EXPECT_EQ(shown.size(), 11);
        EXPECT_EQ(shown.at(5), u'-');
        auto parsed = ShortPairingCode::parse(shown);
        ASSERT_TRUE(parsed.ok()) << shown.toStdString();
        EXPECT_EQ(parsed.value(), code);
        seen.insert(code);
    }
    EXPECT_EQ(seen.size(), 200);
}

TEST(ShortPairingCode, ReadsWhatIsTypedAsCrockfordDoesAndRefusesTheRest)
{
    EXPECT_EQ(ShortPairingCode::parse(QStringLiteral(" 7kq4m xt92h ")).value(), QStringLiteral("7KQ4MXT92H"));
    EXPECT_EQ(ShortPairingCode::parse(QStringLiteral("oIl4M-XT92H")).value(), QStringLiteral("0114MXT92H"));
    for (const char *bad : {"7KQ4M-XT92", "7KQ4M-XT92HH", "7KQ4M-XT92U", "7KQ4M-XT9:H", "7KQ4M-XT92Ñ", ""}) {
        auto parsed = ShortPairingCode::parse(QString::fromUtf8(bad));
        ASSERT_FALSE(parsed.ok()) << bad;
        EXPECT_TRUE(parsed.error().message.startsWith(QLatin1String("short pairing code: "))) << parsed.error().message.toStdString();
        // what was typed is not repeated (it may be most of a secret)
        if (std::strlen(bad) > 4) {
            EXPECT_FALSE(parsed.error().message.contains(QLatin1String("XT9"))) << parsed.error().message.toStdString();
        }
    }
}

TEST(ShortPairingCode, ProofsAreBoundToTheCertificateAndTheKiosk)
{
    const QByteArray key = ShortPairingCode::key(QStringLiteral("7KQ4MXT92H"));
    const QString other = QString(fingerprint).replace(0, 1, u'f');
    const QString proof = ShortPairingCode::kioskProof(key, fingerprint);
    EXPECT_EQ(proof.size(), ShortPairingCode::proofLength);
    EXPECT_TRUE(ShortPairingCode::sameProof(proof, ShortPairingCode::kioskProof(key, fingerprint.toUpper())));
    EXPECT_FALSE(ShortPairingCode::sameProof(proof, ShortPairingCode::kioskProof(key, other)));
    EXPECT_FALSE(ShortPairingCode::sameProof(proof, ShortPairingCode::kioskProof(ShortPairingCode::key(QStringLiteral("7KQ4MXT92J")), fingerprint)));
    // the console's answer is another MAC: a kiosk's proof does not pass for it
    EXPECT_FALSE(ShortPairingCode::sameProof(proof, ShortPairingCode::consoleProof(key, fingerprint, QString())));
    EXPECT_FALSE(ShortPairingCode::sameProof(ShortPairingCode::consoleProof(key, fingerprint, QStringLiteral("kiosk-a")),
                                             ShortPairingCode::consoleProof(key, fingerprint, QStringLiteral("kiosk-b"))));
    EXPECT_FALSE(ShortPairingCode::sameProof(QString(), QString()));
    EXPECT_EQ(ShortPairingCode::forPeople(fingerprint), QStringLiteral("0123 4567 89AB CDEF 0123"));
}

TEST(ConsoleDiscovery, TheAnswerNamesTheConsoleAndNothingElseIsTakenForOne)
{
    const QByteArray query = ConsoleDiscovery::query();
    EXPECT_EQ(query.size(), ConsoleDiscovery::queryBytes);
    EXPECT_TRUE(ConsoleDiscovery::isQuery(query));
    EXPECT_FALSE(ConsoleDiscovery::isQuery(query.left(20)));

    const QHostAddress sender(QStringLiteral("192.168.1.20"));
    const QByteArray answer = ConsoleDiscovery::answer(QStringLiteral("192.168.1.5"), 8443, fingerprint);
    EXPECT_LE(answer.size(), query.size()) << "an answer larger than the query amplifies a forged one";
    const auto found = ConsoleDiscovery::parseAnswer(answer, sender);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->host, QStringLiteral("192.168.1.5"));
    EXPECT_EQ(found->port, 8443);
    EXPECT_EQ(found->fingerprint, fingerprint);
    EXPECT_EQ(found->address(), QStringLiteral("192.168.1.5:8443"));

    const auto anyAddress = ConsoleDiscovery::parseAnswer(ConsoleDiscovery::answer(QStringLiteral("0.0.0.0"), 8443, fingerprint), sender);
    ASSERT_TRUE(anyAddress.has_value());
    EXPECT_EQ(anyAddress->host, QStringLiteral("192.168.1.20"));
    const auto ipv6 = ConsoleDiscovery::parseAnswer(ConsoleDiscovery::answer(QStringLiteral("fe80::1"), 8443, fingerprint), sender);
    ASSERT_TRUE(ipv6.has_value());
    EXPECT_EQ(ipv6->address(), QStringLiteral("[fe80::1]:8443"));

    const QList<QByteArray> bads{QByteArray("intake-console:1:192.168.1.5:8443"), QByteArray("intake-console:1:192.168.1.5:0:") + fingerprint.toLatin1(),
                                  QByteArray("intake-console:1:evil.example:8443:") + fingerprint.toLatin1(),
                                  QByteArray("intake-console:2:192.168.1.5:8443:") + fingerprint.toLatin1(),
                                  QByteArray("intake-console:1:192.168.1.5:8443:") + fingerprint.toUpper().toLatin1(), query};
    for (const QByteArray &bad : bads)
        EXPECT_FALSE(ConsoleDiscovery::parseAnswer(bad, sender).has_value()) << bad.constData();
}
