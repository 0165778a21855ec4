// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/Result.h"
#include "core/model/MetadataEntry.h"
#include "core/model/MetadataError.h"

#include <QList>
#include <QString>

#include <optional>

// Metadata rows to and from clipboard text. Pure functions, no clipboard access.
//
// Pasted text is read in one of four formats, detected once per paste from its first non-empty line:
//  - tab-separated, as spreadsheets copy cells (a line holding a tab);
//  - comma-separated CSV (RFC 4180 quotes, so values may hold commas, quotes and line breaks);
//  - "key=value" lines and "key: value" lines. The earliest of ",", "=" and ":" on the first line decides, so
//    "url=https://x" is key=value and "time: 10:30" is key: value. Later "=" or ":" belong to the value.
// Tab- and comma-separated text is taken exactly as written; in key=value and key: value lines the key and the
// value are trimmed, since people type spaces around the separator. A first row "key, value" (any case, either
// delimiter) is a header and skipped; empty lines are skipped everywhere. A key that appears twice is kept twice:
// the table flags duplicates, the reader does not decide between them.
namespace MetadataClipboard {

enum class Format { TabSeparated, CommaSeparated, KeyEqualsValue, KeyColonValue };

// nullopt when the text holds no line with a tab, comma, "=" or ":".
std::optional<Format> detectFormat(const QString& text);

// The pairs in the text, or why there are none: no recognisable format, a line without the separator, a row
// with more than two non-empty columns, an unclosed quote. One bad line fails the whole paste, so nothing is
// half pasted.
Result<QList<MetadataEntry>, MetadataError> parse(const QString& text);
// The same in a given format (MetadataFile reads CSV files with it).
Result<QList<MetadataEntry>, MetadataError> parse(const QString& text, Format format);

// Tab-separated lines (each ending in "\n"), quoted where a field holds a tab, quote or line break, which is what
// spreadsheets read; parse() reads it back unchanged.
QString toTabSeparated(const QList<MetadataEntry>& entries);

} // namespace MetadataClipboard
