// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataEdits.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

bool MetadataEdits::isEmpty() const
{
    return !name && sets.isEmpty() && unsets.isEmpty() && !clearMetadata && metadataFile.isEmpty();
}

bool MetadataEdits::parseSet(const QString& text, MetadataEntry* entry)
{
    const qsizetype split = text.indexOf(u'=');
    if (split < 0)
        return false;
    *entry = MetadataEntry {text.left(split), text.mid(split + 1)};
    return true;
}

QString MetadataEdits::loadMetadataFile()
{
    QFile file(metadataFile);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the metadata file %1: %2").arg(metadataFile, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("The metadata file %1 is not valid JSON: %2 (at byte %3)")
            .arg(metadataFile, parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return tr("The metadata file %1 must hold a JSON object of strings, like {\"region\": \"north\"}.")
            .arg(metadataFile);
    Metadata metadata;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return tr("The metadata file %1: the value of “%2” is not a string.").arg(metadataFile, it.key());
        metadata.insert(it.key(), it.value().toString());
    }
    fileMetadata = metadata;
    return {};
}

QStringList MetadataEdits::applyTo(CustomerDraft& draft) const
{
    QStringList problems;
    if (name)
        draft.setName(*name);

    QList<MetadataEntry> rows = draft.metadata();
    if (fileMetadata) {
        rows.clear();
        for (auto it = fileMetadata->constBegin(); it != fileMetadata->constEnd(); ++it)
            rows.append(MetadataEntry {it.key(), it.value()});
    } else if (clearMetadata) {
        rows.clear();
    }

    for (const QString& key : unsets) {
        const auto before = rows.size();
        rows.removeIf([&key](const MetadataEntry& entry) { return entry.key == key; });
        if (rows.size() == before)
            problems.append(tr("--unset %1: the customer has no metadata key “%1”.").arg(key));
    }

    for (const MetadataEntry& set : sets) {
        const auto existing =
            std::find_if(rows.begin(), rows.end(), [&set](const MetadataEntry& row) { return row.key == set.key; });
        if (existing != rows.end())
            existing->value = set.value;
        else
            rows.append(set);
    }

    draft.setMetadata(rows);
    return problems;
}
