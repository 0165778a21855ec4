// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryEntry.h"
#include "core/store/HistoryFilter.h"
#include "core/store/StoreError.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

class HistoryJournal;
class WorkspaceStore;

// The history's entries that match a filter, newest first, as a table: read from the journal a page at a time
// (canFetchMore/fetchMore), so the whole history is never held. The entry itself is the EntryRole of any cell; the
// state column carries an icon and a colour per state (StateRole for delegates).
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ProgramColumn,
        OperationColumn,
        CustomerColumn,
        StateColumn,
        ChangesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        EntryRole = Qt::UserRole, // the HistoryEntry
        StateRole, // HistoryEntry::State as int
        EntryIdRole, // the entry's id
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;

    explicit HistoryTableModel(QObject* parent = nullptr);
    ~HistoryTableModel() override;

    // The workspace to read (nullptr: none; the model is empty). Reads the first page.
    void setStore(std::shared_ptr<WorkspaceStore> store);
    bool hasStore() const { return m_journal != nullptr; }
    // Which entries (limit and offset are the model's own). Reads the first page again.
    void setFilter(const HistoryFilter& filter);
    HistoryFilter filter() const { return m_filter; }
    // No rows until the next setFilter() (or setStore()).
    void clear();
    // Reads again what is shown (at least a page), for new entries and changed states.
    void refresh();

    HistoryEntry entryAt(int row) const { return m_entries.at(row); }
    // -1 when no loaded row has this id.
    int rowOfId(const QString& id) const;
    // Every entry the filter matches (not just the loaded pages), for an export.
    std::optional<QList<HistoryEntry>> allMatching(StoreError* error) const;
    // Why the last read failed; empty when it did not.
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A read failed (message), or succeeded again (empty).
    void errorChanged(const QString& message);

private:
    // Reads limit entries from the newest; replaces the rows.
    void reload(int limit);
    std::optional<QList<HistoryEntry>> read(int offset, int limit);
    void setError(const QString& message);
    QVariant display(const HistoryEntry& entry, int column) const;
    QVariant toolTip(const HistoryEntry& entry, int column) const;

    std::unique_ptr<HistoryJournal> m_journal;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_entries;
    bool m_hasMore = false;
    bool m_cleared = false;
    bool m_changing = false;
    QString m_error;
};
