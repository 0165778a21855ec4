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

} // namespace Sandbox
