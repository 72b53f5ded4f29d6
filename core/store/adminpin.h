#pragma once

#include "common/result.h"
#include "store/secretbytes.h"

#include <QByteArray>

namespace intake {

/// The kiosk's staff PIN as an Argon2id hash string (libsodium's crypto_pwhash_str form). The
/// PIN only opens the admin screen; the store's key never depends on it. Where the hash is kept
/// and how guessing is slowed down is AdminPinGuard's.
class AdminPin
{
public:
    /// A PIN is 6 to 12 digits: with the lockout, 6 digits take years to guess at the kiosk.
    static constexpr int shortestPin = 6;
    static constexpr int longestPin = 12;
    /// PINs set before 6 digits were required could have 4; such a PIN still opens the admin
    /// screen until it is replaced.
    static constexpr int shortestLegacyPin = 4;

    /// How hard the hash is to compute: Interactive for a real kiosk's PIN; Minimal for a PIN
    /// that is public anyway (the demo store's), so a demo does not wait for Argon2 at start.
    enum class Cost { Interactive, Minimal };

    /// True when `pin` is `shortest` to longestPin ASCII digits.
    static bool isPinShaped(const SecretBytes &pin, int shortest = shortestPin);

    /// Hashes `pin`, which must be 6 to 12 digits (the error never repeats it).
    static Result<AdminPin> fromPin(const SecretBytes &pin, Cost cost = Cost::Interactive);
    /// A stored hash string; an error when `hash` is not an Argon2id hash string.
    static Result<AdminPin> fromHash(const QByteArray &hash);

    QByteArray hash() const { return m_hash; }
    bool verify(const SecretBytes &pin) const;

private:
    QByteArray m_hash;
};

} // namespace intake
