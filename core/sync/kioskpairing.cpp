#include "sync/kioskpairing.h"

#include "store/storeerror.h"
#include "store/storesettings.h"
#include "sync/codec.h"

#include <sodium.h>

namespace intake {

namespace {

const QString prefix = QStringLiteral("sync.");

QString key(const char *name)
{
    return prefix + QLatin1String(name);
}

} // namespace

Result<std::optional<KioskPairing>> KioskPairing::load(QSqlDatabase db)
{
    StoreSettings settings(db);
    QStringList values;
    for (const char *name : {"host", "port", "fingerprint", "certificate", "kioskId", "credential", "pairedAt"}) {
        auto value = settings.value(key(name));
        if (!value)
            return value.error();
        if (!value->has_value())
            return std::optional<KioskPairing>();
        values.append(**value);
    }
    KioskPairing pairing;
    pairing.host = values.at(0);
    bool portOk = false;
    const uint port = values.at(1).toUInt(&portOk);
    pairing.port = static_cast<quint16>(port);
    pairing.fingerprint = values.at(2);
    pairing.certificatePem = values.at(3).toLatin1();
    pairing.kioskId = values.at(4);
    QByteArray credential = QByteArray::fromBase64(values.at(5).toLatin1());
    pairing.pairedAt = QDateTime::fromString(values.at(6), Qt::ISODateWithMs);
    const bool sound = portOk && port >= 1 && port <= 65535 && codec::isLowerHex(pairing.fingerprint, 64)
                       && credential.size() == 32 && !pairing.kioskId.isEmpty();
    if (sound)
        pairing.credential = SecretBytes::fromBytes(credential.constData(), static_cast<std::size_t>(credential.size()));
    sodium_memzero(credential.data(), static_cast<std::size_t>(credential.size()));
    if (!sound)
        return Error{QStringLiteral("the stored pairing with the staff console is damaged; pair the kiosk again")};
    auto approval = settings.value(key("approval"));
    if (!approval)
        return approval.error();
    pairing.approval = approval->has_value() ? kioskApprovalFromName(**approval).value_or(KioskApproval::Pending)
                                             : KioskApproval::Approved;
    return std::optional<KioskPairing>(std::move(pairing));
}

Status KioskPairing::save(QSqlDatabase db, const QDateTime &now) const
{
    StoreSettings settings(db);
    if (!db.transaction())
        return storeError(QStringLiteral("cannot save the pairing"), db.lastError());
    QByteArray credentialText =
        QByteArray(reinterpret_cast<const char *>(credential.data()), static_cast<qsizetype>(credential.size())).toBase64();
    const std::pair<const char *, QString> values[] = {
        {"host", host},
        {"port", QString::number(port)},
        {"fingerprint", fingerprint},
        {"certificate", QString::fromLatin1(certificatePem)},
        {"kioskId", kioskId},
        {"credential", QString::fromLatin1(credentialText)},
        {"pairedAt", pairedAt.toUTC().toString(Qt::ISODateWithMs)},
        {"approval", kioskApprovalName(approval)},
    };
    sodium_memzero(credentialText.data(), static_cast<std::size_t>(credentialText.size()));
    Status status = settings.removeAll(prefix);
    for (const auto &[name, value] : values) {
        if (status)
            status = settings.setValue(key(name), value, now);
    }
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const Error error = storeError(QStringLiteral("cannot save the pairing"), db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

Status KioskPairing::forget(QSqlDatabase db)
{
    return StoreSettings(db).removeAll(prefix);
}

Status KioskPairing::saveApproval(QSqlDatabase db, KioskApproval approval, const QDateTime &now)
{
    return StoreSettings(db).setValue(key("approval"), kioskApprovalName(approval), now);
}

QString KioskPairing::keyFingerprint() const
{
    return RequestSigner::fingerprint(credential);
}

QString KioskPairing::consoleAddress() const
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

} // namespace intake
