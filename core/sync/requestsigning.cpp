#include "sync/requestsigning.h"

#include "common/digest.h"
#include "console/consolerepository.h"
#include "sync/codec.h"

#include <QStringList>

#include <sodium.h>

#include <algorithm>
#include <chrono>

namespace intake {

const QByteArray SignedHeaders::kioskHeader = QByteArrayLiteral("X-Intake-Kiosk");
const QByteArray SignedHeaders::timestampHeader = QByteArrayLiteral("X-Intake-Timestamp");
const QByteArray SignedHeaders::nonceHeader = QByteArrayLiteral("X-Intake-Nonce");
const QByteArray SignedHeaders::signatureHeader = QByteArrayLiteral("X-Intake-Signature");

namespace {

constexpr qsizetype maxKioskIdLength = 128;

bool isDecimal(const QByteArray &text, qsizetype maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isPrintableAscii(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
}

RequestVerifier::Outcome refused(const QString &reason)
{
    return {RequestVerifier::Outcome::Code::Unauthorized, {}, reason};
}

RequestVerifier::Outcome unavailable(const QString &reason)
{
    return {RequestVerifier::Outcome::Code::Unavailable, {}, reason};
}

/// `reason` with a %1 for the seconds to wait, rounded up (at least 1).
RequestVerifier::Outcome throttled(const QString &kioskId, const QString &reason, std::chrono::milliseconds wait)
{
    const std::chrono::seconds seconds = RateLimiter::wholeSeconds(wait);
    return {RequestVerifier::Outcome::Code::Throttled, kioskId, reason.arg(seconds.count()), seconds};
}

} // namespace

QString kioskApprovalName(KioskApproval approval)
{
    switch (approval) {
    case KioskApproval::Pending:
        return QStringLiteral("pending");
    case KioskApproval::Approved:
        return QStringLiteral("approved");
    case KioskApproval::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<KioskApproval> kioskApprovalFromName(const QString &name)
{
    for (KioskApproval approval : {KioskApproval::Pending, KioskApproval::Approved, KioskApproval::Rejected}) {
        if (kioskApprovalName(approval) == name)
            return approval;
    }
    return std::nullopt;
}

// --- RequestSigner -------------------------------------------------------------------------

RequestSigner::RequestSigner(QString kioskId, SecretBytes credential)
    : m_kioskId(std::move(kioskId)), m_credential(std::move(credential))
{
}

QByteArray RequestSigner::canonical(const QByteArray &method, const QByteArray &path, const QByteArray &timestamp,
                                    const QByteArray &nonce, const QByteArray &body)
{
    return method + '\n' + path + '\n' + timestamp + '\n' + nonce + '\n' + sha256Hex(body).toLatin1();
}

QByteArray RequestSigner::mac(const SecretBytes &key, const QByteArray &message)
{
    requireSodium();
    QByteArray out(crypto_auth_hmacsha256_BYTES, '\0');
    if (key.size() != crypto_auth_hmacsha256_KEYBYTES)
        return {};
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(message.constData()),
                           static_cast<unsigned long long>(message.size()), key.data());
    return out;
}

QString RequestSigner::fingerprint(const SecretBytes &credential)
{
    if (credential.size() != credentialSize)
        return {};
    // a MAC under the credential, not a hash of it: nothing about the key can be learnt from it
    const QByteArray digest = mac(credential, QByteArrayLiteral("intake-kiosk-fingerprint")).left(8).toHex().toUpper();
    QStringList groups;
    for (qsizetype at = 0; at < digest.size(); at += 4)
        groups.append(QString::fromLatin1(digest.mid(at, 4)));
    return groups.join(u' ');
}

SignedHeaders RequestSigner::sign(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QDateTime &now) const
{
    requireSodium();
    QByteArray nonce(nonceSize, '\0');
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    return sign(method, path, body, now, nonce);
}

SignedHeaders RequestSigner::sign(const QByteArray &method, const QByteArray &path, const QByteArray &body, const QDateTime &now,
                                  const QByteArray &nonce) const
{
    SignedHeaders headers;
    headers.kioskId = m_kioskId.toUtf8();
    headers.timestamp = QByteArray::number(now.toMSecsSinceEpoch());
    headers.nonce = codec::base64Url(nonce);
    headers.signature = mac(m_credential, canonical(method, path, headers.timestamp, headers.nonce, body)).toBase64();
    return headers;
}

// --- ReplayGuard ---------------------------------------------------------------------------

ReplayGuard::ReplayGuard(ConsoleRepository *repository, qsizetype capacity, qsizetype kioskQuota)
    : m_repository(repository), m_capacity(capacity), m_kioskQuota(std::max<qsizetype>(1, kioskQuota))
{
}

Status ReplayGuard::load(const QDateTime &now)
{
    if (!m_repository)
        return {};
    const QDateTime since = now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(window).count());
    if (auto pruned = m_repository->pruneNonces(since); !pruned)
        return pruned.error();
    auto recent = m_repository->recentNonces(since);
    if (!recent)
        return recent.error();
    // their exact times are not needed: remembering them for one more window is safe
    const qint64 at = now.toMSecsSinceEpoch();
    for (const auto &[kiosk, nonce] : recent.value()) {
        const auto known = m_kiosks.constFind(kiosk);
        if (known == m_kiosks.cend() || !known->seen.contains(nonce))
            remember(kiosk, nonce, at);
    }
    return {};
}

void ReplayGuard::remember(const QString &kioskId, const QString &nonce, qint64 at)
{
    KioskNonces &kiosk = m_kiosks[kioskId];
    if (kiosk.order.size() < static_cast<std::size_t>(m_kioskQuota))
        ++m_counted;
    ++m_size;
    kiosk.seen.insert(nonce);
    kiosk.order.emplace_back(at, nonce);
}

void ReplayGuard::forgetExpired(const QDateTime &now)
{
    const qint64 cutoff = now.toMSecsSinceEpoch() - std::chrono::duration_cast<std::chrono::milliseconds>(window).count();
    for (auto kiosk = m_kiosks.begin(); kiosk != m_kiosks.end();) {
        auto &order = kiosk->order;
        while (!order.empty() && order.front().first < cutoff) {
            if (order.size() <= static_cast<std::size_t>(m_kioskQuota))
                --m_counted;
            --m_size;
            kiosk->seen.remove(order.front().second);
            order.pop_front();
        }
        kiosk = order.empty() ? m_kiosks.erase(kiosk) : std::next(kiosk);
    }
}

Result<ReplayGuard::Verdict> ReplayGuard::check(const QString &kioskId, const QString &nonce, const QDateTime &now, Persist persist)
{
    forgetExpired(now);
    const auto kiosk = m_kiosks.constFind(kioskId);
    if (kiosk != m_kiosks.cend() && kiosk->seen.contains(nonce))
        return Verdict::Replayed;
    if (kiosk != m_kiosks.cend() && kiosk->order.size() >= static_cast<std::size_t>(m_kioskQuota))
        return Verdict::OverQuota;
    if (m_counted >= m_capacity)
        return Verdict::Full;
    if (m_repository) {
        // Persist::Now: the store's answer counts too (a nonce from before a restart, even
        // without load()); with ByCaller, load() at start-up is what brings those back
        if (persist == Persist::Now) {
            auto fresh = m_repository->rememberNonce(kioskId, nonce, now);
            if (!fresh)
                return fresh.error();
            if (!fresh.value())
                return Verdict::Replayed;  // in the store from before a restart
        }
        // the store forgets on the same schedule, at most once a minute
        const qint64 at = now.toMSecsSinceEpoch();
        if (at - m_lastPrune > 60'000) {
            m_lastPrune = at;
            const QDateTime cutoff = now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(window).count());
            if (auto pruned = m_repository->pruneNonces(cutoff); !pruned)
                return pruned.error();
        }
    }
    remember(kioskId, nonce, now.toMSecsSinceEpoch());
    return Verdict::Fresh;
}

std::chrono::milliseconds ReplayGuard::retryAfter(const QString &kioskId, const QDateTime &now) const
{
    const auto kiosk = m_kiosks.constFind(kioskId);
    if (kiosk == m_kiosks.cend() || kiosk->order.empty())
        return std::chrono::milliseconds(0);
    const qint64 leaves = kiosk->order.front().first + std::chrono::duration_cast<std::chrono::milliseconds>(window).count();
    return std::chrono::milliseconds(std::max<qint64>(0, leaves - now.toMSecsSinceEpoch()));
}

// --- RequestVerifier -----------------------------------------------------------------------

QString RequestVerifier::waitingForApprovalMessage()
{
    return QStringLiteral("this kiosk is waiting for approval at the staff console; its summaries stay queued on the kiosk "
                          "until an administrator approves it there");
}

QString RequestVerifier::rejectedMessage()
{
    return QStringLiteral("this kiosk was rejected at the staff console; pair it again with a new code");
}

RequestVerifier::RequestVerifier(CredentialLookup lookup, ReplayGuard &guard, Rate kioskRequests, qsizetype maxKiosks)
    : m_lookup(std::move(lookup)), m_guard(guard), m_kioskRequests(kioskRequests, maxKiosks)
{
}

RequestVerifier::Outcome RequestVerifier::verify(const QByteArray &method, const QByteArray &path, const SignedHeaders &headers,
                                                 const QByteArray &body, const QDateTime &now, ReplayGuard::Persist persist)
{
    if (headers.kioskId.isEmpty() || headers.timestamp.isEmpty() || headers.nonce.isEmpty() || headers.signature.isEmpty())
        return refused(QStringLiteral("not signed: the X-Intake-Kiosk, -Timestamp, -Nonce and -Signature headers are required"));
    if (headers.kioskId.size() > maxKioskIdLength || !isPrintableAscii(headers.kioskId))
        return refused(QStringLiteral("X-Intake-Kiosk is not a kiosk id"));
    if (!isDecimal(headers.timestamp, 15))
        return refused(QStringLiteral("X-Intake-Timestamp is not milliseconds since the epoch"));
    const auto nonce = codec::fromBase64Url(headers.nonce);
    if (!nonce || nonce->size() != RequestSigner::nonceSize)
        return refused(QStringLiteral("X-Intake-Nonce is not 16 bytes in base64url"));
    const auto signature = codec::fromBase64(headers.signature);
    if (!signature || signature->size() != crypto_auth_hmacsha256_BYTES)
        return refused(QStringLiteral("X-Intake-Signature is not an HMAC-SHA256 in base64"));

    const qint64 skew = now.toMSecsSinceEpoch() - headers.timestamp.toLongLong();
    if (std::abs(skew) > std::chrono::duration_cast<std::chrono::milliseconds>(maxSkew).count())
        return refused(QStringLiteral("the request's timestamp is more than 5 minutes from the console's clock; check both clocks"));

    const QString kioskId = QString::fromLatin1(headers.kioskId);
    auto credential = m_lookup(kioskId);
    if (!credential)
        return unavailable(credential.error().message);
    if (!credential.value())
        return refused(QStringLiteral("unknown or unpaired kiosk; pair it again"));

    requireSodium();
    const QByteArray message = RequestSigner::canonical(method, path, headers.timestamp, headers.nonce, body);
    // constant time: crypto_auth_hmacsha256_verify compares with crypto_verify_32
    if (crypto_auth_hmacsha256_verify(reinterpret_cast<const unsigned char *>(signature->constData()),
                                      reinterpret_cast<const unsigned char *>(message.constData()),
                                      static_cast<unsigned long long>(message.size()), credential.value()->credential.data())
        != 0)
        return refused(QStringLiteral("bad signature"));

    // Counted only once the signature shows the request is the kiosk's own, so that nobody
    // can use up a kiosk's turns in its name; and before the nonce is kept, so that a request
    // refused for the rate leaves nothing behind.
    if (const auto wait = m_kioskRequests.take(kioskId, now.toMSecsSinceEpoch()); wait.count() > 0)
        return throttled(kioskId, QStringLiteral("too many requests from this kiosk; try again in %1 s"), wait);
    // Said only to the kiosk itself (its signature checked): whoever else names it learns nothing.
    switch (credential.value()->approval) {
    case KioskApproval::Approved:
        break;
    case KioskApproval::Pending:
        return {Outcome::Code::NotApproved, kioskId, waitingForApprovalMessage(), {}, KioskApproval::Pending};
    case KioskApproval::Rejected:
        return {Outcome::Code::NotApproved, kioskId, rejectedMessage(), {}, KioskApproval::Rejected};
    }
    auto verdict = m_guard.check(kioskId, QString::fromLatin1(headers.nonce), now, persist);
    if (!verdict)
        return unavailable(verdict.error().message);
    switch (verdict.value()) {
    case ReplayGuard::Verdict::Fresh:
        return {Outcome::Code::Accepted, kioskId, {}};
    case ReplayGuard::Verdict::Replayed:
        return refused(QStringLiteral("replayed request (nonce already used)"));
    case ReplayGuard::Verdict::OverQuota:
        return throttled(kioskId, QStringLiteral("this kiosk has sent its share of requests for 10 minutes; try again in %1 s"),
                         m_guard.retryAfter(kioskId, now));
    case ReplayGuard::Verdict::Full:
        return unavailable(QStringLiteral("too many requests in the last 10 minutes; try again later"));
    }
    return refused(QStringLiteral("refused"));
}

} // namespace intake
