#include "common/digest.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace intake {

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    // EVP_Digest fails only when OpenSSL cannot allocate or has no SHA-256: nothing to go on with
    if (EVP_Digest(bytes.data(), static_cast<size_t>(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()), &length,
                   EVP_sha256(), nullptr) != 1
        || length != 32)
        std::abort();
    return digest;
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(sha256(bytes).toHex());
}

} // namespace intake
