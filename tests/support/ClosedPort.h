// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTcpSocket>
#include <QUrl>

// A port on 127.0.0.1 that refuses connections for as long as this object lives: a TCP socket bound to it that
// never listens. Unlike a port found free and closed again, no other program can take it meanwhile.
class ClosedPort
{
public:
    ClosedPort();

    // False (with the reason in errorString()) when no port could be bound.
    bool isValid() const { return m_socket.localPort() != 0; }
    QString errorString() const { return m_socket.errorString(); }
    quint16 port() const { return m_socket.localPort(); }
    // http://127.0.0.1:port
    QUrl url() const;

private:
    QTcpSocket m_socket;
};
