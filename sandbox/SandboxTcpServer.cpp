// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxTcpServer.h"

#include "sandbox/ApiProblem.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

// A complete HTTP/1.1 answer that closes the connection.
QByteArray closingAnswer(const ApiProblem& problem)
{
    const QByteArray body = problem.toJson();
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(problem.status) + ' ' + reasonPhrase(problem.status) + "\r\n";
    answer += "Content-Type: application/json\r\nConnection: close\r\n";
    for (const auto& [name, value] : problem.headers)
        answer += name + ": " + value + "\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return answer;
}

// Where the header block in data ends (just after its empty line), or -1 while it is incomplete.
// Lines may end in CRLF or, as Qt's parser also accepts, in a bare LF.
qsizetype headerBlockEnd(const QByteArray& data)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype newline = data.indexOf('\n', from);
        if (newline < 0)
            return -1;
        const qsizetype next = newline + 1;
        if (next < data.size() && data.at(next) == '\n')
            return next + 1;
        if (next + 1 < data.size() && data.at(next) == '\r' && data.at(next + 1) == '\n')
            return next + 2;
        if (next >= data.size() || (next + 1 >= data.size() && data.at(next) == '\r'))
            return -1;
        from = next;
    }
}

// The request line and the header lines of a header block (complete or not) as far as they can be read.
RefusedRequest headOf(const QByteArray& head)
{
    RefusedRequest request;
    QList<QByteArray> lines = head.split('\n');
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst(); // empty lines before a request line are allowed (RFC 9112 2.2)
    if (lines.isEmpty())
        return request;
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (const QByteArray& line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return request;
}

} // namespace

// One accepted connection: where its byte stream stands (in a header block, in a body of known length, or past
// a chunked body this layer does not follow), its timer and whether the HTTP server owes it an answer.
class SandboxTcpServer::Connection : public QObject
{
public:
    enum class Phase { Head, Body, Blind, Refused };

    Connection(SandboxTcpServer* owner, QTcpSocket* connectionSocket)
        : QObject(connectionSocket)
        , server(owner)
        , socket(connectionSocket)
    {
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, this, &Connection::timedOut);
        touch();
        becomeIdle();
    }

    // Marks the connection as the most recently active (a counter, not a clock: no two ties).
    void touch() { lastActive = ++server->m_activityCount; }

    bool idle() const { return busy == 0 && phase == Phase::Head && head.isEmpty(); }
    // Part of a request has arrived but not all of it.
    bool partial() const { return busy == 0 && phase != Phase::Refused && !idle(); }

    void becomeIdle()
    {
        if (busy == 0 && phase != Phase::Refused)
            timer.start(server->limits().idleTimeoutMs);
    }

    void requestBegins()
    {
        requestBegan = ++server->m_activityCount;
        timer.start(server->limits().requestTimeoutMs);
    }

    void readyRead()
    {
        touch();
        const qint64 available = socket->bytesAvailable();
        if (phase == Phase::Refused) {
            drain();
            return;
        }
        if (phase == Phase::Blind) {
            // Not followed request by request: the idle timeout applies, counted from the last byte.
            if (busy == 0)
                timer.start(server->limits().idleTimeoutMs);
            return;
        }
        QByteArray fresh;
        qint64 position = 0;
        while (position < available) {
            if (phase == Phase::Body) {
                const qint64 taken = qMin(bodyLeft, available - position);
                bodyLeft -= taken;
                position += taken;
                if (bodyLeft == 0)
                    phase = Phase::Head; // the request is whole; the HTTP server takes it next
                continue;
            }
            if (phase != Phase::Head)
                return;
            if (fresh.isNull())
                fresh = socket->peek(available);
            if (head.isEmpty())
                requestBegins();
            const qsizetype headSoFar = head.size();
            head += fresh.mid(position);
            const qsizetype end = headerBlockEnd(head);
            if (end < 0) {
                if (head.size() > server->limits().maxHeaderBytes) {
                    current = headOf(head);
                    refuse(431, u"header_too_large"_s,
                        u"The header block exceeds %1 bytes"_s.arg(server->limits().maxHeaderBytes), 0);
                }
                return;
            }
            position += end - headSoFar;
            head.truncate(end);
            if (!headComplete(available - position))
                return;
            head.clear();
        }
        if (phase == Phase::Head && head.isEmpty() && busy == 0)
            becomeIdle(); // a whole request has passed; the HTTP server stops the timer when it takes it
    }

    // A header block has arrived whole; false when the request was refused.
    bool headComplete(qint64 bodyBytesHere)
    {
        current = headOf(head);
        QList<QByteArray> lengths;
        bool chunked = false;
        for (const auto& [name, value] : std::as_const(current.headers)) {
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                for (const QByteArray& item : value.split(','))
                    lengths.append(item.trimmed());
            } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                chunked = true;
            }
        }
        if (chunked && !lengths.isEmpty()) {
            refuse(400, u"bad_request"_s, u"A request must not carry both Transfer-Encoding and Content-Length"_s, 0);
            return false;
        }
        if (chunked) {
            // This layer does not follow chunked framing: Qt HttpServer reads this connection unchecked from here.
            phase = Phase::Blind;
            return false;
        }
        qint64 length = 0;
        for (qsizetype i = 0; i < lengths.size(); ++i) {
            const QByteArray& item = lengths.at(i);
            bool ok = false;
            const qint64 parsed = item.toLongLong(&ok);
            const bool digits =
                !item.isEmpty() && std::all_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!ok || !digits) {
                refuse(400, u"bad_request"_s,
                    u"Content-Length \"%1\" is not a number of bytes"_s.arg(QString::fromLatin1(item)), 0);
                return false;
            }
            if (i > 0 && parsed != length) {
                refuse(400, u"bad_request"_s,
                    u"The request carries different Content-Length values (%1)"_s.arg(
                        QString::fromLatin1(lengths.join(", "))),
                    0);
                return false;
            }
            length = parsed;
        }
        if (length > server->limits().maxBodyBytes) {
            refuse(413, u"payload_too_large"_s,
                u"The request body has %1 bytes; at most %2 are accepted"_s.arg(length).arg(
                    server->limits().maxBodyBytes),
                length - bodyBytesHere);
            return false;
        }
        bodyLeft = length;
        phase = length > 0 ? Phase::Body : Phase::Head;
        return true;
    }

    // Answers the request itself and closes the connection; the rest of an announced body (drainBytes: what has
    // not arrived yet) is read and dropped first, so that the client is not reset before it reads the answer.
    void refuse(int status, const QString& code, const QString& message, qint64 drainBytes)
    {
        phase = Phase::Refused;
        // Qt HttpServer no longer reads this connection; what it holds of the request dies with the socket.
        QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(socket, &QIODevice::readyRead, this, &Connection::readyRead);
        // Qt's read transaction would keep every drained byte; what it read of the request is dropped.
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        // What the socket holds now (the header block and the body so far, only peeked at) is drained too: it
        // must not count against what is still to come, or the connection closes while the client still sends.
        drainLeft = drainBytes + socket->bytesAvailable();
        timer.start(server->limits().requestTimeoutMs); // a client that neither sends nor reads is cut off
        socket->write(closingAnswer(ApiProblem::make(status, code, message)));
        current.status = status;
        Q_EMIT server->requestRefused(current);
        drain();
    }

    void drain()
    {
        // The peeked bytes of the refused request (and whatever follows) are still unread.
        while (socket->bytesAvailable() > 0) {
            const QByteArray dropped = socket->read(qMin<qint64>(socket->bytesAvailable(), 64 * 1024));
            drainLeft -= dropped.size();
        }
        if (drainLeft <= 0 && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
    }

    void timedOut()
    {
        if (busy > 0)
            return;
        if (partial() && phase != Phase::Blind) {
            if (phase == Phase::Head)
                current = headOf(head); // as far as it came
            refuse(408, u"request_timeout"_s,
                u"The request did not arrive whole within %1 ms"_s.arg(server->limits().requestTimeoutMs), 0);
            return;
        }
        // Idle (or a refused request whose client never finished sending): the client may connect again.
        if (socket->bytesToWrite() == 0 && phase != Phase::Refused)
            socket->disconnectFromHost();
        else
            socket->abort();
    }

    SandboxTcpServer* server;
    QTcpSocket* socket;
    Phase phase = Phase::Head;
    QByteArray head; // the header block so far
    qint64 bodyLeft = 0;
    qint64 drainLeft = 0;
    int busy = 0; // requests taken by the HTTP server and not answered yet
    quint64 lastActive = 0; // when the last byte went either way, on the server's activity count
    quint64 requestBegan = 0; // when the current request began, on the same count
    QTimer timer;
    RefusedRequest current; // the head of the request in progress
};

SandboxTcpServer::SandboxTcpServer(QObject* parent)
    : QTcpServer(parent)
{ }

SandboxTcpServer::~SandboxTcpServer()
{
    m_connections.clear();
}

void SandboxTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Answers go out at once: with Nagle's algorithm, the last part of a larger answer on a kept-alive
    // connection waited for the client's delayed ACK (about 40 ms per answer).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_connections.size() >= m_limits.maxConnections && !evictOne()) {
        ApiProblem problem = ApiProblem::make(503, u"too_many_connections"_s,
            u"The sandbox has %1 connections, each waiting for an answer; try again"_s.arg(m_connections.size()));
        problem.headers.append({"Retry-After"_ba, "1"_ba});
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(closingAnswer(problem));
        socket->disconnectFromHost();
        return;
    }
    auto* connection = new Connection(this, socket);
    m_connections.insert(socket, connection);
    // Connected before Qt HttpServer connects its own slot, so the header block is checked before Qt reads it.
    connect(socket, &QIODevice::readyRead, connection, &Connection::readyRead);
    connect(socket, &QIODevice::bytesWritten, connection, [connection] { connection->touch(); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    addPendingConnection(socket);
}

bool SandboxTcpServer::evictOne()
{
    // The least recently active idle connection; without one, the partial request that began first.
    Connection* victim = nullptr;
    for (Connection* connection : std::as_const(m_connections)) {
        if (connection->idle() && (!victim || connection->lastActive < victim->lastActive))
            victim = connection;
    }
    if (!victim) {
        for (Connection* connection : std::as_const(m_connections)) {
            if (connection->partial() && (!victim || connection->requestBegan < victim->requestBegan))
                victim = connection;
        }
    }
    if (!victim)
        return false;
    QTcpSocket* socket = victim->socket;
    // abort() closes the file descriptor at once (disconnectFromHost() may leave it open until later).
    socket->abort();
    forget(socket); // its file descriptor is closed
    return true;
}

void SandboxTcpServer::forget(QTcpSocket* socket)
{
    m_connections.remove(socket);
}

void SandboxTcpServer::requestTaken(QTcpSocket* socket)
{
    if (Connection* connection = m_connections.value(socket)) {
        ++connection->busy;
        connection->timer.stop();
    }
}

void SandboxTcpServer::requestAnswered(QTcpSocket* socket)
{
    if (Connection* connection = m_connections.value(socket)) {
        connection->busy = qMax(0, connection->busy - 1);
        connection->touch();
        if (connection->busy == 0) {
            if (connection->phase == Connection::Phase::Head && !connection->head.isEmpty())
                connection->requestBegins(); // the next request had begun (pipelined)
            else
                connection->becomeIdle();
        }
    }
}

} // namespace Sandbox
