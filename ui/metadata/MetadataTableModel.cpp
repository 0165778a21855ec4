// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataTableModel.h"

#include "core/common/Quotation.h"
#include "core/model/Validation.h"
#include "ui/metadata/MetadataCommands.h"
#include "ui/save/ReviewText.h"

#include <QUndoStack>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

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

} // namespace

MetadataTableModel::MetadataTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

MetadataTableModel::~MetadataTableModel() = default;

void MetadataTableModel::setDocument(MetadataDocument* document, QUndoStack* stack)
{
    beginResetModel();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_undoStack = stack;
    if (m_document) {
        connectDocument();
    }
    endResetModel();
}

void MetadataTableModel::connectDocument()
{
    MetadataDocument* document = m_document;
    connect(document, &MetadataDocument::aboutToReset, this, &MetadataTableModel::beginResetModel);
    connect(document, &MetadataDocument::reset, this, &MetadataTableModel::endResetModel);
    connect(document, &MetadataDocument::rowsAboutToBeInserted, this,
        [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(document, &MetadataDocument::rowsInserted, this, &MetadataTableModel::endInsertRows);
    connect(document, &MetadataDocument::rowsAboutToBeRemoved, this,
        [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(document, &MetadataDocument::rowsRemoved, this, &MetadataTableModel::endRemoveRows);
    connect(document, &MetadataDocument::rowsChanged, this, &MetadataTableModel::onRowsChanged);
    connect(document, &MetadataDocument::rowNumbersChanged, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
    });
    connect(document, &MetadataDocument::layoutAboutToChange, this,
        [this] { Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint); });
    connect(document, &MetadataDocument::layoutChanged, this, &MetadataTableModel::onLayoutChanged);
    // The document may go first; the view must not keep asking for its rows.
    connect(document, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void MetadataTableModel::onRowsChanged(int first, int last)
{
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, first, last);
}

void MetadataTableModel::onLayoutChanged(const QList<int>& newRowOf)
{
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& old : before) {
        after.append(index(newRowOf.value(old.row(), old.row()), old.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool MetadataTableModel::canEdit() const
{
    return m_document && m_undoStack;
}

int MetadataTableModel::appendRow(const MetadataEntry& entry)
{
    if (!canEdit()) {
        return -1;
    }
    const int row = rowCount();
    MetadataCommands::push(m_undoStack, MetadataCommands::appendRow(m_document, entry));
    return row;
}

void MetadataTableModel::removeRowList(const QList<int>& rows)
{
    if (canEdit()) {
        MetadataCommands::push(m_undoStack, MetadataCommands::removeRows(m_document, rows));
    }
}

int MetadataTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->rowCount();
}

int MetadataTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<ValidationIssue> MetadataTableModel::cellIssues(int row, int column) const
{
    QList<ValidationIssue> issues;
    for (const ValidationIssue& issue : m_document->issuesOfRow(row)) {
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
    const MetadataRow& row = m_document->rowAt(index.row());
    const int column = index.column();
    const RowState state = row.state();

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
            if (cellText(row.entry, column) != cellText(*row.original, column)) {
                lines.append(
                    tr("Was %1.").arg(Quotation::quoted(ReviewText::shortened(cellText(*row.original, column), 200))));
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
    case RowStateRole:
        return QVariant::fromValue(state);
    case ValidationMessageRole: {
        QStringList messages;
        for (const ValidationIssue& issue : cellIssues(index.row(), column)) {
            messages.append(issue.message);
        }
        return messages.join(u'\n');
    }
    case ValidationSeverityRole: {
        const QList<ValidationIssue> issues = cellIssues(index.row(), column);
        if (issues.isEmpty()) {
            return {};
        }
        return QVariant::fromValue(
            Validation::hasErrors(issues) ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning);
    }
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
    const RowState state = m_document->rowState(section);
    const int number = m_document->displayRowNumber(section);
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
    if (canEdit() && !m_document->rowAt(index.row()).removed) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool MetadataTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !canEdit()) {
        return false;
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (m_document->rowAt(index.row()).removed) {
        return false;
    }
    MetadataCommands::push(
        m_undoStack, MetadataCommands::setCell(m_document, index.row(), index.column(), value.toString()));
    return true;
}

bool MetadataTableModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0 || !canEdit()) {
        return false;
    }
    MetadataCommands::push(m_undoStack, MetadataCommands::insertRows(m_document, row, QList<MetadataEntry>(count)));
    return true;
}

bool MetadataTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount() || !canEdit()) {
        return false;
    }
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), row);
    removeRowList(rows);
    return true;
}

void MetadataTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_document) {
        m_document->sort(column, order);
    }
}
