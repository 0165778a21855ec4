// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/MisbehavingHttpPeer.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

const char* const kBuffer = "misbehavingPeerBuffer";
// EndlessHeaders: this much every few milliseconds, while the client keeps reading; stops at a hard limit so a
// client that never gives up still ends.
constexpr qsizetype kDripBytes = 4 * 1024;
constexpr int kDripIntervalMs = 5;
constexpr qint64 kDripLimit = 64 * 1024 * 1024;
constexpr qsizetype kHugeHeaderBytes = 8 * 1024 * 1024;

QByteArray headerLines(qsizetype bytes, qint64 counter)
{
    QByteArray lines;
    lines.reserve(bytes + 64);
    while (lines.size() < bytes)
        lines += "X-Filler-" + QByteArray::number(counter++) + ": " + QByteArray(48, 'x') + "\r\n";
    return lines;
}

// A header's value in a request head; empty when absent.
QByteArray headerValue(const QByteArray& head, const QByteArray& name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// The length of a whole request at the front of buffer (head and Content-Length body), or -1 while incomplete.
qsizetype completeRequestLength(const QByteArray& buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    const qint64 contentLength = headerValue(buffer.left(headEnd), "content-length").toLongLong();
    const qsizetype total = headEnd + 4 + contentLength;
    return buffer.size() >= total ? total : -1;
}

} // namespace

MisbehavingHttpPeer::MisbehavingHttpPeer(Mode mode, QObject* parent)
    : QObject(parent)
    , m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MisbehavingHttpPeer::onNewConnection);
    m_dripTimer.setInterval(kDripIntervalMs);
    connect(&m_dripTimer, &QTimer::timeout, this, &MisbehavingHttpPeer::writeMoreHeaders);
}

MisbehavingHttpPeer::~MisbehavingHttpPeer()
{
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_dripping)) {
        if (socket)
            socket->abort();
    }
}

bool MisbehavingHttpPeer::start()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl MisbehavingHttpPeer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    return url;
}

void MisbehavingHttpPeer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void MisbehavingHttpPeer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    const qsizetype length = completeRequestLength(buffer);
    if (length < 0) {
        socket->setProperty(kBuffer, buffer);
        return;
    }
    socket->setProperty(kBuffer, buffer.mid(length));
    if (m_requests++ == 0)
        m_firstRequestLine = buffer.left(buffer.indexOf("\r\n"));
    m_retryCounts.append(headerValue(buffer.left(buffer.indexOf("\r\n\r\n")), "x-stainless-retry-count"));
    misbehave(socket);
}

void MisbehavingHttpPeer::misbehave(QTcpSocket* socket)
{
    switch (m_mode) {
    case Mode::Reset: {
        // SO_LINGER with a zero timeout: close() discards the socket at once and sends an RST, not a FIN.
#ifdef Q_OS_UNIX
        const linger hardClose {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
#endif
        socket->abort();
        socket->deleteLater();
        return;
    }
    case Mode::Close:
        socket->disconnectFromHost();
        return;
    case Mode::GarbageStatus:
        socket->write("HTTX/9 abc\r\n\r\n"_ba);
        socket->disconnectFromHost();
        return;
    case Mode::EndlessHeaders:
        socket->write("HTTP/1.1 200 OK\r\n"_ba);
        m_dripping.append(socket);
        m_dripTimer.start();
        return;
    case Mode::HugeHeaders:
        socket->write("HTTP/1.1 200 OK\r\n"_ba + headerLines(kHugeHeaderBytes, 0)
            + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"_ba);
        return;
    }
}

void MisbehavingHttpPeer::writeMoreHeaders()
{
    m_dripping.removeAll(nullptr);
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_dripping)) {
        if (socket->state() != QAbstractSocket::ConnectedState || m_headerBytes >= kDripLimit
            || socket->bytesToWrite() > kDripBytes * 4)
            continue;
        const QByteArray lines = headerLines(kDripBytes, m_headerBytes);
        socket->write(lines);
        m_headerBytes += lines.size();
    }
}
