#pragma once

#include "common/result.h"
#include "store/secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace intake {

/// The kiosk's pairing with its staff console, kept in the kiosk store's settings ("sync.*"):
/// where the console is, the certificate it presented at pairing and its fingerprint (pinned on
/// every connection), and the kiosk's id and credential. The credential never leaves the store
/// except to sign requests; it is never logged.
struct KioskPairing
{
    QString host;
    quint16 port = 0;
    QString fingerprint;        ///< SHA-256 of the console's DER certificate, lowercase hex
    QByteArray certificatePem;  ///< the console's certificate as presented at pairing
    QString kioskId;
    SecretBytes credential;     ///< 32 bytes
    QDateTime pairedAt;

    /// The stored pairing, or nullopt when the kiosk is not paired.
    static Result<std::optional<KioskPairing>> load(QSqlDatabase db);
    /// Replaces any stored pairing, in one transaction.
    Status save(QSqlDatabase db, const QDateTime &now) const;
    /// Forgets the pairing (the kiosk stops sending).
    static Status forget(QSqlDatabase db);

    /// "host:port", brackets around an IPv6 address.
    QString consoleAddress() const;
};

} // namespace intake
