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

void EmbeddedSandbox::start(quint32 seed, int customerCount, quint16 port)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"EmbeddedSandbox"_s);
    // The server is built on its thread: its HTTP server loads the system's TLS certificates on construction,
    // which would otherwise delay the first window. It is a child of this anchor and goes with the thread.
    auto* anchor = new QObject;
    anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    m_thread->start();

    QMetaObject::invokeMethod(
        anchor,
        [this, anchor, seed, customerCount, port] {
            auto* server = new Sandbox::SandboxServer(anchor);
            server->store().reset(Sandbox::SandboxSeed::generate(seed, customerCount));
            const bool ok = server->start(port);
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
