#include "terminationsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The write end of a socket pair: the signal handler may only do async-signal-safe things, so
// it writes the signal's number there and the event loop reads it (the self-pipe trick).
int signalSocket = -1;

void onTerminationSignal(int signal)
{
    const char number = static_cast<char>(signal);
    // nothing to do if the write fails: the loop is already being told
    [[maybe_unused]] const ssize_t written = ::write(signalSocket, &number, 1);
}

} // namespace

void quitOnTerminationSignals()
{
    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
        return;
    signalSocket = sockets[0];
    auto *notifier = new QSocketNotifier(sockets[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [notifier] {
        char number = 0;
        [[maybe_unused]] const ssize_t read = ::read(static_cast<int>(notifier->socket()), &number, 1);
        // exit(), not quit(): the kiosk window refuses to close, and Qt 6's quit() asks it first
        QCoreApplication::exit(0);
    });

    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
