#pragma once

// The key envelope: the store's random 256-bit data key, wrapped by a key-encryption key (KEK)
// derived from a staff passphrase (Argon2id) or from a key file, and the store's page layout
// (CipherProfile), which SQLCipher needs before it can read the first page. One JSON file,
// version 2:
//
//   {
//     "format": "intake-keyvault",
//     "version": 2,
//     "database": { "pageSize": 2048, "hmac": "HMAC_SHA256" },
//     "kek": { "kind": "passphrase", "kdf": "argon2id13",
//              "opsLimit": 3, "memLimit": 67108864, "salt": "<base64, 16 bytes>" }
//        or  { "kind": "keyfile" },
//     "aead": "xchacha20poly1305-ietf",
//     "nonce": "<base64, 24 bytes>",
//     "wrappedKey": "<base64, 32-byte key + 16-byte tag>"
//   }
//
// Version 1 (the first stores) has no "database": its stores use SQLCipher 4's defaults (4096,
// HMAC_SHA512). An envelope keeps its version when it is rewrapped.
//
// The header (format, version, aead, the whole "kek" object and, from version 2, "database")
// is bound to the wrapped key as AEAD additional data, in this canonical form (one "name=value"
// per line, numbers in decimal, the salt in base64):
//   intake-keyvault\nversion=2\naead=xchacha20poly1305-ietf\nkek=passphrase\nkdf=argon2id13\n
//   opsLimit=N\nmemLimit=M\nsalt=B            (or …\nkek=keyfile for a key file)
//   \npageSize=P\nhmac=H                      (version 2 only)
// so an edited parameter (weaker Argon2 cost, another salt, another kind, another page layout)
// fails to unwrap.
//
// A key file holds exactly 32 random bytes, mode 0600; its KEK is BLAKE2b(file bytes) keyed
// with a fixed context string, so the file's bytes are never used as a key directly.
//
// Which error is which:
//   - the AEAD tag does not verify → exactly KeyVault::wrongKeyMessage(). That is a wrong
//     passphrase or key file, but it is also what an edit of wrappedKey, nonce, salt or an
//     Argon2 parameter within the allowed range looks like: the two cannot be told apart.
//   - anything caught before decryption (not JSON, too large, unknown format/version/kdf/aead,
//     a missing field, bad base64, a wrong length, a parameter out of range, a key file with the
//     wrong size or permissions, a passphrase given for a key-file envelope or the reverse) →
//     a message naming the file and the field.

#include "common/result.h"
#include "store/cipherprofile.h"
#include "store/secretbytes.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstddef>

namespace intake {

/// Argon2id cost parameters, recorded in the envelope with the salt.
struct Argon2Params
{
    quint64 opsLimit = 0;
    std::size_t memLimit = 0;

    /// Fixed memory (64 MiB, libsodium's "interactive"), opsLimit raised from the minimum until
    /// one derivation takes about `target` on this machine; never below libsodium's interactive
    /// opsLimit, never above maxOpsLimit. Takes a few times `target` to run.
    static Argon2Params calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(500));
    /// The cheapest parameters libsodium accepts. For tests only: offers no protection at all.
    static Argon2Params fastForTests();

    /// Bounds accepted by create() and open(), so an edited envelope cannot make unlocking take
    /// hours or all the memory.
    static constexpr quint64 maxOpsLimit = 64;
    static constexpr std::size_t maxMemLimit = std::size_t{1} << 30;

    friend bool operator==(const Argon2Params &, const Argon2Params &) = default;
};

/// Where the key-encryption key comes from: a passphrase (UTF-8, in secure memory) or the path
/// of a key file.
class KekSource
{
public:
    enum class Kind { Passphrase, KeyFile };

    static KekSource passphrase(SecretBytes utf8);
    static KekSource keyFile(QString path);

    Kind kind() const { return m_kind; }
    const SecretBytes &passphraseUtf8() const { return m_passphrase; }
    const QString &keyFilePath() const { return m_keyFilePath; }

private:
    KekSource(Kind kind, SecretBytes passphrase, QString keyFilePath);

    Kind m_kind;
    SecretBytes m_passphrase;
    QString m_keyFilePath;
};

/// The key envelope of one store: creates it, unlocks the data key, changes how it is wrapped.
/// Holds only what is in the file (nothing secret); every write replaces the file atomically
/// with mode 0600.
class KeyVault
{
public:
    static constexpr std::size_t dataKeySize = 32;
    static constexpr std::size_t keyFileSize = 32;

    /// A new random data key wrapped under `kek`, for a store made with `profile`. Refuses to
    /// overwrite an existing file. `params` is used for a passphrase only.
    static Result<KeyVault> create(const QString &envelopePath, const KekSource &kek, const Argon2Params &params,
                                   const CipherProfile &profile = CipherProfile::forNewStores());
    /// Reads and checks an envelope (at most 64 KiB); errors name the file and the field.
    static Result<KeyVault> open(const QString &envelopePath);

    /// The data key. A wrong passphrase or key file gives exactly wrongKeyMessage().
    Result<SecretBytes> unlock(const KekSource &kek) const;

    /// Wraps the same data key under `next` (passphrase change, or a switch to or from a key
    /// file) with a fresh salt and nonce; `current` must unlock the envelope first.
    Status rewrap(const KekSource &current, const KekSource &next, const Argon2Params &params);
    /// Wraps `newDataKey` (32 bytes) instead of the current one, under the same KEK, once the
    /// database has been rekeyed to it; `kek` must unlock the envelope first.
    Status replaceDataKey(const KekSource &kek, const SecretBytes &newDataKey);

    /// Creates a key file of 32 random bytes, mode 0600. Refuses when the path exists.
    static Status createKeyFile(const QString &path);

    /// The message of a failed AEAD unwrap; nothing else produces it.
    static QString wrongKeyMessage();
    static bool isWrongKey(const Error &error) { return error.message == wrongKeyMessage(); }

    const QString &path() const { return m_path; }
    KekSource::Kind kekKind() const { return m_kind; }
    /// The recorded Argon2id parameters (zero for a key-file envelope).
    Argon2Params argon2Params() const { return m_params; }
    /// The page layout of the store this envelope belongs to.
    CipherProfile cipherProfile() const { return m_profile; }
    /// 1 or 2 (see the top of this file).
    qint64 formatVersion() const { return m_version; }

private:
    KeyVault() = default;

    Result<SecretBytes> deriveKek(const KekSource &kek) const;
    Result<SecretBytes> unwrap(const SecretBytes &kek) const;
    Status wrapAndSave(const SecretBytes &kek, const SecretBytes &dataKey, bool replacing);
    Status checkUnchangedOnDisk() const;

    QString m_path;
    qint64 m_version = 0;
    CipherProfile m_profile = CipherProfile::sqlcipher4Defaults();
    KekSource::Kind m_kind = KekSource::Kind::Passphrase;
    Argon2Params m_params;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_wrappedKey;
};

} // namespace intake
