#include "store/pagecrypto.h"

#include "common/logging.h"

#include <QByteArray>
#include <QVersionNumber>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <mutex>

// SQLCipher's provider interface. It is part of SQLCipher's API (sqlcipher.h) but not installed
// with libsqlcipher-dev, so it is declared here, as SQLCipher 4.6 (src/sqlcipher.h) lays it out.
// install() touches it only when the library says it is 4.6.
extern "C" {

struct SqlCipher46Provider
{
    int (*activate)(void *ctx);
    int (*deactivate)(void *ctx);
    const char *(*get_provider_name)(void *ctx);
    int (*add_random)(void *ctx, void *buffer, int length);
    int (*random)(void *ctx, void *buffer, int length);
    int (*hmac)(void *ctx, int algorithm, unsigned char *hmac_key, int key_sz, unsigned char *in, int in_sz,
                unsigned char *in2, int in2_sz, unsigned char *out);
    int (*kdf)(void *ctx, int algorithm, const unsigned char *pass, int pass_sz, unsigned char *salt, int salt_sz,
               int workfactor, int key_sz, unsigned char *key);
    int (*cipher)(void *ctx, int mode, unsigned char *key, int key_sz, unsigned char *iv, unsigned char *in, int in_sz,
                  unsigned char *out);
    const char *(*get_cipher)(void *ctx);
    int (*get_key_sz)(void *ctx);
    int (*get_iv_sz)(void *ctx);
    int (*get_block_sz)(void *ctx);
    int (*get_hmac_sz)(void *ctx, int algorithm);
    int (*ctx_init)(void **ctx);
    int (*ctx_free)(void **ctx);
    int (*fips_status)(void *ctx);
    const char *(*get_provider_version)(void *ctx);
};

SqlCipher46Provider *sqlcipher_get_provider(void);
sqlite3_mutex *sqlcipher_mutex(int mutex);
}

namespace intake::PageCrypto {

namespace {

// SQLCipher's numbering (sqlcipher.h)
constexpr int hmacSha1 = 0;
constexpr int hmacSha256 = 1;
constexpr int hmacSha512 = 2;
constexpr int mutexProvider = 0;  // SQLCIPHER_MUTEX_PROVIDER, held while a new store copies the provider
constexpr int encrypt = 1;        // CIPHER_ENCRYPT; 0 is CIPHER_DECRYPT, as EVP_CipherInit's `enc`

constexpr int keySize = 32;
constexpr int ivSize = 16;
constexpr int blockSize = 16;

/// The algorithms, looked up once and kept for the life of the process (the provider's
/// functions may run on any thread at any time; OpenSSL's fetched algorithms and a MAC context
/// that is only duplicated are safe to share). The HMAC contexts have their digest and no key.
struct Algorithms
{
    EVP_CIPHER *aes256Cbc = nullptr;
    std::array<EVP_MAC_CTX *, 3> hmac{};  // by SQLCipher's HMAC number
    std::array<size_t, 3> hmacSize{};
};

Algorithms *algorithms = nullptr;

// SQLCipher's own functions, for the self-test and for anything not prepared here.
int (*sqlcipherHmac)(void *, int, unsigned char *, int, unsigned char *, int, unsigned char *, int, unsigned char *) = nullptr;
int (*sqlcipherCipher)(void *, int, unsigned char *, int, unsigned char *, unsigned char *, int, unsigned char *) = nullptr;

/// A failed OpenSSL call leaves errors in the thread's queue, where the next TLS operation on the
/// thread (Qt Network, the sync) would find them: clear them, as SQLCipher's provider does.
int failed()
{
    ERR_clear_error();
    return SQLITE_ERROR;
}

/// AES-256-CBC without padding over a whole page (its usable part). `mode` 1 encrypts, 0 decrypts.
int pageCipher(void * /*providerContext*/, int mode, unsigned char *key, int keyBytes, unsigned char *iv,
               unsigned char *in, int inBytes, unsigned char *out)
{
    if (keyBytes != keySize || inBytes < 0 || inBytes % blockSize != 0)
        return failed();
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    if (!context)
        return failed();
    unsigned int noPadding = 0;
    const OSSL_PARAM parameters[] = {OSSL_PARAM_construct_uint(OSSL_CIPHER_PARAM_PADDING, &noPadding), OSSL_PARAM_END};
    int written = 0;
    int tail = 0;
    const bool ok = EVP_CipherInit_ex2(context, algorithms->aes256Cbc, key, iv, mode == encrypt ? 1 : 0, parameters) == 1
                    && EVP_CipherUpdate(context, out, &written, in, inBytes) == 1
                    && EVP_CipherFinal_ex(context, out + written, &tail) == 1 && written + tail == inBytes;
    EVP_CIPHER_CTX_free(context);  // wipes the key schedule
    return ok ? SQLITE_OK : failed();
}

/// HMAC over `in` and then `in2` (SQLCipher's page number), written to `out`.
int pageHmac(void *providerContext, int algorithm, unsigned char *key, int keyBytes, unsigned char *in, int inBytes,
             unsigned char *in2, int in2Bytes, unsigned char *out)
{
    if (algorithm < hmacSha1 || algorithm > hmacSha512 || !algorithms->hmac[static_cast<size_t>(algorithm)])
        return sqlcipherHmac(providerContext, algorithm, key, keyBytes, in, inBytes, in2, in2Bytes, out);
    if (!in || inBytes < 0 || keyBytes <= 0 || (in2 && in2Bytes < 0))
        return failed();
    const auto index = static_cast<size_t>(algorithm);
    EVP_MAC_CTX *context = EVP_MAC_CTX_dup(algorithms->hmac[index]);
    if (!context)
        return failed();
    size_t written = 0;
    const bool ok = EVP_MAC_init(context, key, static_cast<size_t>(keyBytes), nullptr) == 1
                    && EVP_MAC_update(context, in, static_cast<size_t>(inBytes)) == 1
                    && (!in2 || EVP_MAC_update(context, in2, static_cast<size_t>(in2Bytes)) == 1)
                    && EVP_MAC_final(context, out, &written, algorithms->hmacSize[index]) == 1
                    && written == algorithms->hmacSize[index];
    EVP_MAC_CTX_free(context);  // wipes the keyed state
    return ok ? SQLITE_OK : failed();
}

Algorithms *fetchAlgorithms(const SqlCipher46Provider &provider)
{
    auto *fetched = new Algorithms;
    fetched->aes256Cbc = EVP_CIPHER_fetch(nullptr, "AES-256-CBC", nullptr);
    EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    const std::array<const char *, 3> digests{"SHA1", "SHA256", "SHA512"};
    for (size_t i = 0; hmac && i < digests.size(); ++i) {
        EVP_MAC_CTX *context = EVP_MAC_CTX_new(hmac);
        const OSSL_PARAM parameters[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digests[i]), 0), OSSL_PARAM_END};
        if (context && EVP_MAC_CTX_set_params(context, parameters) == 1) {
            fetched->hmac[i] = context;
            // OpenSSL knows the size only once a key is set; SQLCipher's size is the one that counts
            fetched->hmacSize[i] = static_cast<size_t>(provider.get_hmac_sz(nullptr, static_cast<int>(i)));
        } else {
            EVP_MAC_CTX_free(context);
        }
    }
    EVP_MAC_free(hmac);  // each context keeps its own reference
    ERR_clear_error();
    return fetched;
}

/// Byte-for-byte agreement with SQLCipher's own functions on random inputs: both directions of
/// the cipher on a page, and each HMAC with and without the page number.
bool agreesWithSqlCipher()
{
    constexpr int pageBytes = 2048 - 48;  // a 2 KiB page less SQLCipher's reserve
    QByteArray key(keySize, '\0');
    QByteArray iv(ivSize, '\0');
    QByteArray page(pageBytes, '\0');
    std::array<unsigned char, 4> pageNumber{7, 0, 0, 0};
    auto bytes = [](QByteArray &array) { return reinterpret_cast<unsigned char *>(array.data()); };
    if (RAND_bytes(bytes(key), keySize) != 1 || RAND_bytes(bytes(iv), ivSize) != 1
        || RAND_bytes(bytes(page), pageBytes) != 1)
        return false;

    for (int mode : {encrypt, 0}) {
        QByteArray theirs(pageBytes, '\0');
        QByteArray ours(pageBytes, '\1');
        QByteArray theirIv = iv;  // SQLCipher's function may use the IV buffer as its own
        QByteArray ourIv = iv;
        if (sqlcipherCipher(nullptr, mode, bytes(key), keySize, bytes(theirIv), bytes(page), pageBytes, bytes(theirs)) != SQLITE_OK
            || pageCipher(nullptr, mode, bytes(key), keySize, bytes(ourIv), bytes(page), pageBytes, bytes(ours)) != SQLITE_OK
            || ours != theirs || ours == page)
            return false;
    }
    for (int algorithm : {hmacSha1, hmacSha256, hmacSha512}) {
        for (bool withPageNumber : {true, false}) {
            QByteArray theirs(64, '\0');
            QByteArray ours(64, '\0');
            unsigned char *in2 = withPageNumber ? pageNumber.data() : nullptr;
            const int in2Bytes = withPageNumber ? static_cast<int>(pageNumber.size()) : 0;
            if (sqlcipherHmac(nullptr, algorithm, bytes(key), keySize, bytes(page), pageBytes, in2, in2Bytes, bytes(theirs)) != SQLITE_OK
                || pageHmac(nullptr, algorithm, bytes(key), keySize, bytes(page), pageBytes, in2, in2Bytes, bytes(ours)) != SQLITE_OK
                || ours != theirs || ours == QByteArray(64, '\0'))
                return false;
        }
    }
    return true;
}

struct Outcome
{
    Functions functions = Functions::SqlCipherOwn;
    QString reason;
};

Outcome outcome;

QString firstColumn(sqlite3 *db, const char *sql)
{
    QString value;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

Outcome tryInstall()
{
    // SQLCipher registers its provider when the first keyed database opens, and frees it when
    // the last one closes (the next open would register SQLCipher's functions again). This
    // database keeps it registered: in memory, holding nothing, so any key does.
    sqlite3 *anchor = nullptr;
    if (sqlite3_open_v2(":memory:", &anchor, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(anchor);
        return {Functions::SqlCipherOwn, QStringLiteral("SQLCipher could not open an in-memory database")};
    }
    static const char anchorKey[] = "x'0000000000000000000000000000000000000000000000000000000000000000'";
    const QString version = sqlite3_key_v2(anchor, "main", anchorKey, static_cast<int>(std::strlen(anchorKey))) == SQLITE_OK
                                ? firstColumn(anchor, "PRAGMA cipher_version;")
                                : QString();
    const QString provider = firstColumn(anchor, "PRAGMA cipher_provider;");
    const QVersionNumber number = QVersionNumber::fromString(version);
    if (number.majorVersion() != 4 || number.minorVersion() != 6) {
        sqlite3_close(anchor);
        return {Functions::SqlCipherOwn, QStringLiteral("SQLCipher %1 is not 4.6").arg(version.isEmpty() ? QStringLiteral("?") : version)};
    }
    if (provider != QLatin1String("openssl")) {
        sqlite3_close(anchor);
        return {Functions::SqlCipherOwn, QStringLiteral("SQLCipher's provider is %1, not OpenSSL").arg(provider)};
    }
    // The anchor stays open from here on: the provider we check is the one we change.

    SqlCipher46Provider *registered = sqlcipher_get_provider();
    if (!registered || std::strcmp(registered->get_provider_name(nullptr), "openssl") != 0
        || registered->get_key_sz(nullptr) != keySize || registered->get_iv_sz(nullptr) != ivSize
        || registered->get_block_sz(nullptr) != blockSize || registered->get_hmac_sz(nullptr, hmacSha256) != 32
        || registered->get_hmac_sz(nullptr, hmacSha512) != 64)
        return {Functions::SqlCipherOwn, QStringLiteral("SQLCipher's provider does not have the expected layout")};

    algorithms = fetchAlgorithms(*registered);
    if (!algorithms->aes256Cbc || !algorithms->hmac[hmacSha256] || !algorithms->hmac[hmacSha512])
        return {Functions::SqlCipherOwn, QStringLiteral("OpenSSL did not provide AES-256-CBC and HMAC")};

    sqlite3_mutex_enter(sqlcipher_mutex(mutexProvider));
    sqlcipherHmac = registered->hmac;
    sqlcipherCipher = registered->cipher;
    const bool agrees = agreesWithSqlCipher();
    if (agrees) {
        registered->hmac = pageHmac;
        registered->cipher = pageCipher;
    }
    sqlite3_mutex_leave(sqlcipher_mutex(mutexProvider));
    if (!agrees)
        return {Functions::SqlCipherOwn, QStringLiteral("the self-test against SQLCipher's own functions failed")};
    return {Functions::AlgorithmsFetchedOnce, QStringLiteral("SQLCipher %1, %2").arg(version, QString::fromUtf8(OpenSSL_version(OPENSSL_VERSION)))};
}

std::once_flag once;

} // namespace

Functions install()
{
    std::call_once(once, [] {
        outcome = tryInstall();
        if (outcome.functions == Functions::SqlCipherOwn)
            qCInfo(lcStore).noquote() << "pages are encrypted with SQLCipher's own functions:" << outcome.reason;
    });
    return outcome.functions;
}

bool inPlace()
{
    if (install() != Functions::AlgorithmsFetchedOnce)
        return false;
    sqlite3_mutex_enter(sqlcipher_mutex(mutexProvider));
    const SqlCipher46Provider *registered = sqlcipher_get_provider();
    const bool ours = registered && registered->cipher == pageCipher && registered->hmac == pageHmac;
    sqlite3_mutex_leave(sqlcipher_mutex(mutexProvider));
    return ours;
}

QString description()
{
    switch (install()) {
    case Functions::AlgorithmsFetchedOnce:
        return QStringLiteral("AES-256-CBC and HMAC fetched once from OpenSSL (%1)").arg(outcome.reason);
    case Functions::SqlCipherOwn:
        return QStringLiteral("SQLCipher's own OpenSSL functions (%1)").arg(outcome.reason);
    }
    return {};
}

} // namespace intake::PageCrypto
