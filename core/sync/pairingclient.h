#pragma once

#include "common/result.h"
#include "sync/consolediscovery.h"
#include "sync/kioskpairing.h"
#include "sync/pairingcode.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace intake {

class PinnedHttps;

/// The kiosk's half of pairing (docs/SYNC.md): opens TLS to the console named in the pairing
/// code, refuses it unless the certificate's fingerprint is the code's, presents the one-time
/// token and receives the kiosk's id and credential; the kiosk then waits for an administrator
/// to approve it on the console. The caller stores the result (KioskPairing::save) in the
/// kiosk store.
class PairingClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<KioskPairing>)>;

    explicit PairingClient(QObject *parent = nullptr);
    ~PairingClient() override;

    /// Starts pairing; `done` is called once, on this object's thread, with the pairing
    /// (stamped `now`) or a one-line error.
    void pair(const PairingCode &code, const QString &kioskName, const QDateTime &now, Done done,
              std::chrono::milliseconds timeout = std::chrono::seconds(15));

    /// The same, waiting for the answer in a local event loop (intake-cli, tests).
    static Result<KioskPairing> pairAndWait(const PairingCode &code, const QString &kioskName, const QDateTime &now,
                                            std::chrono::milliseconds timeout = std::chrono::seconds(15));

    /// Pairs with the short code `shortCode` (canonical, ShortPairingCode::parse) with a console
    /// found on the LAN, whose fingerprint staff have confirmed: TLS is refused unless the
    /// certificate is `console`'s, the code itself is never sent (only the kiosk's proof for
    /// that certificate), and the answer is refused unless it carries the console's proof.
    void pairWithShortCode(const FoundConsole &console, const QString &shortCode, const QString &kioskName, const QDateTime &now,
                           Done done, std::chrono::milliseconds timeout = std::chrono::seconds(15));
    /// The same, waiting for the answer in a local event loop (tests).
    static Result<KioskPairing> pairWithShortCodeAndWait(const FoundConsole &console, const QString &shortCode, const QString &kioskName,
                                                         const QDateTime &now,
                                                         std::chrono::milliseconds timeout = std::chrono::seconds(15));

private:
    /// Posts `body` to the console's pairing path; `expectedConsoleProof`, when given, tells what
    /// the answer's consoleProof must be for the kiosk id it names.
    void post(const FoundConsole &console, const QByteArray &body, const QDateTime &now,
              std::function<QString(const QString &kioskId)> expectedConsoleProof, Done done, std::chrono::milliseconds timeout);

    PinnedHttps *m_https;
};

} // namespace intake
