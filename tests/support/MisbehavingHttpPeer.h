// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

// A loopback test peer that reads each request whole (head and Content-Length body), counts it, and then answers
// it badly, as the mode says: it resets the connection, closes it, sends a status line no client can parse, or
// sends a header block that never ends (or is huge). Every request on every connection gets the same treatment.
class MisbehavingHttpPeer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Reset, // an RST (SO_LINGER 0, then close) once the request is read
        Close, // an orderly close (FIN) once the request is read
        GarbageStatus, // "HTTX/9 abc" and an empty line
        EndlessHeaders, // a status line, then header lines a few KB every few ms, never the empty line
        HugeHeaders, // a status line and 8 MB of header lines at once, then the empty line and an empty body
    };
    Q_ENUM(Mode)

    explicit MisbehavingHttpPeer(Mode mode, QObject* parent = nullptr);
    ~MisbehavingHttpPeer() override;

    // 127.0.0.1, an ephemeral port.
    bool start();
    QUrl baseUrl() const;

    // Requests read whole so far, on all connections.
    int requests() const { return m_requests; }
    // The first request line read ("POST /v1/express HTTP/1.1"); empty before any.
    QByteArray firstRequestLine() const { return m_firstRequestLine; }
    // The x-stainless-retry-count header of each request read, in order: the client's attempt numbers.
    QByteArrayList retryCounts() const { return m_retryCounts; }
    // Header bytes written by EndlessHeaders so far.
    qint64 headerBytesWritten() const { return m_headerBytes; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void misbehave(QTcpSocket* socket);
    void writeMoreHeaders();

    Mode m_mode;
    QTcpServer m_server;
    QTimer m_dripTimer;
    QList<QPointer<QTcpSocket>> m_dripping;
    int m_requests = 0;
    QByteArray m_firstRequestLine;
    QByteArrayList m_retryCounts;
    qint64 m_headerBytes = 0;
};
