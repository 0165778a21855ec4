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
    QList<QPair<QByteArray, QByteArray>> headers; // as received, Authorization redacted
    QByteArray body;
    int status = 0; // 0 while unanswered (delayed or hanging) or when the client left first
    qint64 durationMs = -1;

    // The value of a header, case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const;
    // The body as a JSON object (empty when it is not one).
    QJsonObject jsonBody() const;
};

} // namespace Sandbox
