// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/CustomerDraft.h"
#include "core/model/MetadataEntry.h"
#include "core/model/ValidationIssue.h"

#include <QList>
#include <QString>
#include <QStringView>

// Checks what the user typed against the contract's limits and the product's rules. Pure functions that
// return every issue found (never only the first), each with its location and a translated message.
//
// Characters are counted as UTF-16 code units (QString::size()). The contract says "characters" without
// saying how the server counts them; UTF-16 units are never fewer than code points, so the client never
// sends what a stricter server would refuse. So an emoji outside the BMP counts 2, "e" + U+0301 (combining
// acute) counts 2, Arabic and Hebrew letters count 1 each, and a newline or tab counts 1.
//
// Product rules beyond the contract:
//  - a metadata key must not be empty or only whitespace (Error: "Enter a key or remove the row");
//  - a key used again is an Error on every row after the first, naming the first row; the first row is
//    left alone so the user sees which row to fix. (CustomerDraft::metadataMap() lets the last row win.)
//  - keys that differ only by case or surrounding whitespace ("Region", " region") are a Warning on the
//    later row: the server treats them as different keys, but people rarely mean that;
//  - a key with leading or trailing whitespace is a Warning, and so is a key holding a line break, tab or
//    other control character: the contract allows them and a customer created elsewhere may have them,
//    so they must not block saving unrelated changes. Values may hold any text, newlines and tabs included.
//  - the name must not be empty after trimming; it is sent trimmed (see CustomerDiff).
namespace Validation {

inline constexpr int kMaxMetadataPairs = 50;
inline constexpr int kMaxKeyLength = 100;
inline constexpr int kMaxValueLength = 1000;

// UTF-16 code units; see above.
qsizetype characterCount(QStringView text);

QList<ValidationIssue> checkName(const QString& name);
QList<ValidationIssue> checkMetadata(const QList<MetadataEntry>& entries);
// checkName() followed by checkMetadata().
QList<ValidationIssue> checkDraft(const CustomerDraft& draft);
// For an id typed by the user before it goes into a URL.
QList<ValidationIssue> checkCustomerId(QStringView id);
// A user id typed by the user: empty, or not usr_ followed by 32 lowercase hex digits, is an Error.
QList<ValidationIssue> checkUserId(const QString& id);

bool hasErrors(const QList<ValidationIssue>& issues);

// ^cus_[0-9a-f]{32}$ (lowercase hex, as the contract derives it). Nothing may follow, not even a newline.
bool isValidCustomerId(QStringView id);
// ^usr_[0-9a-f]{32}$
bool isValidUserId(QStringView id);

} // namespace Validation
