// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QThread>

#include <functional>

namespace Sandbox {
class SandboxServer;
}

// A sandbox holding SandboxSeed::generate(1, customers), listening on 127.0.0.1 on a thread of its own, so that a
// benchmark's client never shares a thread with it. Destroying it stops the sandbox and the thread.
class ThreadedSandbox
{
public:
    explicit ThreadedSandbox(int customers);
    ~ThreadedSandbox();
    ThreadedSandbox(const ThreadedSandbox&) = delete;
    ThreadedSandbox& operator=(const ThreadedSandbox&) = delete;

    // False when it could not listen; errorString() says why.
    bool isRunning() const { return m_running; }
    QString errorString() const;
    quint16 port() const;
    QString apiKey() const;
    // Runs work on the sandbox's thread and waits for it.
    void run(const std::function<void(Sandbox::SandboxServer&)>& work) const;

private:
    QThread m_thread;
    Sandbox::SandboxServer* m_server;
    bool m_running = false;
};
