#include "store/adminpin.h"

#include <sodium.h>

#include <algorithm>

namespace intake {

bool AdminPin::isPinShaped(const SecretBytes &pin, int shortest)
{
    if (pin.size() < static_cast<std::size_t>(shortest) || pin.size() > static_cast<std::size_t>(longestPin))
        return false;
    return std::all_of(pin.data(), pin.data() + pin.size(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

Result<AdminPin> AdminPin::fromPin(const SecretBytes &pin, Cost cost)
{
    requireSodium();
    if (!isPinShaped(pin))
        return Error{QStringLiteral("the staff PIN must be %1 to %2 digits").arg(shortestPin).arg(longestPin)};
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    // interactive limits: the PIN is checked by a person at the kiosk, a few times a day
    const bool minimal = cost == Cost::Minimal;
    if (crypto_pwhash_str(hash.data(), reinterpret_cast<const char *>(pin.data()), pin.size(),
                          minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{QStringLiteral("not enough memory to hash the staff PIN")};
    hash.truncate(static_cast<qsizetype>(qstrlen(hash.constData())));
    AdminPin result;
    result.m_hash = hash;
    return result;
}

Result<AdminPin> AdminPin::fromHash(const QByteArray &hash)
{
    const QByteArray trimmed = hash.trimmed();
    if (!trimmed.startsWith(crypto_pwhash_STRPREFIX) || trimmed.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES)
        || trimmed.contains('\0'))
        return Error{QStringLiteral("not an Argon2id hash of a staff PIN")};
    AdminPin result;
    result.m_hash = trimmed;
    return result;
}

bool AdminPin::verify(const SecretBytes &pin) const
{
    requireSodium();
    return !m_hash.isEmpty()
           && crypto_pwhash_str_verify(m_hash.constData(), reinterpret_cast<const char *>(pin.data()), pin.size()) == 0;
}

} // namespace intake
