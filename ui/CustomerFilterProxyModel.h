// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class CustomerListModel;

// Filter-as-you-type over a CustomerListModel: keeps the customers whose name or id contains the filter text
// (case-insensitive, so "cus_9f3" finds ids by their prefix). While a filter is set, it keeps asking the source
// for the next page, one at a time, so that the filter searches every customer, not only those loaded.
class CustomerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject* parent = nullptr);
    ~CustomerFilterProxyModel() override;

    // Expects a CustomerListModel; any other model is filtered but never asked for more pages.
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    QString filterText() const { return m_filterText; }
    bool isFiltering() const { return !m_filterText.isEmpty(); }
    // A filter is set and the source is loading, or will load, more pages to search.
    bool isSearchingMore() const { return m_searchingMore; }

public Q_SLOTS:
    // Surrounding whitespace is ignored; an empty text shows every row.
    void setFilterText(const QString& text);

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
    bool m_searchingMore = false;
    bool m_searchQueued = false;
};
