// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bulk/BulkProgress.h"
#include "core/model/BulkCustomerPlan.h"
#include "core/store/BulkItemRecord.h"
#include "core/store/BulkRunRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// A bulk change as the CLI shows it: the preview (each customer's before → after, skipped, or why not) and the report
// after a run (each customer's outcome), for people and as JSON for scripts, and the progress line on a terminal.
class BulkFormatter
{
    Q_DECLARE_TR_FUNCTIONS(BulkFormatter)

public:
    // Every customer: a line with its outcome, then its changes indented, or why it is refused. limit > 0 lists only
    // the first limit customers that change or are refused, and says how many more there are.
    static QString preview(const QList<BulkCustomerPlan>& plans, int limit = 0);
    // "12 customers would change, 3 are already as asked, 1 is refused (of 16)."
    static QString previewSummary(const QList<BulkCustomerPlan>& plans);
    // {"dryRun": true, "operations": [...], "summary": {...}, "customers": [{"id", "name", "outcome", "changes":
    // [{"key", "before", "after"}], "active"?, "request"?, "problems"?}]}
    static QJsonObject previewJson(const QList<BulkOperation>& operations, const QList<BulkCustomerPlan>& plans);

    // The customers that did not succeed (one line each, with why), then the counts.
    static QString report(const BulkRunRecord& run, const QList<BulkItemRecord>& items, double seconds);
    // {"run": {...}, "summary": {...}, "customers": [{"position", "id", "name", "outcome", "error"?, "errorKind"?}]}
    static QJsonObject reportJson(const BulkRunRecord& run, const QList<BulkItemRecord>& items, double seconds);

    // "120 done, 3 skipped, 1 failed, 176 left · 78/s · about 3 s left"
    static QString progress(const BulkProgress& progress);
    // "Set “tier” to “gold”; Deactivate"
    static QString operations(const QList<BulkOperation>& operations);
    // succeeded, skipped, failed, may have been changed, ...: an item's outcome in words.
    static QString state(BulkItemRecord::State state);
};
