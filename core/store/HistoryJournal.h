// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryEntry.h"
#include "HistoryFilter.h"
#include "StoreError.h"
#include "WorkspaceStore.h"

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>

#include <memory>
#include <optional>

// The history of writes in the workspace (tables history and history_changes): a write is journaled before it is sent
// (begin, state Pending) and completed after it (complete). Reads come newest first, in pages. Plain SQL only (bound
// values, LIKE, LIMIT/OFFSET, ISO 8601 UTC times as text), so that the same tables can later live in PostgreSQL.
// Several programs may journal into the same database at once. Use on the thread that opened the store.
class HistoryJournal
{
    Q_DECLARE_TR_FUNCTIONS(HistoryJournal)

public:
    explicit HistoryJournal(std::shared_ptr<WorkspaceStore> store);

    // Stores entry with its changes, all or nothing, as Pending (whatever its state says); makes its id (a UUID) when
    // empty and sets recordedAt to now when invalid. The entry as stored, or why it could not be (then the write must
    // not be sent: nothing would record it).
    Result<HistoryEntry, StoreError> begin(HistoryEntry entry);
    // Records how the write ended (completed_at is now). customerId and customerName replace the stored ones when not
    // empty (a create learns its id from the answer). error says why it failed or may not have been applied, or (with
    // Succeeded) how the server's answer differed from what was asked; empty: none.
    std::optional<StoreError> complete(const QString& id, HistoryEntry::State state, const QString& customerId = {},
        const QString& customerName = {}, const QString& error = {});

    // One entry with its changes; nullopt when there is none with that id.
    Result<std::optional<HistoryEntry>, StoreError> entry(const QString& id) const;
    // The entries that match, newest first (recorded_at, then id), each with its changes in order.
    Result<QList<HistoryEntry>, StoreError> entries(const HistoryFilter& filter) const;
    // One customer's entries, newest first: entries() with filter.customerId set.
    Result<QList<HistoryEntry>, StoreError> entriesFor(
        const QString& customerId, int limit = 100, int offset = 0) const;
    // How many entries match (limit and offset ignored), for paging.
    Result<qint64, StoreError> count(const HistoryFilter& filter) const;

    // The stored spelling of a time: ISO 8601 UTC with milliseconds, which sorts as text.
    static QString formatTime(const QDateTime& time);
    static QDateTime parseTime(const QString& text);
    // Writes the search text (HistorySearchText) of every entry that has none: for migration 7, inside its
    // transaction.
    static std::optional<QSqlError> fillSearchText(QSqlDatabase& db);

private:
    std::optional<QSqlError> loadChanges(HistoryEntry& entry) const;

    std::shared_ptr<WorkspaceStore> m_store;
};
