#pragma once

#include <QString>

namespace intake {

/// The cryptography SQLCipher does on every page a store reads or writes: AES-256-CBC and an
/// HMAC over the page.
///
/// SQLCipher 4.6's OpenSSL provider looks AES-256-CBC, HMAC and the HMAC's digest up in OpenSSL
/// 3's algorithm store again for every page, and builds new contexts from them; on a 2 KiB page
/// that costs about as much as the encryption itself (docs/PERFORMANCE.md). SQLCipher lets an
/// application adjust the provider it has registered (sqlcipher_get_provider: "make minor
/// changes to it"). install() replaces that provider's `cipher` and `hmac` functions with ones
/// that do exactly the same operations on the same bytes with algorithms looked up once, and
/// leaves everything else (key derivation, random IVs, sizes) to SQLCipher.
///
/// The page format does not change: a store written by SQLCipher's own functions opens with
/// these and the other way round (tested, and the first-release store opens). install() only
/// replaces the functions when
///   - the SQLCipher in use is 4.6 (the provider's layout was read from its source; any other
///     version keeps its own functions, which are correct, only slower), and
///   - the provider reports OpenSSL with the expected key, IV, block and HMAC sizes, and
///   - on random keys, IVs and pages, the new functions give byte for byte what SQLCipher's own
///     give, for both directions and every HMAC it supports.
/// Keys stay where SQLCipher keeps them; OpenSSL's per-call contexts are wiped when freed, as
/// before.
namespace PageCrypto {

enum class Functions {
    AlgorithmsFetchedOnce,  ///< the functions here
    SqlCipherOwn,           ///< SQLCipher's: one of the conditions above does not hold
};

/// Installs the functions once per process (later calls return the first outcome). Called by
/// SqlCipherDriver before it opens its first store. To keep SQLCipher from dropping its
/// adjusted provider when the last store closes, it holds one keyed in-memory database (no
/// data, no file) open for the life of the process.
Functions install();

/// Whether SQLCipher's registered provider holds the functions installed here right now (false
/// when install() kept SQLCipher's own).
bool inPlace();

/// One line for `intake-cli status` and the benchmarks: which functions encrypt pages, and why
/// (installs them first if no store has been opened yet).
QString description();

} // namespace PageCrypto

} // namespace intake
