#pragma once

#include <QStringView>

#include <cstddef>
#include <mutex>

namespace intake {

/// Initialises libsodium once (thread-safe). Aborts the process when it cannot: without it no
/// key may be generated or handled, and carrying on would fail open.
void requireSodium();

/// Owner of secret bytes (keys, passphrases) in libsodium's guarded, locked memory, which
/// sodium_free wipes. Move-only; never converted to QByteArray/QString, never logged.
class SecretBytes
{
public:
    SecretBytes() noexcept = default;
    ~SecretBytes();
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    /// `size` zero bytes, to be filled through data() (a key derivation's or a decryption's output).
    static SecretBytes zeroed(std::size_t size);
    /// `size` bytes from the operating system's CSPRNG (randombytes_buf).
    static SecretBytes random(std::size_t size);
    /// A copy of `bytes`; the caller remains responsible for wiping its own buffer.
    static SecretBytes fromBytes(const char *bytes, std::size_t size);
    /// The UTF-8 form of `text` (a passphrase from a text field). The temporary UTF-8 buffer is
    /// wiped; the QString itself is the caller's to clear.
    static SecretBytes fromUtf8(QStringView text);

    std::size_t size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }
    unsigned char *data() noexcept { return m_data; }
    const unsigned char *data() const noexcept { return m_data; }

    /// Lowercase hexadecimal of the bytes, itself in secure memory (for SQLCipher's x'…' raw key).
    /// One byte past size() holds a NUL, so data() can be read as a C string.
    SecretBytes hex() const;

    /// Constant-time comparison of the contents (sodium_memcmp); only the sizes leak.
    bool operator==(const SecretBytes &other) const noexcept;

    /// Page protection of the bytes (sodium_mprotect_*): a no-access region faults on any read,
    /// so a key can be parked between uses. The destructor works in any state.
    void makeNoAccess() noexcept;
    void makeReadOnly() noexcept;
    void makeReadWrite() noexcept;

private:
    SecretBytes(std::size_t size, std::size_t capacity);

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

/// A secret kept between uses for as long as something lives, such as an open store's data key
/// (IntakeStore::reopener()): while parked, its pages are no-access, so a stray read or an
/// overrun faults instead of finding it; copy() reads it read-only and parks it again. Copies
/// from several threads take turns.
class ParkedSecret
{
public:
    explicit ParkedSecret(SecretBytes secret);
    ParkedSecret(const ParkedSecret &) = delete;
    ParkedSecret &operator=(const ParkedSecret &) = delete;

    std::size_t size() const noexcept { return m_size; }
    /// A copy in ordinary (read-write) secure memory, the caller's to use and drop.
    SecretBytes copy() const;
    /// Where the parked bytes are, for tests that check their pages' protection; never read
    /// through it.
    const void *address() const noexcept { return m_secret.data(); }

private:
    mutable std::mutex m_mutex;
    /// Its bytes never change; its page protection does, under m_mutex.
    mutable SecretBytes m_secret;
    std::size_t m_size = 0;
};

} // namespace intake
