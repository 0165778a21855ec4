// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/MetadataEntry.h"
#include "core/ValidationIssue.h"
#include "ui/MetadataRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPalette>
#include <QPointer>

class QUndoCommand;
class QUndoStack;

// The metadata of one customer as an editable table: the server's baseline and the rows being edited, with
// each row's state (added, changed, removed) and its validation issues shown in place.
//
// Every edit, whether from a view (setData, insertRows, removeRows) or from the functions below, is pushed as
// a command on the undo stack and applied when the stack runs it. Invalid input is kept and flagged, never
// refused. Removed baseline rows stay visible, struck through, until setBaseline(); removed added rows go.
class MetadataTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    using RowState = MetadataRow::State;

    enum Role {
        // MetadataTableModel::RowState of the row.
        RowStateRole = Qt::UserRole,
        // The messages of the issues in this cell, one per line; empty when there are none.
        ValidationMessageRole,
        // The most serious issue of this cell as ValidationIssue::Severity; invalid when there is none.
        ValidationSeverityRole,
        // The cell's text as the server has it; invalid for added rows.
        OriginalValueRole,
    };
    Q_ENUM(Role)

    // How many rows are in each edited state.
    struct StateCounts
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
        friend bool operator==(const StateCounts&, const StateCounts&) = default;
    };

    // What mergeEntries() did.
    struct MergeCounts
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };

    explicit MetadataTableModel(QObject* parent = nullptr);
    ~MetadataTableModel() override;

    // The stack the edits go to: one per open customer, owned by the caller. Without one (or with nullptr) the
    // model uses a stack of its own.
    void setUndoStack(QUndoStack* stack);
    QUndoStack* undoStack() const;

    // Resets the model to the metadata the server has (after loading or saving) and clears the undo stack,
    // whose commands refer to the rows being replaced. Rows are sorted by key.
    void setBaseline(const Metadata& baseline);
    Metadata baseline() const { return m_baseline; }
    // A new baseline, with entries shown as edits against it (after a save, for what was typed meanwhile): an
    // entry whose key the baseline has becomes that row (changed when its value differs; later duplicates are added
    // rows), other entries are added rows in their order, and baseline keys missing from entries are removed rows.
    // Clears the undo stack like setBaseline().
    void setBaselineKeepingEdits(const Metadata& baseline, const QList<MetadataEntry>& entries);

    // The desired map: every row not marked removed. For duplicate keys the last row wins (they are errors).
    Metadata currentMetadata() const;
    // The rows not marked removed, in table order, as Validation and CustomerDraft take them.
    QList<MetadataEntry> currentEntries() const;
    // True while any row is added, changed or removed.
    bool isDirty() const { return m_dirty; }
    StateCounts stateCounts() const { return m_stateCounts; }

    // Validation::checkMetadata() of currentEntries(), with row set to the model row (-1 for the pair count).
    // The messages number rows as displayRowNumber() does.
    QList<ValidationIssue> issues() const { return m_issues; }
    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;

    // Rows not marked removed, and "12 / 50".
    int pairCount() const;
    QString countText() const;

    // The number the row has in validation messages and the vertical header (rows marked removed are skipped):
    // 1-based; 0 for a removed row.
    int displayRowNumber(int row) const;

    MetadataRow rowAt(int row) const { return m_rows.at(row); }
    RowState rowState(int row) const { return m_rows.at(row).state(); }
    // -1 when no row has this id.
    int rowOfId(quint64 id) const;
    // The first row not marked removed with exactly this key; -1 when there is none.
    int rowOfKey(const QString& key) const;

    // Colours are derived from this palette (the view's); defaults to the application palette.
    void setPalette(const QPalette& palette);

    // Edits, each one undoable step. Rows are model rows.
    // Adds a row at the end; returns its row.
    int appendRow(const MetadataEntry& entry = {});
    // Baseline rows are marked removed, added rows are deleted. Rows already removed are skipped.
    void removeRowList(const QList<int>& rows);
    void revertRow(int row);
    void revertRows(const QList<int>& rows);
    void revertAll();
    // Pasted or imported pairs: an existing key (or a removed baseline row with that key) gets the new value,
    // other keys are added at the end. When a key appears twice in entries, its last value counts.
    MergeCounts mergeEntries(const QList<MetadataEntry>& entries, const QString& undoText);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Pushes a SetMetadataCellCommand; an unchanged text pushes nothing. Rows marked removed are read-only.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Adds empty rows (one undoable step).
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    // As removeRowList(): baseline rows stay visible, marked removed.
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    // A stable sort of the rows by the column's text (case-insensitive first). Not an undo step: commands find
    // their rows by id, so undo still works after sorting.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Once per edit, however many rows it touched (before the signals below): issues(), the row numbers,
    // pairCount(), isDirty(), stateCounts() or the state of some row changed.
    void summaryChanged();
    void dirtyChanged(bool dirty);
    // issues() changed.
    void validationChanged();
    void pairCountChanged(int count);

private:
    friend class SetMetadataCellCommand;
    friend class MetadataRowsCommand;

    // The apply functions, called by the commands' redo() and undo() only. They find rows by id and ignore ids
    // that are gone.
    void applyCell(quint64 id, int column, const QString& text);
    // Replaces the entry and the removed flag of the row with row.id (original stays).
    void applyRow(const MetadataRow& row);
    void applyInsert(int position, const MetadataRow& row);
    void applyErase(quint64 id);
    // Between these, validation and signals wait, so a command of many rows reports once.
    void beginBatch();
    void endBatch();

    // What recompute() found different from before.
    struct Changes
    {
        QList<int> issueRows;
        bool numbers = false;
        bool issues = false;
        bool pairCount = false;
        bool dirty = false;
        bool states = false;
    };
    // Validation, row numbers, pair count and dirty state from m_rows, then the signals about what changed.
    void refresh();
    Changes recompute();
    // cellSignals: dataChanged and headerDataChanged too (not after a reset or a layout change).
    void emitChanges(const Changes& changes, bool cellSignals);
    QList<ValidationIssue> cellIssues(int row, int column) const;
    void pushCommand(QUndoCommand* command);

    Metadata m_baseline;
    QList<MetadataRow> m_rows;
    // Issues per model row, as computed by the last refresh().
    QList<QList<ValidationIssue>> m_rowIssues;
    QList<ValidationIssue> m_issues;
    QList<int> m_displayNumbers;
    bool m_dirty = false;
    QList<RowState> m_rowStates;
    StateCounts m_stateCounts;
    int m_pairCount = 0;
    int m_batchDepth = 0;
    QPalette m_palette;
    QPointer<QUndoStack> m_undoStack;
    QUndoStack* m_ownStack = nullptr;
};
