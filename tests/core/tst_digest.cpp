// SHA-256 through OpenSSL: the FIPS 180-2 test vectors, and the same answer as Qt's own code.

#include "common/digest.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace intake;

TEST(Digest, Sha256OfTheStandardVectors)
{
    EXPECT_EQ(sha256Hex(QByteArrayView("abc")), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(sha256Hex(QByteArrayView()), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    EXPECT_EQ(sha256Hex(QByteArrayView("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

TEST(Digest, Sha256AgreesWithQtOnLargeInput)
{
    QByteArray body;
    for (int i = 0; i < 100'000; ++i)
        body.append(static_cast<char>(i * 31 + 7));
    EXPECT_EQ(sha256(body), QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    EXPECT_EQ(sha256(body).size(), 32);
}
