// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataTableModel.h"

#include "core/Validation.h"
#include "ui/MetadataPalette.h"
#include "ui/ReviewText.h"
#include "ui/commands/InsertMetadataRowsCommand.h"
#include "ui/commands/MergeMetadataCommand.h"
#include "ui/commands/RemoveMetadataRowsCommand.h"
#include "ui/commands/RevertMetadataRowsCommand.h"
#include "ui/commands/SetMetadataCellCommand.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QSet>
#include <QStyle>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

const QList<int> kValidationRoles {Qt::DecorationRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::BackgroundRole,
    MetadataTableModel::ValidationMessageRole, MetadataTableModel::ValidationSeverityRole};
const QList<int> kStateRoles {
    Qt::ToolTipRole, Qt::ForegroundRole, Qt::BackgroundRole, Qt::FontRole, MetadataTableModel::RowStateRole};

bool fieldIsColumn(ValidationIssue::Field field, int column)
{
    switch (field) {
    case ValidationIssue::Field::MetadataKey:
    // The pair-count error is shown on the key of every row beyond the limit.
    case ValidationIssue::Field::MetadataCount:
        return column == MetadataTableModel::KeyColumn;
    case ValidationIssue::Field::MetadataValue:
        return column == MetadataTableModel::ValueColumn;
    case ValidationIssue::Field::Name:
    case ValidationIssue::Field::Id:
        break;
    }
    return false;
}

QString cellText(const MetadataEntry& entry, int column)
{
    return column == MetadataTableModel::KeyColumn ? entry.key : entry.value;
}

QIcon severityIcon(ValidationIssue::Severity severity)
{
    // The model lives in the widgets layer; without a QApplication (a GUI-less tool) there is no style to ask.
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr) {
        return {};
    }
    return QApplication::style()->standardIcon(
        severity == ValidationIssue::Severity::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
}

} // namespace

MetadataTableModel::MetadataTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
    , m_ownStack(new QUndoStack(this))
{
    m_undoStack = m_ownStack;
}

MetadataTableModel::~MetadataTableModel() = default;

void MetadataTableModel::setUndoStack(QUndoStack* stack)
{
    m_undoStack = stack != nullptr ? stack : m_ownStack;
}

QUndoStack* MetadataTableModel::undoStack() const
{
    // The caller's stack may be gone before the model.
    return m_undoStack ? m_undoStack.data() : m_ownStack;
}

void MetadataTableModel::setBaseline(const Metadata& baseline)
{
    beginResetModel();
    m_baseline = baseline;
    m_rows.clear();
    m_rows.reserve(baseline.size());
    for (auto it = baseline.constBegin(); it != baseline.constEnd(); ++it) {
        const MetadataEntry entry {it.key(), it.value()};
        m_rows.append(MetadataRow {MetadataRow::nextId(), entry, entry, false});
    }
    // Computed before endResetModel() so that views see consistent data when they re-read; the signals about
    // the whole (dirty, validation) wait until the reset is over.
    const Changes changes = recompute();
    endResetModel();
    undoStack()->clear();
    emitChanges(changes, false);
}

void MetadataTableModel::setBaselineKeepingEdits(const Metadata& baseline, const QList<MetadataEntry>& entries)
{
    beginResetModel();
    m_baseline = baseline;
    m_rows.clear();
    QSet<QString> matched;
    for (const MetadataEntry& entry : entries) {
        const auto original = baseline.constFind(entry.key);
        if (original != baseline.constEnd() && !matched.contains(entry.key)) {
            matched.insert(entry.key);
            m_rows.append(MetadataRow {MetadataRow::nextId(), entry, MetadataEntry {entry.key, *original}, false});
        } else {
            m_rows.append(MetadataRow {MetadataRow::nextId(), entry, std::nullopt, false});
        }
    }
    for (auto it = baseline.constBegin(); it != baseline.constEnd(); ++it) {
        if (!matched.contains(it.key())) {
            const MetadataEntry entry {it.key(), it.value()};
            m_rows.append(MetadataRow {MetadataRow::nextId(), entry, entry, true});
        }
    }
    const Changes changes = recompute();
    endResetModel();
    undoStack()->clear();
    emitChanges(changes, false);
}

Metadata MetadataTableModel::currentMetadata() const
{
    Metadata metadata;
    for (const MetadataRow& row : m_rows) {
        if (!row.removed) {
            metadata.insert(row.entry.key, row.entry.value);
        }
    }
    return metadata;
}

QList<MetadataEntry> MetadataTableModel::currentEntries() const
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

bool MetadataTableModel::hasErrors() const
{
    return Validation::hasErrors(m_issues);
}

int MetadataTableModel::errorCount() const
{
    return static_cast<int>(std::count_if(
        m_issues.cbegin(), m_issues.cend(), [](const ValidationIssue& issue) { return issue.isError(); }));
}

int MetadataTableModel::warningCount() const
{
    return static_cast<int>(m_issues.size()) - errorCount();
}

int MetadataTableModel::pairCount() const
{
    return m_pairCount;
}

QString MetadataTableModel::countText() const
{
    return tr("%1 / %2", "metadata pairs used / allowed").arg(m_pairCount).arg(Validation::kMaxMetadataPairs);
}

int MetadataTableModel::displayRowNumber(int row) const
{
    return m_displayNumbers.value(row, 0);
}

int MetadataTableModel::rowOfId(quint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int MetadataTableModel::rowOfKey(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).removed && m_rows.at(i).entry.key == key) {
            return i;
        }
    }
    return -1;
}

void MetadataTableModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            {Qt::ForegroundRole, Qt::BackgroundRole, Qt::DecorationRole});
    }
}

int MetadataTableModel::appendRow(const MetadataEntry& entry)
{
    const int row = rowCount();
    pushCommand(new InsertMetadataRowsCommand(this, row, {entry}));
    return row;
}

void MetadataTableModel::removeRowList(const QList<int>& rows)
{
    pushCommand(new RemoveMetadataRowsCommand(this, rows));
}

void MetadataTableModel::revertRow(int row)
{
    revertRows({row});
}

void MetadataTableModel::revertRows(const QList<int>& rows)
{
    pushCommand(new RevertMetadataRowsCommand(this, rows,
        rows.size() == 1 ? tr("Revert %n row", nullptr, 1)
                         : tr("Revert %n rows", nullptr, static_cast<int>(rows.size()))));
}

void MetadataTableModel::revertAll()
{
    QList<int> rows(m_rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    pushCommand(new RevertMetadataRowsCommand(this, rows, tr("Revert all metadata changes")));
}

MetadataTableModel::MergeCounts MetadataTableModel::mergeEntries(
    const QList<MetadataEntry>& entries, const QString& undoText)
{
    auto* command = new MergeMetadataCommand(this, entries, undoText);
    const MergeCounts counts {command->addedCount(), command->updatedCount(), command->unchangedCount()};
    pushCommand(command);
    return counts;
}

int MetadataTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MetadataTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<ValidationIssue> MetadataTableModel::cellIssues(int row, int column) const
{
    QList<ValidationIssue> issues;
    for (const ValidationIssue& issue : m_rowIssues.value(row)) {
        if (fieldIsColumn(issue.field, column)) {
            issues.append(issue);
        }
    }
    return issues;
}

QVariant MetadataTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const MetadataRow& row = m_rows.at(index.row());
    const int column = index.column();
    const RowState state = row.state();

    const auto severity = [&]() -> std::optional<ValidationIssue::Severity> {
        const QList<ValidationIssue> issues = cellIssues(index.row(), column);
        if (issues.isEmpty()) {
            return std::nullopt;
        }
        return Validation::hasErrors(issues) ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning;
    };
    const auto cellChanged = [&] {
        return state == RowState::Changed && cellText(row.entry, column) != cellText(*row.original, column);
    };

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(row.entry, column);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const ValidationIssue& issue : cellIssues(index.row(), column)) {
            lines.append(issue.message);
        }
        switch (state) {
        case RowState::Added:
            lines.append(tr("Added; not saved yet."));
            break;
        case RowState::Removed:
            lines.append(tr("Removed when you save. Revert the row to keep it."));
            break;
        case RowState::Changed:
            if (cellChanged()) {
                lines.append(
                    tr("Was %1.").arg(u'“' + ReviewText::shortened(cellText(*row.original, column), 200) + u'”'));
            }
            break;
        case RowState::Unchanged:
            break;
        }
        if (lines.isEmpty()) {
            return {};
        }
        // Keys and values are the user's text, never markup.
        return ReviewText::toolTip(lines.join(u'\n'));
    }
    case Qt::DecorationRole:
        if (const auto s = severity()) {
            return severityIcon(*s);
        }
        return {};
    case Qt::ForegroundRole:
        if (state == RowState::Removed) {
            return MetadataPalette::removedText(m_palette);
        }
        if (const auto s = severity(); s == ValidationIssue::Severity::Error) {
            return MetadataPalette::errorText(m_palette);
        }
        return {};
    case Qt::BackgroundRole:
        if (state == RowState::Removed) {
            return MetadataPalette::removedBackground(m_palette);
        }
        if (const auto s = severity()) {
            return *s == ValidationIssue::Severity::Error ? MetadataPalette::errorBackground(m_palette)
                                                          : MetadataPalette::warningBackground(m_palette);
        }
        if (state == RowState::Added) {
            return MetadataPalette::addedBackground(m_palette);
        }
        if (cellChanged()) {
            return MetadataPalette::changedBackground(m_palette);
        }
        return {};
    case Qt::FontRole:
        if (state == RowState::Removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case RowStateRole:
        return QVariant::fromValue(state);
    case ValidationMessageRole: {
        QStringList messages;
        for (const ValidationIssue& issue : cellIssues(index.row(), column)) {
            messages.append(issue.message);
        }
        return messages.join(u'\n');
    }
    case ValidationSeverityRole:
        if (const auto s = severity()) {
            return QVariant::fromValue(*s);
        }
        return {};
    case OriginalValueRole:
        if (row.original) {
            return cellText(*row.original, column);
        }
        return {};
    default:
        return {};
    }
}

QVariant MetadataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole) {
            switch (section) {
            case KeyColumn:
                return tr("Key");
            case ValueColumn:
                return tr("Value");
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole) {
            return section == KeyColumn
                ? tr("Up to %n characters; click to sort.", nullptr, Validation::kMaxKeyLength)
                : tr("Up to %n characters; click to sort.", nullptr, Validation::kMaxValueLength);
        }
        return {};
    }
    if (section < 0 || section >= rowCount()) {
        return {};
    }
    const RowState state = m_rows.at(section).state();
    const int number = displayRowNumber(section);
    switch (role) {
    case Qt::DisplayRole:
        // The marks follow the number so that numbers stay aligned: + added, * changed, – removed.
        switch (state) {
        case RowState::Added:
            return u"%1 +"_s.arg(number);
        case RowState::Changed:
            return u"%1 *"_s.arg(number);
        case RowState::Removed:
            return u"–"_s;
        case RowState::Unchanged:
            return QString::number(number);
        }
        return {};
    case Qt::ToolTipRole:
        switch (state) {
        case RowState::Added:
            return tr("Row %1: added").arg(number);
        case RowState::Changed:
            return tr("Row %1: changed").arg(number);
        case RowState::Removed:
            return tr("Removed when you save");
        case RowState::Unchanged:
            return tr("Row %1").arg(number);
        }
        return {};
    case RowStateRole:
        return QVariant::fromValue(state);
    default:
        return {};
    }
}

Qt::ItemFlags MetadataTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_rows.at(index.row()).removed) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool MetadataTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()) {
        return false;
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const MetadataRow& row = m_rows.at(index.row());
    if (row.removed) {
        return false;
    }
    const QString text = value.toString();
    if (text == cellText(row.entry, index.column())) {
        return true;
    }
    pushCommand(new SetMetadataCellCommand(this, index.row(), index.column(), text));
    return true;
}

bool MetadataTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0) {
        return false;
    }
    pushCommand(new InsertMetadataRowsCommand(this, row, QList<MetadataEntry>(count)));
    return true;
}

bool MetadataTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount()) {
        return false;
    }
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), row);
    removeRowList(rows);
    return true;
}

void MetadataTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || m_rows.size() < 2) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);

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

    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& old : before) {
        after.append(index(newRowOf.at(old.row()), old.column()));
    }
    changePersistentIndexList(before, after);

    // Issues depend on order (a duplicate is flagged on its later row), so they are recomputed before views look.
    const Changes changes = recompute();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emitChanges(changes, false);
}

void MetadataTableModel::applyCell(quint64 id, int column, const QString& text)
{
    const int row = rowOfId(id);
    if (row < 0) {
        return;
    }
    MetadataEntry& entry = m_rows[row].entry;
    const RowState stateBefore = m_rows.at(row).state();
    (column == KeyColumn ? entry.key : entry.value) = text;
    const QModelIndex changed = index(row, column);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::BackgroundRole});
    if (m_rows.at(row).state() != stateBefore) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), kStateRoles);
        Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    }
    refresh();
}

void MetadataTableModel::applyRow(const MetadataRow& update)
{
    const int row = rowOfId(update.id);
    if (row < 0) {
        return;
    }
    MetadataRow& current = m_rows[row];
    current.entry = update.entry;
    current.removed = update.removed;
    Q_EMIT dataChanged(
        index(row, 0), index(row, ColumnCount - 1), QList<int> {Qt::DisplayRole, Qt::EditRole} + kStateRoles);
    Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    refresh();
}

void MetadataTableModel::applyInsert(int position, const MetadataRow& row)
{
    position = std::clamp(position, 0, rowCount());
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    m_rowIssues.insert(position, {});
    m_displayNumbers.insert(position, 0);
    endInsertRows();
    refresh();
}

void MetadataTableModel::applyErase(quint64 id)
{
    const int row = rowOfId(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowIssues.removeAt(row);
    m_displayNumbers.removeAt(row);
    endRemoveRows();
    refresh();
}

void MetadataTableModel::beginBatch()
{
    ++m_batchDepth;
}

void MetadataTableModel::endBatch()
{
    --m_batchDepth;
    refresh();
}

void MetadataTableModel::pushCommand(QUndoCommand* command)
{
    auto* rows = dynamic_cast<MetadataRowsCommand*>(command);
    if (rows != nullptr && rows->isEmpty()) {
        delete command;
        return;
    }
    undoStack()->push(command);
}

void MetadataTableModel::refresh()
{
    if (m_batchDepth == 0) {
        emitChanges(recompute(), true);
    }
}

MetadataTableModel::Changes MetadataTableModel::recompute()
{
    // Validation sees only the rows not marked removed; map its rows back to model rows.
    QList<int> modelRowOfEntry;
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
            modelRowOfEntry.append(row);
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
        issue.row = modelRowOfEntry.at(issue.row);
        rowIssues[issue.row].append(issue);
    }
    for (qsizetype entry = Validation::kMaxMetadataPairs; entry < modelRowOfEntry.size(); ++entry) {
        rowIssues[modelRowOfEntry.at(entry)] += countIssues;
    }

    Changes changes;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rowIssues.value(row) != rowIssues.at(row)) {
            changes.issueRows.append(row);
        }
    }
    changes.numbers = m_displayNumbers != displayNumbers;
    changes.issues = m_issues != issues;
    changes.pairCount = m_pairCount != entries.size();
    const bool dirty = counts != StateCounts {};
    changes.dirty = m_dirty != dirty;
    changes.states = m_rowStates != rowStates;

    m_rowIssues = rowIssues;
    m_displayNumbers = displayNumbers;
    m_issues = issues;
    m_pairCount = static_cast<int>(entries.size());
    m_dirty = dirty;
    m_rowStates = rowStates;
    m_stateCounts = counts;
    return changes;
}

void MetadataTableModel::emitChanges(const Changes& changes, bool cellSignals)
{
    if (cellSignals) {
        for (const int row : changes.issueRows) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), kValidationRoles);
        }
        if (changes.numbers && !m_rows.isEmpty()) {
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
    }
    // First, so that whoever hears the signals below finds the summary (MetadataEditor's validity) current.
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
