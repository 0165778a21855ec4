// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerDraftJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace CustomerDraftJson {

namespace {

constexpr int kVersion = 1;

} // namespace

QJsonObject toJson(const CustomerDraft& draft)
{
    QJsonArray rows;
    for (const MetadataEntry& entry : draft.metadata())
        rows.append(QJsonObject {{u"key"_s, entry.key}, {u"value"_s, entry.value}});
    return {{u"version"_s, kVersion}, {u"name"_s, draft.name()}, {u"metadata"_s, rows}};
}

std::optional<CustomerDraft> fromJson(const QJsonObject& json)
{
    if (json.value(u"version"_s).toInt() != kVersion || !json.value(u"name"_s).isString()
        || !json.value(u"metadata"_s).isArray())
        return std::nullopt;
    QList<MetadataEntry> entries;
    for (const QJsonValue& row : json.value(u"metadata"_s).toArray()) {
        const QJsonObject pair = row.toObject();
        if (!pair.value(u"key"_s).isString() || !pair.value(u"value"_s).isString())
            return std::nullopt;
        entries.append({pair.value(u"key"_s).toString(), pair.value(u"value"_s).toString()});
    }
    CustomerDraft draft;
    draft.setName(json.value(u"name"_s).toString());
    draft.setMetadata(entries);
    return draft;
}

} // namespace CustomerDraftJson
