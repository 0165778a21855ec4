// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/RequestRecord.h"

#include "sandbox/HttpHeaders.h"

#include <QJsonDocument>

namespace Sandbox {

QByteArray RequestRecord::header(const QByteArray& name) const
{
    return HttpHeaders::value(headers, name);
}

QJsonObject RequestRecord::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

qsizetype RequestRecord::approximateBytes() const
{
    constexpr qsizetype Overhead = 256; // the record, the list nodes, the allocations' headers
    qsizetype bytes = Overhead + method.size() + 2 * (path.size() + query.size()) + body.size();
    for (const auto& [name, value] : headers)
        bytes += 64 + name.size() + value.size();
    return bytes;
}

} // namespace Sandbox
