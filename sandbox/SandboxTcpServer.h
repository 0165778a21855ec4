// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>

class QTcpSocket;

namespace Sandbox {

// Limits of the sandbox's connection layer (README.md, "Connections").
struct ConnectionLimits
{
    // A connection with no request in progress and no answer pending is closed after this long.
    int idleTimeoutMs = 60'000;
    // A request must have arrived whole (header block and body) this long after its first byte, else 408.
    int requestTimeoutMs = 30'000;
    // At most this many open connections: a new one replaces the least recently active idle (else the slowest
    // partial) connection, or is answered 503 when every connection waits for an answer.
    int maxConnections = 256;
    // A Content-Length above this is answered 413 before the body is read.
    qint64 maxBodyBytes = 1024 * 1024;
    // A header block (request line and headers) above this is answered 431.
    qsizetype maxHeaderBytes = 64 * 1024;
};

// The head of a request that the connection layer answered itself, before Qt HttpServer saw it.
struct RefusedRequest
{
    QByteArray method; // as sent ("POST"), empty when the request line could not be read
    QByteArray target; // the request target as sent ("/v1/express?limit=5")
    QList<QPair<QByteArray, QByteArray>> headers;
    int status = 0;
};

// The sandbox's listening socket. Qt HttpServer 6.4 buffers a whole request (twice) before it calls the
// handler and never closes a connection itself, so every accepted connection first passes this layer:
// TCP_NODELAY on each socket; a scan of each request's header block as it arrives (before Qt reads it) that
// answers 413 from Content-Length, 400 for conflicting Content-Length headers and 431 for an oversized header
// block; idle and request timeouts; and a cap on the number of connections.
class SandboxTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit SandboxTcpServer(QObject* parent = nullptr);
    ~SandboxTcpServer() override;

    void setLimits(const ConnectionLimits& limits) { m_limits = limits; }
    const ConnectionLimits& limits() const { return m_limits; }
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

    // The HTTP server has taken a whole request from socket and works on its answer: no timeout applies
    // until requestAnswered() (a withheld answer keeps its connection open).
    void requestTaken(QTcpSocket* socket);
    void requestAnswered(QTcpSocket* socket);

Q_SIGNALS:
    // A request the connection layer answered itself (then closed the connection).
    void requestRefused(const Sandbox::RefusedRequest& request);

protected:
    void incomingConnection(qintptr handle) override;

private:
    class Connection;

    bool evictOne();
    void forget(QTcpSocket* socket);

    ConnectionLimits m_limits;
    QHash<QTcpSocket*, Connection*> m_connections;
    quint64 m_activityCount = 0;
};

} // namespace Sandbox
