// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkResultsModel.h"

#include "core/bulk/BulkSession.h"
#include "core/model/CustomerDiff.h"
#include "ui/bulk/BulkText.h"

using namespace Qt::Literals::StringLiterals;

using State = BulkItemRecord::State;

BulkResultsModel::BulkResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BulkResultsModel::setSession(BulkSession* session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_rows = session ? int(session->items().size()) : 0;
    if (session) {
        connect(session, &BulkSession::itemChanged, this, &BulkResultsModel::onItemChanged);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    endResetModel();
}

QString BulkResultsModel::details(const BulkItemRecord& item)
{
    if (item.state == State::Skipped && item.error.isEmpty())
        return tr("Nothing sent");
    QStringList lines;
    if (!item.error.isEmpty())
        lines.append(QString(item.error).replace(u'\n', u' '));
    // What its change did (or, in flight, is doing): the journal keeps what it was planned from and to.
    const bool changing = item.state == State::Succeeded || item.state == State::InFlight;
    if (changing && item.plannedBefore && item.plannedAfter) {
        const Customer& before = *item.plannedBefore;
        const Customer& after = *item.plannedAfter;
        for (const CustomerChange& change :
            CustomerDiff::changes(before.name(), before.metadata(), after.name(), after.metadata()))
            lines.append(change.describe());
        if (before.isActive() != after.isActive())
            lines.append(after.isActive() ? tr("Reactivated") : tr("Deactivated"));
    }
    return lines.join(u"; "_s);
}

BulkSession* BulkResultsModel::session() const
{
    return m_session;
}

void BulkResultsModel::onItemChanged(int position)
{
    if (position >= 0 && position < m_rows)
        Q_EMIT dataChanged(index(position, 0), index(position, ColumnCount - 1));
}

int BulkResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BulkResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_session
        || index.row() >= m_session->items().size())
        return {};
    const BulkItemRecord& item = m_session->items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CustomerColumn:
            return item.customerName.isEmpty() ? item.customerId : item.customerName;
        case IdColumn:
            return item.customerId;
        case OutcomeColumn:
            return BulkText::state(item.state);
        case DetailsColumn:
            return details(item);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn && !item.errorKind.isEmpty())
            return u"%1\n(%2)"_s.arg(details(item), item.errorKind);
        if (index.column() == DetailsColumn)
            return details(item).replace(u"; "_s, u"\n"_s);
        if (index.column() == CustomerColumn || index.column() == IdColumn)
            return item.customerName.isEmpty() ? item.customerId : u"%1\n%2"_s.arg(item.customerName, item.customerId);
        return {};
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn ? QVariant(BulkText::stateIcon(item.state)) : QVariant();
    case StateRole:
        return int(item.state);
    case CustomerIdRole:
        return item.customerId;
    }
    return {};
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

Qt::ItemFlags BulkResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}
