#include "store/cipherprofile.h"

namespace intake {

Status CipherProfile::check(int pageSize)
{
    // SQLCipher's own bounds for cipher_page_size; it ignores other values silently
    const bool powerOfTwo = pageSize > 0 && (pageSize & (pageSize - 1)) == 0;
    if (!powerOfTwo || pageSize < 1024 || pageSize > 65536)
        return Error{QStringLiteral("the page size %1 is not a power of two from 1024 to 65536").arg(pageSize)};
    return {};
}

Result<CipherProfile::Hmac> CipherProfile::hmacFromName(const QString &name)
{
    for (Hmac hmac : {Hmac::Sha256, Hmac::Sha512}) {
        if (hmacName(hmac) == name)
            return hmac;
    }
    return Error{QStringLiteral("the page HMAC \"%1\" is not supported (HMAC_SHA256 or HMAC_SHA512)").arg(name)};
}

QString CipherProfile::hmacName(Hmac hmac)
{
    return hmac == Hmac::Sha256 ? QStringLiteral("HMAC_SHA256") : QStringLiteral("HMAC_SHA512");
}

QString CipherProfile::connectOptions() const
{
    return QStringLiteral("QSQLCIPHER_PAGE_SIZE=%1;QSQLCIPHER_HMAC=%2").arg(pageSize).arg(hmacName(hmac));
}

} // namespace intake
