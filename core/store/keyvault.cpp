#include "store/keyvault.h"

#include "common/jsonfile.h"
#include "common/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <utility>

namespace intake {

namespace {

constexpr auto formatName = "intake-keyvault";
/// Version 2 added "database" (the store's CipherProfile); version 1 envelopes still open, and
/// mean SQLCipher 4's defaults.
constexpr qint64 currentFormatVersion = 2;
constexpr qint64 firstFormatVersion = 1;
constexpr auto kdfName = "argon2id13";
constexpr auto aeadName = "xchacha20poly1305-ietf";
constexpr auto passphraseKind = "passphrase";
constexpr auto keyFileKind = "keyfile";

constexpr qint64 maxEnvelopeBytes = 64 * 1024;
constexpr std::size_t kekSize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t saltSize = crypto_pwhash_SALTBYTES;
constexpr std::size_t nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t wrappedKeySize = KeyVault::dataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kekSize == 32 && KeyVault::dataKeySize == 32);

// The BLAKE2b key that turns a key file's bytes into a KEK. Changing it orphans every key file.
constexpr char keyFileContext[] = "intake-keyvault v1 key-file KEK";
static_assert(sizeof keyFileContext - 1 >= crypto_generichash_KEYBYTES_MIN
              && sizeof keyFileContext - 1 <= crypto_generichash_KEYBYTES_MAX);

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const unsigned char *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

std::size_t sizeOf(const QByteArray &array)
{
    return static_cast<std::size_t>(array.size());
}

QByteArray randomBytes(std::size_t size)
{
    requireSodium();
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

QString errnoText(int error)
{
    return qt_error_string(error);
}

/// A file descriptor closed on every path out.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

Status checkParams(const Argon2Params &params, const QString &where)
{
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.opsLimit > Argon2Params::maxOpsLimit) {
        return Error{QStringLiteral("%1: the Argon2id opsLimit %2 is outside %3..%4")
                         .arg(where)
                         .arg(params.opsLimit)
                         .arg(quint64{crypto_pwhash_OPSLIMIT_MIN})
                         .arg(Argon2Params::maxOpsLimit)};
    }
    if (params.memLimit < crypto_pwhash_MEMLIMIT_MIN || params.memLimit > Argon2Params::maxMemLimit) {
        return Error{QStringLiteral("%1: the Argon2id memLimit %2 is outside %3..%4 bytes")
                         .arg(where)
                         .arg(quint64{params.memLimit})
                         .arg(quint64{crypto_pwhash_MEMLIMIT_MIN})
                         .arg(quint64{Argon2Params::maxMemLimit})};
    }
    return {};
}

/// The envelope's header in the canonical form documented in keyvault.h, bound to the wrapped
/// key as AEAD additional data. Every value is a fixed word, a decimal number or base64, so the
/// newline-separated form is unambiguous.
QByteArray additionalData(qint64 version, KekSource::Kind kind, const Argon2Params &params, const QByteArray &salt,
                          const CipherProfile &profile)
{
    QByteArray data = QByteArray(formatName) + "\nversion=" + QByteArray::number(version)
        + "\naead=" + aeadName;
    if (kind == KekSource::Kind::Passphrase) {
        data += QByteArray("\nkek=") + passphraseKind + "\nkdf=" + kdfName
            + "\nopsLimit=" + QByteArray::number(params.opsLimit)
            + "\nmemLimit=" + QByteArray::number(quint64{params.memLimit}) + "\nsalt=" + salt.toBase64();
    } else {
        data += QByteArray("\nkek=") + keyFileKind;
    }
    if (version >= 2) {
        data += "\npageSize=" + QByteArray::number(profile.pageSize) + "\nhmac="
            + CipherProfile::hmacName(profile.hmac).toLatin1();
    }
    return data;
}

Result<SecretBytes> kekFromPassphrase(const SecretBytes &passphrase, const QByteArray &salt,
                                      const Argon2Params &params)
{
    SecretBytes kek = SecretBytes::zeroed(kekSize);
    if (crypto_pwhash(kek.data(), kek.size(), reinterpret_cast<const char *>(passphrase.data()),
                      passphrase.size(), bytesOf(salt), params.opsLimit, params.memLimit,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error{QStringLiteral("cannot derive the key-encryption key: Argon2id could not get "
                                    "%1 MiB of memory; close other programs and try again")
                         .arg(quint64{params.memLimit} / (1024 * 1024))};
    }
    return kek;
}

/// Reads a key file into secure memory, refusing one that is not a private regular file of
/// exactly keyFileSize bytes. Messages never include the content.
Result<SecretBytes> readKeyFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const FileDescriptor fd(::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return Error{QStringLiteral("%1: cannot read the key file: %2").arg(path, errnoText(errno))};

    struct stat info{};
    if (::fstat(fd.get(), &info) != 0)
        return Error{QStringLiteral("%1: cannot read the key file: %2").arg(path, errnoText(errno))};
    if (!S_ISREG(info.st_mode))
        return Error{QStringLiteral("%1: the key file is not a regular file").arg(path)};
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return Error{QStringLiteral("%1: the key file is accessible to group or others (mode %2); "
                                    "make it private with: chmod 600 %1")
                         .arg(path)
                         .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'))};
    }
    if (info.st_size != static_cast<off_t>(KeyVault::keyFileSize)) {
        return Error{QStringLiteral("%1: a key file holds exactly %2 bytes; this one has %3")
                         .arg(path)
                         .arg(KeyVault::keyFileSize)
                         .arg(qint64{info.st_size})};
    }

    SecretBytes bytes = SecretBytes::zeroed(KeyVault::keyFileSize);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error{QStringLiteral("%1: cannot read the key file: %2").arg(path, errnoText(errno))};
        if (n == 0)
            return Error{QStringLiteral("%1: the key file is shorter than %2 bytes").arg(path).arg(KeyVault::keyFileSize)};
        done += static_cast<std::size_t>(n);
    }
    unsigned char extra = 0;
    const ssize_t more = ::read(fd.get(), &extra, 1);
    sodium_memzero(&extra, 1);
    if (more != 0)
        return Error{QStringLiteral("%1: the key file is longer than %2 bytes").arg(path).arg(KeyVault::keyFileSize)};
    return bytes;
}

SecretBytes kekFromKeyFile(const SecretBytes &fileBytes)
{
    SecretBytes kek = SecretBytes::zeroed(kekSize);
    crypto_generichash(kek.data(), kek.size(), fileBytes.data(), fileBytes.size(),
                       reinterpret_cast<const unsigned char *>(keyFileContext), sizeof keyFileContext - 1);
    return kek;
}

/// Errors found while reading an envelope name the file and the field, and say what to do.
Error damaged(const QString &path, const QString &field, const QString &problem)
{
    return Error{QStringLiteral("%1: key envelope field \"%2\" %3; the file is damaged or was "
                                "edited: restore it from a backup")
                     .arg(path, field, problem)};
}

Status checkKnownFields(const QString &path, const QString &prefix, const QJsonObject &object,
                        const QSet<QString> &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return damaged(path, prefix + it.key(), QStringLiteral("is not part of the format"));
    }
    return {};
}

Result<QString> stringField(const QString &path, const QString &field, const QJsonObject &object,
                            const QString &name)
{
    const QJsonValue value = object.value(name);
    if (!value.isString())
        return damaged(path, field, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be a string"));
    return value.toString();
}

Result<qint64> integerField(const QString &path, const QString &field, const QJsonObject &object,
                            const QString &name, qint64 min, qint64 max)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return damaged(path, field, QStringLiteral("is missing"));
    const qint64 number = value.isDouble() ? value.toInteger(min - 1) : min - 1;
    if (number < min || number > max)
        return damaged(path, field, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    return number;
}

Result<QByteArray> base64Field(const QString &path, const QString &field, const QJsonObject &object,
                               const QString &name, std::size_t size)
{
    auto text = stringField(path, field, object, name);
    if (!text)
        return text.error();
    const auto decoded = QByteArray::fromBase64Encoding(text->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return damaged(path, field, QStringLiteral("is not valid base64"));
    if (sizeOf(decoded.decoded) != size)
        return damaged(path, field, QStringLiteral("must hold %1 bytes, not %2").arg(size).arg(decoded.decoded.size()));
    return decoded.decoded;
}

/// "database": {"pageSize": 2048, "hmac": "HMAC_SHA256"}
Result<CipherProfile> profileField(const QString &path, const QJsonObject &json)
{
    const QJsonValue value = json.value(QLatin1String("database"));
    if (!value.isObject())
        return damaged(path, QStringLiteral("database"), value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be an object"));
    const QJsonObject database = value.toObject();
    if (auto status = checkKnownFields(path, QStringLiteral("database."), database, {QStringLiteral("pageSize"), QStringLiteral("hmac")});
        !status)
        return status.error();
    auto pageSize = integerField(path, QStringLiteral("database.pageSize"), database, QStringLiteral("pageSize"), 1024, 65536);
    if (!pageSize)
        return pageSize.error();
    if (auto status = CipherProfile::check(static_cast<int>(*pageSize)); !status)
        return damaged(path, QStringLiteral("database.pageSize"), QStringLiteral("must be a power of two"));
    auto hmacName = stringField(path, QStringLiteral("database.hmac"), database, QStringLiteral("hmac"));
    if (!hmacName)
        return hmacName.error();
    auto hmac = CipherProfile::hmacFromName(*hmacName);
    if (!hmac)
        return damaged(path, QStringLiteral("database.hmac"), QStringLiteral("must be HMAC_SHA256 or HMAC_SHA512"));
    return CipherProfile{static_cast<int>(*pageSize), hmac.value()};
}

} // namespace

// --- Argon2Params ------------------------------------------------------------------------------

Argon2Params Argon2Params::calibrate(std::chrono::milliseconds target)
{
    requireSodium();
    const std::size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    const quint64 floor = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const qint64 targetNs = std::chrono::nanoseconds(target).count();
    const SecretBytes password = SecretBytes::random(32);
    const QByteArray salt = randomBytes(saltSize);
    SecretBytes out = SecretBytes::zeroed(kekSize);

    // Argon2's time grows linearly with opsLimit at fixed memory: measure, extrapolate, measure
    // again, a bounded number of times.
    quint64 ops = crypto_pwhash_OPSLIMIT_MIN;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        const int failed = crypto_pwhash(out.data(), out.size(), reinterpret_cast<const char *>(password.data()),
                                         password.size(), bytesOf(salt), ops, memLimit,
                                         crypto_pwhash_ALG_ARGON2ID13);
        const qint64 elapsed = std::max<qint64>(timer.nsecsElapsed(), 1);
        if (failed != 0) {
            qCWarning(lcStore) << "Argon2id calibration could not allocate its memory; using the minimum cost";
            break;
        }
        if (elapsed * 10 >= targetNs * 9 || ops >= maxOpsLimit)
            break;
        const auto estimate = static_cast<quint64>(static_cast<double>(ops) * static_cast<double>(targetNs)
                                                   / static_cast<double>(elapsed));
        ops = std::clamp<quint64>(estimate, ops + 1, maxOpsLimit); // ops < maxOpsLimit here
    }
    const Argon2Params params{std::max(ops, floor), memLimit};
    qCInfo(lcStore) << "Argon2id calibrated for" << target.count() << "ms: opsLimit" << params.opsLimit
                    << "memLimit" << quint64{params.memLimit} / (1024 * 1024) << "MiB";
    return params;
}

Argon2Params Argon2Params::fastForTests()
{
    return Argon2Params{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

// --- KekSource ---------------------------------------------------------------------------------

KekSource::KekSource(Kind kind, SecretBytes passphrase, QString keyFilePath)
    : m_kind(kind), m_passphrase(std::move(passphrase)), m_keyFilePath(std::move(keyFilePath))
{
}

KekSource KekSource::passphrase(SecretBytes utf8)
{
    return KekSource(Kind::Passphrase, std::move(utf8), QString());
}

KekSource KekSource::keyFile(QString path)
{
    return KekSource(Kind::KeyFile, SecretBytes(), std::move(path));
}

// --- KeyVault ----------------------------------------------------------------------------------

QString KeyVault::wrongKeyMessage()
{
    return QStringLiteral("wrong passphrase or key file");
}

Result<KeyVault> KeyVault::create(const QString &envelopePath, const KekSource &kek, const Argon2Params &params,
                                  const CipherProfile &profile)
{
    requireSodium();
    const QFileInfo existing(envelopePath);
    if (existing.exists() || existing.isSymLink()) {
        return Error{QStringLiteral("%1: a file already exists there; refusing to overwrite a key envelope "
                                    "(it may hold the only copy of a store's key)").arg(envelopePath)};
    }

    if (auto status = CipherProfile::check(profile.pageSize); !status)
        return Error{QStringLiteral("%1: %2").arg(envelopePath, status.error().message)};
    KeyVault vault;
    vault.m_path = envelopePath;
    vault.m_version = currentFormatVersion;
    vault.m_profile = profile;
    vault.m_kind = kek.kind();
    if (kek.kind() == KekSource::Kind::Passphrase) {
        if (auto status = checkParams(params, envelopePath); !status)
            return status.error();
        vault.m_params = params;
        vault.m_salt = randomBytes(saltSize);
    }
    auto kekBytes = vault.deriveKek(kek);
    if (!kekBytes)
        return kekBytes.error();
    const SecretBytes dataKey = SecretBytes::random(dataKeySize);
    if (auto status = vault.wrapAndSave(kekBytes.value(), dataKey, false); !status)
        return status.error();
    qCInfo(lcStore) << "created key envelope" << envelopePath << "locked with a"
                    << (vault.m_kind == KekSource::Kind::Passphrase ? "passphrase" : "key file");
    return vault;
}

Result<KeyVault> KeyVault::open(const QString &envelopePath)
{
    auto read = readJsonObjectFile(envelopePath, maxEnvelopeBytes);
    if (!read)
        return read.error();
    const QJsonObject &json = read.value();
    const QString &path = envelopePath;

    auto format = stringField(path, QStringLiteral("format"), json, QStringLiteral("format"));
    if (!format)
        return Error{QStringLiteral("%1: not an intake key envelope (no \"format\" field)").arg(path)};
    if (*format != str(formatName)) {
        return Error{QStringLiteral("%1: not an intake key envelope (format \"%2\", expected \"%3\")")
                         .arg(path, *format, str(formatName))};
    }
    const QJsonValue version = json.value(QLatin1String("version"));
    if (!version.isDouble())
        return damaged(path, QStringLiteral("version"), version.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be a number"));
    const bool knownVersion = version.toDouble() == static_cast<double>(firstFormatVersion)
                              || version.toDouble() == static_cast<double>(currentFormatVersion);
    if (!knownVersion) {
        return Error{QStringLiteral("%1: key envelope version %2 is not supported (this build reads version %3); "
                                    "use the software that wrote it")
                         .arg(path, QString::number(version.toDouble()))
                         .arg(QStringLiteral("%1 or %2").arg(firstFormatVersion).arg(currentFormatVersion))};
    }
    QSet<QString> topFields{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("kek"),
                            QStringLiteral("aead"), QStringLiteral("nonce"), QStringLiteral("wrappedKey")};
    const auto envelopeVersion = static_cast<qint64>(version.toDouble());
    if (envelopeVersion >= 2)
        topFields.insert(QStringLiteral("database"));
    if (auto status = checkKnownFields(path, QString(), json, topFields); !status)
        return status.error();

    auto aead = stringField(path, QStringLiteral("aead"), json, QStringLiteral("aead"));
    if (!aead)
        return aead.error();
    if (*aead != str(aeadName))
        return damaged(path, QStringLiteral("aead"), QStringLiteral("names an unsupported cipher \"%1\" (supported: %2)").arg(*aead, str(aeadName)));

    KeyVault vault;
    vault.m_path = envelopePath;
    vault.m_version = envelopeVersion;
    if (envelopeVersion >= 2) {
        auto profile = profileField(path, json);
        if (!profile)
            return profile.error();
        vault.m_profile = profile.value();
    }

    const QJsonValue kekValue = json.value(QLatin1String("kek"));
    if (!kekValue.isObject())
        return damaged(path, QStringLiteral("kek"), kekValue.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be an object"));
    const QJsonObject kek = kekValue.toObject();
    auto kind = stringField(path, QStringLiteral("kek.kind"), kek, QStringLiteral("kind"));
    if (!kind)
        return kind.error();
    if (*kind == str(passphraseKind)) {
        vault.m_kind = KekSource::Kind::Passphrase;
        const QSet<QString> kekFields{QStringLiteral("kind"), QStringLiteral("kdf"), QStringLiteral("opsLimit"),
                                      QStringLiteral("memLimit"), QStringLiteral("salt")};
        if (auto status = checkKnownFields(path, QStringLiteral("kek."), kek, kekFields); !status)
            return status.error();
        auto kdf = stringField(path, QStringLiteral("kek.kdf"), kek, QStringLiteral("kdf"));
        if (!kdf)
            return kdf.error();
        if (*kdf != str(kdfName))
            return damaged(path, QStringLiteral("kek.kdf"), QStringLiteral("names an unsupported KDF \"%1\" (supported: %2)").arg(*kdf, str(kdfName)));
        auto ops = integerField(path, QStringLiteral("kek.opsLimit"), kek, QStringLiteral("opsLimit"),
                                qint64{crypto_pwhash_OPSLIMIT_MIN}, qint64{Argon2Params::maxOpsLimit});
        if (!ops)
            return ops.error();
        auto mem = integerField(path, QStringLiteral("kek.memLimit"), kek, QStringLiteral("memLimit"),
                                qint64{crypto_pwhash_MEMLIMIT_MIN}, qint64{Argon2Params::maxMemLimit});
        if (!mem)
            return mem.error();
        vault.m_params = Argon2Params{static_cast<quint64>(*ops), static_cast<std::size_t>(*mem)};
        auto salt = base64Field(path, QStringLiteral("kek.salt"), kek, QStringLiteral("salt"), saltSize);
        if (!salt)
            return salt.error();
        vault.m_salt = salt.value();
    } else if (*kind == str(keyFileKind)) {
        vault.m_kind = KekSource::Kind::KeyFile;
        if (auto status = checkKnownFields(path, QStringLiteral("kek."), kek, {QStringLiteral("kind")}); !status)
            return status.error();
    } else {
        return damaged(path, QStringLiteral("kek.kind"), QStringLiteral("must be \"%1\" or \"%2\", not \"%3\"")
                                                             .arg(str(passphraseKind), str(keyFileKind), *kind));
    }

    auto nonce = base64Field(path, QStringLiteral("nonce"), json, QStringLiteral("nonce"), nonceSize);
    if (!nonce)
        return nonce.error();
    vault.m_nonce = nonce.value();
    auto wrapped = base64Field(path, QStringLiteral("wrappedKey"), json, QStringLiteral("wrappedKey"), wrappedKeySize);
    if (!wrapped)
        return wrapped.error();
    vault.m_wrappedKey = wrapped.value();
    return vault;
}

Result<SecretBytes> KeyVault::unlock(const KekSource &kek) const
{
    auto kekBytes = deriveKek(kek);
    if (!kekBytes)
        return kekBytes.error();
    return unwrap(kekBytes.value());
}

Status KeyVault::rewrap(const KekSource &current, const KekSource &next, const Argon2Params &params)
{
    if (auto status = checkUnchangedOnDisk(); !status)
        return status;
    auto currentKek = deriveKek(current);
    if (!currentKek)
        return currentKek.error();
    auto dataKey = unwrap(currentKek.value());
    if (!dataKey)
        return dataKey.error();

    KeyVault updated = *this;
    updated.m_kind = next.kind();
    if (next.kind() == KekSource::Kind::Passphrase) {
        if (auto status = checkParams(params, m_path); !status)
            return status;
        updated.m_params = params;
        updated.m_salt = randomBytes(saltSize);
    } else {
        updated.m_params = Argon2Params{};
        updated.m_salt.clear();
    }
    auto nextKek = updated.deriveKek(next);
    if (!nextKek)
        return nextKek.error();
    if (auto status = updated.wrapAndSave(nextKek.value(), dataKey.value(), true); !status)
        return status;
    *this = std::move(updated);
    qCInfo(lcStore) << "rewrapped key envelope" << m_path << "under a"
                    << (m_kind == KekSource::Kind::Passphrase ? "passphrase" : "key file");
    return {};
}

Status KeyVault::replaceDataKey(const KekSource &kek, const SecretBytes &newDataKey)
{
    if (newDataKey.size() != dataKeySize)
        return Error{QStringLiteral("%1: a data key must be %2 bytes").arg(m_path).arg(dataKeySize)};
    if (auto status = checkUnchangedOnDisk(); !status)
        return status;
    auto kekBytes = deriveKek(kek);
    if (!kekBytes)
        return kekBytes.error();
    if (auto current = unwrap(kekBytes.value()); !current)
        return current.error();

    // Same KEK (same salt and parameters), fresh nonce.
    KeyVault updated = *this;
    if (auto status = updated.wrapAndSave(kekBytes.value(), newDataKey, true); !status)
        return status;
    *this = std::move(updated);
    qCInfo(lcStore) << "replaced the data key in key envelope" << m_path;
    return {};
}

Status KeyVault::createKeyFile(const QString &path)
{
    requireSodium();
    const QByteArray native = QFile::encodeName(path);
    FileDescriptor fd(::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY,
                             S_IRUSR | S_IWUSR));
    if (fd.get() < 0) {
        if (errno == EEXIST)
            return Error{QStringLiteral("%1: a file already exists there; refusing to overwrite a key file").arg(path)};
        return Error{QStringLiteral("%1: cannot create the key file: %2").arg(path, errnoText(errno))};
    }

    const auto fail = [&](const QString &what) -> Status {
        const int error = errno;
        ::close(fd.release());
        ::unlink(native.constData());
        return Error{QStringLiteral("%1: cannot write the key file (%2: %3); nothing was kept")
                         .arg(path, what, errnoText(error))};
    };
    // The umask can only take bits away; fchmod makes the mode exactly 0600 whatever it is.
    if (::fchmod(fd.get(), S_IRUSR | S_IWUSR) != 0)
        return fail(QStringLiteral("chmod"));
    const SecretBytes bytes = SecretBytes::random(keyFileSize);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(QStringLiteral("write"));
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0)
        return fail(QStringLiteral("fsync"));
    if (::close(fd.release()) != 0) {
        const int error = errno;
        ::unlink(native.constData());
        return Error{QStringLiteral("%1: cannot write the key file (close: %2); nothing was kept")
                         .arg(path, errnoText(error))};
    }
    qCInfo(lcStore) << "created key file" << path;
    return {};
}

Result<SecretBytes> KeyVault::deriveKek(const KekSource &kek) const
{
    if (kek.kind() != m_kind) {
        return Error{m_kind == KekSource::Kind::Passphrase
                         ? QStringLiteral("%1: this store is locked with a passphrase, not a key file").arg(m_path)
                         : QStringLiteral("%1: this store is locked with a key file, not a passphrase").arg(m_path)};
    }
    if (m_kind == KekSource::Kind::Passphrase) {
        if (kek.passphraseUtf8().isEmpty())
            return Error{QStringLiteral("the passphrase is empty")};
        return kekFromPassphrase(kek.passphraseUtf8(), m_salt, m_params);
    }
    auto fileBytes = readKeyFile(kek.keyFilePath());
    if (!fileBytes)
        return fileBytes.error();
    return kekFromKeyFile(fileBytes.value());
}

Result<SecretBytes> KeyVault::unwrap(const SecretBytes &kek) const
{
    const QByteArray ad = additionalData(m_version, m_kind, m_params, m_salt, m_profile);
    SecretBytes dataKey = SecretBytes::zeroed(dataKeySize);
    unsigned long long length = 0;
    if (sizeOf(m_wrappedKey) != wrappedKeySize || sizeOf(m_nonce) != nonceSize
        || crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey.data(), &length, nullptr, bytesOf(m_wrappedKey),
                                                      sizeOf(m_wrappedKey), bytesOf(ad), sizeOf(ad),
                                                      bytesOf(m_nonce), kek.data())
            != 0
        || length != dataKeySize) {
        return Error{wrongKeyMessage()};
    }
    return dataKey;
}

/// A KeyVault object that outlived a change by another process (the CLI rewrapped or rekeyed)
/// must not write its stale copy back: that would bring back an old data key or passphrase.
Status KeyVault::checkUnchangedOnDisk() const
{
    auto onDisk = open(m_path);
    if (!onDisk)
        return onDisk.error();
    if (onDisk->m_version != m_version || onDisk->m_profile != m_profile || onDisk->m_kind != m_kind || onDisk->m_params != m_params || onDisk->m_salt != m_salt
        || onDisk->m_nonce != m_nonce || onDisk->m_wrappedKey != m_wrappedKey) {
        return Error{QStringLiteral("%1: the key envelope changed on disk since it was opened; open it again "
                                    "and retry").arg(m_path)};
    }
    return {};
}

/// Wraps `dataKey` under `kek` with a fresh nonce and this object's header, checks that it
/// unwraps, and writes the envelope atomically with mode 0600.
Status KeyVault::wrapAndSave(const SecretBytes &kek, const SecretBytes &dataKey, bool replacing)
{
    m_nonce = randomBytes(nonceSize);
    m_wrappedKey = QByteArray(static_cast<qsizetype>(wrappedKeySize), Qt::Uninitialized);
    const QByteArray ad = additionalData(m_version, m_kind, m_params, m_salt, m_profile);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(m_wrappedKey.data()), &length,
                                               dataKey.data(), dataKey.size(), bytesOf(ad), sizeOf(ad), nullptr,
                                               bytesOf(m_nonce), kek.data());
    if (length != wrappedKeySize)
        return Error{QStringLiteral("%1: wrapping the data key failed").arg(m_path)};
    // Never write an envelope that would not open again.
    if (auto check = unwrap(kek); !check || !(check.value() == dataKey))
        return Error{QStringLiteral("%1: the wrapped data key did not unwrap; nothing was written").arg(m_path)};

    QJsonObject kekJson{{QStringLiteral("kind"), str(m_kind == KekSource::Kind::Passphrase ? passphraseKind : keyFileKind)}};
    if (m_kind == KekSource::Kind::Passphrase) {
        kekJson.insert(QStringLiteral("kdf"), str(kdfName));
        kekJson.insert(QStringLiteral("opsLimit"), static_cast<qint64>(m_params.opsLimit));
        kekJson.insert(QStringLiteral("memLimit"), static_cast<qint64>(m_params.memLimit));
        kekJson.insert(QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64()));
    }
    QJsonObject json{
        {QStringLiteral("format"), str(formatName)},
        {QStringLiteral("version"), m_version},
        {QStringLiteral("kek"), kekJson},
        {QStringLiteral("aead"), str(aeadName)},
        {QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toBase64())},
        {QStringLiteral("wrappedKey"), QString::fromLatin1(m_wrappedKey.toBase64())},
    };
    if (m_version >= 2) {
        json.insert(QStringLiteral("database"), QJsonObject{{QStringLiteral("pageSize"), m_profile.pageSize},
                                                            {QStringLiteral("hmac"), CipherProfile::hmacName(m_profile.hmac)}});
    }
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);

    if (!replacing) {
        const QFileInfo existing(m_path);
        if (existing.exists() || existing.isSymLink())
            return Error{QStringLiteral("%1: a file already exists there; refusing to overwrite a key envelope").arg(m_path)};
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("%1: cannot write the key envelope: %2").arg(m_path, file.errorString())};
    // QSaveFile gives a new file the umask's mode (often 0644) and an old one its old mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error{QStringLiteral("%1: cannot make the key envelope private: %2").arg(m_path, file.errorString())};
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("%1: cannot write the key envelope: %2").arg(m_path, file.errorString())};
    return {};
}

} // namespace intake
