#include "sync/pairingcode.h"

#include "sync/codec.h"

#include <QHostAddress>

namespace intake {

namespace {

const QString prefix = QStringLiteral("intake-pair:");
constexpr qsizetype tokenLength = 32;

Error codeError(const QString &what)
{
    return Error{QStringLiteral("pairing code: %1").arg(what)};
}

/// A DNS name: labels of letters, digits and hyphens, 1–63 characters, not starting or ending
/// with a hyphen; at most 253 characters in all.
bool isHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return false;
        }
    }
    return true;
}

} // namespace

QString PairingCode::toString() const
{
    const bool ipv6 = host.contains(u':');
    return prefix + QString::number(version) + u':' + (ipv6 ? u'[' + host + u']' : host) + u':' + QString::number(port) + u':'
           + fingerprint + u':' + token;
}

Result<PairingCode> PairingCode::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.size() > 512)
        return codeError(QStringLiteral("too long"));
    if (!text.startsWith(prefix))
        return codeError(QStringLiteral("does not start with 'intake-pair:'"));
    QString rest = text.mid(prefix.size());

    const qsizetype versionEnd = rest.indexOf(u':');
    if (versionEnd < 0)
        return codeError(QStringLiteral("no version"));
    if (rest.left(versionEnd) != QString::number(version))
        return codeError(QStringLiteral("version '%1' is not supported (this kiosk reads version %2)").arg(rest.left(versionEnd).left(8)).arg(version));
    rest = rest.mid(versionEnd + 1);

    PairingCode code;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return codeError(QStringLiteral("an IPv6 address without its closing ']'"));
        code.host = rest.mid(1, close - 1);
        QHostAddress address;
        if (!address.setAddress(code.host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return codeError(QStringLiteral("the address in brackets is not an IPv6 address"));
        rest = rest.mid(close + 1);
        if (!rest.startsWith(u':'))
            return codeError(QStringLiteral("expected ':' after the IPv6 address"));
        rest = rest.mid(1);
    } else {
        const qsizetype hostEnd = rest.indexOf(u':');
        if (hostEnd < 0)
            return codeError(QStringLiteral("no port"));
        code.host = rest.left(hostEnd);
        if (!isHostName(code.host))
            return codeError(QStringLiteral("the host is not a host name or IPv4 address"));
        rest = rest.mid(hostEnd + 1);
    }

    const QStringList parts = rest.split(u':');
    if (parts.size() != 3)
        return codeError(QStringLiteral("expected port, fingerprint and token after the host"));
    const QString &portText = parts.at(0);
    bool numeric = !portText.isEmpty() && portText.size() <= 5 && !portText.startsWith(u'0');
    for (const QChar c : portText)
        numeric = numeric && c >= u'0' && c <= u'9';
    const uint port = numeric ? portText.toUInt() : 0;
    if (!numeric || port < 1 || port > 65535)
        return codeError(QStringLiteral("the port is not a number from 1 to 65535"));
    code.port = static_cast<quint16>(port);

    code.fingerprint = parts.at(1).toLower();
    if (!codec::isLowerHex(code.fingerprint, 64))
        return codeError(QStringLiteral("the fingerprint is not 64 hexadecimal digits (SHA-256)"));

    code.token = parts.at(2).toUpper();
    const auto token = codec::fromBase32(code.token);
    if (code.token.size() != tokenLength || !token)
        return codeError(QStringLiteral("the token is not %1 base32 characters").arg(tokenLength));
    return code;
}

} // namespace intake
