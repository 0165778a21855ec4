// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/customerlist/MirrorStatusText.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <memory>

class ApiError;
class CustomerFilterProxyModel;
class CustomerListModel;
class CustomerListSelection;
class CustomerSearchModel;
class ExpressClient;
class QAction;
class QComboBox;
class QLabel;
class OpenByIdField;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class WorkspaceStore;

// The list of customers: a filter by text and by status, the table (loaded page by page as it scrolls, sorted by
// a click on a column header), a status line, a busy indicator, an "open by id" field and, when a page fails, an
// error line with Retry. A click on a row or Enter opens it; the arrow keys only move. Ctrl/Shift-click, Shift+arrows
// and Ctrl+A select several rows without opening any (selection()). Never blocks. With a workspace the table shows the
// mirror instead (CustomerSearchModel): the filter box searches it as one types, the status filter and the headers'
// sorting become part of the search, and the status line says how fresh it is.
class CustomerListPanel : public QWidget
{
    Q_OBJECT

public:
    // client is not owned and must outlive the panel. The first page loads when the table is first shown.
    explicit CustomerListPanel(ExpressClient* client, QWidget* parent = nullptr);
    ~CustomerListPanel() override;

    // For the main window: updateCustomer() after a save, insertCustomer() after a create, reload().
    CustomerListModel* model() const { return m_model; }
    CustomerFilterProxyModel* proxyModel() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    // nullptr until setWorkspace().
    CustomerSearchModel* searchModel() const { return m_search; }
    // The rows selected (several with Ctrl/Shift-click, Shift+arrows, Ctrl+A), for acting on many customers at once.
    CustomerListSelection* selection() const { return m_selection; }

    // Serves the list from the workspace's mirror from now on (once; the API's pages are no longer asked for).
    void setWorkspace(std::shared_ptr<WorkspaceStore> store);
    void setMirrorFreshness(const MirrorStatusText::Freshness& freshness);

    // Empty when no row is current.
    QString currentCustomerId() const;
    // Makes the customer's row current when it is loaded and not filtered out; false otherwise.
    bool selectCustomer(const QString& customerId);

    // Column widths, order and sorting (the header's state), for the main window to keep in its settings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

    // Wide enough for a usual customer name beside the other columns at their widths.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void reload();
    void focusFilter();
    void focusOpenById();

Q_SIGNALS:
    // A row was clicked, Enter pressed on the current row, or a valid id entered in "open by id". It may be the
    // customer already open: the receiver decides (the main window does nothing then).
    void openRequested(const QString& customerId);
    // The current row changed; empty when there is none.
    void currentCustomerChanged(const QString& customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void buildLayout();
    void openRow(const QModelIndex& index);
    void onCurrentRowChanged(const QModelIndex& current);
    void onLoadFailed(const ApiError& error);
    void retry();
    void updateStatus();
    void setFilterHint();

    CustomerListModel* m_model = nullptr;
    CustomerFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QWidget* m_errorLine = nullptr;
    QLabel* m_errorIcon = nullptr;
    QLabel* m_errorText = nullptr;
    QPushButton* m_retryButton = nullptr;
    OpenByIdField* m_openById = nullptr;
    CustomerListSelection* m_selection = nullptr;
    QString m_currentId;
    CustomerSearchModel* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    MirrorStatusText::Freshness m_freshness;
};
