// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/Result.h"
#include "core/model/MetadataEntry.h"
#include "core/model/MetadataError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Metadata files for import and export. Pure conversions plus small read/write helpers.
//  - JSON: one object of string values, {"region": "north", "tier": "gold"}, UTF-8, keys sorted on export. Any
//    other value (number, true, null, list, object) fails the import with a message naming the key.
//  - CSV: UTF-8 (a byte order mark is skipped), a header row "key,value", then one pair per record, quoted per
//    RFC 4180 so values may hold commas, quotes and line breaks. Reading accepts a file without the header.
// The file is read whole; metadata files are small (50 pairs of at most 1100 characters), so anything over
// kMaxFileSize is refused without being read.
namespace MetadataFile {

enum class Format { Json, Csv };

inline constexpr qint64 kMaxFileSize = 1024 * 1024;

// From the suffix, case-insensitively: .json or .csv; nullopt for anything else.
std::optional<Format> formatForPath(const QString& path);

Result<QList<MetadataEntry>, MetadataError> fromJson(const QByteArray& json);
// Duplicate keys collapse (the last wins), as a JSON object cannot hold them.
QByteArray toJson(const QList<MetadataEntry>& entries);

Result<QList<MetadataEntry>, MetadataError> fromCsv(const QByteArray& csv);
// Records end in CRLF, as RFC 4180 has it; line breaks inside values are written as they are.
QByteArray toCsv(const QList<MetadataEntry>& entries);

// Reads the file in the format its suffix names.
Result<QList<MetadataEntry>, MetadataError> read(const QString& path);
// Writes atomically (QSaveFile) in the format the suffix names. nullopt on success.
std::optional<MetadataError> write(const QString& path, const QList<MetadataEntry>& entries);

} // namespace MetadataFile
