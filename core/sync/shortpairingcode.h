#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace intake {

/// The short pairing code (docs/SYNC.md, "Pairing with the short code"): what staff type on the
/// kiosk's on-screen keyboard instead of the long code. Ten characters of Crockford's base32
/// (digits and the letters without I, L, O and U: 50 random bits), shown in two groups of five
/// ("7KQ4M-XT92H"). The kiosk finds the console on the LAN (ConsoleFinder) and never sends the
/// code: it proves it knows the code with an HMAC bound to the certificate fingerprint it sees,
/// which a console behind a man in the middle (another certificate) refuses, and the console
/// proves it knows the code in its answer. The console keeps only the code's SHA-256 (key()),
/// which is also the HMAC key of both proofs.
namespace ShortPairingCode {

inline constexpr int length = 10;
inline constexpr int groupLength = 5;
/// The proofs: HMAC-SHA256 in 64 lowercase hex digits.
inline constexpr int proofLength = 64;

/// A fresh random code, canonical (ten upper-case characters, no separator).
QString generate();
/// The canonical code as shown: two groups of five joined by a hyphen.
QString display(const QString &canonical);
/// What was typed, canonical: spaces and hyphens dropped, lower case raised, O read as 0 and
/// I or L as 1 (Crockford's reading). Bad input: a one-line error that does not repeat it.
Result<QString> parse(const QString &typed);

/// The SHA-256 of the canonical code: the HMAC key of both proofs, and (in hex) what the
/// console keeps of the code.
QByteArray key(const QString &canonical);
/// The kiosk's proof for the console whose certificate has SHA-256 `fingerprint` (hex).
QString kioskProof(const QByteArray &key, const QString &fingerprint);
/// The console's answer to it: the proof that it knows the code too, for the kiosk it enrolled.
QString consoleProof(const QByteArray &key, const QString &fingerprint, const QString &kioskId);
/// Compares two proofs in constant time (false unless both are proofLength hex digits).
bool sameProof(const QString &a, const QString &b);

/// A certificate's SHA-256 fingerprint (64 hex digits) as staff compare it on the kiosk and the
/// console: its first 80 bits in five groups of four upper-case hex digits ("9F3A 12BC 77D0 E4A1 0B5C").
QString forPeople(const QString &fingerprint);

} // namespace ShortPairingCode

} // namespace intake
