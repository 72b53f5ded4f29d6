#include "store/secretbytes.h"

#include <QByteArray>
#include <QtGlobal>

#include <sodium.h>

#include <cstring>
#include <utility>

namespace intake {

void requireSodium()
{
    // A function-local static is initialised exactly once even when threads race here.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        qFatal("libsodium could not be initialised; refusing to handle keys");
}

SecretBytes::SecretBytes(std::size_t size, std::size_t capacity)
{
    requireSodium();
    if (capacity == 0)
        return;
    // sodium_malloc places the bytes against a guard page and locks them out of swap.
    m_data = static_cast<unsigned char *>(sodium_malloc(capacity));
    if (!m_data)
        qFatal("out of memory for %zu bytes of secure memory", capacity);
    sodium_memzero(m_data, capacity);
    m_size = size;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data); // wipes before releasing, whatever the page protection
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::zeroed(std::size_t size)
{
    return SecretBytes(size, size);
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size, size);
    if (size > 0)
        randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecretBytes SecretBytes::fromBytes(const char *bytes, std::size_t size)
{
    SecretBytes copy(size, size);
    if (size > 0)
        std::memcpy(copy.m_data, bytes, size);
    return copy;
}

SecretBytes SecretBytes::fromUtf8(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes copy = fromBytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    // toUtf8() returned a buffer of our own (not shared), so writing through data() wipes it.
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return copy;
}

SecretBytes SecretBytes::hex() const
{
    // sodium_bin2hex is constant-time (no table lookups indexed by secret bytes) and needs
    // room for a terminating NUL.
    SecretBytes out(m_size * 2, m_size * 2 + 1);
    if (m_size > 0)
        sodium_bin2hex(reinterpret_cast<char *>(out.m_data), m_size * 2 + 1, m_data, m_size);
    return out;
}

bool SecretBytes::operator==(const SecretBytes &other) const noexcept
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::makeNoAccess() noexcept
{
    if (m_data)
        sodium_mprotect_noaccess(m_data);
}

void SecretBytes::makeReadOnly() noexcept
{
    if (m_data)
        sodium_mprotect_readonly(m_data);
}

void SecretBytes::makeReadWrite() noexcept
{
    if (m_data)
        sodium_mprotect_readwrite(m_data);
}

ParkedSecret::ParkedSecret(SecretBytes secret) : m_secret(std::move(secret)), m_size(m_secret.size())
{
    m_secret.makeNoAccess();
}

SecretBytes ParkedSecret::copy() const
{
    const std::lock_guard lock(m_mutex);
    m_secret.makeReadOnly();
    SecretBytes copy = SecretBytes::fromBytes(reinterpret_cast<const char *>(m_secret.data()), m_secret.size());
    m_secret.makeNoAccess();
    return copy;
}

} // namespace intake
