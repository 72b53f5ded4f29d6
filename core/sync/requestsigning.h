#pragma once

#include "common/result.h"
#include "store/secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace intake {

class ConsoleRepository;

/// The four authentication headers of a request from a paired kiosk (docs/SYNC.md).
struct SignedHeaders
{
    static const QByteArray kioskHeader;      ///< "X-Intake-Kiosk"
    static const QByteArray timestampHeader;  ///< "X-Intake-Timestamp"
    static const QByteArray nonceHeader;      ///< "X-Intake-Nonce"
    static const QByteArray signatureHeader;  ///< "X-Intake-Signature"

    QByteArray kioskId;
    QByteArray timestamp;  ///< milliseconds since the Unix epoch, decimal
    QByteArray nonce;      ///< 16 random bytes, base64url without padding
    QByteArray signature;  ///< base64 of the HMAC-SHA256
};

/// The kiosk's half: signs each request with the credential the console gave it at pairing.
/// HMAC-SHA256(credential, METHOD\nPATH\nTIMESTAMP\nNONCE\nSHA256-HEX(BODY)), base64.
class RequestSigner
{
public:
    static constexpr std::size_t credentialSize = 32;
    static constexpr qsizetype nonceSize = 16;

    /// `credential` must be credentialSize bytes.
    RequestSigner(QString kioskId, SecretBytes credential);

    /// The headers for one request at `now`, with a fresh random nonce.
    SignedHeaders sign(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QDateTime &now) const;
    /// The same with a given nonce (raw bytes), for tests.
    SignedHeaders sign(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QDateTime &now,
                       const QByteArray &nonce) const;

    /// The signed text: METHOD\nPATH\nTIMESTAMP\nNONCE\nSHA256-HEX(BODY).
    static QByteArray canonical(const QByteArray &method, const QByteArray &path, const QByteArray &timestamp,
                                const QByteArray &nonce, const QByteArray &body);
    /// HMAC-SHA256 of `message` under `key` (32 bytes).
    static QByteArray mac(const SecretBytes &key, const QByteArray &message);

private:
    QString m_kioskId;
    SecretBytes m_credential;
};

/// Remembers the nonces of accepted requests for `window` (10 minutes: twice the allowed clock
/// skew, so a request is refused as a replay for as long as its timestamp would pass), in
/// memory and in the console store's seen_nonces, so that a restart does not reopen the window.
/// Bounded: when `capacity` nonces are within the window, new requests are refused (fail
/// closed) rather than old nonces forgotten.
class ReplayGuard
{
public:
    static constexpr std::chrono::minutes window{10};

    enum class Verdict {
        Fresh,     ///< not seen within the window; now remembered
        Replayed,  ///< seen within the window
        Full,      ///< capacity reached: refuse, try later
    };

    /// `repository` may be null (in-memory only, tests).
    explicit ReplayGuard(ConsoleRepository *repository, qsizetype capacity = 200'000);

    /// Reloads the nonces the store remembers from the last `window` (at start-up).
    Status load(const QDateTime &now);
    enum class Persist {
        Now,       ///< write it to the store at once
        ByCaller,  ///< the caller writes it with what the request changes (one commit)
    };
    /// Checks one nonce of an authenticated request and remembers it when fresh.
    Result<Verdict> check(const QString &kioskId, const QString &nonce, const QDateTime &now, Persist persist = Persist::Now);

    qsizetype size() const { return m_seen.size(); }

private:
    void forgetExpired(const QDateTime &now);

    ConsoleRepository *m_repository;
    qsizetype m_capacity;
    QHash<QString, qint64> m_seen;                  ///< "kiosk\nnonce" → seen at (ms since epoch)
    std::deque<std::pair<qint64, QString>> m_order;  ///< the same, oldest first
    qint64 m_lastPrune = 0;
};

/// The console's half: checks a request's headers and signature against the kiosk's
/// credential (looked up per request, so unpairing takes effect at once), the clock skew
/// (±5 minutes) and the replay guard. The clock is an argument; nothing here reads one.
class RequestVerifier
{
public:
    static constexpr std::chrono::minutes maxSkew{5};

    using CredentialLookup = std::function<Result<std::optional<SecretBytes>>(const QString &kioskId)>;

    struct Outcome
    {
        enum class Code { Accepted, Unauthorized, Unavailable };
        Code code = Code::Unauthorized;
        QString kioskId;  ///< when accepted
        QString reason;   ///< when refused: one line for the answer and the log (no secrets)

        bool accepted() const { return code == Code::Accepted; }
    };

    RequestVerifier(CredentialLookup lookup, ReplayGuard &guard);

    /// Verifies one request; on success its nonce is remembered (a second use is a replay):
    /// in memory, and in the store at once or, with Persist::ByCaller, by the caller
    /// (ConsoleRepository::storeSummary with the nonce, or rememberNonce).
    Outcome verify(const QByteArray &method, const QByteArray &path, const SignedHeaders &headers, const QByteArray &body,
                   const QDateTime &now, ReplayGuard::Persist persist = ReplayGuard::Persist::Now);

private:
    CredentialLookup m_lookup;
    ReplayGuard &m_guard;
};

} // namespace intake
