// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryController.h"

#include "core/store/HistoryFilter.h"
#include "core/sync/JournaledWrites.h"
#include "ui/customer/CustomerPane.h"
#include "ui/customer/CustomerSession.h"
#include "ui/history/HistoryBrowser.h"
#include "ui/history/HistoryTableModel.h"
#include "ui/history/HistoryUndo.h"
#include "ui/history/HistoryWindow.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

HistoryController::HistoryController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_tab(new HistoryBrowser(false))
    , m_undo(new HistoryUndo(window, this))
{
    setObjectName(u"historyController"_s);
    m_tab->setObjectName(u"historyTab"_s);
    m_tab->setUndoPredicate(&HistoryUndo::canUndo);
    window->pane()->addTab(m_tab, tr("History"));
    connect(m_tab, &HistoryBrowser::undoRequested, m_undo, &HistoryUndo::undo);
    connect(m_undo, &HistoryUndo::applied, this, [this] {
        m_window->pane()->showForm();
        m_window->activateWindow();
    });
    connect(window, &MainWindow::workspaceChanged, this, &HistoryController::onWorkspaceChanged);
    connect(window->pane(), &CustomerPane::sessionChanged, this, &HistoryController::onSessionChanged);
    connect(window->actions().history, &QAction::triggered, this, &HistoryController::showHistoryWindow);
    onWorkspaceChanged();
}

HistoryWindow* HistoryController::historyWindow() const
{
    return m_historyWindow;
}

void HistoryController::showHistoryWindow()
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_window);
        m_historyWindow->browser()->setUndoPredicate(&HistoryUndo::canUndo);
        m_historyWindow->setStore(m_window->workspace());
        connect(m_historyWindow->browser(), &HistoryBrowser::undoRequested, m_undo, &HistoryUndo::undo);
        connect(m_historyWindow->browser(), &HistoryBrowser::openRequested, m_window, &MainWindow::openCustomer);
    } else {
        m_historyWindow->refresh();
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}

void HistoryController::onWorkspaceChanged()
{
    m_tab->setNotice(
        m_window->workspace() ? QString() : tr("The history is not available: this connection has no workspace."));
    m_tab->model()->setStore(m_window->workspace());
    disconnect(m_journalConnection);
    // Every write of the window (and its completion) goes through the journal: the views follow it.
    if (JournaledWrites* journaled = m_window->journaledWrites())
        m_journalConnection =
            connect(journaled, &JournaledWrites::historyChanged, this, &HistoryController::refreshSoon);
    if (m_historyWindow)
        m_historyWindow->setStore(m_window->workspace());
}

void HistoryController::onSessionChanged(CustomerSession* session)
{
    if (!session) {
        // The tab is hidden with the form; it shows nothing rather than every customer's entries.
        m_tab->model()->clear();
        return;
    }
    HistoryFilter filter;
    filter.customerId = session->customerId();
    m_tab->model()->setFilter(filter);
}

void HistoryController::refreshSoon()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &HistoryController::refresh);
}

void HistoryController::refresh()
{
    m_refreshQueued = false;
    m_tab->refresh();
    if (m_historyWindow && m_historyWindow->isVisible())
        m_historyWindow->refresh();
}
