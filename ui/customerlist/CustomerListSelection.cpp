// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerListSelection.h"

#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerSearchModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

CustomerListSelection::CustomerListSelection(QTableView* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_selectAll(new QAction(tr("Select &All Results"), view))
{
    m_selectAll->setObjectName(u"selectAllResultsAction"_s);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetShortcut);
    m_selectAll->setStatusTip(tr("Select every customer the search finds, not only the rows on screen"));
    connect(m_selectAll, &QAction::triggered, this, &CustomerListSelection::selectAllResults);
    view->addAction(m_selectAll);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    rebind();
}

void CustomerListSelection::rebind()
{
    disconnect(m_connection);
    disconnect(m_modelConnection);
    if (!m_view || !m_view->selectionModel())
        return;
    m_connection = connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CustomerListSelection::onSelectionChanged);
    // A search replaces every row (a reset): the selection goes with them.
    m_modelConnection =
        connect(m_view->model(), &QAbstractItemModel::modelReset, this, &CustomerListSelection::onSelectionChanged);
    onSelectionChanged();
}

CustomerSearchModel* CustomerListSelection::searchModel() const
{
    return m_view ? qobject_cast<CustomerSearchModel*>(m_view->model()) : nullptr;
}

QList<QPair<int, int>> CustomerListSelection::rowIntervals() const
{
    QList<QPair<int, int>> intervals;
    if (!m_view || !m_view->selectionModel())
        return intervals;
    // Whole rows are selected: each range's rows, whatever its columns (a range per column may repeat them).
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection()) {
        if (range.isValid())
            intervals.append({range.top(), range.bottom()});
    }
    std::sort(intervals.begin(), intervals.end());
    QList<QPair<int, int>> merged;
    for (const auto& interval : std::as_const(intervals)) {
        if (!merged.isEmpty() && interval.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, interval.second);
        else
            merged.append(interval);
    }
    return merged;
}

int CustomerListSelection::count() const
{
    int rows = 0;
    for (const auto& [first, last] : rowIntervals())
        rows += last - first + 1;
    return rows;
}

int CustomerListSelection::rowCount() const
{
    return m_view && m_view->model() ? m_view->model()->rowCount() : 0;
}

bool CustomerListSelection::isAllResults() const
{
    const int rows = rowCount();
    return rows > 0 && count() == rows;
}

QString CustomerListSelection::queryText() const
{
    const CustomerSearchModel* search = searchModel();
    return search ? search->queryText() : QString();
}

Result<QStringList, StoreError> CustomerListSelection::ids() const
{
    const QList<QPair<int, int>> intervals = rowIntervals();
    QStringList ids;
    if (const CustomerSearchModel* search = searchModel()) {
        // One query for every result's id, in the rows' order; the rows themselves are never read.
        auto all = search->ids();
        if (all.isError())
            return all.error();
        for (const auto& [first, last] : intervals)
            ids.append(all.value().mid(first, last - first + 1));
        return ids;
    }
    if (!m_view)
        return ids;
    const QAbstractItemModel* model = m_view->model();
    for (const auto& [first, last] : intervals) {
        for (int row = first; row <= last; ++row)
            ids.append(model->index(row, 0).data(CustomerListModel::CustomerIdRole).toString());
    }
    return ids;
}

void CustomerListSelection::selectAllResults()
{
    if (m_view && rowCount() > 0)
        m_view->selectAll();
}

void CustomerListSelection::onSelectionChanged()
{
    Q_EMIT changed(count());
}
