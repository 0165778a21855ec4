// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/CustomerStore.h"
#include "sandbox/ExpressApi.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxTcpServer.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>

#include <map>
#include <memory>

namespace Sandbox {

// The sandbox HTTP server: serves the Express API on a loopback address, records every request,
// injects faults and logs one line per request. Lives on one thread; all calls from that thread.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (port 0: an ephemeral port). False with errorString() on failure.
    bool start(quint16 port = 0);
    // Listens on a loopback address only; any other address is refused.
    bool start(const QHostAddress& address, quint16 port);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT", no trailing slash.
    QUrl baseUrl() const;
    QString errorString() const { return m_errorString; }

    QString apiKey() const { return m_api.apiKey(); }
    void setApiKey(const QString& key) { m_api.setApiKey(key); }
    QString apiKeyId() const { return m_api.apiKeyId(); }

    CustomerStore& store() { return m_store; }
    const CustomerStore& store() const { return m_store; }

    // Requests to /v1 (control requests to /_sandbox are not recorded).
    RequestLog& requestLog() { return m_requestLog; }
    const RequestLog& requestLog() const { return m_requestLog; }

    FaultPlan& faults() { return m_faults; }
    void addFault(const Fault& fault) { m_faults.add(fault); }
    // Parses a spec (README.md syntax) and adds it; false with the reason in *errorMessage.
    bool addFault(const QString& spec, QString* errorMessage = nullptr);
    void clearFaults() { m_faults.clear(); }

    // Requests received but not answered yet (delayed by latency, or hanging).
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

    // Timeouts and the connection cap (README.md, "Connections"); applies to connections accepted afterwards.
    void setConnectionLimits(const ConnectionLimits& limits);
    ConnectionLimits connectionLimits() const { return m_limits; }
    // Open connections (0 before start()).
    int connectionCount() const { return m_tcpServer ? m_tcpServer->connectionCount() : 0; }

Q_SIGNALS:
    // A request was answered (status 0: the client left before the answer could be written).
    void requestFinished(qint64 recordId, int status);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Exchange;
    using QAbstractHttpServer::bind;
    using QAbstractHttpServer::listen;

    void process(std::unique_ptr<Exchange> exchange);
    void write(Exchange& exchange, SandboxResponse response);
    SandboxResponse handleControl(const SandboxRequest& request);
    void finish(Exchange& exchange, int status);
    void recordRefused(const RefusedRequest& request);

    CustomerStore m_store;
    ExpressApi m_api;
    RequestLog m_requestLog;
    FaultPlan m_faults;
    std::map<quint64, std::unique_ptr<Exchange>> m_pending;
    quint64 m_nextExchange = 1;
    ConnectionLimits m_limits;
    SandboxTcpServer* m_tcpServer = nullptr;
    quint16 m_port = 0;
    QHostAddress m_address;
    QString m_errorString;
};

} // namespace Sandbox
