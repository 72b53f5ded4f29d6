#include "sync/consolediscovery.h"

#include "sync/codec.h"
#include "sync/synclog.h"

#include <QEventLoop>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>

namespace intake {

namespace {

const QByteArray queryText = QByteArrayLiteral("intake-discover:1");
const QByteArray answerPrefix = QByteArrayLiteral("intake-console:1:");

/// Where a datagram came from, as a host for a URL: an IPv4-mapped IPv6 address as IPv4.
QString hostOf(const QHostAddress &address)
{
    bool ipv4 = false;
    const quint32 v4 = address.toIPv4Address(&ipv4);
    return ipv4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

QString FoundConsole::address() const
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

namespace ConsoleDiscovery {

QByteArray query()
{
    QByteArray datagram = queryText;
    datagram.append(queryBytes - datagram.size(), '\0');
    return datagram;
}

bool isQuery(const QByteArray &datagram)
{
    return datagram.size() == queryBytes && datagram.startsWith(queryText)
           && datagram.mid(queryText.size()).count('\0') == queryBytes - queryText.size();
}

QByteArray answer(const QString &host, quint16 port, const QString &fingerprint)
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return answerPrefix + shownHost.toLatin1() + ':' + QByteArray::number(port) + ':' + fingerprint.toLatin1();
}

std::optional<FoundConsole> parseAnswer(const QByteArray &datagram, const QHostAddress &sender)
{
    if (datagram.size() > queryBytes || !datagram.startsWith(answerPrefix))
        return std::nullopt;
    QByteArray rest = datagram.mid(answerPrefix.size());
    FoundConsole console;
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close < 0 || rest.mid(close + 1, 1) != ":")
            return std::nullopt;
        console.host = QString::fromLatin1(rest.mid(1, close - 1));
        rest = rest.mid(close + 2);
    } else {
        const qsizetype colon = rest.indexOf(':');
        if (colon < 0)
            return std::nullopt;
        console.host = QString::fromLatin1(rest.left(colon));
        rest = rest.mid(colon + 1);
    }
    const QList<QByteArray> parts = rest.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const uint port = parts.at(0).toUInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    console.port = static_cast<quint16>(port);
    console.fingerprint = QString::fromLatin1(parts.at(1));
    if (!codec::isLowerHex(console.fingerprint, 64))
        return std::nullopt;
    const QHostAddress named(console.host);
    if (console.host.isEmpty() || (!named.isNull() && (named == QHostAddress::AnyIPv4 || named == QHostAddress::AnyIPv6)))
        console.host = hostOf(sender);
    else if (named.isNull())
        return std::nullopt;  // an address, not a name: the kiosk does not look names up for this
    return console;
}

QString firstLanAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal())
            return address.toString();
    }
    return QStringLiteral("127.0.0.1");
}

} // namespace ConsoleDiscovery

// --- the console's half ----------------------------------------------------------------------

DiscoveryResponder::DiscoveryResponder(const QString &host, quint16 port, const QString &fingerprint, Clock clock, QObject *parent)
    : QObject(parent), m_answer(ConsoleDiscovery::answer(host, port, fingerprint)), m_clock(std::move(clock)),
      m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &DiscoveryResponder::readQueries);
}

DiscoveryResponder::~DiscoveryResponder() = default;

Result<quint16> DiscoveryResponder::listen(const QHostAddress &address, quint16 port)
{
    if (!m_socket->bind(address, port))
        return Error{QStringLiteral("cannot answer discovery queries on UDP port %1: %2").arg(port).arg(m_socket->errorString())};
    return m_socket->localPort();
}

void DiscoveryResponder::readQueries()
{
    // every datagram waiting is read (the kernel's buffer bounds them); few are answered
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(ConsoleDiscovery::queryBytes + 1);
        if (!datagram.isValid() || !ConsoleDiscovery::isQuery(datagram.data()))
            continue;
        const qint64 now = m_clock().toMSecsSinceEpoch();
        if (m_perAddress.take(hostOf(datagram.senderAddress()), now).count() > 0 || m_overall.take(QString(), now).count() > 0)
            continue;
        m_socket->writeDatagram(datagram.makeReply(m_answer));
        ++m_answered;
    }
}

// --- the kiosk's half ------------------------------------------------------------------------

ConsoleFinder::ConsoleFinder(QObject *parent) : QObject(parent)
{
    m_resend.setSingleShot(false);
    m_deadline.setSingleShot(true);
}

ConsoleFinder::~ConsoleFinder() = default;

void ConsoleFinder::find(const Options &options, Done done)
{
    m_options = options;
    m_done = std::move(done);
    m_found.clear();
    m_sent = 0;
    m_datagrams = 0;
    delete m_socket;
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &ConsoleFinder::readAnswers);
    const QHostAddress any = options.target.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                                         : QHostAddress(QHostAddress::AnyIPv4);
    if (!m_socket->bind(any, 0)) {
        const QString reason = m_socket->errorString();
        QTimer::singleShot(0, this, [this, reason] { finish(Error{QStringLiteral("cannot look for the staff console: %1").arg(reason)}); });
        return;
    }
    const auto send = [this] {
        if (m_sent >= m_options.queries) {
            m_resend.stop();
            return;
        }
        ++m_sent;
        if (m_socket->writeDatagram(ConsoleDiscovery::query(), m_options.target, m_options.port) < 0)
            qCInfo(lcSync) << "a discovery query was not sent:" << m_socket->errorString();
    };
    disconnect(&m_resend, nullptr, this, nullptr);
    disconnect(&m_deadline, nullptr, this, nullptr);
    connect(&m_resend, &QTimer::timeout, this, send);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(m_found); });
    m_resend.start(std::max<std::chrono::milliseconds>(std::chrono::milliseconds(1), m_options.wait / std::max(1, m_options.queries)));
    m_deadline.start(m_options.wait);
    send();
}

void ConsoleFinder::readAnswers()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(ConsoleDiscovery::queryBytes + 1);
        if (++m_datagrams > m_options.maxDatagrams) {
            finish(m_found);
            return;
        }
        const auto console = ConsoleDiscovery::parseAnswer(datagram.data(), datagram.senderAddress());
        if (console && !m_found.contains(*console) && m_found.size() < m_options.maxConsoles)
            m_found.append(*console);
    }
}

void ConsoleFinder::finish(Result<QList<FoundConsole>> result)
{
    m_resend.stop();
    m_deadline.stop();
    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (Done done = std::exchange(m_done, {}))
        done(std::move(result));
}

Result<QList<FoundConsole>> ConsoleFinder::findAndWait(const Options &options)
{
    ConsoleFinder finder;
    QEventLoop loop;
    std::optional<Result<QList<FoundConsole>>> outcome;
    finder.find(options, [&](Result<QList<FoundConsole>> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace intake
