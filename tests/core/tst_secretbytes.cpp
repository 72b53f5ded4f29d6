// SecretBytes: secure-memory ownership, hex for SQLCipher's raw key, constant-time equality, moves,
// page protection, wiped and gone once dropped. ParkedSecret: no access between copies.

#include "store/secretbytes.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <thread>
#include <utility>
#include <vector>

using namespace intake;

namespace {

QByteArray contents(const SecretBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

SecretBytes secret(const char *text)
{
    return SecretBytes::fromBytes(text, std::strlen(text));
}

/// The permissions ("rw-p", "---p", ...) of the mapping that holds `address`, from
/// /proc/self/maps.
QByteArray protectionAt(const void *address)
{
    const auto where = reinterpret_cast<std::uintptr_t>(address);
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const QList<QByteArray> range = fields.value(0).split('-');
        if (range.size() == 2 && range[0].toULongLong(nullptr, 16) <= where && where < range[1].toULongLong(nullptr, 16))
            return fields.value(1);
    }
    return {};
}

} // namespace

TEST(SecretBytes, DefaultIsEmpty)
{
    const SecretBytes empty;
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_EQ(empty.size(), 0u);
    EXPECT_EQ(empty.data(), nullptr);
    EXPECT_TRUE(empty.hex().isEmpty());
}

TEST(SecretBytes, FromBytesCopies)
{
    char buffer[] = "correct horse";
    const SecretBytes copy = SecretBytes::fromBytes(buffer, std::strlen(buffer));
    std::memset(buffer, 'x', std::strlen(buffer));
    EXPECT_EQ(contents(copy), QByteArray("correct horse"));
    EXPECT_FALSE(copy.isEmpty());
}

TEST(SecretBytes, ZeroedIsZero)
{
    const SecretBytes zero = SecretBytes::zeroed(32);
    EXPECT_EQ(contents(zero), QByteArray(32, '\0'));
}

TEST(SecretBytes, RandomHasTheSizeAndDiffers)
{
    const SecretBytes a = SecretBytes::random(32);
    const SecretBytes b = SecretBytes::random(32);
    EXPECT_EQ(a.size(), 32u);
    EXPECT_FALSE(a == b);
    EXPECT_NE(contents(a), QByteArray(32, '\0'));
}

TEST(SecretBytes, HexIsLowercaseAndNulTerminated)
{
    const char raw[] = {'\x00', '\x01', '\x7f', '\x80', '\xab', '\xff'};
    const SecretBytes bytes = SecretBytes::fromBytes(raw, sizeof raw);
    const SecretBytes hex = bytes.hex();
    EXPECT_EQ(hex.size(), 12u);
    EXPECT_EQ(contents(hex), QByteArray("00017f80abff"));
    EXPECT_EQ(int{hex.data()[hex.size()]}, 0); // usable as a C string
}

TEST(SecretBytes, HexOfA256BitKey)
{
    const SecretBytes key = SecretBytes::random(32);
    const SecretBytes hex = key.hex();
    EXPECT_EQ(contents(hex), contents(key).toHex());
}

TEST(SecretBytes, EqualityComparesContentAndSize)
{
    EXPECT_TRUE(secret("abc") == secret("abc"));
    EXPECT_FALSE(secret("abc") == secret("abd"));
    EXPECT_FALSE(secret("abc") == secret("abcd"));
    EXPECT_TRUE(SecretBytes() == SecretBytes());
    EXPECT_FALSE(SecretBytes() == secret("a"));
}

TEST(SecretBytes, MoveConstructionTakesTheBuffer)
{
    SecretBytes source = secret("passphrase");
    const unsigned char *buffer = source.data();
    SecretBytes target(std::move(source));
    EXPECT_EQ(target.data(), buffer);
    EXPECT_EQ(contents(target), QByteArray("passphrase"));
    EXPECT_TRUE(source.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is part of the contract
    EXPECT_EQ(source.data(), nullptr);
}

TEST(SecretBytes, MoveAssignmentReleasesTheOldBuffer)
{
    SecretBytes source = secret("new");
    SecretBytes target = secret("old");
    target = std::move(source);
    EXPECT_EQ(contents(target), QByteArray("new"));
    EXPECT_TRUE(source.isEmpty()); // NOLINT(bugprone-use-after-move)

    SecretBytes &alias = target;
    target = std::move(alias); // self-move leaves it intact
    EXPECT_EQ(contents(target), QByteArray("new"));
}

TEST(SecretBytes, FromUtf8EncodesThePassphrase)
{
    const SecretBytes utf8 = SecretBytes::fromUtf8(u"Pässwörd ✓");
    EXPECT_EQ(contents(utf8), QStringLiteral("Pässwörd ✓").toUtf8());
    EXPECT_TRUE(SecretBytes::fromUtf8(QStringView()).isEmpty());
}

TEST(SecretBytes, ReadOnlyStillReads)
{
    SecretBytes key = secret("key");
    key.makeReadOnly();
    EXPECT_EQ(contents(key), QByteArray("key"));
    key.makeReadWrite();
    key.data()[0] = 'K';
    EXPECT_EQ(contents(key), QByteArray("Key"));
    key.makeNoAccess(); // the destructor must cope with a no-access region
}

TEST(SecretBytesDeathTest, NoAccessFaultsOnRead)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            SecretBytes key = secret("key");
            key.makeNoAccess();
            volatile unsigned char first = key.data()[0];
            (void)first;
        },
        "");
}

TEST(SecretBytes, ContentSurvivesProtectionChanges)
{
    SecretBytes key = SecretBytes::random(32);
    const QByteArray original = contents(key);
    for (int i = 0; i < 50; ++i) {
        key.makeNoAccess();
        EXPECT_EQ(protectionAt(key.data()), QByteArray("---p"));
        key.makeReadOnly();
        EXPECT_EQ(protectionAt(key.data()), QByteArray("r--p"));
        EXPECT_EQ(contents(key), original);
    }
    key.makeReadWrite();
    EXPECT_EQ(protectionAt(key.data()), QByteArray("rw-p"));
    EXPECT_EQ(contents(key), original);
}

// sodium_free wipes the bytes and unmaps their pages: nothing of the key can be read afterwards,
// not even by mistake through a pointer kept from before.
TEST(SecretBytesDeathTest, DroppedBytesAreGone)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            const unsigned char *kept = nullptr;
            {
                SecretBytes key = secret("key");
                kept = key.data();
            }
            volatile unsigned char first = kept[0];
            (void)first;
        },
        "");
}

TEST(ParkedSecret, IsNoAccessWhileParkedAndCopiesItsContent)
{
    const SecretBytes original = SecretBytes::random(32);
    const ParkedSecret parked(SecretBytes::fromBytes(reinterpret_cast<const char *>(original.data()), original.size()));
    EXPECT_EQ(parked.size(), 32u);
    EXPECT_EQ(protectionAt(parked.address()), QByteArray("---p"));
    for (int i = 0; i < 50; ++i) {
        SecretBytes copy = parked.copy();
        EXPECT_TRUE(copy == original);
        EXPECT_EQ(protectionAt(copy.data()), QByteArray("rw-p"));  // the copy is the caller's
        EXPECT_EQ(protectionAt(parked.address()), QByteArray("---p"));
    }
}

TEST(ParkedSecret, CopiesOnSeveralThreadsAtOnceAllReadTheSecret)
{
    const SecretBytes original = SecretBytes::random(32);
    const ParkedSecret parked(SecretBytes::fromBytes(reinterpret_cast<const char *>(original.data()), original.size()));
    std::atomic<int> equal = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (parked.copy() == original)
                    ++equal;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(equal.load(), 800);
    EXPECT_EQ(protectionAt(parked.address()), QByteArray("---p"));
}

TEST(ParkedSecretDeathTest, AReadOfTheParkedBytesFaults)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            const ParkedSecret parked(secret("key"));
            (void)parked.copy();  // parked again afterwards
            volatile unsigned char first = static_cast<const unsigned char *>(parked.address())[0];
            (void)first;
        },
        "");
}
