#pragma once

#include "common/result.h"
#include "store/secretbytes.h"
#include "sync/requestsigning.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace intake {

/// The kiosk's pairing with its staff console, kept in the kiosk store's settings ("sync.*"):
/// where the console is, the certificate it presented at pairing and its fingerprint (pinned on
/// every connection), the kiosk's id and credential, and what the console last said about its
/// approval. The credential never leaves the store except to sign requests; it is never logged.
struct KioskPairing
{
    QString host;
    quint16 port = 0;
    QString fingerprint;        ///< SHA-256 of the console's DER certificate, lowercase hex
    QByteArray certificatePem;  ///< the console's certificate as presented at pairing
    QString kioskId;
    SecretBytes credential;     ///< 32 bytes
    QDateTime pairedAt;
    /// As the console last answered (at pairing: pending). Only what the kiosk shows staff and
    /// whether it asks the console with nothing to send; the console decides. A pairing saved
    /// before approvals existed reads as approved (its console approved it when upgraded).
    KioskApproval approval = KioskApproval::Pending;

    /// The stored pairing, or nullopt when the kiosk is not paired.
    static Result<std::optional<KioskPairing>> load(QSqlDatabase db);
    /// Replaces any stored pairing, in one transaction.
    Status save(QSqlDatabase db, const QDateTime &now) const;
    /// Forgets the pairing (the kiosk stops sending).
    static Status forget(QSqlDatabase db);
    /// Keeps what the console said about the stored pairing's approval.
    static Status saveApproval(QSqlDatabase db, KioskApproval approval, const QDateTime &now);

    /// "host:port", brackets around an IPv6 address.
    QString consoleAddress() const;
    /// The credential's fingerprint (RequestSigner::fingerprint), which the console shows beside
    /// this kiosk's name for staff to compare before they approve it.
    QString keyFingerprint() const;
};

} // namespace intake
