// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// One metadata row as the user edits it: the key and value exactly as typed.
struct MetadataEntry
{
    QString key;
    QString value;

    bool operator==(const MetadataEntry&) const = default;
};

Q_DECLARE_METATYPE(MetadataEntry)
