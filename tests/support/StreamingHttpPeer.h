// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback test peer that answers any request with 200 and an endless JSON-looking body that declares no
// Content-Length (chunked or closed-delimited), written only as fast as the client reads. It stops at a hard limit,
// so a client that never gives up still ends; a test then checks that the client hung up long before that.
class StreamingHttpPeer : public QObject
{
    Q_OBJECT

public:
    enum class Framing { Chunked, CloseDelimited };

    explicit StreamingHttpPeer(Framing framing, qint64 limitBytes, QObject* parent = nullptr);

    // 127.0.0.1, an ephemeral port.
    bool start();
    QUrl baseUrl() const;

    int requests() const { return m_requests; }
    // Body bytes handed to the socket so far (each connection's count, summed).
    qint64 bytesWritten() const { return m_bytesWritten; }
    // The client closed the connection before the whole limit was written.
    bool clientHungUp() const { return m_clientHungUp; }
    // The whole limit was written (the client read on to the end).
    bool reachedLimit() const { return m_reachedLimit; }

private:
    void onNewConnection();
    void onReadyRead();
    void writeMore();

    Framing m_framing;
    qint64 m_limit;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_requestHead;
    bool m_answering = false;
    qint64 m_sent = 0; // of the current answer's body
    int m_requests = 0;
    qint64 m_bytesWritten = 0;
    bool m_clientHungUp = false;
    bool m_reachedLimit = false;
};
