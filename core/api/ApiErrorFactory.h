// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>

// Turns what went wrong (a status and body, a transport failure, a timeout) into an ApiError with a
// message for a person that names the profile, and removes the API key from anything the server echoed.
class ApiErrorFactory
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // apiKey is only used to redact it; server names the server in connection messages (see serverName()).
    ApiErrorFactory(const QString& profileName, const QString& apiKey, const QString& server);

    // The server as messages name it: the host, with the port when the URL has one ("127.0.0.1:8443",
    // "[::1]:8080", "api.avarasoftware.com").
    static QString serverName(const QUrl& baseUrl);

    ApiError fromHttpStatus(int httpStatus, const QByteArray& body, const Headers& headers) const;
    // The request certainly did not reach the server (refused, unknown host) or the connection failed later.
    ApiError connectionFailed(const QString& detail) const;
    // The connection broke after the request may have been sent, before a complete answer arrived.
    ApiError connectionLost() const;
    ApiError tlsFailed(const QString& detail) const;
    ApiError timedOut(std::chrono::milliseconds timeout) const;
    ApiError invalidResponse(const QString& detail, int httpStatus = 0) const;
    ApiError tooLarge(qint64 limitBytes, int httpStatus) const;
    ApiError redirectRefused(const QString& target, int httpStatus) const;
    ApiError cancelled() const;
    static ApiError invalidRequest(const QString& message);

    // Adds what is known only at the end: attempts, whether the call may have taken effect, and the
    // sentence about it for the operation.
    void complete(ApiError& error, int attempts, bool mayHaveTakenEffect, ApiRequest::Operation operation) const;

    // The server's own words: "message", "error" (a string), "error.message", "detail" (a string), else the
    // raw text shortened to about 200 characters. Empty for an empty body.
    static QString serverMessage(const QByteArray& body);
    // x-request-id, request-id, x-amzn-requestid and similar; empty when none was sent.
    static QString requestId(const Headers& headers);
    // The value of a header, case-insensitively.
    static QByteArray header(const Headers& headers, const QByteArray& name);

    // Replaces every occurrence of the key (when set) with "[redacted]".
    QString redact(const QString& text) const;

private:
    QString profileHint() const;

    QString m_profileName;
    QString m_apiKey;
    QString m_server;
};
