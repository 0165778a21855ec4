// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

// Metadata and views of a MetadataDocument shared by the tests of the document, its model and its editor.

#include "core/model/MetadataDocument.h"

#include <QMetaEnum>
#include <QStringList>

namespace MetadataDocumentTestData {

using namespace Qt::Literals::StringLiterals;

// owner, region, tier (sorted by key).
inline Metadata threePairs()
{
    return Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}, {u"owner"_s, u"ops"_s}};
}

// key00, key01, ... each "value".
inline Metadata pairs(int count)
{
    Metadata metadata;
    for (int i = 0; i < count; ++i) {
        metadata.insert(u"key%1"_s.arg(i, 2, 10, QChar(u'0')), u"value"_s);
    }
    return metadata;
}

inline QString stateName(MetadataRow::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<MetadataRow::State>().valueToKey(static_cast<int>(state)));
}

// Every row as "key=value State", the whole state of the document.
inline QStringList snapshot(const MetadataDocument& document)
{
    QStringList rows;
    for (int row = 0; row < document.rowCount(); ++row) {
        const MetadataRow& current = document.rowAt(row);
        rows.append(u"%1=%2 %3"_s.arg(current.entry.key, current.entry.value, stateName(current.state())));
    }
    return rows;
}

} // namespace MetadataDocumentTestData
