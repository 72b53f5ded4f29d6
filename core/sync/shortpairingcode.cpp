#include "sync/shortpairingcode.h"

#include "common/digest.h"
#include "sync/codec.h"

#include <QStringList>

#include <sodium.h>

namespace intake::ShortPairingCode {

namespace {

// Crockford's base32: no I, L, O or U, so nothing typed is read two ways.
constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString mac(const QByteArray &key, const QByteArray &message)
{
    if (key.size() != crypto_auth_hmacsha256_KEYBYTES)
        return {};
    QByteArray out(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(message.constData()),
                           static_cast<unsigned long long>(message.size()), reinterpret_cast<const unsigned char *>(key.constData()));
    return QString::fromLatin1(out.toHex());
}

} // namespace

QString generate()
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code.append(QLatin1Char(alphabet[randombytes_uniform(32)]));
    return code;
}

QString display(const QString &canonical)
{
    return canonical.left(groupLength) + u'-' + canonical.mid(groupLength);
}

Result<QString> parse(const QString &typed)
{
    if (typed.size() > 4 * length)
        return Error{QStringLiteral("short pairing code: too long")};
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        QChar upper = c.toUpper();
        if (upper == u'O')
            upper = u'0';
        else if (upper == u'I' || upper == u'L')
            upper = u'1';
        if (!QLatin1String(alphabet).contains(upper))
            return Error{QStringLiteral("short pairing code: only digits and the letters A to Z without U")};
        code.append(upper);
    }
    if (code.size() != length)
        return Error{QStringLiteral("short pairing code: %1 characters are needed, not %2").arg(length).arg(code.size())};
    return code;
}

QByteArray key(const QString &canonical)
{
    return sha256(canonical.toLatin1());
}

QString kioskProof(const QByteArray &key, const QString &fingerprint)
{
    return mac(key, "intake-pair-kiosk:" + fingerprint.toLower().toLatin1());
}

QString consoleProof(const QByteArray &key, const QString &fingerprint, const QString &kioskId)
{
    return mac(key, "intake-pair-console:" + fingerprint.toLower().toLatin1() + ':' + kioskId.toUtf8());
}

bool sameProof(const QString &a, const QString &b)
{
    if (!codec::isLowerHex(a, proofLength) || !codec::isLowerHex(b, proofLength))
        return false;
    const QByteArray left = a.toLatin1();
    const QByteArray right = b.toLatin1();
    return sodium_memcmp(left.constData(), right.constData(), static_cast<std::size_t>(left.size())) == 0;
}

QString forPeople(const QString &fingerprint)
{
    const QString digits = fingerprint.left(20).toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < digits.size(); i += 4)
        groups << digits.mid(i, 4);
    return groups.join(u' ');
}

} // namespace intake::ShortPairingCode
