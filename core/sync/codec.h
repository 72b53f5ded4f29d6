#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace intake {

/// Small encodings of the sync protocol (docs/SYNC.md), strict in what they accept.
namespace codec {

/// RFC 4648 base32 (A–Z, 2–7), no padding.
QString base32(const QByteArray &bytes);
/// Decodes unpadded base32 (upper case only); nullopt on any other character or a length that
/// no whole number of bytes gives.
std::optional<QByteArray> fromBase32(const QString &text);

/// True when `text` is exactly `length` lowercase hexadecimal digits.
bool isLowerHex(const QString &text, qsizetype length);

/// base64url without padding (the nonce header).
QByteArray base64Url(const QByteArray &bytes);
/// Strict inverse of base64Url: nullopt on padding, the standard alphabet's + and /, or junk.
std::optional<QByteArray> fromBase64Url(const QByteArray &text);
/// Strict standard base64 with padding (credentials, signatures): nullopt on anything else.
std::optional<QByteArray> fromBase64(const QByteArray &text);

} // namespace codec

} // namespace intake
