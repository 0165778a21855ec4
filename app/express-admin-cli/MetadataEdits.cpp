// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataEdits.h"

#include "core/io/MetadataFile.h"

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
    const Result<QList<MetadataEntry>, MetadataError> entries = MetadataFile::read(metadataFile);
    if (entries.isError())
        return entries.error().message;
    fileMetadata = entries.value();
    return {};
}

QStringList MetadataEdits::applyTo(CustomerDraft& draft) const
{
    QStringList problems;
    if (name)
        draft.setName(*name);

    QList<MetadataEntry> rows = draft.metadata();
    if (fileMetadata) {
        rows = *fileMetadata;
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
