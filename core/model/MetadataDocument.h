// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/MetadataEntry.h"
#include "core/model/MetadataRow.h"
#include "core/model/ValidationIssue.h"

#include <QList>
#include <QObject>

// The metadata of one customer being edited: the server's baseline and the rows the user edits, each row's
// state (added, changed, removed) and the validation issues of the rows, with the texts that sum them up.
// Qt Core only: it knows nothing of colours, views or undo stacks.
//
// Edits go through the apply functions, which the undo commands (ui/metadata/MetadataCommands) call from redo() and
// undo(); they find rows by id, so a command survives sorting. Invalid input is kept and flagged, never refused.
// Removed baseline rows stay, marked removed, until the next baseline; removed added rows go.
//
// The signals come in pairs that a table model translates into its begin/end calls; the summary signals
// (summaryChanged() first, then pairCountChanged(), validationChanged(), dirtyChanged()) come once per edit,
// however many rows it touched.
class MetadataDocument : public QObject
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn };
    Q_ENUM(Column)

    using RowState = MetadataRow::State;

    // How many rows are in each edited state.
    struct StateCounts
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
        friend bool operator==(const StateCounts&, const StateCounts&) = default;
    };

    explicit MetadataDocument(QObject* parent = nullptr);
    ~MetadataDocument() override;

    // Rows = the baseline sorted by key, all unchanged. Every row gets a new id: commands made before find no row
    // (the caller clears its undo stack).
    void setBaseline(const Metadata& baseline);
    // The new baseline, with entries shown as edits against it: an entry whose key is in the baseline becomes
    // that baseline row (changed when its value differs; the first such entry only, later ones with the same key
    // are added rows, which validation flags as duplicates); entries with other keys (empty or invalid ones too)
    // are added rows; baseline keys missing from entries are removed rows, after the others. Rows keep the order
    // of entries, so currentEntries() == entries afterwards. New ids, as setBaseline().
    void setBaselineKeepingEdits(const Metadata& baseline, const QList<MetadataEntry>& entries);

    Metadata baseline() const { return m_baseline; }
    // The rows not marked removed, in row order, as Validation and CustomerDraft take them.
    QList<MetadataEntry> currentEntries() const;
    // The desired map: every row not marked removed. For duplicate keys the last row wins (they are errors).
    Metadata currentMetadata() const;
    // True while any row is added, changed or removed.
    bool isDirty() const { return m_dirty; }
    // No errors (warnings allowed): the metadata may be saved.
    bool isValid() const;
    StateCounts stateCounts() const { return m_stateCounts; }

    // Validation::checkMetadata() of currentEntries(), with row set to the document row (-1 for the pair count).
    // The messages number rows as displayRowNumber() does.
    QList<ValidationIssue> issues() const { return m_issues; }
    // The issues shown on a row: its own, and the pair-count error on every row beyond the limit.
    QList<ValidationIssue> issuesOfRow(int row) const { return m_rowIssues.value(row); }
    int errorCount() const;
    int warningCount() const;

    // Rows not marked removed, and "12 / 50".
    int pairCount() const { return m_pairCount; }
    QString countText() const;
    // The line under the table: the counts of issues and the first issue (an error before any warning), or
    // when there is no issue the edited rows ("Not saved: 1 added, 2 changed."); empty when clean and valid.
    QString summaryText() const;

    // The number the row has in validation messages and a vertical header: 1-based, rows marked removed are
    // skipped; 0 for a removed row.
    int displayRowNumber(int row) const { return m_displayNumbers.value(row, 0); }

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    const MetadataRow& rowAt(int row) const { return m_rows.at(row); }
    RowState rowState(int row) const { return m_rows.at(row).state(); }
    // -1 when no row has this id.
    int rowOfId(quint64 id) const;
    // The first row not marked removed with exactly this key; -1 when there is none.
    int rowOfKey(const QString& key) const;
    // The first row marked removed with exactly this key; -1 when there is none.
    int rowOfRemovedKey(const QString& key) const;

    // A stable sort of the rows by the column's text (case-insensitive first). Not an undo step: commands find
    // their rows by id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder);

    // The apply functions, for undo commands' redo() and undo(). They find rows by id and ignore ids that are
    // gone. Each reports at once unless inside a batch.
    void applyCell(quint64 id, int column, const QString& text);
    // Replaces the entry and the removed flag of the row with row.id (its original stays).
    void applyRow(const MetadataRow& row);
    // position is clamped to the rows.
    void applyInsert(int position, const MetadataRow& row);
    void applyErase(quint64 id);
    // Between these (they nest), validation and the summary signals wait, so an edit of many rows reports once.
    // Row signals (inserted, removed, changed) still come at once.
    void beginBatch();
    void endBatch();

Q_SIGNALS:
    // The whole set of rows is replaced (setBaseline, setBaselineKeepingEdits).
    void aboutToReset();
    void reset();
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted();
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved();
    // Text, state or issues of these rows changed.
    void rowsChanged(int first, int last);
    // displayRowNumber() of some rows changed.
    void rowNumbersChanged();
    // Sorting: newRowOf[old row] is the row it has now.
    void layoutAboutToChange();
    void layoutChanged(const QList<int>& newRowOf);

    // Once per edit: issues(), the row numbers, pairCount(), isDirty(), stateCounts() or a row's state changed.
    void summaryChanged();
    void dirtyChanged(bool dirty);
    // issues() changed.
    void validationChanged();
    void pairCountChanged(int count);

private:
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
    void replaceRows(const Metadata& baseline, const QList<MetadataRow>& rows);
    // Validation, row numbers, pair count and dirty state from m_rows, then the signals about what changed.
    void refresh();
    Changes recompute();
    // rowSignals: rowsChanged and rowNumbersChanged too (not after a reset or a layout change).
    void emitChanges(const Changes& changes, bool rowSignals);

    Metadata m_baseline;
    QList<MetadataRow> m_rows;
    // Issues per row, as computed by the last refresh().
    QList<QList<ValidationIssue>> m_rowIssues;
    QList<ValidationIssue> m_issues;
    QList<int> m_displayNumbers;
    QList<RowState> m_rowStates;
    StateCounts m_stateCounts;
    bool m_dirty = false;
    int m_pairCount = 0;
    int m_batchDepth = 0;
};
