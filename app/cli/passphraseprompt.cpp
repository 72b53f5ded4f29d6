#include "passphraseprompt.h"

#include <QByteArray>

#include <fcntl.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstddef>

namespace intake::cli {

namespace {

constexpr std::size_t maximumBytes = static_cast<std::size_t>(PassphrasePrompt::maximumBytes);

// What the signal handler needs to give the terminal its echo back. Plain globals, because a
// signal handler may use nothing else; they are set only while echo is off.
int echoTerminal = -1;
termios echoSettings{};
volatile std::sig_atomic_t echoIsOff = 0;
constexpr std::array<int, 4> interruptions{SIGINT, SIGTERM, SIGHUP, SIGQUIT};
std::array<struct sigaction, interruptions.size()> previousActions{};

/// Ctrl-C (and the like) while the passphrase is typed: echo back on, then the signal's own
/// action (normally: end the process), as if the prompt had not been there.
void restoreEchoAndRaise(int signalNumber)
{
    if (echoIsOff) {
        ::tcsetattr(echoTerminal, TCSAFLUSH, &echoSettings);
        echoIsOff = 0;
        const char newline = '\n';
        [[maybe_unused]] const ssize_t written = ::write(echoTerminal, &newline, 1);
    }
    for (std::size_t i = 0; i < interruptions.size(); ++i) {
        if (interruptions[i] == signalNumber)
            ::sigaction(signalNumber, &previousActions[i], nullptr);
    }
    ::raise(signalNumber);
}

/// The controlling terminal (/dev/tty), or standard input and error when it cannot be opened.
class Terminal
{
public:
    Terminal() : m_fd(::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)) {}
    ~Terminal()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;

    int input() const { return m_fd >= 0 ? m_fd : STDIN_FILENO; }
    int output() const { return m_fd >= 0 ? m_fd : STDERR_FILENO; }

    void write(const QString &text) const
    {
        const QByteArray bytes = text.toLocal8Bit();
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(output(), bytes.constData() + done, static_cast<std::size_t>(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            done += n;
        }
    }

private:
    int m_fd;
};

/// Turns echo off on a terminal for its lifetime (the newline is still echoed), with signal
/// handlers that turn it back on if the process is interrupted meanwhile.
class EchoOff
{
public:
    explicit EchoOff(int fd)
    {
        termios current{};
        if (::tcgetattr(fd, &current) != 0)
            return;
        echoTerminal = fd;
        echoSettings = current;
        for (std::size_t i = 0; i < interruptions.size(); ++i) {
            struct sigaction action{};
            action.sa_handler = restoreEchoAndRaise;
            sigemptyset(&action.sa_mask);
            ::sigaction(interruptions[i], &action, &previousActions[i]);
        }
        termios quiet = current;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= static_cast<tcflag_t>(ECHONL);
        echoIsOff = 1;
        if (::tcsetattr(fd, TCSAFLUSH, &quiet) != 0)
            echoIsOff = 0;
        m_active = true;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        if (echoIsOff)
            ::tcsetattr(echoTerminal, TCSAFLUSH, &echoSettings);
        echoIsOff = 0;
        for (std::size_t i = 0; i < interruptions.size(); ++i)
            ::sigaction(interruptions[i], &previousActions[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
};

/// One line from `fd` without its line end, read a byte at a time (so nothing after the line is
/// consumed) into secure memory; the buffer is wiped when it goes.
Result<SecretBytes> readLine(int fd)
{
    // one spare byte: what is read past the limit goes there until the line ends
    SecretBytes buffer = SecretBytes::zeroed(maximumBytes + 1);
    std::size_t length = 0;
    bool lineEnded = false;
    bool tooLong = false;
    for (;;) {
        unsigned char *slot = buffer.data() + length;
        const ssize_t n = ::read(fd, slot, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error{QStringLiteral("cannot read the passphrase: %1").arg(qt_error_string(errno))};
        if (n == 0)
            break;
        if (*slot == '\n') {
            *slot = 0;
            lineEnded = true;
            break;
        }
        if (length < maximumBytes)
            ++length;
        else
            tooLong = true;
    }
    if (tooLong)
        return Error{QStringLiteral("the passphrase is longer than %1 bytes").arg(maximumBytes)};
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (length == 0) {
        return Error{lineEnded ? QStringLiteral("the passphrase is empty")
                               : QStringLiteral("no passphrase was given (standard input ended)")};
    }
    return SecretBytes::fromBytes(reinterpret_cast<const char *>(buffer.data()), length);
}

/// Characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start one.
int characterCount(const SecretBytes &utf8)
{
    int count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((utf8.data()[i] & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

} // namespace

bool PassphrasePrompt::interactive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

Result<SecretBytes> PassphrasePrompt::read(const QString &prompt)
{
    if (!interactive())
        return readLine(STDIN_FILENO);
    const Terminal terminal;
    // echo goes off before the prompt shows, so nothing typed after seeing it is echoed
    const EchoOff quiet(terminal.input());
    terminal.write(prompt);
    return readLine(terminal.input());
}

Result<SecretBytes> PassphrasePrompt::readNew(const QString &prompt)
{
    auto first = read(prompt);
    if (!first)
        return first;
    if (characterCount(first.value()) < minimumLength)
        return Error{QStringLiteral("the new passphrase is too short: use at least %1 characters").arg(minimumLength)};
    if (interactive()) {
        auto second = read(QStringLiteral("Type it again: "));
        if (!second)
            return second;
        if (!(second.value() == first.value()))
            return Error{QStringLiteral("the two passphrases differ; nothing was changed")};
    }
    return first;
}

} // namespace intake::cli
