// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "EmbeddedSandbox.h"

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

EmbeddedSandbox::EmbeddedSandbox(QObject* parent)
    : QObject(parent)
{ }

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void EmbeddedSandbox::start(quint32 seed, int customerCount)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"EmbeddedSandbox"_s);
    m_server = new Sandbox::SandboxServer;
    m_server->moveToThread(m_thread);
    // The server goes with its thread's event loop.
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->start();

    Sandbox::SandboxServer* server = m_server;
    QMetaObject::invokeMethod(
        server,
        [this, server, seed, customerCount] {
            server->store().reset(Sandbox::SandboxSeed::generate(seed, customerCount));
            const bool ok = server->start();
            const QUrl url = server->baseUrl();
            const QString key = server->apiKey();
            const QString error = server->errorString();
            // Back to the owner's thread; the destructor waits for this thread, so this object still exists.
            QMetaObject::invokeMethod(
                this, [this, ok, url, key, error] { onStarted(ok, url, key, error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void EmbeddedSandbox::onStarted(bool ok, const QUrl& baseUrl, const QString& apiKey, const QString& error)
{
    if (!ok) {
        Q_EMIT failed(tr("The sandbox could not start: %1").arg(error));
        return;
    }
    m_baseUrl = baseUrl;
    m_apiKey = apiKey;
    Q_EMIT started(baseUrl, apiKey);
}
