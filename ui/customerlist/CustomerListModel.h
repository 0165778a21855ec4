// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ExpressClient.h"
#include "core/model/Customer.h"
#include "core/model/CustomerPage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

// The Express customers as a table, loaded page by page (cursor pagination) as a view scrolls: fetchMore() asks
// for one page at a time and appends it. Rows keep the server's order (creation order); nothing is sorted here.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, ActiveColumn, UsersColumn, UpdatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // The customer's id (QString), in every column.
        CustomerIdRole = Qt::UserRole,
        // The whole Customer, in every column.
        CustomerRole,
        // bool, in every column.
        IsActiveRole,
        // What the column sorts by: the name or id (QString), active (bool), the user count (qint64), the last
        // update (QDateTime, invalid when the server did not say).
        SortRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 50;

    // client is not owned and must outlive the model. Nothing is loaded until fetchMore() or reload().
    explicit CustomerListModel(ExpressClient* client, QObject* parent = nullptr);
    ~CustomerListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // What data() and headerData() give for a customer's cell and a column's header: for other models of the same
    // columns (CustomerSearchModel).
    static QVariant customerData(const Customer& customer, int column, int role);
    static QVariant columnHeader(int section, int role);

    // True before the first page and while the last page said hasMore, unless a page is loading or the last one
    // failed (views would otherwise ask again and again; retry() continues after a failure).
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    // Asks for the next page unless one is already on its way or every page is loaded; never two at once.
    void fetchMore(const QModelIndex& parent = {}) override;

    // 1..100; applies to the next page asked for.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize);

    bool isLoading() const { return m_call != 0; }
    // Every page is loaded.
    bool isComplete() const { return !m_hasMore; }
    // The failure of the last page asked for, until it is retried or the model reloaded.
    std::optional<ApiError> lastError() const { return m_lastError; }

    // Precondition: 0 <= row < rowCount().
    Customer customerAt(int row) const;
    // -1 when that customer is not loaded.
    int rowOfId(const QString& customerId) const;

    // A customer changed elsewhere (saved, deactivated): replaces its row in place. False (and no change) when it
    // is not loaded.
    bool updateCustomer(const Customer& customer);
    // A customer the list should show (e.g. just created, or opened by id): updated in place when loaded; appended
    // when every page is loaded (new customers come last in the server's order); otherwise left for its page.
    // True when the model now holds it.
    bool insertCustomer(const Customer& customer);

public Q_SLOTS:
    // Forgets every row, cancels the page in flight and asks for the first page.
    void reload();
    // After loadFailed: asks again for the page that failed, from the same cursor. Rows already loaded stay.
    void retry();

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page failed; the rows already loaded stay and retry() continues from the same cursor.
    void loadFailed(const ApiError& error);
    // A page arrived (rows holds how many of its customers were new to the model).
    void pageLoaded(int rows);

private:
    // Asks for the page at m_cursor; the caller stores the call.
    ExpressClient::CallId startPage();
    void onPage(quint64 generation, const ApiResult<CustomerPage>& result);
    void setCall(ExpressClient::CallId call);
    void appendCustomers(const QList<Customer>& customers);
    static QVariant displayData(const Customer& customer, int column);
    static QVariant toolTipData(const Customer& customer, int column);
    static QVariant sortData(const Customer& customer, int column);

    QPointer<ExpressClient> m_client;
    QList<Customer> m_customers;
    QHash<QString, int> m_rowById;
    QString m_cursor;
    bool m_hasMore = true;
    std::optional<ApiError> m_lastError;
    ExpressClient::CallId m_call = 0;
    // Tells apart the answers of pages asked for before a reload().
    quint64 m_generation = 0;
    int m_pageSize = DefaultPageSize;
};
