// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

// A tiny loopback HTTP server for tests: answers every request with one fixed response (e.g. a 302 to
// another server) and records what it received, headers unredacted, so a test can see what a client sent.
class RecordingHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Received
    {
        QByteArray method;
        QString path;
        Headers headers;

        QByteArray header(const QByteArray& name) const;
        bool hasHeader(const QByteArray& name) const;
    };

    explicit RecordingHttpServer(QObject* parent = nullptr);

    // 127.0.0.1, an ephemeral port.
    bool start();
    QUrl baseUrl() const;

    void setResponse(int status, const Headers& headers, const QByteArray& body = {});
    QList<Received> received() const { return m_received; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    quint16 m_port = 0;
    int m_status = 200;
    Headers m_headers;
    QByteArray m_body;
    QList<Received> m_received;
};
