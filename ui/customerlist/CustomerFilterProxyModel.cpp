// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/CustomerFilterProxyModel.h"

#include "ui/customerlist/CustomerListModel.h"

#include <QTimer>

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(CustomerListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

CustomerFilterProxyModel::~CustomerFilterProxyModel() = default;

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    if (m_list)
        disconnect(m_list, nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    m_list = qobject_cast<CustomerListModel*>(sourceModel);
    if (m_list) {
        // When a page ends (arrived, failed or was cancelled), decide whether to ask for the next one.
        connect(m_list, &CustomerListModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                searchMore();
            updateSearchingMore();
        });
        connect(m_list, &CustomerListModel::loadFailed, this, &CustomerFilterProxyModel::updateSearchingMore);
        connect(m_list, &QAbstractItemModel::modelReset, this, &CustomerFilterProxyModel::searchMore);
    }
    updateSearchingMore();
    searchMore();
}

void CustomerFilterProxyModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
    searchMore();
    updateSearchingMore();
}

void CustomerFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    invalidateFilter();
    searchMore();
    updateSearchingMore();
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex index = source->index(sourceRow, CustomerListModel::NameColumn, sourceParent);
    if (m_statusFilter != StatusFilter::All) {
        const bool active = index.data(CustomerListModel::IsActiveRole).toBool();
        if (active != (m_statusFilter == StatusFilter::Active))
            return false;
    }
    if (m_filterText.isEmpty())
        return true;
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString id = index.data(CustomerListModel::CustomerIdRole).toString();
    return name.contains(m_filterText, Qt::CaseInsensitive) || id.contains(m_filterText, Qt::CaseInsensitive);
}

void CustomerFilterProxyModel::searchMore()
{
    // Queued: this runs from the source's own signals (loadingChanged, modelReset), whose other receivers must
    // see the state they were told about before the next page starts.
    if (m_searchQueued)
        return;
    m_searchQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_searchQueued = false;
        if (m_list && isFiltering() && m_list->canFetchMore())
            m_list->fetchMore();
        updateSearchingMore();
    });
}

void CustomerFilterProxyModel::updateSearchingMore()
{
    const bool searching = m_list && isFiltering() && (m_list->isLoading() || (m_list->canFetchMore()));
    if (searching == m_searchingMore)
        return;
    m_searchingMore = searching;
    Q_EMIT searchingMoreChanged(m_searchingMore);
}
