// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/RequestRecord.h"

#include <QJsonDocument>

namespace Sandbox {

QByteArray RequestRecord::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject RequestRecord::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace Sandbox
