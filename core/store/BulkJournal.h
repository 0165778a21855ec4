// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "BulkItemRecord.h"
#include "BulkRunRecord.h"
#include "StoreError.h"
#include "WorkspaceStore.h"

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>

#include <memory>
#include <optional>

// The journal of bulk changes in the workspace (tables bulk_runs and bulk_items): a run and one row per customer in
// it, each state written before the request it describes (an item is InFlight before its write is sent), so that after
// a crash a run can be resumed without skipping a customer or changing one twice. Each write is one transaction. Plain,
// portable SQL like the history's. Use on the thread that opened the store.
class BulkJournal
{
    Q_DECLARE_TR_FUNCTIONS(BulkJournal)

public:
    explicit BulkJournal(std::shared_ptr<WorkspaceStore> store);

    // Stores the run (Running) and its customers in the order given, at positions 0, 1, …, each Planned or Excluded
    // as its state says (any other state is stored as Planned), all or nothing. Makes the run's id when empty and its
    // times. The run as stored.
    Result<BulkRunRecord, StoreError> create(BulkRunRecord run, const QList<BulkItemRecord>& items);
    // The customers as create() stores them for the run it returned (what items() would read back, unread).
    static QList<BulkItemRecord> journaledItems(const BulkRunRecord& created, const QList<BulkItemRecord>& items);
    std::optional<StoreError> setRunState(const QString& runId, BulkRunRecord::State state);
    std::optional<StoreError> setConcurrency(const QString& runId, int concurrency);

    // Right before the customer's write is sent: InFlight, with the customer as read and as the write makes it.
    std::optional<StoreError> beginItem(
        const QString& runId, int position, const Customer& plannedBefore, const Customer& plannedAfter);
    // Any other state, with why (error and errorKind as BulkItemRecord describes them; empty clears them). The
    // customer's name is kept when customerName is empty. Planned again (nothing of it was sent) forgets what an
    // earlier write was planned from and to; any other state keeps it.
    std::optional<StoreError> setItemState(const QString& runId, int position, BulkItemRecord::State state,
        const QString& error = {}, const QString& errorKind = {}, const QString& customerName = {});

    Result<std::optional<BulkRunRecord>, StoreError> run(const QString& runId) const;
    // The newest run that is Running or Paused (isUnfinished()), on this connection when one is given.
    Result<std::optional<BulkRunRecord>, StoreError> latestUnfinished(const QString& connection = {}) const;
    // The run's customers in order.
    Result<QList<BulkItemRecord>, StoreError> items(const QString& runId) const;
    // How many of the run's customers are in it (not excluded) and how many of those are left to do (planned, in
    // flight or uncertain), counted by the database.
    struct Counts
    {
        int total = 0;
        int left = 0;
    };
    Result<Counts, StoreError> counts(const QString& runId) const;

private:
    // Runs one UPDATE in a transaction; notFound is the error when it changed no row.
    std::optional<StoreError> update(const QString& sql, const QVariantList& values, const QString& notFound);
    std::optional<StoreError> updateRun(const QString& runId, const QString& column, const QVariant& value);
    std::optional<StoreError> updateItem(
        const QString& runId, int position, const QStringList& assignments, QVariantList values);

    std::shared_ptr<WorkspaceStore> m_store;
};
