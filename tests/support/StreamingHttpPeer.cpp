// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/StreamingHttpPeer.h"

#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace {

// Written while less than this waits in the socket's buffer: the peer keeps pace with the client.
constexpr qint64 kPiece = 16 * 1024;

} // namespace

StreamingHttpPeer::StreamingHttpPeer(Framing framing, qint64 limitBytes, QObject* parent)
    : QObject(parent)
    , m_framing(framing)
    , m_limit(limitBytes)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StreamingHttpPeer::onNewConnection);
}

bool StreamingHttpPeer::start()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl StreamingHttpPeer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    return url;
}

void StreamingHttpPeer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_socket) { // one answer at a time is all a test needs
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        m_requestHead.clear();
        m_answering = false;
        m_sent = 0;
        connect(socket, &QTcpSocket::readyRead, this, &StreamingHttpPeer::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &StreamingHttpPeer::writeMore);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_answering && m_sent < m_limit)
                m_clientHungUp = true;
            socket->deleteLater();
        });
    }
}

void StreamingHttpPeer::onReadyRead()
{
    if (!m_socket)
        return;
    m_requestHead += m_socket->readAll();
    // The client's GET has no body: its head ends the request. Nothing of it is needed.
    if (m_answering || !m_requestHead.contains("\r\n\r\n"))
        return;
    m_answering = true;
    ++m_requests;
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"_ba;
    head += m_framing == Framing::Chunked ? "Transfer-Encoding: chunked\r\n\r\n"_ba : "Connection: close\r\n\r\n"_ba;
    m_socket->write(head);
    writeMore();
}

void StreamingHttpPeer::writeMore()
{
    if (!m_socket || !m_answering || m_reachedLimit)
        return;
    while (m_socket->bytesToWrite() < kPiece) {
        if (m_sent >= m_limit) {
            m_reachedLimit = true;
            if (m_framing == Framing::Chunked)
                m_socket->write("0\r\n\r\n"_ba);
            m_socket->disconnectFromHost();
            return;
        }
        const qint64 size = std::min(kPiece, m_limit - m_sent);
        const QByteArray piece(size, ' ');
        if (m_framing == Framing::Chunked)
            m_socket->write(QByteArray::number(size, 16) + "\r\n"_ba + piece + "\r\n"_ba);
        else
            m_socket->write(piece);
        m_sent += size;
        m_bytesWritten += size;
    }
}
