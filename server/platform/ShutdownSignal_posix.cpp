// POSIX: a self-pipe, so the signal handler only writes a byte (async-signal-safe) and the
// Qt event loop reads it.
#include "ShutdownSignal.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace vt::server {
namespace {

int g_writeEnd = -1;

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_writeEnd, &byte, 1);
}

} // namespace

struct ShutdownSignal::Private {
    int fds[2] = {-1, -1};
    QSocketNotifier* notifier = nullptr;
};

ShutdownSignal::ShutdownSignal(QObject* parent)
    : QObject(parent)
    , d(new Private)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, d->fds) != 0)
        return;
    g_writeEnd = d->fds[0];
    d->notifier = new QSocketNotifier(d->fds[1], QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(d->fds[1], &byte, 1);
        Q_EMIT requested();
    });
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

ShutdownSignal::~ShutdownSignal()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_writeEnd = -1;
    for (int fd : d->fds) {
        if (fd >= 0)
            ::close(fd);
    }
    delete d;
}

} // namespace vt::server
