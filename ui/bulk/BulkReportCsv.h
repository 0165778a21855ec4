// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/BulkItemRecord.h"

#include <QDate>
#include <QList>
#include <QString>

// A bulk change's report as CSV (RFC 4180 through core/io/CsvReader, CRLF, a header row): one record per customer in
// the run's order, with its state as the journal spells it (succeeded, skipped, failed, uncertain, excluded, planned),
// the error's kind and text, and when it last changed (ISO 8601 UTC). Column names and states are data, not
// translated, so that a script can read any export.
namespace BulkReportCsv {

QStringList header();
QString write(const QList<BulkItemRecord>& items);
// "express-admin-bulk-2026-12-04.csv".
QString suggestedFileName(const QDate& today);

} // namespace BulkReportCsv
