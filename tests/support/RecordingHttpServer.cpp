// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/RecordingHttpServer.h"

#include "core/api/ApiErrorFactory.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

QByteArray RecordingHttpServer::Received::header(const QByteArray& name) const
{
    return ApiErrorFactory::header(headers, name);
}

bool RecordingHttpServer::Received::hasHeader(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

RecordingHttpServer::RecordingHttpServer(QObject* parent)
    : QAbstractHttpServer(parent)
{ }

bool RecordingHttpServer::start()
{
    auto* server = new QTcpServer(this);
    if (!server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    return true;
}

QUrl RecordingHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void RecordingHttpServer::setResponse(int status, const Headers& headers, const QByteArray& body)
{
    m_status = status;
    m_headers = headers;
    m_body = body;
}

bool RecordingHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Received received;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        received.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        received.method = "POST";
        break;
    case QHttpServerRequest::Method::Patch:
        received.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Delete:
        received.method = "DELETE";
        break;
    default:
        received.method = "OTHER";
        break;
    }
    received.path = request.url().path();
    received.headers = request.headers();
    m_received.append(received);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(m_status));
    for (const auto& [name, value] : std::as_const(m_headers))
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length"_ba, QByteArray::number(m_body.size()));
    responder.writeBody(m_body);
    return true;
}

void RecordingHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
