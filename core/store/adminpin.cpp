#include "store/adminpin.h"

#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace intake {

const QString AdminPin::fileName = QStringLiteral("admin-pin");

namespace {

bool isPinShaped(const SecretBytes &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    return std::all_of(pin.data(), pin.data() + pin.size(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

Result<QByteArray> hashPin(const SecretBytes &pin, AdminPin::Cost cost = AdminPin::Cost::Interactive)
{
    requireSodium();
    if (!isPinShaped(pin))
        return Error{QStringLiteral("the staff PIN must be 4 to 12 digits")};
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    // interactive limits: the PIN is checked by a person at the kiosk, a few times a day
    const bool minimal = cost == AdminPin::Cost::Minimal;
    if (crypto_pwhash_str(hash.data(), reinterpret_cast<const char *>(pin.data()), pin.size(),
                          minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{QStringLiteral("not enough memory to hash the staff PIN")};
    hash.truncate(static_cast<qsizetype>(qstrlen(hash.constData())));
    return hash;
}

} // namespace

Status AdminPin::save(const QString &path, const SecretBytes &pin)
{
    auto hash = hashPin(pin);
    if (!hash)
        return hash.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("%1: cannot write the staff PIN: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(hash.value());
    if (!file.commit())
        return Error{QStringLiteral("%1: cannot write the staff PIN: %2").arg(path, file.errorString())};
    return {};
}

Result<AdminPin> AdminPin::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: no staff PIN is set (intake-cli set-admin-pin)").arg(path)};
    AdminPin pin;
    pin.m_hash = file.read(crypto_pwhash_STRBYTES).trimmed();
    if (!pin.m_hash.startsWith(crypto_pwhash_STRPREFIX))
        return Error{QStringLiteral("%1: not a staff PIN file").arg(path)};
    return pin;
}

Result<AdminPin> AdminPin::fromPin(const SecretBytes &pin, Cost cost)
{
    auto hash = hashPin(pin, cost);
    if (!hash)
        return hash.error();
    AdminPin result;
    result.m_hash = hash.value();
    return result;
}

bool AdminPin::verify(const SecretBytes &pin) const
{
    requireSodium();
    return !m_hash.isEmpty()
           && crypto_pwhash_str_verify(m_hash.constData(), reinterpret_cast<const char *>(pin.data()), pin.size()) == 0;
}

} // namespace intake
