// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryEntry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// History entries as JSON for scripts (the CLI's history --json) and exports: the stored spellings of operation, state
// and field, ISO 8601 UTC times, null for what is absent (a time not yet known, a key not there before).
namespace HistoryJson {

// {"id", "recordedAt", "completedAt", "osUser", "program", "connection", "customerId", "customerName", "operation",
//  "requestBody" (the exact text sent, or null), "state", "error", "changes": [{"field", "key", "before", "after"}]}
QJsonObject toJson(const HistoryEntry& entry);
QJsonArray toJson(const QList<HistoryEntry>& entries);

} // namespace HistoryJson
