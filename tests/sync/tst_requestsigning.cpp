// RequestSigner and RequestVerifier: the HMAC over method, path, timestamp, nonce and body
// hash; every refusal (unknown kiosk, a kiosk not approved, tampering, stale or future
// timestamp, replay, malformed headers); the replay guard's persistence across a restart and
// its bound; the key fingerprint staff compare.

#include "console/consolerepository.h"
#include "sync/codec.h"
#include "sync/ratelimit.h"
#include "sync/requestsigning.h"
#include "synctestsupport.h"

#include <QMessageAuthenticationCode>

#include <gtest/gtest.h>

using namespace intake;
using namespace intake::test;

namespace {

const QByteArray post = QByteArrayLiteral("POST");
const QByteArray path = QByteArrayLiteral("/v1/summaries");
const QByteArray body = QByteArrayLiteral("{\"format\":\"intake-summary\"}");
const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

SecretBytes credentialOf(char fill)
{
    const QByteArray bytes(32, fill);
    return SecretBytes::fromBytes(bytes.constData(), 32);
}

/// A verifier that knows one kiosk, "kiosk-a", with credential 'a'×32, approved unless said.
struct Verifier
{
    bool paired = true;
    KioskApproval approval = KioskApproval::Approved;
    ReplayGuard guard{nullptr};
    RequestVerifier verifier{[this](const QString &id) -> Result<std::optional<KioskCredential>> {
                                 if (paired && id == QStringLiteral("kiosk-a"))
                                     return std::optional<KioskCredential>(KioskCredential{credentialOf('a'), approval});
                                 return std::optional<KioskCredential>();
                             },
                             guard};

    RequestVerifier::Outcome verify(const SignedHeaders &headers, const QByteArray &b = body, const QDateTime &at = now,
                                    const QByteArray &p = path)
    {
        return verifier.verify(post, p, headers, b, at);
    }
};

RequestSigner signer(const QString &id = QStringLiteral("kiosk-a"), char fill = 'a')
{
    return RequestSigner(id, credentialOf(fill));
}

} // namespace

TEST(RequestSigning, KnownAnswer)
{
    // HMAC-SHA256 test case 2 of RFC 4231 needs a 4-byte key; ours are 32 bytes, so check the
    // construction instead: the canonical text and an independent HMAC of it.
    const QByteArray canonical = RequestSigner::canonical(post, path, "1700000000000", "AAAAAAAAAAAAAAAAAAAAAA", "");
    EXPECT_EQ(canonical, QByteArrayLiteral("POST\n/v1/summaries\n1700000000000\nAAAAAAAAAAAAAAAAAAAAAA\n"
                                           "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QByteArray mac = RequestSigner::mac(credentialOf('a'), canonical);
    EXPECT_EQ(mac.size(), 32);
    EXPECT_EQ(QMessageAuthenticationCode::hash(canonical, QByteArray(32, 'a'), QCryptographicHash::Sha256), mac);
}

TEST(RequestSigning, ASignedRequestIsAcceptedOnce)
{
    Verifier v;
    const SignedHeaders headers = signer().sign(post, path, body, now);
    EXPECT_EQ(codec::fromBase64Url(headers.nonce)->size(), 16);
    const auto first = v.verify(headers);
    EXPECT_TRUE(first.accepted()) << first.reason.toStdString();
    EXPECT_EQ(first.kioskId, QStringLiteral("kiosk-a"));
    const auto replay = v.verify(headers, body, now.addSecs(30));
    EXPECT_FALSE(replay.accepted());
    EXPECT_TRUE(replay.reason.contains(QLatin1String("replayed")));
    // a second request with a fresh nonce passes
    EXPECT_TRUE(v.verify(signer().sign(post, path, body, now)).accepted());
}

TEST(RequestSigning, TamperingWithAnySignedPartIsRefused)
{
    Verifier v;
    const SignedHeaders headers = signer().sign(post, path, body, now);
    EXPECT_EQ(v.verify(headers, body + ' ').reason, QStringLiteral("bad signature"));
    EXPECT_EQ(v.verify(headers, body, now, QByteArrayLiteral("/v1/pair")).reason, QStringLiteral("bad signature"));
    EXPECT_EQ(v.verifier.verify("PUT", path, headers, body, now).reason, QStringLiteral("bad signature"));
    SignedHeaders timestamp = headers;
    timestamp.timestamp = QByteArray::number(headers.timestamp.toLongLong() + 1);
    EXPECT_EQ(v.verify(timestamp).reason, QStringLiteral("bad signature"));
    SignedHeaders nonce = headers;
    nonce.nonce = codec::base64Url(QByteArray(16, 'z'));
    EXPECT_EQ(v.verify(nonce).reason, QStringLiteral("bad signature"));
    // signed with another key
    EXPECT_EQ(v.verify(signer(QStringLiteral("kiosk-a"), 'b').sign(post, path, body, now)).reason, QStringLiteral("bad signature"));
    // none of the failed attempts used up the nonce of the genuine request
    EXPECT_TRUE(v.verify(headers).accepted());
}

TEST(RequestSigning, StaleAndFutureTimestampsAreRefused)
{
    Verifier v;
    for (qint64 seconds : {-301, 301, -3600, 86400}) {
        const auto outcome = v.verify(signer().sign(post, path, body, now.addSecs(seconds)));
        EXPECT_FALSE(outcome.accepted()) << seconds;
        EXPECT_TRUE(outcome.reason.contains(QLatin1String("5 minutes"))) << seconds;
    }
    for (qint64 seconds : {-299, 299})
        EXPECT_TRUE(v.verify(signer().sign(post, path, body, now.addSecs(seconds))).accepted()) << seconds;
}

TEST(RequestSigning, UnknownAndUnpairedKiosksAreRefused)
{
    Verifier v;
    EXPECT_TRUE(v.verify(signer(QStringLiteral("kiosk-b")).sign(post, path, body, now)).reason.contains(QLatin1String("unpaired")));
    v.paired = false;
    EXPECT_TRUE(v.verify(signer().sign(post, path, body, now)).reason.contains(QLatin1String("unpaired")));
}

TEST(RequestSigning, MalformedHeadersAreRefused)
{
    Verifier v;
    const SignedHeaders good = signer().sign(post, path, body, now);
    EXPECT_FALSE(v.verify(SignedHeaders{}).accepted());
    SignedHeaders h = good;
    h.timestamp = "17e11";
    EXPECT_TRUE(v.verify(h).reason.contains(QLatin1String("Timestamp")));
    h = good;
    h.timestamp = "-1";
    EXPECT_TRUE(v.verify(h).reason.contains(QLatin1String("Timestamp")));
    h = good;
    h.nonce = codec::base64Url(QByteArray(15, 'x'));
    EXPECT_TRUE(v.verify(h).reason.contains(QLatin1String("Nonce")));
    h = good;
    h.nonce = good.nonce + "==";
    EXPECT_TRUE(v.verify(h).reason.contains(QLatin1String("Nonce")));
    h = good;
    h.signature = good.signature.left(40);
    EXPECT_TRUE(v.verify(h).reason.contains(QLatin1String("Signature")));
    h = good;
    h.kioskId = "kiosk a";
    EXPECT_TRUE(v.verify(h).reason.contains(QLatin1String("Kiosk")));
    h = good;
    h.kioskId = QByteArray(200, 'k');
    EXPECT_TRUE(v.verify(h).reason.contains(QLatin1String("Kiosk")));
}

TEST(ReplayGuard, ForgetsAfterTheWindowAndIsBounded)
{
    ReplayGuard guard(nullptr, 3);
    EXPECT_EQ(guard.check(QStringLiteral("k"), QStringLiteral("n1"), now).value(), ReplayGuard::Verdict::Fresh);
    EXPECT_EQ(guard.check(QStringLiteral("k"), QStringLiteral("n1"), now.addSecs(599)).value(), ReplayGuard::Verdict::Replayed);
    EXPECT_EQ(guard.check(QStringLiteral("other"), QStringLiteral("n1"), now).value(), ReplayGuard::Verdict::Fresh);
    EXPECT_EQ(guard.check(QStringLiteral("k"), QStringLiteral("n2"), now).value(), ReplayGuard::Verdict::Fresh);
    // full: refuse rather than forget a nonce still within its window
    EXPECT_EQ(guard.check(QStringLiteral("k"), QStringLiteral("n3"), now.addSecs(60)).value(), ReplayGuard::Verdict::Full);
    EXPECT_EQ(guard.size(), 3);
    // after ten minutes the old ones age out
    EXPECT_EQ(guard.check(QStringLiteral("k"), QStringLiteral("n3"), now.addSecs(601)).value(), ReplayGuard::Verdict::Fresh);
    EXPECT_EQ(guard.size(), 1);
}

TEST(ReplayGuard, ARestartDoesNotReopenTheWindow)
{
    ConsoleFixture fixture;
    {
        ReplayGuard guard(&fixture.repository);
        ASSERT_TRUE(guard.load(fixture.now).ok());
        EXPECT_EQ(guard.check(QStringLiteral("k"), QStringLiteral("n1"), fixture.now).value(), ReplayGuard::Verdict::Fresh);
        EXPECT_EQ(guard.check(QStringLiteral("k"), QStringLiteral("old"), fixture.now.addSecs(-900)).value(),
                  ReplayGuard::Verdict::Fresh);
    }
    // a new process: the nonce from a minute ago is still refused, the one from 15 minutes ago is pruned
    ReplayGuard restarted(&fixture.repository);
    ASSERT_TRUE(restarted.load(fixture.now.addSecs(60)).ok());
    EXPECT_EQ(restarted.size(), 1);
    EXPECT_EQ(restarted.check(QStringLiteral("k"), QStringLiteral("n1"), fixture.now.addSecs(60)).value(),
              ReplayGuard::Verdict::Replayed);
    // even without load(), the store itself refuses it
    ReplayGuard unloaded(&fixture.repository);
    EXPECT_EQ(unloaded.check(QStringLiteral("k"), QStringLiteral("n1"), fixture.now.addSecs(60)).value(),
              ReplayGuard::Verdict::Replayed);
}

TEST(ReplayGuard, EachKioskHasItsOwnQuotaSoThatNoneCanFillTheGuardForTheOthers)
{
    ReplayGuard guard(nullptr, 7, 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(guard.check(QStringLiteral("a"), QStringLiteral("n%1").arg(i), now).value(), ReplayGuard::Verdict::Fresh) << i;
    EXPECT_EQ(guard.check(QStringLiteral("a"), QStringLiteral("n3"), now.addSecs(60)).value(), ReplayGuard::Verdict::OverQuota);
    EXPECT_EQ(guard.retryAfter(QStringLiteral("a"), now.addSecs(60)), std::chrono::minutes(9));
    // a replay is still a replay
    EXPECT_EQ(guard.check(QStringLiteral("a"), QStringLiteral("n0"), now.addSecs(60)).value(), ReplayGuard::Verdict::Replayed);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(guard.check(QStringLiteral("b"), QStringLiteral("n%1").arg(i), now).value(), ReplayGuard::Verdict::Fresh) << i;
    EXPECT_EQ(guard.check(QStringLiteral("c"), QStringLiteral("n0"), now).value(), ReplayGuard::Verdict::Fresh);
    // the capacity in all still holds
    EXPECT_EQ(guard.check(QStringLiteral("d"), QStringLiteral("n0"), now).value(), ReplayGuard::Verdict::Full);
    EXPECT_EQ(guard.size(), 7);
    // once its nonces age out, the kiosk may send again
    EXPECT_EQ(guard.check(QStringLiteral("a"), QStringLiteral("n3"), now.addSecs(601)).value(), ReplayGuard::Verdict::Fresh);
}

TEST(ReplayGuard, NoncesRecordedBeyondAKiosksQuotaCountOnlyTheQuotaAgainstTheCapacity)
{
    ConsoleFixture fixture;
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(fixture.repository.rememberNonce(QStringLiteral("a"), QStringLiteral("n%1").arg(i), fixture.now).value());
    ReplayGuard guard(&fixture.repository, 4, 2);
    ASSERT_TRUE(guard.load(fixture.now).ok());
    EXPECT_EQ(guard.size(), 5);
    EXPECT_EQ(guard.check(QStringLiteral("a"), QStringLiteral("n0"), fixture.now).value(), ReplayGuard::Verdict::Replayed);
    EXPECT_EQ(guard.check(QStringLiteral("a"), QStringLiteral("n9"), fixture.now).value(), ReplayGuard::Verdict::OverQuota);
    EXPECT_EQ(guard.check(QStringLiteral("b"), QStringLiteral("n0"), fixture.now).value(), ReplayGuard::Verdict::Fresh);
    EXPECT_EQ(guard.check(QStringLiteral("b"), QStringLiteral("n1"), fixture.now).value(), ReplayGuard::Verdict::Fresh);
    EXPECT_EQ(guard.check(QStringLiteral("c"), QStringLiteral("n0"), fixture.now).value(), ReplayGuard::Verdict::Full);
}

TEST(RateLimiter, ABurstThenOnePerIntervalPerKeyWithBoundedKeys)
{
    using std::chrono::milliseconds;
    RateLimiter limiter(Rate{3, milliseconds(1000)}, 2);
    const qint64 t = 1'700'000'000'000;
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(limiter.take(QStringLiteral("a"), t), milliseconds(0)) << i;
    EXPECT_EQ(limiter.take(QStringLiteral("a"), t), milliseconds(1000));
    EXPECT_EQ(limiter.take(QStringLiteral("a"), t + 400), milliseconds(600));
    EXPECT_EQ(limiter.take(QStringLiteral("a"), t + 1000), milliseconds(0));
    EXPECT_EQ(limiter.take(QStringLiteral("a"), t + 1000), milliseconds(1000));
    EXPECT_EQ(limiter.take(QStringLiteral("b"), t), milliseconds(0)) << "each key has its own bucket";
    // two keys tracked, both still limited: a new key waits (the memory is bounded)
    EXPECT_EQ(limiter.take(QStringLiteral("c"), t), milliseconds(1000));
    // a key whose bucket is full again is forgotten when room is needed
    EXPECT_EQ(limiter.take(QStringLiteral("c"), t + 1000), milliseconds(0));
    EXPECT_EQ(limiter.size(), 2);

    RateLimiter unlimited(Rate{1, milliseconds(0)}, 1);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(unlimited.take(QStringLiteral("k%1").arg(i), t), milliseconds(0));
    EXPECT_EQ(unlimited.size(), 0);
}

TEST(RequestSigning, AKioskNotApprovedIsToldSoOnlyOnceItsSignatureIsChecked)
{
    for (const KioskApproval approval : {KioskApproval::Pending, KioskApproval::Rejected}) {
        Verifier v;
        v.approval = approval;
        const SignedHeaders headers = signer().sign(post, path, body, now);
        const auto refused = v.verify(headers);
        EXPECT_EQ(refused.code, RequestVerifier::Outcome::Code::NotApproved);
        EXPECT_EQ(refused.approval, approval);
        EXPECT_EQ(refused.kioskId, QStringLiteral("kiosk-a"));
        EXPECT_EQ(refused.reason, approval == KioskApproval::Pending ? RequestVerifier::waitingForApprovalMessage()
                                                                     : RequestVerifier::rejectedMessage());
        // nothing kept: once approved, the same request passes (the kiosk sends it again anyway)
        EXPECT_EQ(v.guard.size(), 0);
        // someone else naming the kiosk learns nothing about its approval
        const auto forged = v.verify(signer(QStringLiteral("kiosk-a"), 'b').sign(post, path, body, now));
        EXPECT_EQ(forged.code, RequestVerifier::Outcome::Code::Unauthorized);
        EXPECT_EQ(forged.reason, QStringLiteral("bad signature"));
        v.approval = KioskApproval::Approved;
        EXPECT_TRUE(v.verify(headers).accepted());
    }
}

TEST(RequestSigning, TheKeyFingerprintTellsCredentialsApartAndHidesThem)
{
    const QString a = RequestSigner::fingerprint(credentialOf('a'));
    EXPECT_EQ(a, RequestSigner::fingerprint(credentialOf('a')));
    EXPECT_NE(a, RequestSigner::fingerprint(credentialOf('b')));
    ASSERT_EQ(a.size(), 19);
    EXPECT_EQ(a.count(u' '), 3);
    // the first 64 bits of an HMAC under the credential, not of the credential itself
    const QByteArray expected = QMessageAuthenticationCode::hash("intake-kiosk-fingerprint", QByteArray(32, 'a'), QCryptographicHash::Sha256);
    EXPECT_EQ(QString(a).remove(u' '), QString::fromLatin1(expected.left(8).toHex().toUpper()));
    EXPECT_TRUE(RequestSigner::fingerprint(SecretBytes::fromBytes("short", 5)).isEmpty());
}
