// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/sync/SyncOutcome.h"
#include "ui/customerlist/ListArea.h"
#include "ui/customerlist/MirrorStatusText.h"
#include "ui/customerlist/SyncIndicator.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class Customer;
class CustomerMirror;
class CustomerSync;
class ExpressClient;
class QStatusBar;
class WorkspaceStore;

// Serves the customer list from the connection's workspace when there is one: the list shows the mirror at once (a
// warm start, marked with its age), a sync starts once the window has painted (and again on Reload) with its progress
// and Cancel in the status bar, and the list follows the pages as they are stored (at most every kRefreshMs) while
// its selection stays on its customer. Without a workspace the list pages through the API as before.
class WorkspaceListController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 300;
    static constexpr int kPageSize = 100;

    // area and bar are not owned; the indicator joins bar.
    WorkspaceListController(ListArea* area, QStatusBar* bar, QObject* parent = nullptr);
    ~WorkspaceListController() override;

    // After ListArea::setClient() for the same client. store nullptr: the API's pages, as before.
    void setWorkspace(ExpressClient* client, std::shared_ptr<WorkspaceStore> store);
    // Reload: a new sync with a workspace (unless one runs), the API's first page again without.
    void reload();
    // A customer saved or read fresh in this app: the list shows it at once (with a workspace, through the mirror).
    void showCustomer(const Customer& customer);

    bool isServingFromStore() const { return m_sync != nullptr; }
    CustomerSync* sync() const { return m_sync.get(); }
    SyncIndicator* indicator() const { return m_indicator; }

Q_SIGNALS:
    void syncFinished(const SyncOutcome& outcome);

private:
    void drop();
    void startSync();
    void onProgress(int customers);
    void onFinished(const SyncOutcome& outcome);
    void refreshList();
    void showFreshness();

    QPointer<ListArea> m_area; // may go first, with the window's other children
    QPointer<SyncIndicator> m_indicator;
    QPointer<ExpressClient> m_client;
    std::shared_ptr<WorkspaceStore> m_store; // first of the store's users: goes last
    std::unique_ptr<CustomerMirror> m_mirror;
    std::unique_ptr<CustomerSync> m_sync;
    QTimer m_refresh;
    MirrorStatusText::Freshness m_freshness;
    qint64 m_expected = 0;
};
