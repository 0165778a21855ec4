// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkController.h"

#include "core/bulk/BulkSession.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkQuitGuard.h"
#include "ui/bulk/BulkResumeOffer.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/CustomerListSelection.h"
#include "ui/customerlist/CustomerSearchModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

using State = BulkSession::State;

BulkController::BulkController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_offer(new BulkResumeOffer(window))
    , m_quitGuard(new BulkQuitGuard(window, this))
{
    setObjectName(u"bulkController"_s);
    m_indicator = new QToolButton;
    m_indicator->setObjectName(u"bulkIndicator"_s);
    m_indicator->setAutoRaise(true);
    m_indicator->setToolTip(tr("Show the bulk change"));
    m_indicator->hide();
    window->statusBar()->addPermanentWidget(m_indicator);
    connect(m_indicator, &QToolButton::clicked, this, &BulkController::showDialog);
    connect(window->actions().bulkChange, &QAction::triggered, this, &BulkController::showDialog);
    connect(window, &MainWindow::workspaceChanged, this, &BulkController::onConnectionChanged);
    // setConnection() says so with an empty customer; the workspace follows.
    connect(window, &MainWindow::customerOpened, this, &BulkController::updateAction);
    connect(m_offer, &BulkResumeOffer::resumeRequested, this, &BulkController::resumeRun);
    updateAction();
}

BulkController::~BulkController()
{
    // The dialog is the window's child; it goes with the window (and its run with it, journaled).
    if (m_dialog)
        disconnect(m_dialog, nullptr, this, nullptr);
}

BulkChangeDialog* BulkController::dialog() const
{
    return m_dialog;
}

BulkContext BulkController::context() const
{
    return {m_window->client(), m_window->journaledWrites(), m_window->workspace()};
}

void BulkController::updateAction()
{
    QAction* action = m_window->actions().bulkChange;
    const bool connected = m_window->client() != nullptr;
    const bool ready = context().isComplete();
    action->setEnabled(ready);
    QString why;
    if (!connected)
        why = tr("Connect first: a bulk change works on a connection's customers.");
    else if (!ready)
        why = tr("Bulk changes need this connection's workspace (its local database), which is not open.");
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(ready ? tr("Bulk Change (%1)").arg(shortcut) : why);
    action->setStatusTip(ready ? tr("Change many customers at once: preview, run, pause, resume, report") : why);
}

BulkCustomerChoice::Sources BulkController::sources() const
{
    BulkCustomerChoice::Sources sources;
    CustomerListPanel* panel = m_window->listPanel();
    if (!panel)
        return sources;
    const CustomerListSelection* selection = panel->selection();
    if (CustomerSearchModel* search = panel->searchModel()) {
        sources.queryText = search->queryText();
        sources.queryCount = search->rowCount();
        sources.mirrorCount = search->totalCount();
        sources.order = search->order();
    }
    if (selection->count() > 0) {
        const auto ids = selection->ids();
        if (ids.isOk())
            sources.selectedIds = ids.value();
        else
            m_window->messageBar()->showMessage(MessageBar::Kind::Warning, ids.error().message);
        sources.selectionIsAllResults = selection->isAllResults();
    }
    return sources;
}

BulkChangeDialog* BulkController::newDialog()
{
    dropDialog();
    m_dialog = new BulkChangeDialog(context(), m_window);
    connect(m_dialog, &BulkChangeDialog::closed, this, &BulkController::onDialogClosed);
    connect(m_dialog, &BulkChangeDialog::runStarted, this, [this](BulkSession* session) {
        connect(session, &BulkSession::progressChanged, this, &BulkController::updateIndicator);
        connect(session, &BulkSession::finished, this, [this] {
            updateIndicator();
            if (m_dialog && !m_dialog->isVisible())
                m_window->statusBar()->showMessage(tr("The bulk change is over: %1").arg(m_indicator->text()), 10000);
        });
    });
    return m_dialog;
}

void BulkController::showDialog()
{
    if (!context().isComplete())
        return;
    if (!m_dialog) {
        newDialog();
        m_dialog->setSources(sources());
    } else if (m_dialog->step() == BulkChangeDialog::Step::Setup) {
        m_dialog->setSources(sources());
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    updateIndicator();
}

void BulkController::resumeRun(const QString& runId)
{
    if (!context().isComplete())
        return;
    if (m_dialog && m_dialog->hasActiveRun()) {
        m_window->messageBar()->showMessage(
            MessageBar::Kind::Information, tr("Another bulk change is under way; finish or cancel it first."));
        return showDialog();
    }
    BulkChangeDialog* dialog = newDialog();
    m_window->statusBar()->showMessage(tr("Opening the bulk change…"));
    connect(dialog, &BulkChangeDialog::resumeOpened, this, [this, dialog](const std::optional<StoreError>& failure) {
        m_window->statusBar()->clearMessage();
        if (dialog != m_dialog)
            return; // dropped meanwhile (the connection changed)
        if (failure) {
            dropDialog();
            m_window->messageBar()->showMessage(
                MessageBar::Kind::Warning, tr("The bulk change cannot be resumed: %1").arg(failure->message));
            return;
        }
        showDialog();
    });
    dialog->resume(runId);
}

void BulkController::onConnectionChanged()
{
    // The run's client and history belong to the connection that is going: it stops here, journaled.
    if (m_dialog && m_dialog->hasActiveRun())
        m_window->messageBar()->showMessage(MessageBar::Kind::Information,
            tr("The bulk change stopped with the connection it ran on. It is offered for resuming when that "
               "connection is opened again."));
    dropDialog();
    updateAction();
    // The list's context menu offers it beside "Select All Results" (a new connection has a new list).
    CustomerListPanel* panel = m_window->listPanel();
    if (panel && !panel->view()->actions().contains(m_window->actions().bulkChange)) {
        auto* separator = new QAction(panel->view());
        separator->setSeparator(true);
        panel->view()->addActions({separator, m_window->actions().bulkChange});
    }
}

void BulkController::onDialogClosed()
{
    // A run that goes on (or is paused) stays with its dialog, hidden; anything else is over.
    if (m_dialog && !m_dialog->hasActiveRun())
        dropDialog();
    updateIndicator();
}

void BulkController::dropDialog()
{
    if (!m_dialog)
        return;
    BulkChangeDialog* dialog = m_dialog;
    m_dialog = nullptr;
    disconnect(dialog, nullptr, this, nullptr);
    // The run ends now, not later: its client may be going too.
    delete dialog->session();
    dialog->hide();
    // Later: this may run inside one of the dialog's own signals.
    dialog->deleteLater();
    updateIndicator();
}

void BulkController::updateIndicator()
{
    BulkSession* session = m_dialog ? m_dialog->session() : nullptr;
    if (!session || m_dialog->isVisible()) {
        m_indicator->hide();
        return;
    }
    const BulkProgress progress = session->progress();
    const QLocale locale;
    QString text;
    if (session->state() == State::Finished)
        text = tr("Bulk change finished: %1 done, %2 failed")
                   .arg(locale.toString(progress.succeeded + progress.skipped), locale.toString(progress.failed));
    else if (session->state() == State::Paused)
        text = tr("Bulk change paused: %1 of %2")
                   .arg(locale.toString(progress.settled()), locale.toString(progress.total));
    else
        text = tr("Bulk change: %1 of %2").arg(locale.toString(progress.settled()), locale.toString(progress.total));
    m_indicator->setText(text);
    m_indicator->show();
}
