// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace Sandbox {

// A self-contained copy of one HTTP request (Qt reuses its request object per connection,
// and a delayed answer must outlive it).
struct SandboxRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxRequest from(const QHttpServerRequest& request);
    // The value of a header, case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const;
};

} // namespace Sandbox
