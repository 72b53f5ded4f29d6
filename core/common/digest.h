#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace intake {

/// SHA-256 of `bytes` (32 bytes), through OpenSSL, which uses the CPU's SHA extensions where
/// there are some: QCryptographicHash's portable code takes about ten times as long, and the
/// sync protocol hashes every request body on both ends, the audit log every entry.
QByteArray sha256(QByteArrayView bytes);
/// The same as 64 lowercase hexadecimal digits.
QString sha256Hex(QByteArrayView bytes);

} // namespace intake
