// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Sandbox {

// What the sandbox received for one request (credentials redacted) and what it answered.
struct RequestRecord
{
    qint64 id = 0; // increasing per server
    QByteArray method; // "GET", "PATCH", ...
    QString path; // percent-decoded path, without the query
    QString query; // the raw query string, without '?'
    // As received; values redacted except for RequestLog's allow-list (Authorization shows as "Bearer [redacted]").
    QList<QPair<QByteArray, QByteArray>> headers;
    // The body, kept only when the request was authorized and within the size limit (else empty).
    QByteArray body;
    qint64 bodyBytes = 0; // the size of the body received (or announced, for a request refused before reading it)
    int status = 0; // 0 while unanswered (delayed or hanging) or when the client left first
    qint64 durationMs = -1;

    // The value of a header, case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const;
    // The body as a JSON object (empty when it is not one).
    QJsonObject jsonBody() const;
    // Roughly the memory the record holds, for RequestLog's byte budget.
    qsizetype approximateBytes() const;
};

} // namespace Sandbox
