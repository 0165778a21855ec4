// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "tests/support/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpReply::isJsonObject() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError && document.isObject();
}

SandboxTestClient::SandboxTestClient(const QUrl& baseUrl, const QString& apiKey)
    : m_baseUrl(baseUrl)
    , m_apiKey(apiKey)
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

QUrl SandboxTestClient::url(const QString& pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

HttpReply SandboxTestClient::get(const QString& pathAndQuery)
{
    return send("GET", pathAndQuery);
}

HttpReply SandboxTestClient::post(const QString& path, const QJsonObject& body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply SandboxTestClient::patch(const QString& path, const QJsonObject& body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply SandboxTestClient::deleteWithBody(const QString& path, const QJsonObject& body)
{
    return send("DELETE", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply SandboxTestClient::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body)
{
    return send(method, pathAndQuery, body, Options());
}

HttpReply SandboxTestClient::send(
    const QByteArray& method, const QString& pathAndQuery, const QByteArray& body, const Options& options)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setTransferTimeout(options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", options.authorization.value_or("Bearer "_ba + m_apiKey.toUtf8()));
    if (!body.isEmpty() && !options.contentType.isEmpty())
        request.setRawHeader("Content-Type", options.contentType);
    for (const auto& [name, value] : options.headers)
        request.setRawHeader(name, value);
    if (options.authorization && options.authorization->isEmpty())
        request.setRawHeader("Authorization", QByteArray()); // an empty value removes the header

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpReply result;
    result.finished = finished.wait(options.transferTimeoutMs + 5000);
    result.elapsedMs = timer.elapsed();
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QString SandboxTestClient::createCustomer(const QString& name, const QJsonObject& metadata)
{
    QJsonObject body {{u"expressCustomerName"_s, name}};
    if (!metadata.isEmpty())
        body.insert(u"metadata"_s, metadata);
    const HttpReply reply = post(u"/v1/express"_s, body);
    return reply.status == 200 ? reply.json().value(u"expressCustomerId"_s).toString() : QString();
}

QByteArray rawHttpExchange(quint16 port, const QByteArray& bytes, int waitMs)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(2000))
        return "no connection"_ba;
    socket.write(bytes);
    QByteArray received;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QElapsedTimer timer;
    timer.start();
    // Collect until the server closes, or a full header block arrived, or the deadline passes.
    while (timer.elapsed() < waitMs && disconnected.isEmpty() && !received.contains("\r\n\r\n")) {
        QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
        if (socket.bytesAvailable() == 0)
            readyRead.wait(qMax<int>(1, waitMs - static_cast<int>(timer.elapsed())));
        received += socket.readAll();
    }
    received += socket.readAll();
    return received;
}
