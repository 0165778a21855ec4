// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/Result.h"
#include "core/store/StoreError.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

class CustomerSearchModel;
class QAction;
class QTableView;

// The rows selected in the customer list (Ctrl/Shift-click, Shift+arrows, Ctrl+A), for acting on many customers at
// once without reading them: counted from the selection's ranges, never row by row. When every row of the list is
// selected it stands for the search itself ("all results of this search"): isAllResults(), and queryText() is what
// the run works on. The ids of a selection come from the workspace's search in one query (without a workspace: from
// the rows loaded). Follows the view's model when it is replaced (rebind()).
class CustomerListSelection : public QObject
{
    Q_OBJECT

public:
    // view is not owned. The view gets selectAllAction() (Ctrl+A, and in its context menu).
    explicit CustomerListSelection(QTableView* view, QObject* parent = nullptr);

    // "Select All Results": every row, that is the whole search.
    QAction* selectAllAction() const { return m_selectAll; }

    // After the view's model (and so its selection model) was replaced.
    void rebind();

    // Selected rows.
    int count() const;
    // Rows in the list (the search's results, or the pages loaded without a workspace).
    int rowCount() const;
    // Every row of the list is selected (and there is at least one).
    bool isAllResults() const;
    // The search the list shows (SearchQuery's grammar, with the status filter); empty without a workspace or a
    // filter, when the list is every customer.
    QString queryText() const;
    // nullptr without a workspace.
    CustomerSearchModel* searchModel() const;
    // The selected customers' ids in the list's order.
    Result<QStringList, StoreError> ids() const;
    // The selected rows as [first, last] intervals, sorted and merged.
    QList<QPair<int, int>> rowIntervals() const;

public Q_SLOTS:
    // Selects every row: the whole search.
    void selectAllResults();

Q_SIGNALS:
    // The selection changed; count() rows now.
    void changed(int count);

private:
    void onSelectionChanged();

    QPointer<QTableView> m_view;
    QAction* m_selectAll = nullptr;
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_modelConnection;
};
