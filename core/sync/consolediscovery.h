#pragma once

#include "common/result.h"
#include "sync/ratelimit.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QUdpSocket;
QT_END_NAMESPACE

namespace intake {

/// A staff console that answered a discovery query: where it receives, and the SHA-256 of its
/// certificate (64 lowercase hex digits), which staff confirm on both screens before pairing.
struct FoundConsole
{
    QString host;
    quint16 port = 0;
    QString fingerprint;

    QString address() const;
    bool operator==(const FoundConsole &) const = default;
};

/// Finding the staff console on the clinic's LAN, for pairing with the short code (docs/SYNC.md,
/// "Finding the console"). The kiosk broadcasts a query on a fixed UDP port; the console
/// answers with the address and port it receives on and its certificate's fingerprint. Nothing
/// in either is secret: anyone can connect and see the certificate. A query is padded to
/// queryBytes, no shorter than an answer, so the console never sends more than it was sent.
namespace ConsoleDiscovery {

inline constexpr quint16 defaultPort = 8444;
inline constexpr qsizetype queryBytes = 160;

/// "intake-discover:1", padded with zero bytes to queryBytes.
QByteArray query();
bool isQuery(const QByteArray &datagram);
/// "intake-console:1:<host>:<port>:<fingerprint>" (an IPv6 host in brackets).
QByteArray answer(const QString &host, quint16 port, const QString &fingerprint);
/// An answer read back; nullopt for anything else. An empty or unspecified host (a console that
/// listens on every address) is replaced by `sender`.
std::optional<FoundConsole> parseAnswer(const QByteArray &datagram, const QHostAddress &sender);

/// This computer's first IPv4 address on a LAN (not loopback, not link-local); 127.0.0.1 when
/// it has none. Where the console receives unless told otherwise.
QString firstLanAddress();

} // namespace ConsoleDiscovery

/// The console's half: answers discovery queries on a UDP port. Answers are limited per asking
/// address and in all (a query from a forged address gets at most a few answers a second).
class DiscoveryResponder : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    /// Answers that the console receives on `host`:`port` with certificate `fingerprint`.
    DiscoveryResponder(const QString &host, quint16 port, const QString &fingerprint, Clock clock, QObject *parent = nullptr);
    ~DiscoveryResponder() override;

    /// Listens for queries on `address`:`port` (0: any free port). Returns the port.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    /// Queries answered since listen() (tests, diagnostics).
    int answered() const { return m_answered; }

private:
    void readQueries();

    QByteArray m_answer;
    Clock m_clock;
    QUdpSocket *m_socket;
    RateLimiter m_perAddress{Rate{4, std::chrono::milliseconds(500)}, 1024};
    RateLimiter m_overall{Rate{50, std::chrono::milliseconds(20)}, 1};
    int m_answered = 0;
};

/// The kiosk's half: sends the query a few times over a short wait and collects the distinct
/// consoles that answer (at most Options::maxConsoles). Everything is bounded: the number of
/// queries, the wait, the datagrams read.
class ConsoleFinder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        /// Where the query goes: the LAN's broadcast address, or one console's address.
        QHostAddress target = QHostAddress(QHostAddress::Broadcast);
        quint16 port = ConsoleDiscovery::defaultPort;
        std::chrono::milliseconds wait{1500};
        int queries = 3;
        int maxConsoles = 8;
        int maxDatagrams = 256;
    };
    using Done = std::function<void(Result<QList<FoundConsole>>)>;

    explicit ConsoleFinder(QObject *parent = nullptr);
    ~ConsoleFinder() override;

    /// Starts looking; `done` is called once, on this object's thread, after Options::wait,
    /// with the consoles that answered (possibly none) or why no query could be sent.
    void find(const Options &options, Done done);
    /// The same, waiting in a local event loop (intake-cli, tests).
    static Result<QList<FoundConsole>> findAndWait(const Options &options);

private:
    void readAnswers();
    void finish(Result<QList<FoundConsole>> result);

    Options m_options;
    Done m_done;
    QUdpSocket *m_socket = nullptr;
    QTimer m_resend;
    QTimer m_deadline;
    int m_sent = 0;
    int m_datagrams = 0;
    QList<FoundConsole> m_found;
};

} // namespace intake
