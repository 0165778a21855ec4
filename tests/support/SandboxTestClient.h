// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

#include <optional>

// The outcome of one HTTP exchange as a client sees it.
struct HttpReply
{
    bool finished = false; // false: no answer before the test's deadline
    int status = 0; // 0: no HTTP status (transport failure)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
    bool isJsonObject() const;
};

// A real QNetworkAccessManager talking to a sandbox base URL; waits with QSignalSpy, never sleeps.
class SandboxTestClient
{
public:
    struct Options
    {
        QByteArray contentType = "application/json";
        std::optional<QByteArray> authorization; // default: "Bearer <key>"
        int transferTimeoutMs = 10000;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    SandboxTestClient(const QUrl& baseUrl, const QString& apiKey);

    void setApiKey(const QString& key) { m_apiKey = key; }
    QUrl url(const QString& pathAndQuery) const;

    HttpReply get(const QString& pathAndQuery);
    HttpReply post(const QString& path, const QJsonObject& body);
    HttpReply patch(const QString& path, const QJsonObject& body);
    HttpReply deleteWithBody(const QString& path, const QJsonObject& body);
    HttpReply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {});
    HttpReply send(
        const QByteArray& method, const QString& pathAndQuery, const QByteArray& body, const Options& options);
    // Creates a customer over HTTP and returns its id (empty on failure).
    QString createCustomer(const QString& name, const QJsonObject& metadata = {});

private:
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
};

// Writes raw bytes on a fresh connection to 127.0.0.1:port and returns what came back until the server closed
// the connection, a whole header block arrived, or waitMs passed (without waiting when it answers sooner).
QByteArray rawHttpExchange(quint16 port, const QByteArray& bytes, int waitMs);
