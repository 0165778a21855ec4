// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkPreviewModel.h"

#include "ui/bulk/BulkText.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

using Outcome = BulkCustomerPlan::Outcome;

BulkPreviewModel::BulkPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BulkPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_counts = {};
    endResetModel();
    Q_EMIT countsChanged(m_counts);
}

void BulkPreviewModel::append(const QList<BulkCustomerPlan>& plans)
{
    if (plans.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + plans.size() - 1));
    for (const BulkCustomerPlan& plan : plans) {
        Row row {plan, false};
        ++m_counts.total;
        if (plan.outcome == Outcome::Invalid || plan.outcome == Outcome::Uncertain) {
            ++m_counts.invalid;
        } else {
            ++(plan.outcome == Outcome::Skip ? m_counts.skip : m_counts.change);
            row.included = true;
            ++m_counts.included;
        }
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    Q_EMIT countsChanged(m_counts);
}

bool BulkPreviewModel::isIncludable(int row) const
{
    const Outcome outcome = m_rows.at(size_t(row)).plan.outcome;
    return outcome != Outcome::Invalid && outcome != Outcome::Uncertain;
}

bool BulkPreviewModel::include(int row, bool included)
{
    if (!isIncludable(row) || m_rows.at(size_t(row)).included == included)
        return false;
    m_rows[size_t(row)].included = included;
    m_counts.included += included ? 1 : -1;
    return true;
}

void BulkPreviewModel::setIncluded(int row, bool included)
{
    setIncluded(QList<int> {row}, included);
}

void BulkPreviewModel::setIncluded(const QList<int>& rows, bool included)
{
    QList<int> changed;
    for (const int row : rows) {
        if (row >= 0 && size_t(row) < m_rows.size() && include(row, included))
            changed.append(row);
    }
    if (changed.isEmpty())
        return;
    std::sort(changed.begin(), changed.end());
    // One signal per run of neighbouring rows.
    for (qsizetype first = 0; first < changed.size();) {
        qsizetype last = first;
        while (last + 1 < changed.size() && changed.at(last + 1) == changed.at(last) + 1)
            ++last;
        Q_EMIT dataChanged(index(changed.at(first), 0), index(changed.at(last), ColumnCount - 1));
        first = last + 1;
    }
    Q_EMIT countsChanged(m_counts);
}

void BulkPreviewModel::setAll(bool included)
{
    bool changed = false;
    for (int row = 0; size_t(row) < m_rows.size(); ++row)
        changed = include(row, included) || changed;
    if (!changed)
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT countsChanged(m_counts);
}

QStringList BulkPreviewModel::customerIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_rows.size()));
    for (const Row& row : m_rows)
        ids.append(row.plan.before.id());
    return ids;
}

QSet<QString> BulkPreviewModel::excludedIds() const
{
    QSet<QString> ids;
    for (const Row& row : m_rows) {
        if (!row.included)
            ids.insert(row.plan.before.id());
    }
    return ids;
}

int BulkPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkPreviewModel::changesText(const BulkCustomerPlan& plan) const
{
    if (plan.outcome == Outcome::Invalid || plan.outcome == Outcome::Uncertain)
        return plan.problems.join(u' ');
    if (plan.outcome == Outcome::Skip)
        return tr("Nothing to send");
    return plan.describeChanges().join(u"; "_s);
}

QString BulkPreviewModel::toolTip(const BulkCustomerPlan& plan, int column) const
{
    switch (column) {
    case CustomerColumn:
    case IdColumn:
        return plan.before.name().isEmpty() ? plan.before.id() : u"%1\n%2"_s.arg(plan.before.name(), plan.before.id());
    case ChangesColumn:
        if (plan.outcome == Outcome::Invalid || plan.outcome == Outcome::Uncertain)
            return plan.problems.join(u'\n');
        return plan.describeChanges().join(u'\n');
    default:
        return {};
    }
}

QVariant BulkPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(size_t(index.row()));
    const BulkCustomerPlan& plan = row.plan;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn:
            return plan.before.name().isEmpty() ? plan.before.id() : plan.before.name();
        case IdColumn:
            return plan.before.id();
        case OutcomeColumn:
            return BulkText::outcome(plan.outcome);
        case ChangesColumn:
            return changesText(plan);
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() != CustomerColumn)
            return {};
        return row.included ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn ? QVariant(BulkText::outcomeIcon(plan.outcome)) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(plan, index.column()).isEmpty() ? QVariant() : QVariant(toolTip(plan, index.column()));
    case OutcomeRole:
        return int(plan.outcome);
    case IncludedRole:
        return row.included;
    case CustomerIdRole:
        return plan.before.id();
    }
    return {};
}

bool BulkPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || role != Qt::CheckStateRole
        || index.column() != CustomerColumn || !isIncludable(index.row()))
        return false;
    setIncluded(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

QVariant BulkPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case IdColumn:
        return tr("Id");
    case OutcomeColumn:
        return tr("Outcome");
    case ChangesColumn:
        return tr("Before → after");
    }
    return {};
}

Qt::ItemFlags BulkPreviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == CustomerColumn && isIncludable(index.row()))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}
