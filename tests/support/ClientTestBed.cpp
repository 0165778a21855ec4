// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/ClientTestBed.h"

#include "core/api/ExpressClient.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

ClientTestBed::ClientTestBed() = default;

ClientTestBed::~ClientTestBed()
{
    stop();
}

bool ClientTestBed::restart(quint32 seed, int count, const OptionsChange& change)
{
    stop();
    m_server = std::make_unique<Sandbox::SandboxServer>();
    m_server->store().reset(Sandbox::SandboxSeed::generate(seed, count));
    if (!m_server->start()) {
        qWarning("The sandbox cannot listen: %s", qPrintable(m_server->errorString()));
        return false;
    }
    m_keyLeakCheck.addKey(m_server->apiKey());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    ClientOptions options;
    options.baseUrl = m_server->baseUrl();
    options.apiKey = m_server->apiKey();
    if (change)
        change(options);
    m_client = std::make_unique<ExpressClient>(m_nam.get(), options);
    return true;
}

void ClientTestBed::stop()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

ExpressClient& ClientTestBed::client() const
{
    Q_ASSERT(m_client);
    return *m_client;
}

Sandbox::SandboxServer& ClientTestBed::server() const
{
    Q_ASSERT(m_server);
    return *m_server;
}

QNetworkAccessManager& ClientTestBed::nam() const
{
    Q_ASSERT(m_nam);
    return *m_nam;
}

void ClientTestBed::setOptions(const OptionsChange& change)
{
    ClientOptions options = client().options();
    change(options);
    client().setOptions(options);
}

QList<Sandbox::RequestRecord> ClientTestBed::records(const QByteArray& method) const
{
    QList<Sandbox::RequestRecord> found;
    for (const Sandbox::RequestRecord& record : server().requestLog().records()) {
        if (method.isEmpty() || record.method == method)
            found.append(record);
    }
    return found;
}
