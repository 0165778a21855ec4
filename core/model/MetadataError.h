// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// Why pasted text or a metadata file could not be read or written, in words for the user.
struct MetadataError
{
    // Translated; names the line or key when there is one.
    QString message;
    // 1-based line of the text where the problem is; 0 when it is not about one line.
    int line = 0;

    bool operator==(const MetadataError&) const = default;
};

Q_DECLARE_METATYPE(MetadataError)
