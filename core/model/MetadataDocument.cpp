// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataDocument.h"

#include "core/model/Validation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace {

const QString& cellText(const MetadataEntry& entry, int column)
{
    return column == MetadataDocument::KeyColumn ? entry.key : entry.value;
}

MetadataRow baselineRow(const QString& key, const QString& value)
{
    const MetadataEntry entry {key, value};
    return MetadataRow {MetadataRow::nextId(), entry, entry, false};
}

} // namespace

MetadataDocument::MetadataDocument(QObject* parent)
    : QObject(parent)
{ }

MetadataDocument::~MetadataDocument() = default;

void MetadataDocument::setBaseline(const Metadata& baseline)
{
    QList<MetadataRow> rows;
    rows.reserve(baseline.size());
    for (auto it = baseline.constBegin(); it != baseline.constEnd(); ++it) {
        rows.append(baselineRow(it.key(), it.value()));
    }
    replaceRows(baseline, rows);
}

void MetadataDocument::setBaselineKeepingEdits(const Metadata& baseline, const QList<MetadataEntry>& entries)
{
    QList<MetadataRow> rows;
    rows.reserve(entries.size() + baseline.size());
    QSet<QString> used;
    for (const MetadataEntry& entry : entries) {
        const auto original = baseline.constFind(entry.key);
        if (original == baseline.constEnd() || used.contains(entry.key)) {
            rows.append(MetadataRow {MetadataRow::nextId(), entry, std::nullopt, false});
            continue;
        }
        used.insert(entry.key);
        rows.append(MetadataRow {MetadataRow::nextId(), entry, MetadataEntry {entry.key, original.value()}, false});
    }
    for (auto it = baseline.constBegin(); it != baseline.constEnd(); ++it) {
        if (!used.contains(it.key())) {
            MetadataRow removed = baselineRow(it.key(), it.value());
            removed.removed = true;
            rows.append(removed);
        }
    }
    replaceRows(baseline, rows);
}

void MetadataDocument::replaceRows(const Metadata& baseline, const QList<MetadataRow>& rows)
{
    Q_EMIT aboutToReset();
    m_baseline = baseline;
    m_rows = rows;
    // Computed before reset() so that views see consistent data when they re-read; the signals about the whole
    // (dirty, validation) wait until the reset is over.
    const Changes changes = recompute();
    Q_EMIT reset();
    emitChanges(changes, false);
}

QList<MetadataEntry> MetadataDocument::currentEntries() const
{
    QList<MetadataEntry> entries;
    entries.reserve(m_rows.size());
    for (const MetadataRow& row : m_rows) {
        if (!row.removed) {
            entries.append(row.entry);
        }
    }
    return entries;
}

Metadata MetadataDocument::currentMetadata() const
{
    Metadata metadata;
    for (const MetadataRow& row : m_rows) {
        if (!row.removed) {
            metadata.insert(row.entry.key, row.entry.value);
        }
    }
    return metadata;
}

bool MetadataDocument::isValid() const
{
    return !Validation::hasErrors(m_issues);
}

int MetadataDocument::errorCount() const
{
    return static_cast<int>(std::count_if(
        m_issues.cbegin(), m_issues.cend(), [](const ValidationIssue& issue) { return issue.isError(); }));
}

int MetadataDocument::warningCount() const
{
    return static_cast<int>(m_issues.size()) - errorCount();
}

QString MetadataDocument::countText() const
{
    return tr("%1 / %2", "metadata pairs used / allowed").arg(m_pairCount).arg(Validation::kMaxMetadataPairs);
}

QString MetadataDocument::summaryText() const
{
    if (!m_issues.isEmpty()) {
        const int errors = errorCount();
        const int warnings = warningCount();
        const auto first = std::find_if(
            m_issues.cbegin(), m_issues.cend(), [](const ValidationIssue& issue) { return issue.isError(); });
        const ValidationIssue& shown = first != m_issues.cend() ? *first : m_issues.constFirst();
        QStringList counts;
        // Here and elsewhere singular and plural are separate strings, so that English reads right without a
        // translation file; both keep %n so that translators get every plural form.
        if (errors > 0) {
            counts.append(errors == 1 ? tr("%n error", nullptr, errors) : tr("%n errors", nullptr, errors));
        }
        if (warnings > 0) {
            counts.append(warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings));
        }
        const QString where =
            shown.row >= 0 ? tr("Row %1: %2").arg(displayRowNumber(shown.row)).arg(shown.message) : shown.message;
        return tr("%1 — %2", "counts — first issue").arg(counts.join(tr(", ")), where);
    }
    if (!m_dirty) {
        return {};
    }
    QStringList parts;
    if (m_stateCounts.added > 0) {
        parts.append(tr("%n added", nullptr, m_stateCounts.added));
    }
    if (m_stateCounts.changed > 0) {
        parts.append(tr("%n changed", nullptr, m_stateCounts.changed));
    }
    if (m_stateCounts.removed > 0) {
        parts.append(tr("%n removed", nullptr, m_stateCounts.removed));
    }
    return tr("Not saved: %1.").arg(parts.join(tr(", ")));
}

int MetadataDocument::rowOfId(quint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int MetadataDocument::rowOfKey(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).removed && m_rows.at(i).entry.key == key) {
            return i;
        }
    }
    return -1;
}

int MetadataDocument::rowOfRemovedKey(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).removed && m_rows.at(i).entry.key == key) {
            return i;
        }
    }
    return -1;
}

void MetadataDocument::sort(int column, Qt::SortOrder order)
{
    if ((column != KeyColumn && column != ValueColumn) || m_rows.size() < 2) {
        return;
    }
    Q_EMIT layoutAboutToChange();

    QList<int> permutation(m_rows.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    const auto compare = [&](int a, int b) {
        const QString& left = cellText(m_rows.at(a).entry, column);
        const QString& right = cellText(m_rows.at(b).entry, column);
        int result = QString::compare(left, right, Qt::CaseInsensitive);
        if (result == 0) {
            result = QString::compare(left, right, Qt::CaseSensitive);
        }
        return order == Qt::AscendingOrder ? result < 0 : result > 0;
    };
    std::stable_sort(permutation.begin(), permutation.end(), compare);

    QList<MetadataRow> sorted;
    sorted.reserve(m_rows.size());
    QList<int> newRowOf(m_rows.size());
    for (int i = 0; i < permutation.size(); ++i) {
        sorted.append(m_rows.at(permutation.at(i)));
        newRowOf[permutation.at(i)] = i;
    }
    m_rows = sorted;

    // Issues depend on order (a duplicate is flagged on its later row), so they are recomputed before views look.
    const Changes changes = recompute();
    Q_EMIT layoutChanged(newRowOf);
    emitChanges(changes, false);
}

void MetadataDocument::applyCell(quint64 id, int column, const QString& text)
{
    const int row = rowOfId(id);
    if (row < 0) {
        return;
    }
    MetadataEntry& entry = m_rows[row].entry;
    (column == KeyColumn ? entry.key : entry.value) = text;
    Q_EMIT rowsChanged(row, row);
    refresh();
}

void MetadataDocument::applyRow(const MetadataRow& update)
{
    const int row = rowOfId(update.id);
    if (row < 0) {
        return;
    }
    MetadataRow& current = m_rows[row];
    current.entry = update.entry;
    current.removed = update.removed;
    Q_EMIT rowsChanged(row, row);
    refresh();
}

void MetadataDocument::applyInsert(int position, const MetadataRow& row)
{
    position = std::clamp(position, 0, rowCount());
    Q_EMIT rowsAboutToBeInserted(position, position);
    m_rows.insert(position, row);
    m_rowIssues.insert(position, {});
    m_displayNumbers.insert(position, 0);
    m_rowStates.insert(position, row.state());
    Q_EMIT rowsInserted();
    refresh();
}

void MetadataDocument::applyErase(quint64 id)
{
    const int row = rowOfId(id);
    if (row < 0) {
        return;
    }
    Q_EMIT rowsAboutToBeRemoved(row, row);
    m_rows.removeAt(row);
    m_rowIssues.removeAt(row);
    m_displayNumbers.removeAt(row);
    m_rowStates.removeAt(row);
    Q_EMIT rowsRemoved();
    refresh();
}

void MetadataDocument::beginBatch()
{
    ++m_batchDepth;
}

void MetadataDocument::endBatch()
{
    --m_batchDepth;
    refresh();
}

void MetadataDocument::refresh()
{
    if (m_batchDepth == 0) {
        emitChanges(recompute(), true);
    }
}

MetadataDocument::Changes MetadataDocument::recompute()
{
    // Validation sees only the rows not marked removed; map its rows back to document rows.
    QList<int> rowOfEntry;
    QList<int> displayNumbers(m_rows.size(), 0);
    QList<MetadataEntry> entries;
    QList<RowState> rowStates;
    rowStates.reserve(m_rows.size());
    StateCounts counts;
    for (int row = 0; row < m_rows.size(); ++row) {
        const MetadataRow& current = m_rows.at(row);
        const RowState state = current.state();
        rowStates.append(state);
        switch (state) {
        case RowState::Added:
            ++counts.added;
            break;
        case RowState::Changed:
            ++counts.changed;
            break;
        case RowState::Removed:
            ++counts.removed;
            break;
        case RowState::Unchanged:
            break;
        }
        if (!current.removed) {
            entries.append(current.entry);
            rowOfEntry.append(row);
            displayNumbers[row] = static_cast<int>(entries.size());
        }
    }

    QList<ValidationIssue> issues = Validation::checkMetadata(entries);
    QList<QList<ValidationIssue>> rowIssues(m_rows.size());
    QList<ValidationIssue> countIssues;
    for (ValidationIssue& issue : issues) {
        if (issue.field == ValidationIssue::Field::MetadataCount) {
            countIssues.append(issue);
            continue;
        }
        issue.row = rowOfEntry.at(issue.row);
        rowIssues[issue.row].append(issue);
    }
    // The pair-count error is shown on every row beyond the limit.
    for (qsizetype entry = Validation::kMaxMetadataPairs; entry < rowOfEntry.size(); ++entry) {
        rowIssues[rowOfEntry.at(entry)] += countIssues;
    }

    Changes changes;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rowIssues.value(row) != rowIssues.at(row) || m_rowStates.value(row) != rowStates.at(row)) {
            changes.issueRows.append(row);
        }
    }
    changes.numbers = m_displayNumbers != displayNumbers;
    changes.issues = m_issues != issues;
    changes.pairCount = m_pairCount != entries.size();
    const bool dirty = counts != StateCounts {};
    changes.dirty = m_dirty != dirty;
    changes.states = m_rowStates != rowStates || m_stateCounts != counts;

    m_rowIssues = rowIssues;
    m_displayNumbers = displayNumbers;
    m_issues = issues;
    m_pairCount = static_cast<int>(entries.size());
    m_dirty = dirty;
    m_rowStates = rowStates;
    m_stateCounts = counts;
    return changes;
}

void MetadataDocument::emitChanges(const Changes& changes, bool rowSignals)
{
    if (rowSignals) {
        for (const int row : changes.issueRows) {
            Q_EMIT rowsChanged(row, row);
        }
        if (changes.numbers) {
            Q_EMIT rowNumbersChanged();
        }
    }
    // First, so that whoever hears the signals below finds the summary current.
    if (changes.numbers || changes.issues || changes.pairCount || changes.dirty || changes.states) {
        Q_EMIT summaryChanged();
    }
    if (changes.pairCount) {
        Q_EMIT pairCountChanged(m_pairCount);
    }
    if (changes.issues) {
        Q_EMIT validationChanged();
    }
    if (changes.dirty) {
        Q_EMIT dirtyChanged(m_dirty);
    }
}
