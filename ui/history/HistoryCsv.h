// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryEntry.h"

#include <QList>
#include <QString>

// History entries as CSV (RFC 4180 through core/io/CsvReader, CRLF, a header row): one record per entry, times in
// ISO 8601 UTC, the changes one per line in one field, and the exact request body.
namespace HistoryCsv {

QStringList header();
QString write(const QList<HistoryEntry>& entries);
// "express-admin-history-2026-12-04.csv", or with the customer's id for one customer's history.
QString suggestedFileName(const QString& customerId, const QDate& today);

} // namespace HistoryCsv
