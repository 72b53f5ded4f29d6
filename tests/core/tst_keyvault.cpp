// KeyVault: the key envelope on real files. Round trips, wrong keys, every kind of damaged or
// edited envelope, rewrap and data-key replacement, key files, file modes, and that no key or
// passphrase reaches the file, an error message or the log.

#include "store/keyvault.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstring>
#include <functional>

using namespace intake;

namespace {

constexpr char passphraseText[] = "Blue-Haven correct horse 7731";
constexpr char otherPassphraseText[] = "Tide pool at dusk 4410";

KekSource passphrase(const char *text = passphraseText)
{
    return KekSource::passphrase(SecretBytes::fromBytes(text, std::strlen(text)));
}

QByteArray contents(const SecretBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

unsigned modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0xffff;
    return info.st_mode & 07777u;
}

QString flipBit(const QString &base64, qsizetype index)
{
    QByteArray bytes = QByteArray::fromBase64(base64.toLatin1());
    bytes[index] = static_cast<char>(bytes.at(index) ^ 0x01);
    return QString::fromLatin1(bytes.toBase64());
}

/// Every encoding of `secret` that a careless writer could have put in a file or a message.
QList<QByteArray> encodingsOf(const QByteArray &secret)
{
    return {secret,
            secret.toHex(),
            secret.toHex().toUpper(),
            secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            secret.toBase64(QByteArray::OmitTrailingEquals)};
}

/// Collects every Qt log message while alive, with intake.store debug output switched on.
class LogCapture
{
public:
    LogCapture()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
        QLoggingCategory::setFilterRules(QStringLiteral("intake.store.debug=true"));
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;
    const QStringList &messages() const { return s_messages; }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &message) { s_messages.append(message); }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

class KeyVaultTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString envelopePath() const { return path(QStringLiteral("store.key.json")); }

    KeyVault createWithPassphrase(const char *text = passphraseText)
    {
        auto vault = KeyVault::create(envelopePath(), passphrase(text), Argon2Params::fastForTests());
        EXPECT_TRUE(vault.ok()) << qPrintable(vault.error().message);
        return std::move(vault).value();
    }

    QString createKeyFile(const QString &name)
    {
        const QString keyFile = path(name);
        const Status status = KeyVault::createKeyFile(keyFile);
        EXPECT_TRUE(status.ok()) << qPrintable(status.error().message);
        return keyFile;
    }

    QJsonObject envelopeJson() const { return QJsonDocument::fromJson(readBytes(envelopePath())).object(); }

    void editEnvelope(const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject json = envelopeJson();
        edit(json);
        writeBytes(envelopePath(), QJsonDocument(json).toJson());
    }

    void editDatabase(const std::function<void(QJsonObject &)> &edit)
    {
        editEnvelope([&](QJsonObject &json) {
            QJsonObject database = json.value(QLatin1String("database")).toObject();
            edit(database);
            json.insert(QStringLiteral("database"), database);
        });
    }

    void editKek(const std::function<void(QJsonObject &)> &edit)
    {
        editEnvelope([&](QJsonObject &json) {
            QJsonObject kek = json.value(QLatin1String("kek")).toObject();
            edit(kek);
            json.insert(QStringLiteral("kek"), kek);
        });
    }

    /// The error of opening the envelope as it now is (empty when it opened).
    QString openError() const
    {
        auto vault = KeyVault::open(envelopePath());
        return vault.ok() ? QString() : vault.error().message;
    }

    /// The error of opening and then unlocking the envelope with `kek` (empty when it unlocked).
    QString unlockError(const KekSource &kek) const
    {
        auto vault = KeyVault::open(envelopePath());
        if (!vault)
            return vault.error().message;
        auto key = vault->unlock(kek);
        return key.ok() ? QString() : key.error().message;
    }

    QTemporaryDir m_dir;
};

} // namespace

// --- round trips -------------------------------------------------------------------------------

TEST_F(KeyVaultTest, PassphraseRoundTrip)
{
    const KeyVault created = createWithPassphrase();
    auto key = created.unlock(passphrase());
    ASSERT_TRUE(key.ok()) << qPrintable(key.error().message);
    EXPECT_EQ(key->size(), KeyVault::dataKeySize);

    auto opened = KeyVault::open(envelopePath());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(opened->kekKind(), KekSource::Kind::Passphrase);
    EXPECT_EQ(opened->argon2Params(), Argon2Params::fastForTests());
    auto again = opened->unlock(passphrase());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_TRUE(*key == *again);
}

TEST_F(KeyVaultTest, KeyFileRoundTrip)
{
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));
    auto created = KeyVault::create(envelopePath(), KekSource::keyFile(keyFile), Argon2Params{});
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().message);
    auto key = created->unlock(KekSource::keyFile(keyFile));
    ASSERT_TRUE(key.ok()) << qPrintable(key.error().message);

    auto opened = KeyVault::open(envelopePath());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(opened->kekKind(), KekSource::Kind::KeyFile);
    auto again = opened->unlock(KekSource::keyFile(keyFile));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().message);
    EXPECT_TRUE(*key == *again);

    const QJsonObject kek = envelopeJson().value(QLatin1String("kek")).toObject();
    EXPECT_EQ(kek, QJsonObject({{QStringLiteral("kind"), QStringLiteral("keyfile")}}));
}

TEST_F(KeyVaultTest, EnvelopeHasTheDocumentedFormat)
{
    createWithPassphrase();
    const QJsonObject json = envelopeJson();
    EXPECT_EQ(json.value(QLatin1String("format")).toString(), QStringLiteral("intake-keyvault"));
    EXPECT_EQ(json.value(QLatin1String("version")).toInteger(), 2);
    const QJsonObject database = json.value(QLatin1String("database")).toObject();
    EXPECT_EQ(database.value(QLatin1String("pageSize")).toInteger(), 2048);
    EXPECT_EQ(database.value(QLatin1String("hmac")).toString(), QStringLiteral("HMAC_SHA256"));
    EXPECT_EQ(json.value(QLatin1String("aead")).toString(), QStringLiteral("xchacha20poly1305-ietf"));
    EXPECT_EQ(QByteArray::fromBase64(json.value(QLatin1String("nonce")).toString().toLatin1()).size(), 24);
    EXPECT_EQ(QByteArray::fromBase64(json.value(QLatin1String("wrappedKey")).toString().toLatin1()).size(), 48);
    const QJsonObject kek = json.value(QLatin1String("kek")).toObject();
    EXPECT_EQ(kek.value(QLatin1String("kind")).toString(), QStringLiteral("passphrase"));
    EXPECT_EQ(kek.value(QLatin1String("kdf")).toString(), QStringLiteral("argon2id13"));
    EXPECT_EQ(static_cast<quint64>(kek.value(QLatin1String("opsLimit")).toInteger()), Argon2Params::fastForTests().opsLimit);
    EXPECT_EQ(static_cast<std::size_t>(kek.value(QLatin1String("memLimit")).toInteger()), Argon2Params::fastForTests().memLimit);
    EXPECT_EQ(QByteArray::fromBase64(kek.value(QLatin1String("salt")).toString().toLatin1()).size(), 16);
}

TEST_F(KeyVaultTest, TwoEnvelopesHoldDifferentKeys)
{
    auto first = KeyVault::create(path(QStringLiteral("a.json")), passphrase(), Argon2Params::fastForTests());
    auto second = KeyVault::create(path(QStringLiteral("b.json")), passphrase(), Argon2Params::fastForTests());
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_FALSE(first->unlock(passphrase()).value() == second->unlock(passphrase()).value());
    // same passphrase, different salts
    EXPECT_NE(readBytes(path(QStringLiteral("a.json"))), readBytes(path(QStringLiteral("b.json"))));
}

TEST_F(KeyVaultTest, CalibratedParametersAreRecordedAndUnlock)
{
    const Argon2Params params = Argon2Params::calibrate(std::chrono::milliseconds(100));
    EXPECT_EQ(params.memLimit, std::size_t{64} * 1024 * 1024);
    EXPECT_GE(params.opsLimit, 2u); // libsodium's interactive minimum
    EXPECT_LE(params.opsLimit, Argon2Params::maxOpsLimit);

    auto created = KeyVault::create(envelopePath(), passphrase(), params);
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().message);
    const QJsonObject kek = envelopeJson().value(QLatin1String("kek")).toObject();
    EXPECT_EQ(static_cast<quint64>(kek.value(QLatin1String("opsLimit")).toInteger()), params.opsLimit);
    EXPECT_EQ(static_cast<std::size_t>(kek.value(QLatin1String("memLimit")).toInteger()), params.memLimit);

    auto opened = KeyVault::open(envelopePath());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(opened->argon2Params(), params);
    auto key = opened->unlock(passphrase());
    ASSERT_TRUE(key.ok()) << qPrintable(key.error().message);
    EXPECT_TRUE(*key == created->unlock(passphrase()).value());
}

// --- wrong keys --------------------------------------------------------------------------------

TEST_F(KeyVaultTest, WrongPassphraseIsRefusedAndChangesNothing)
{
    const KeyVault vault = createWithPassphrase();
    const QByteArray before = readBytes(envelopePath());
    auto key = vault.unlock(passphrase(otherPassphraseText));
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.error().message, QStringLiteral("wrong passphrase or key file"));
    EXPECT_TRUE(KeyVault::isWrongKey(key.error()));
    EXPECT_EQ(readBytes(envelopePath()), before);

    // one character off, and a prefix
    EXPECT_TRUE(KeyVault::isWrongKey(vault.unlock(passphrase("Blue-Haven correct horse 7732")).error()));
    EXPECT_TRUE(KeyVault::isWrongKey(vault.unlock(passphrase("Blue-Haven")).error()));
    EXPECT_EQ(readBytes(envelopePath()), before);
}

TEST_F(KeyVaultTest, WrongKeyFileIsRefusedAndChangesNothing)
{
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));
    const QString otherKeyFile = createKeyFile(QStringLiteral("other.key"));
    auto vault = KeyVault::create(envelopePath(), KekSource::keyFile(keyFile), Argon2Params{});
    ASSERT_TRUE(vault.ok());
    const QByteArray before = readBytes(envelopePath());
    auto key = vault->unlock(KekSource::keyFile(otherKeyFile));
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.error().message, QStringLiteral("wrong passphrase or key file"));
    EXPECT_EQ(readBytes(envelopePath()), before);
}

TEST_F(KeyVaultTest, TheOtherKindOfKeyIsADistinctError)
{
    const KeyVault vault = createWithPassphrase();
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));
    auto key = vault.unlock(KekSource::keyFile(keyFile));
    ASSERT_FALSE(key.ok());
    EXPECT_FALSE(KeyVault::isWrongKey(key.error()));
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("locked with a passphrase"))) << qPrintable(key.error().message);

    auto fileVault = KeyVault::create(path(QStringLiteral("file.json")), KekSource::keyFile(keyFile), Argon2Params{});
    ASSERT_TRUE(fileVault.ok());
    auto fileKey = fileVault->unlock(passphrase());
    ASSERT_FALSE(fileKey.ok());
    EXPECT_TRUE(fileKey.error().message.contains(QStringLiteral("locked with a key file"))) << qPrintable(fileKey.error().message);
}

TEST_F(KeyVaultTest, EmptyPassphraseIsRefused)
{
    auto vault = KeyVault::create(envelopePath(), KekSource::passphrase(SecretBytes()), Argon2Params::fastForTests());
    ASSERT_FALSE(vault.ok());
    EXPECT_TRUE(vault.error().message.contains(QStringLiteral("empty")));
    EXPECT_FALSE(QFile::exists(envelopePath()));
}

// --- damaged or edited envelopes ---------------------------------------------------------------
// An edit that only the AEAD tag can catch (wrappedKey, nonce, salt, an Argon2 parameter still in
// range, the kind when the rest is consistent) looks exactly like a wrong passphrase; everything
// else is caught while reading and named.

TEST_F(KeyVaultTest, EditsOnlyTheTagCatchesLookLikeAWrongKey)
{
    createWithPassphrase();
    const QByteArray original = readBytes(envelopePath());
    const std::pair<const char *, std::function<void()>> edits[] = {
        {"wrappedKey first byte", [this] { editEnvelope([](QJsonObject &j) { j.insert(QStringLiteral("wrappedKey"), flipBit(j.value(QLatin1String("wrappedKey")).toString(), 0)); }); }},
        {"wrappedKey tag byte", [this] { editEnvelope([](QJsonObject &j) { j.insert(QStringLiteral("wrappedKey"), flipBit(j.value(QLatin1String("wrappedKey")).toString(), 47)); }); }},
        {"nonce", [this] { editEnvelope([](QJsonObject &j) { j.insert(QStringLiteral("nonce"), flipBit(j.value(QLatin1String("nonce")).toString(), 3)); }); }},
        {"salt", [this] { editKek([](QJsonObject &k) { k.insert(QStringLiteral("salt"), flipBit(k.value(QLatin1String("salt")).toString(), 5)); }); }},
        {"opsLimit", [this] { editKek([](QJsonObject &k) { k.insert(QStringLiteral("opsLimit"), 2); }); }},
        {"memLimit", [this] { editKek([](QJsonObject &k) { k.insert(QStringLiteral("memLimit"), 16384); }); }},
        {"pageSize", [this] { editDatabase([](QJsonObject &d) { d.insert(QStringLiteral("pageSize"), 4096); }); }},
        {"hmac", [this] { editDatabase([](QJsonObject &d) { d.insert(QStringLiteral("hmac"), QStringLiteral("HMAC_SHA512")); }); }},
    };
    for (const auto &[what, edit] : edits) {
        writeBytes(envelopePath(), original);
        ASSERT_TRUE(unlockError(passphrase()).isEmpty()) << what;
        edit();
        ASSERT_NE(readBytes(envelopePath()), original) << what;
        EXPECT_EQ(unlockError(passphrase()), KeyVault::wrongKeyMessage()) << what;
    }
}

TEST_F(KeyVaultTest, KindChangedToKeyFileIsRefused)
{
    createWithPassphrase();
    const QByteArray original = readBytes(envelopePath());
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));

    // only the kind: the passphrase fields no longer belong
    editKek([](QJsonObject &kek) { kek.insert(QStringLiteral("kind"), QStringLiteral("keyfile")); });
    QString error = openError();
    EXPECT_TRUE(error.contains(QStringLiteral("\"kek.kdf\""))) << qPrintable(error);
    EXPECT_NE(error, KeyVault::wrongKeyMessage());

    // a consistent key-file header: a passphrase is refused by kind, any key file by the tag
    writeBytes(envelopePath(), original);
    editKek([](QJsonObject &kek) { kek = QJsonObject{{QStringLiteral("kind"), QStringLiteral("keyfile")}}; });
    EXPECT_TRUE(unlockError(passphrase()).contains(QStringLiteral("locked with a key file")));
    EXPECT_EQ(unlockError(KekSource::keyFile(keyFile)), KeyVault::wrongKeyMessage());
}

TEST_F(KeyVaultTest, DamagedEnvelopesAreRefusedWithTheFieldNamed)
{
    createWithPassphrase();
    const QByteArray original = readBytes(envelopePath());
    struct Case
    {
        const char *what;
        std::function<void()> damage;
        QString expected; // a part of the message
    };
    // a damage that sets `name` (removes it, for an undefined value) in the object `edit` reaches
    using Editor = std::function<void(const std::function<void(QJsonObject &)> &)>;
    const auto field = [](Editor edit, const char *name, const QJsonValue &value) {
        return [edit, name, value] {
            edit([&](QJsonObject &object) {
                if (value.isUndefined())
                    object.remove(QLatin1String(name));
                else
                    object.insert(QLatin1String(name), value);
            });
        };
    };
    const auto kekField = [&](const char *name, const QJsonValue &value) {
        return field([this](const auto &edit) { editKek(edit); }, name, value);
    };
    const auto databaseField = [&](const char *name, const QJsonValue &value) {
        return field([this](const auto &edit) { editDatabase(edit); }, name, value);
    };
    const auto topField = [&](const char *name, const QJsonValue &value) {
        return field([this](const auto &edit) { editEnvelope(edit); }, name, value);
    };
    const Case cases[] = {
        {"truncated", [&] { writeBytes(envelopePath(), original.left(original.size() / 2)); }, QStringLiteral("not valid JSON")},
        {"not JSON", [&] { writeBytes(envelopePath(), "wrapped key goes here\n"); }, QStringLiteral("not valid JSON")},
        {"empty", [&] { writeBytes(envelopePath(), QByteArray()); }, QStringLiteral("not valid JSON")},
        {"array", [&] { writeBytes(envelopePath(), "[1, 2]"); }, QStringLiteral("must be a JSON object")},
        {"oversized", [&] { writeBytes(envelopePath(), original + QByteArray(70 * 1024, ' ')); }, QStringLiteral("allowed")},
        {"other format", topField("format", QStringLiteral("something-else")), QStringLiteral("not an intake key envelope")},
        {"no format", topField("format", QJsonValue::Undefined), QStringLiteral("not an intake key envelope")},
        {"version 3", topField("version", 3), QStringLiteral("version 3 is not supported")},
        {"version 0", topField("version", 0), QStringLiteral("version 0 is not supported")},
        {"version as text", topField("version", QStringLiteral("1")), QStringLiteral("\"version\"")},
        {"no version", topField("version", QJsonValue::Undefined), QStringLiteral("\"version\"")},
        {"other aead", topField("aead", QStringLiteral("aes256gcm")), QStringLiteral("\"aead\"")},
        {"unknown field", topField("comment", QStringLiteral("hi")), QStringLiteral("\"comment\"")},
        {"no kek", topField("kek", QJsonValue::Undefined), QStringLiteral("\"kek\"")},
        {"kek not an object", topField("kek", QStringLiteral("passphrase")), QStringLiteral("\"kek\"")},
        {"unknown kind", kekField("kind", QStringLiteral("smartcard")), QStringLiteral("\"kek.kind\"")},
        {"other kdf", kekField("kdf", QStringLiteral("argon2i13")), QStringLiteral("\"kek.kdf\"")},
        {"opsLimit 0", kekField("opsLimit", 0), QStringLiteral("\"kek.opsLimit\"")},
        {"opsLimit huge", kekField("opsLimit", 1000000), QStringLiteral("\"kek.opsLimit\"")},
        {"opsLimit fraction", kekField("opsLimit", 1.5), QStringLiteral("\"kek.opsLimit\"")},
        {"opsLimit text", kekField("opsLimit", QStringLiteral("3")), QStringLiteral("\"kek.opsLimit\"")},
        {"memLimit huge", kekField("memLimit", 1e15), QStringLiteral("\"kek.memLimit\"")},
        {"no memLimit", kekField("memLimit", QJsonValue::Undefined), QStringLiteral("\"kek.memLimit\"")},
        {"short salt", kekField("salt", QStringLiteral("AAAA")), QStringLiteral("\"kek.salt\"")},
        {"unknown kek field", kekField("pepper", 1), QStringLiteral("\"kek.pepper\"")},
        {"nonce not base64", topField("nonce", QStringLiteral("not*base64!")), QStringLiteral("\"nonce\"")},
        {"short nonce", topField("nonce", QStringLiteral("AAAA")), QStringLiteral("\"nonce\"")},
        {"no wrappedKey", topField("wrappedKey", QJsonValue::Undefined), QStringLiteral("\"wrappedKey\"")},
        {"short wrappedKey", topField("wrappedKey", QString::fromLatin1(QByteArray(32, 'k').toBase64())), QStringLiteral("\"wrappedKey\"")},
        {"no database", topField("database", QJsonValue::Undefined), QStringLiteral("\"database\"")},
        {"database not an object", topField("database", 2048), QStringLiteral("\"database\"")},
        {"page size not a power of two", databaseField("pageSize", 3000), QStringLiteral("\"database.pageSize\"")},
        {"page size too small", databaseField("pageSize", 512), QStringLiteral("\"database.pageSize\"")},
        {"page size as text", databaseField("pageSize", QStringLiteral("2048")), QStringLiteral("\"database.pageSize\"")},
        {"unknown hmac", databaseField("hmac", QStringLiteral("HMAC_SHA1")), QStringLiteral("\"database.hmac\"")},
        {"no hmac", databaseField("hmac", QJsonValue::Undefined), QStringLiteral("\"database.hmac\"")},
        {"unknown database field", databaseField("kdfIter", 1), QStringLiteral("\"database.kdfIter\"")},
    };
    for (const Case &c : cases) {
        writeBytes(envelopePath(), original);
        c.damage();
        const QString error = openError();
        EXPECT_FALSE(error.isEmpty()) << c.what;
        EXPECT_TRUE(error.contains(envelopePath())) << c.what << ": " << qPrintable(error);
        EXPECT_TRUE(error.contains(c.expected)) << c.what << ": " << qPrintable(error);
        EXPECT_NE(error, KeyVault::wrongKeyMessage()) << c.what;
    }
}

TEST_F(KeyVaultTest, TheStoresPageLayoutIsRecordedAndKeptByARewrap)
{
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));
    const CipherProfile older{4096, CipherProfile::Hmac::Sha512};
    auto created = KeyVault::create(envelopePath(), KekSource::keyFile(keyFile), Argon2Params{}, older);
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().message);
    EXPECT_TRUE(KeyVault::open(envelopePath())->cipherProfile() == older);

    ASSERT_TRUE(created->rewrap(KekSource::keyFile(keyFile), passphrase(), Argon2Params::fastForTests()).ok());
    auto reopened = KeyVault::open(envelopePath());
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->cipherProfile() == older);
    EXPECT_EQ(reopened->formatVersion(), 2);
    EXPECT_TRUE(unlockError(passphrase()).isEmpty());

    EXPECT_TRUE(KeyVault::create(path(QStringLiteral("odd.json")), passphrase(), Argon2Params::fastForTests(),
                                 CipherProfile{3000, CipherProfile::Hmac::Sha256})
                    .error()
                    .message.contains(QStringLiteral("3000")));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("odd.json"))));
}

TEST_F(KeyVaultTest, AFirstReleaseEnvelopeOpensWithSqlCipherDefaultsAndStaysVersionOne)
{
    // written by the first release (version 1, no "database"), checked in with its key file
    const QString fixture = QStringLiteral(INTAKE_TEST_DATA "/stores/first-release/");
    ASSERT_TRUE(QFile::copy(fixture + QStringLiteral("keyvault.json"), envelopePath()));
    const QString keyFile = path(QStringLiteral("store.key"));
    ASSERT_TRUE(QFile::copy(fixture + QStringLiteral("store.key"), keyFile));
    QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(envelopePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto vault = KeyVault::open(envelopePath());
    ASSERT_TRUE(vault.ok()) << qPrintable(vault.error().message);
    EXPECT_EQ(vault->formatVersion(), 1);
    EXPECT_TRUE(vault->cipherProfile() == CipherProfile::sqlcipher4Defaults());
    const auto dataKey = vault->unlock(KekSource::keyFile(keyFile));
    ASSERT_TRUE(dataKey.ok()) << qPrintable(dataKey.error().message);

    // a passphrase change keeps its version: its header (and so its AEAD data) stays the same shape
    ASSERT_TRUE(vault->rewrap(KekSource::keyFile(keyFile), passphrase(), Argon2Params::fastForTests()).ok());
    EXPECT_EQ(envelopeJson().value(QLatin1String("version")).toInteger(), 1);
    EXPECT_FALSE(envelopeJson().contains(QLatin1String("database")));
    EXPECT_TRUE(KeyVault::open(envelopePath())->unlock(passphrase()).value() == dataKey.value());

    // a version 1 envelope does not take a "database" object
    editEnvelope([](QJsonObject &json) {
        json.insert(QStringLiteral("database"), QJsonObject{{QStringLiteral("pageSize"), 2048}, {QStringLiteral("hmac"), QStringLiteral("HMAC_SHA256")}});
    });
    EXPECT_TRUE(openError().contains(QStringLiteral("\"database\""))) << qPrintable(openError());
}

TEST_F(KeyVaultTest, MissingEnvelopeIsNamed)
{
    auto vault = KeyVault::open(envelopePath());
    ASSERT_FALSE(vault.ok());
    EXPECT_TRUE(vault.error().message.contains(envelopePath()));
}

// --- create, rewrap, replace -------------------------------------------------------------------

TEST_F(KeyVaultTest, CreateRefusesToOverwrite)
{
    createWithPassphrase();
    const QByteArray before = readBytes(envelopePath());
    auto again = KeyVault::create(envelopePath(), passphrase(otherPassphraseText), Argon2Params::fastForTests());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("refusing to overwrite")));
    EXPECT_EQ(readBytes(envelopePath()), before);

    writeBytes(path(QStringLiteral("notes.txt")), "not an envelope");
    auto overOther = KeyVault::create(path(QStringLiteral("notes.txt")), passphrase(), Argon2Params::fastForTests());
    EXPECT_FALSE(overOther.ok());
    EXPECT_EQ(readBytes(path(QStringLiteral("notes.txt"))), QByteArray("not an envelope"));
}

TEST_F(KeyVaultTest, CreateRefusesParametersOutOfRange)
{
    for (const Argon2Params params : {Argon2Params{0, Argon2Params::fastForTests().memLimit},
                                      Argon2Params{Argon2Params::maxOpsLimit + 1, Argon2Params::fastForTests().memLimit},
                                      Argon2Params{1, 1024},
                                      Argon2Params{1, Argon2Params::maxMemLimit + 1}}) {
        auto vault = KeyVault::create(envelopePath(), passphrase(), params);
        EXPECT_FALSE(vault.ok()) << params.opsLimit << " " << params.memLimit;
        EXPECT_FALSE(QFile::exists(envelopePath()));
    }
}

TEST_F(KeyVaultTest, EnvelopeIsPrivate)
{
    const mode_t previous = ::umask(022);
    KeyVault vault = createWithPassphrase();
    EXPECT_EQ(modeOf(envelopePath()), 0600u);

    // a rewrap makes a loosened envelope private again
    ASSERT_TRUE(QFile::setPermissions(envelopePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    ASSERT_TRUE(vault.rewrap(passphrase(), passphrase(otherPassphraseText), Argon2Params::fastForTests()).ok());
    EXPECT_EQ(modeOf(envelopePath()), 0600u);
    ::umask(previous);
}

TEST_F(KeyVaultTest, RewrapKeepsTheDataKeyAndRetiresTheOldPassphrase)
{
    KeyVault vault = createWithPassphrase();
    const SecretBytes dataKey = vault.unlock(passphrase()).value();
    const QJsonObject before = envelopeJson();

    const Status status = vault.rewrap(passphrase(), passphrase(otherPassphraseText), Argon2Params::fastForTests());
    ASSERT_TRUE(status.ok()) << qPrintable(status.error().message);
    const QJsonObject after = envelopeJson();
    EXPECT_NE(after.value(QLatin1String("nonce")), before.value(QLatin1String("nonce")));
    EXPECT_NE(after.value(QLatin1String("kek")).toObject().value(QLatin1String("salt")),
              before.value(QLatin1String("kek")).toObject().value(QLatin1String("salt")));

    EXPECT_TRUE(vault.unlock(passphrase(otherPassphraseText)).value() == dataKey);
    EXPECT_EQ(vault.unlock(passphrase()).error().message, KeyVault::wrongKeyMessage());

    auto reopened = KeyVault::open(envelopePath());
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->unlock(passphrase(otherPassphraseText)).value() == dataKey);
    EXPECT_EQ(reopened->unlock(passphrase()).error().message, KeyVault::wrongKeyMessage());
}

TEST_F(KeyVaultTest, RewrapBetweenPassphraseAndKeyFile)
{
    KeyVault vault = createWithPassphrase();
    const SecretBytes dataKey = vault.unlock(passphrase()).value();
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));

    ASSERT_TRUE(vault.rewrap(passphrase(), KekSource::keyFile(keyFile), Argon2Params{}).ok());
    EXPECT_EQ(vault.kekKind(), KekSource::Kind::KeyFile);
    auto fromFile = KeyVault::open(envelopePath());
    ASSERT_TRUE(fromFile.ok()) << qPrintable(fromFile.error().message);
    EXPECT_TRUE(fromFile->unlock(KekSource::keyFile(keyFile)).value() == dataKey);
    EXPECT_FALSE(fromFile->unlock(passphrase()).ok());

    ASSERT_TRUE(vault.rewrap(KekSource::keyFile(keyFile), passphrase(otherPassphraseText), Argon2Params::fastForTests()).ok());
    auto back = KeyVault::open(envelopePath());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().message);
    EXPECT_EQ(back->kekKind(), KekSource::Kind::Passphrase);
    EXPECT_TRUE(back->unlock(passphrase(otherPassphraseText)).value() == dataKey);
}

TEST_F(KeyVaultTest, RewrapWithTheWrongPassphraseChangesNothing)
{
    KeyVault vault = createWithPassphrase();
    const QByteArray before = readBytes(envelopePath());
    const Status status = vault.rewrap(passphrase(otherPassphraseText), passphrase("new one"), Argon2Params::fastForTests());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, KeyVault::wrongKeyMessage());
    EXPECT_EQ(readBytes(envelopePath()), before);
    EXPECT_TRUE(vault.unlock(passphrase()).ok());
}

TEST_F(KeyVaultTest, ReplaceDataKey)
{
    KeyVault vault = createWithPassphrase();
    const SecretBytes oldKey = vault.unlock(passphrase()).value();
    const QJsonObject before = envelopeJson();
    const SecretBytes newKey = SecretBytes::random(KeyVault::dataKeySize);

    const Status status = vault.replaceDataKey(passphrase(), newKey);
    ASSERT_TRUE(status.ok()) << qPrintable(status.error().message);
    const QJsonObject after = envelopeJson();
    EXPECT_EQ(after.value(QLatin1String("kek")), before.value(QLatin1String("kek"))); // same KEK
    EXPECT_NE(after.value(QLatin1String("nonce")), before.value(QLatin1String("nonce")));

    auto reopened = KeyVault::open(envelopePath());
    ASSERT_TRUE(reopened.ok());
    const SecretBytes unlocked = reopened->unlock(passphrase()).value();
    EXPECT_TRUE(unlocked == newKey);
    EXPECT_FALSE(unlocked == oldKey);
}

TEST_F(KeyVaultTest, ReplaceDataKeyRefusesAWrongKeyOrSize)
{
    KeyVault vault = createWithPassphrase();
    const QByteArray before = readBytes(envelopePath());
    EXPECT_TRUE(KeyVault::isWrongKey(vault.replaceDataKey(passphrase(otherPassphraseText), SecretBytes::random(32)).error()));
    EXPECT_FALSE(vault.replaceDataKey(passphrase(), SecretBytes::random(16)).ok());
    EXPECT_FALSE(vault.replaceDataKey(passphrase(), SecretBytes()).ok());
    EXPECT_EQ(readBytes(envelopePath()), before);
}

TEST_F(KeyVaultTest, AStaleVaultDoesNotOverwriteANewerEnvelope)
{
    KeyVault first = createWithPassphrase();
    KeyVault second = KeyVault::open(envelopePath()).value();
    const SecretBytes newKey = SecretBytes::random(KeyVault::dataKeySize);
    ASSERT_TRUE(first.replaceDataKey(passphrase(), newKey).ok());
    const QByteArray newer = readBytes(envelopePath());

    const Status stale = second.rewrap(passphrase(), passphrase(otherPassphraseText), Argon2Params::fastForTests());
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("changed on disk"))) << qPrintable(stale.error().message);
    EXPECT_FALSE(second.replaceDataKey(passphrase(), SecretBytes::random(32)).ok());
    EXPECT_EQ(readBytes(envelopePath()), newer);
}

// --- key files ---------------------------------------------------------------------------------

TEST_F(KeyVaultTest, KeyFileIsPrivateAndNeverOverwritten)
{
    const mode_t previous = ::umask(0);
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));
    ::umask(previous);
    EXPECT_EQ(modeOf(keyFile), 0600u);
    const QByteArray bytes = readBytes(keyFile);
    EXPECT_EQ(bytes.size(), 32);

    const Status again = KeyVault::createKeyFile(keyFile);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("refusing to overwrite")));
    EXPECT_EQ(readBytes(keyFile), bytes);

    EXPECT_FALSE(KeyVault::createKeyFile(path(QStringLiteral("no/such/dir/kiosk.key"))).ok());
}

TEST_F(KeyVaultTest, GroupOrOtherAccessToTheKeyFileIsRefused)
{
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));
    auto vault = KeyVault::create(envelopePath(), KekSource::keyFile(keyFile), Argon2Params{});
    ASSERT_TRUE(vault.ok());
    for (const unsigned mode : {0640u, 0604u, 0620u, 0602u}) {
        ASSERT_EQ(::chmod(QFile::encodeName(keyFile).constData(), mode), 0);
        auto key = vault->unlock(KekSource::keyFile(keyFile));
        ASSERT_FALSE(key.ok()) << mode;
        EXPECT_TRUE(key.error().message.contains(QStringLiteral("group or others"))) << qPrintable(key.error().message);
        EXPECT_TRUE(key.error().message.contains(keyFile));
        EXPECT_FALSE(KeyVault::isWrongKey(key.error()));
    }
    ASSERT_EQ(::chmod(QFile::encodeName(keyFile).constData(), 0400), 0);
    EXPECT_TRUE(vault->unlock(KekSource::keyFile(keyFile)).ok());
}

TEST_F(KeyVaultTest, KeyFileOfTheWrongSizeIsRefusedWithoutItsContent)
{
    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));
    auto vault = KeyVault::create(envelopePath(), KekSource::keyFile(keyFile), Argon2Params{});
    ASSERT_TRUE(vault.ok());
    for (const QByteArray &content : {QByteArray(31, 'Q'), QByteArray(33, 'Q'), QByteArray(), QByteArray("QQQQ-secret-QQQQ")}) {
        writeBytes(keyFile, content);
        auto key = vault->unlock(KekSource::keyFile(keyFile));
        ASSERT_FALSE(key.ok()) << content.size();
        EXPECT_TRUE(key.error().message.contains(QStringLiteral("exactly 32 bytes"))) << qPrintable(key.error().message);
        EXPECT_FALSE(key.error().message.contains(QStringLiteral("QQ")));
        EXPECT_FALSE(key.error().message.contains(QStringLiteral("5151")));
    }
    auto missing = vault->unlock(KekSource::keyFile(path(QStringLiteral("missing.key"))));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("missing.key")));
    EXPECT_FALSE(KeyVault::isWrongKey(missing.error()));
}

// --- nothing secret leaks ----------------------------------------------------------------------

TEST_F(KeyVaultTest, EnvelopeNeverHoldsTheKeyOrThePassphrase)
{
    KeyVault vault = createWithPassphrase();
    const auto check = [&](const SecretBytes &dataKey, const char *when) {
        const QByteArray file = readBytes(envelopePath());
        for (const QByteArray &encoded : encodingsOf(contents(dataKey)))
            EXPECT_FALSE(file.contains(encoded)) << when << ": " << encoded.constData();
        for (const QByteArray &encoded : encodingsOf(QByteArray(passphraseText)))
            EXPECT_FALSE(file.contains(encoded)) << when;
        for (const QByteArray &encoded : encodingsOf(QByteArray(otherPassphraseText)))
            EXPECT_FALSE(file.contains(encoded)) << when;
    };
    check(vault.unlock(passphrase()).value(), "created");

    ASSERT_TRUE(vault.rewrap(passphrase(), passphrase(otherPassphraseText), Argon2Params::fastForTests()).ok());
    check(vault.unlock(passphrase(otherPassphraseText)).value(), "rewrapped");

    const SecretBytes newKey = SecretBytes::random(KeyVault::dataKeySize);
    ASSERT_TRUE(vault.replaceDataKey(passphrase(otherPassphraseText), newKey).ok());
    check(newKey, "replaced");

    const QString keyFile = createKeyFile(QStringLiteral("kiosk.key"));
    ASSERT_TRUE(vault.rewrap(passphrase(otherPassphraseText), KekSource::keyFile(keyFile), Argon2Params{}).ok());
    check(newKey, "key file");
    const QByteArray file = readBytes(envelopePath());
    for (const QByteArray &encoded : encodingsOf(readBytes(keyFile)))
        EXPECT_FALSE(file.contains(encoded)) << "key file bytes";

    // and no stray temporary files were left beside it
    const QStringList entries = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    EXPECT_EQ(entries, QStringList({QStringLiteral("kiosk.key"), QStringLiteral("store.key.json")}));
}

TEST_F(KeyVaultTest, ErrorsAndLogsNeverHoldThePassphrase)
{
    const LogCapture log;
    QStringList errors;
    const auto collect = [&](const Error &error) { errors.append(error.message); };

    KeyVault vault = createWithPassphrase();
    collect(vault.unlock(passphrase(otherPassphraseText)).error());
    collect(KeyVault::create(envelopePath(), passphrase(), Argon2Params::fastForTests()).error());
    collect(KeyVault::create(path(QStringLiteral("x.json")), passphrase(), Argon2Params{0, 0}).error());
    collect(vault.rewrap(passphrase(otherPassphraseText), passphrase(passphraseText), Argon2Params::fastForTests()).error());
    collect(vault.rewrap(passphrase(), passphrase(otherPassphraseText), Argon2Params{0, 0}).error());
    collect(vault.replaceDataKey(passphrase(otherPassphraseText), SecretBytes::random(32)).error());
    collect(vault.replaceDataKey(passphrase(), SecretBytes::random(3)).error());
    collect(vault.unlock(KekSource::keyFile(path(QStringLiteral("missing.key")))).error());
    ASSERT_TRUE(vault.rewrap(passphrase(), passphrase(otherPassphraseText), Argon2Params::fastForTests()).ok());
    ASSERT_TRUE(vault.unlock(passphrase(otherPassphraseText)).ok());

    for (const QString &error : std::as_const(errors)) {
        EXPECT_FALSE(error.isEmpty());
        EXPECT_FALSE(error.contains(QLatin1String("correct horse"))) << qPrintable(error);
        EXPECT_FALSE(error.contains(QLatin1String("Tide pool"))) << qPrintable(error);
    }
    for (const QString &message : log.messages()) {
        EXPECT_FALSE(message.contains(QLatin1String("correct horse"))) << qPrintable(message);
        EXPECT_FALSE(message.contains(QLatin1String("Tide pool"))) << qPrintable(message);
    }
}
