// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ShutdownSignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int s_fds[2] = {-1, -1}; // [0] read by the notifier, [1] written by the handler

void onSignal(int signalNumber)
{
    // Only async-signal-safe work here: one byte into the pipe.
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(s_fds[1], &byte, 1);
}

} // namespace
#endif

ShutdownSignalWatcher::ShutdownSignalWatcher(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(s_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignalWatcher::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}

ShutdownSignalWatcher::~ShutdownSignalWatcher()
{
#ifdef Q_OS_UNIX
    if (m_notifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        ::close(s_fds[0]);
        ::close(s_fds[1]);
    }
#endif
}

void ShutdownSignalWatcher::readSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(s_fds[0], &byte, 1) == 1)
        Q_EMIT shutdownRequested(static_cast<unsigned char>(byte));
#endif
}
