// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/store/CustomerSearch.h"
#include "ui/customerlist/CustomerFilterProxyModel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class WorkspaceStore;

// The customers of the workspace's mirror that match a search, as a table with CustomerListModel's columns and roles.
// It holds no more than a few blocks of rows: rowCount() is the search's count, and data() reads the block of
// kBlockSize rows around a row from the store when it is not held, dropping the block used longest ago beyond
// kMaxBlocks. The search text (SearchQuery's grammar), the status filter and the sort column become the query. Use on
// the thread that opened the store.
class CustomerSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kBlockSize = 100;
    static constexpr int kMaxBlocks = 6;

    explicit CustomerSearchModel(std::shared_ptr<WorkspaceStore> store, QObject* parent = nullptr);
    ~CustomerSearchModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // By a CustomerListModel::Column; -1 is the default order (by name). Rows stay on their customers.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString searchText() const { return m_text; }
    CustomerFilterProxyModel::StatusFilter statusFilter() const { return m_status; }
    SearchOrder order() const { return m_order; }
    // A search text or a status filter is set.
    bool isFiltering() const;
    // Customers in the mirror, whatever the search.
    qint64 totalCount() const;
    // The rows read from the store and held now.
    int heldRows() const;
    // How long the last search (count and first block) took, in milliseconds.
    double lastSearchMs() const { return m_lastSearchMs; }
    // The last failure of the store, until a query succeeds again.
    std::optional<StoreError> lastError() const { return m_error; }

    // -1 when the customer is not among the results.
    int rowOfId(const QString& customerId) const;
    // The search as SearchQuery's grammar spells it: the text typed, with " is:active" or " is:inactive" for the status
    // filter. What a bulk change over "all results of this search" journals and runs.
    QString queryText() const;
    // Every result's id in the rows' order, in one query of the store (no rows are read): the ids of selected rows
    // without reading them.
    Result<QStringList, StoreError> ids() const;

public Q_SLOTS:
    void setSearchText(const QString& text);
    void setStatusFilter(CustomerFilterProxyModel::StatusFilter filter);
    // The mirror changed (a sync stored a page, a customer was saved): counts again and reads rows afresh; rows added
    // or removed at the end, and the current and selected rows stay on their customers.
    void refresh();

Q_SIGNALS:
    // After each new search (text, status): how many customers match and how long it took.
    void searched(qint64 matches, double ms);
    void storeFailed(const StoreError& error);

private:
    SearchQuery query() const;
    void search();
    // The block holding row, read from the store when it is not held; nullptr when that fails.
    const QList<Customer>* block(int row) const;
    const Customer* customerAt(int row) const;
    void fail(const StoreError& error) const;
    // Moves persistent indexes to their customers' new rows (within a layout change).
    void relayout(const std::function<void()>& change);

    std::shared_ptr<WorkspaceStore> m_store;
    CustomerSearch m_search;
    QString m_text;
    CustomerFilterProxyModel::StatusFilter m_status = CustomerFilterProxyModel::StatusFilter::All;
    SearchOrder m_order;
    int m_count = 0;
    mutable qint64 m_total = -1; // totalCount() while filtering; -1 until asked after a change of the mirror
    double m_lastSearchMs = 0;
    mutable QHash<int, QList<Customer>> m_blocks;
    mutable QList<int> m_recent; // block numbers, used longest ago first
    mutable std::optional<StoreError> m_error;
};
