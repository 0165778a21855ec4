// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerPatch.h"

#include "CustomerJson.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

void CustomerPatch::replaceMetadata(const Metadata& metadata)
{
    m_metadataChange = MetadataChange::Replace;
    m_metadata = metadata;
}

void CustomerPatch::clearMetadata()
{
    m_metadataChange = MetadataChange::Clear;
    m_metadata.clear();
}

bool CustomerPatch::isEmpty() const
{
    return !m_name && m_metadataChange == MetadataChange::Unchanged;
}

QJsonObject CustomerPatch::toJson() const
{
    QJsonObject body;
    if (m_name) {
        body.insert(u"expressCustomerName"_s, *m_name);
    }
    switch (m_metadataChange) {
    case MetadataChange::Unchanged:
        break;
    case MetadataChange::Clear:
        body.insert(u"metadata"_s, QJsonValue(QJsonValue::Null));
        break;
    case MetadataChange::Replace:
        body.insert(u"metadata"_s, CustomerJson::metadataToJson(m_metadata));
        break;
    }
    return body;
}

QByteArray CustomerPatch::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}
