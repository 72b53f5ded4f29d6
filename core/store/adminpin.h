#pragma once

#include "common/result.h"
#include "store/secretbytes.h"

#include <QString>

namespace intake {

/// The kiosk's staff PIN, kept as an Argon2id hash string (libsodium's crypto_pwhash_str) in a
/// file of the store's folder (mode 0600). The PIN only opens the admin screen; the store's key
/// never depends on it.
class AdminPin
{
public:
    static const QString fileName;  ///< "admin-pin" in the store's folder

    /// Hashes `pin` (at least 4 digits) and writes the file atomically.
    static Status save(const QString &path, const SecretBytes &pin);
    /// Reads the hash; an error when the file is missing or not a hash.
    static Result<AdminPin> load(const QString &path);
    /// How hard the hash is to compute: Interactive for a real kiosk's PIN; Minimal for a PIN
    /// that is public anyway (the demo store's), so a demo does not wait for Argon2 at start.
    enum class Cost { Interactive, Minimal };

    /// A PIN known only to this process (demo mode).
    static Result<AdminPin> fromPin(const SecretBytes &pin, Cost cost = Cost::Interactive);

    bool verify(const SecretBytes &pin) const;

private:
    QByteArray m_hash;
};

} // namespace intake
