#pragma once

#include "common/result.h"

#include <QString>

namespace intake {

/// How SQLCipher lays out and authenticates the pages of one store: its page size and the HMAC
/// over every page. Both are fixed when the store is created (a store opened with other values
/// reads as "wrong key"), so they are recorded in the store's key envelope and applied on every
/// open, before the first page is read. The key, the cipher (AES-256-CBC) and the random IV per
/// page are the same in every profile.
struct CipherProfile
{
    enum class Hmac { Sha256, Sha512 };

    int pageSize = 4096;
    Hmac hmac = Hmac::Sha512;

    /// SQLCipher 4's own defaults: what a store whose envelope records no profile (version 1)
    /// was made with.
    static CipherProfile sqlcipher4Defaults() { return {}; }
    /// What new stores get: 2048-byte pages and HMAC-SHA256. A save rewrites about 17 pages
    /// whatever their size, and each is encrypted and authenticated whole; smaller pages and
    /// SHA-256 (which the CPU's SHA extensions compute in hardware, unlike SHA-512) bring the
    /// cost of encryption per save from about 1.5x plaintext to about 1.3x. HMAC-SHA256 with
    /// a 256-bit key authenticates a page as firmly for this purpose. Figures and the options
    /// weighed: docs/PERFORMANCE.md.
    static CipherProfile forNewStores() { return {2048, Hmac::Sha256}; }

    /// Checks the values an envelope or a connect option may carry: a page size SQLCipher
    /// accepts (a power of two from 1024 to 65536) and a known HMAC.
    static Status check(int pageSize);
    static Result<Hmac> hmacFromName(const QString &name);
    /// "HMAC_SHA256" or "HMAC_SHA512", as `PRAGMA cipher_hmac_algorithm` names them.
    static QString hmacName(Hmac hmac);

    /// The driver's connect options for this profile ("QSQLCIPHER_PAGE_SIZE=…;QSQLCIPHER_HMAC=…").
    QString connectOptions() const;

    friend bool operator==(const CipherProfile &, const CipherProfile &) = default;
};

} // namespace intake
