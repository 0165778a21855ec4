// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ThreadedSandbox.h"

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

ThreadedSandbox::ThreadedSandbox(int customers)
    : m_server(new Sandbox::SandboxServer)
{
    m_thread.start();
    m_server->store().reset(Sandbox::SandboxSeed::generate(1, customers));
    m_server->moveToThread(&m_thread);
    run([this](Sandbox::SandboxServer& server) { m_running = server.start(); });
}

ThreadedSandbox::~ThreadedSandbox()
{
    Sandbox::SandboxServer* server = m_server;
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString ThreadedSandbox::errorString() const
{
    return m_server->errorString();
}

quint16 ThreadedSandbox::port() const
{
    return m_server->port();
}

QString ThreadedSandbox::apiKey() const
{
    return m_server->apiKey();
}

void ThreadedSandbox::run(const std::function<void(Sandbox::SandboxServer&)>& work) const
{
    Sandbox::SandboxServer* server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &work] { work(*server); }, Qt::BlockingQueuedConnection);
}
