// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class CustomerListModel;

// Filter-as-you-type over a CustomerListModel: keeps the customers whose name or id contains the filter text
// (case-insensitive, so "cus_9f3" finds ids by their prefix) and whose status matches the status filter. While a
// filter is set, it keeps asking the source for the next page, one at a time, so that the filter searches every
// customer, not only those loaded. Sorts by CustomerListModel::SortRole (names case-insensitively, as the locale
// orders them); sorting covers the rows loaded so far, and later pages are sorted in as they arrive.
class CustomerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Active, Inactive };
    Q_ENUM(StatusFilter)

    explicit CustomerFilterProxyModel(QObject* parent = nullptr);
    ~CustomerFilterProxyModel() override;

    // Expects a CustomerListModel; any other model is filtered but never asked for more pages.
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    QString filterText() const { return m_filterText; }
    StatusFilter statusFilter() const { return m_statusFilter; }
    // A text or a status filter is set.
    bool isFiltering() const { return !m_filterText.isEmpty() || m_statusFilter != StatusFilter::All; }
    // A filter is set and the source is loading, or will load, more pages to search.
    bool isSearchingMore() const { return m_searchingMore; }

public Q_SLOTS:
    // Surrounding whitespace is ignored; an empty text shows every row.
    void setFilterText(const QString& text);
    void setStatusFilter(CustomerFilterProxyModel::StatusFilter filter);

Q_SIGNALS:
    void searchingMoreChanged(bool searching);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // Asks the source for the next page when a filter is set and the source can give one.
    void searchMore();
    void updateSearchingMore();

    QPointer<CustomerListModel> m_list;
    QString m_filterText;
    StatusFilter m_statusFilter = StatusFilter::All;
    bool m_searchingMore = false;
    bool m_searchQueued = false;
};
