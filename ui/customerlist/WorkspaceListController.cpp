// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/customerlist/WorkspaceListController.h"

#include "core/common/Logging.h"
#include "core/store/CustomerMirror.h"
#include "core/store/CustomerSearch.h"
#include "core/sync/CustomerSync.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/CustomerSearchModel.h"
#include "ui/customerlist/ListArea.h"
#include "ui/customerlist/SyncIndicator.h"

#include <QStatusBar>

WorkspaceListController::WorkspaceListController(ListArea* area, QStatusBar* bar, QObject* parent)
    : QObject(parent)
    , m_area(area)
    , m_indicator(new SyncIndicator)
{
    bar->addPermanentWidget(m_indicator);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &WorkspaceListController::refreshList);
    // A new client gets a new list: the old sync goes with the old list, while its client is still there.
    connect(area, &ListArea::panelChanged, this, &WorkspaceListController::drop);
    connect(m_indicator, &SyncIndicator::cancelRequested, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
}

WorkspaceListController::~WorkspaceListController()
{
    drop();
}

void WorkspaceListController::setWorkspace(ExpressClient* client, std::shared_ptr<WorkspaceStore> store)
{
    drop();
    CustomerListPanel* panel = m_area->panel();
    if (!client || !store || !panel)
        return;
    m_client = client;
    m_store = store;
    panel->setWorkspace(store);
    m_mirror = std::make_unique<CustomerMirror>(store);
    m_sync = std::make_unique<CustomerSync>(client, store);
    connect(m_sync.get(), &CustomerSync::progress, this, &WorkspaceListController::onProgress);
    connect(m_sync.get(), &CustomerSync::finished, this, &WorkspaceListController::onFinished);
    const auto last = CustomerSearch(store).lastSync();
    m_freshness = {};
    m_expected = 0;
    if (last.isOk()) {
        m_freshness.syncedAt = last.value().completedAt;
        m_expected = last.value().customers;
    }
    m_freshness.syncing = true; // the list says so at once; the sync starts once the window has painted
    showFreshness();
    QTimer::singleShot(0, this, &WorkspaceListController::startSync);
}

void WorkspaceListController::reload()
{
    if (m_sync) {
        refreshList();
        return startSync();
    }
    if (m_area->panel())
        m_area->panel()->reload();
}

void WorkspaceListController::showCustomer(const Customer& customer)
{
    CustomerListPanel* panel = m_area->panel();
    if (!panel)
        return;
    if (!m_mirror) {
        panel->model()->insertCustomer(customer);
        return;
    }
    // The customer as the server just answered: a read the mirror had not seen, or a write JournaledWrites has
    // already put there (putting it again costs one row and keeps reads and writes alike).
    if (const auto error = m_mirror->put(customer))
        qCWarning(lcUi).noquote() << error->message;
    refreshList();
}

void WorkspaceListController::drop()
{
    m_refresh.stop();
    if (m_sync)
        disconnect(m_sync.get(), nullptr, this, nullptr);
    m_sync.reset(); // cancels its call
    m_mirror.reset();
    m_store.reset();
    m_client = nullptr;
    if (m_indicator)
        m_indicator->hide();
}

void WorkspaceListController::startSync()
{
    if (!m_sync || !m_client || m_sync->isRunning())
        return;
    m_freshness.syncing = true;
    showFreshness();
    m_indicator->showRunning(0, m_expected);
    qCDebug(lcUi) << "workspace sync started";
    m_sync->start(kPageSize);
}

void WorkspaceListController::onProgress(int customers)
{
    if (m_indicator)
        m_indicator->showRunning(customers, m_expected);
    const CustomerListPanel* panel = m_area ? m_area->panel() : nullptr;
    // The first rows of an empty list show at once; later pages at most every kRefreshMs.
    if (panel && panel->searchModel() && panel->searchModel()->rowCount() == 0)
        refreshList();
    else if (!m_refresh.isActive())
        m_refresh.start();
}

void WorkspaceListController::onFinished(const SyncOutcome& outcome)
{
    m_refresh.stop();
    refreshList();
    m_freshness.syncing = false;
    qCDebug(lcUi) << "workspace sync finished:" << int(outcome.status) << outcome.customers << "customers";
    if (outcome.status == SyncOutcome::Status::Completed) {
        m_freshness.syncedAt = QDateTime::currentDateTimeUtc();
        m_freshness.current = true;
        m_expected = outcome.customers;
    } else {
        m_freshness.current = false;
        if (outcome.status == SyncOutcome::Status::Failed)
            qCWarning(lcUi).noquote() << "workspace sync failed:" << outcome.message();
    }
    showFreshness();
    if (m_indicator)
        m_indicator->showOutcome(outcome);
    Q_EMIT syncFinished(outcome);
}

void WorkspaceListController::refreshList()
{
    CustomerListPanel* panel = m_area ? m_area->panel() : nullptr;
    if (panel && panel->searchModel())
        panel->searchModel()->refresh();
}

void WorkspaceListController::showFreshness()
{
    if (CustomerListPanel* panel = m_area ? m_area->panel() : nullptr)
        panel->setMirrorFreshness(m_freshness);
}
