#pragma once

#include "common/result.h"

#include <QString>

namespace intake {

/// What the console shows and the kiosk's admin types or scans to pair (docs/SYNC.md):
///
///   intake-pair:1:<host>:<port>:<sha256 hex>:<token base32>
///
/// host: a DNS name or IPv4 address, or an IPv6 address in brackets ("[fe80::1]"); port:
/// 1–65535 in decimal; the SHA-256 of the console's DER certificate in 64 hex digits; the
/// one-time token in 32 base32 characters. Parsing is strict; lowercase hex and base32 are
/// accepted and normalised (fingerprint lowercase, token uppercase).
struct PairingCode
{
    static constexpr int version = 1;

    QString host;         ///< without brackets for IPv6
    quint16 port = 0;
    QString fingerprint;  ///< 64 lowercase hex digits
    QString token;        ///< 32 uppercase base32 characters

    QString toString() const;
    static Result<PairingCode> parse(const QString &text);
};

} // namespace intake
