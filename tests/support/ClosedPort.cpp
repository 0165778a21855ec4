// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/ClosedPort.h"

using namespace Qt::Literals::StringLiterals;

ClosedPort::ClosedPort()
{
    // DontShareAddress: no SO_REUSEADDR, so no other socket can bind the port while this one holds it.
    m_socket.bind(QHostAddress(QHostAddress::LocalHost), 0, QAbstractSocket::DontShareAddress);
}

QUrl ClosedPort::url() const
{
    QUrl url(u"http://127.0.0.1"_s);
    url.setPort(port());
    return url;
}
