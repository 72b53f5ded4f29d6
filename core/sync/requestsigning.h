#pragma once

#include "common/result.h"
#include "store/secretbytes.h"
#include "sync/ratelimit.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace intake {

class ConsoleRepository;

/// Whether the console lets a paired kiosk deliver summaries (docs/SYNC.md, "Approval"): a
/// kiosk that has redeemed a pairing code waits until an administrator approves it on the
/// console, or rejects it; only an approved kiosk's summaries are stored.
enum class KioskApproval { Pending, Approved, Rejected };

/// "pending", "approved", "rejected" (the console store's `kiosks.approval`, the wire's `approval`).
QString kioskApprovalName(KioskApproval approval);
std::optional<KioskApproval> kioskApprovalFromName(const QString &name);

/// A paired kiosk as RequestVerifier needs it: the HMAC key of its requests and its approval.
struct KioskCredential
{
    SecretBytes credential;
    KioskApproval approval = KioskApproval::Pending;
};

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
    /// The fingerprint of a kiosk's credential that staff compare between the kiosk's staff
    /// screen and the console before approving it: the first 64 bits of
    /// HMAC-SHA256(credential, "intake-kiosk-fingerprint") as 16 upper-case hexadecimal digits
    /// in four groups ("3F9A 12BC 77D0 E4A1"). It tells credentials apart and says nothing
    /// about the credential itself. Empty when `credential` is not credentialSize bytes.
    static QString fingerprint(const SecretBytes &credential);

private:
    QString m_kioskId;
    SecretBytes m_credential;
};

/// Remembers the nonces of accepted requests for `window` (10 minutes: twice the allowed clock
/// skew, so a request is refused as a replay for as long as its timestamp would pass), in
/// memory and in the console store's seen_nonces, so that a restart does not reopen the window.
/// Bounded, failing closed rather than forgetting a nonce still within the window: one kiosk
/// holds at most `kioskQuota` nonces (then only that kiosk is refused, OverQuota), and all
/// together at most `capacity`, each kiosk's counted up to its quota (then every kiosk is
/// refused, Full). So no kiosk can fill the guard for the others, not even with nonces it
/// recorded before a restart.
class ReplayGuard
{
public:
    static constexpr std::chrono::minutes window{10};
    static constexpr qsizetype defaultCapacity = 200'000;
    /// A backlog of 10,000 summaries takes 625 requests, one summary a request 10,000.
    static constexpr qsizetype defaultKioskQuota = 10'000;

    enum class Verdict {
        Fresh,     ///< not seen within the window; now remembered
        Replayed,  ///< seen within the window
        Full,      ///< capacity reached: refuse, try later
        OverQuota, ///< this kiosk holds its quota of nonces: refuse it (only it), try later
    };

    /// `repository` may be null (in-memory only, tests).
    explicit ReplayGuard(ConsoleRepository *repository, qsizetype capacity = defaultCapacity, qsizetype kioskQuota = defaultKioskQuota);

    /// Reloads the nonces the store remembers from the last `window` (at start-up).
    Status load(const QDateTime &now);
    enum class Persist {
        Now,       ///< write it to the store at once
        ByCaller,  ///< the caller writes it with what the request changes (one commit)
    };
    /// Checks one nonce of an authenticated request and remembers it when fresh.
    Result<Verdict> check(const QString &kioskId, const QString &nonce, const QDateTime &now, Persist persist = Persist::Now);

    /// Nonces remembered, all kiosks together.
    qsizetype size() const { return m_size; }
    /// After OverQuota: how long until the kiosk's oldest nonce leaves the window.
    std::chrono::milliseconds retryAfter(const QString &kioskId, const QDateTime &now) const;

private:
    /// One kiosk's nonces within the window.
    struct KioskNonces
    {
        QSet<QString> seen;
        std::deque<std::pair<qint64, QString>> order;  ///< (seen at, ms since epoch; nonce), oldest first
    };

    void remember(const QString &kioskId, const QString &nonce, qint64 at);
    void forgetExpired(const QDateTime &now);

    ConsoleRepository *m_repository;
    qsizetype m_capacity;
    qsizetype m_kioskQuota;
    QHash<QString, KioskNonces> m_kiosks;
    qsizetype m_size = 0;
    qsizetype m_counted = 0;  ///< m_size with each kiosk's counted up to its quota: what `capacity` bounds
    qint64 m_lastPrune = 0;
};

/// The console's half: checks a request's headers and signature against the kiosk's
/// credential (looked up per request, so unpairing and approval take effect at once), the clock
/// skew (±5 minutes), the kiosk's request rate, its approval and the replay guard. The clock is
/// an argument; nothing here reads one.
class RequestVerifier
{
public:
    static constexpr std::chrono::minutes maxSkew{5};

    using CredentialLookup = std::function<Result<std::optional<KioskCredential>>(const QString &kioskId)>;

    struct Outcome
    {
        enum class Code {
            Accepted,
            Unauthorized,
            Throttled,    ///< the kiosk's own, over its request rate or nonce quota: try after retryAfter
            NotApproved,  ///< the kiosk's own, but it waits for approval or was rejected (`approval`)
            Unavailable,
        };
        Code code = Code::Unauthorized;
        QString kioskId;  ///< when accepted, throttled or not approved (the signature was the kiosk's)
        QString reason;   ///< when refused: one line for the answer and the log (no secrets)
        std::chrono::seconds retryAfter{0};  ///< when throttled
        KioskApproval approval = KioskApproval::Approved;  ///< when not approved: Pending or Rejected

        bool accepted() const { return code == Code::Accepted; }
    };

    /// The error of a request from a kiosk waiting for approval, and from a rejected one.
    static QString waitingForApprovalMessage();
    static QString rejectedMessage();

    /// `kioskRequests`: how often one kiosk may send (the default, no limit); tracked for at
    /// most `maxKiosks` kiosks at once.
    RequestVerifier(CredentialLookup lookup, ReplayGuard &guard, Rate kioskRequests = {}, qsizetype maxKiosks = 1024);

    /// Verifies one request; on success its nonce is remembered (a second use is a replay):
    /// in memory, and in the store at once or, with Persist::ByCaller, by the caller
    /// (ConsoleRepository::storeSummary with the nonce, or rememberNonce). A request signed by
    /// a kiosk that is not approved is NotApproved once its signature and rate are checked, and
    /// leaves nothing behind (its nonce is not kept: it changed nothing, and the summaries it
    /// carried stay queued on the kiosk, which sends them again once approved).
    Outcome verify(const QByteArray &method, const QByteArray &path, const SignedHeaders &headers, const QByteArray &body,
                   const QDateTime &now, ReplayGuard::Persist persist = ReplayGuard::Persist::Now);

private:
    CredentialLookup m_lookup;
    ReplayGuard &m_guard;
    RateLimiter m_kioskRequests;
};

} // namespace intake
