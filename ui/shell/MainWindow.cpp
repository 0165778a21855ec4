// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "core/common/TextElision.h"
#include "core/store/WorkspaceStore.h"
#include "ui/bulk/BulkController.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerPane.h"
#include "ui/customer/CustomerSession.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/ListArea.h"
#include "ui/customerlist/WorkspaceListController.h"
#include "ui/drafts/DraftRecovery.h"
#include "ui/history/HistoryController.h"
#include "ui/save/ReviewChangesDialog.h"
#include "ui/save/SaveFlow.h"
#include "ui/shell/Icons.h"
#include "ui/shell/MainMenus.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/ProfileBadge.h"
#include "ui/shell/StatusLine.h"
#include "ui/shell/UnsavedChangesGuard.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kSplitterKey = u"mainWindow/splitter"_s;
const QString kListHeaderKey = u"mainWindow/customerListHeader"_s;
const QString kReviewKey = u"save/reviewBeforeSaving"_s;

} // namespace

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_undoGroup(new QUndoGroup(this))
    , m_actions(MainActions::create(this, m_undoGroup))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::application());

    m_pane = new CustomerPane(tr("Choose a customer from the list, or open one by its id (%1).")
                                  .arg(m_actions.openById->shortcut().toString(QKeySequence::NativeText)));
    m_detail = m_pane->detailWidget();
    m_messageBar = m_pane->messageBar();

    m_listArea = new ListArea;
    connect(m_listArea, &ListArea::openRequested, this, &MainWindow::openCustomer);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listArea);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_guard = new UnsavedChangesGuard(this, this);
    connect(m_guard, &UnsavedChangesGuard::refused, this,
        [this](const QString& text) { m_messageBar->showMessage(MessageBar::Kind::Warning, text); });
    m_actions.reviewBeforeSaving->setChecked(m_settings->value(kReviewKey, true).toBool());
    connectActions();
    m_toolBarBadge = new ProfileBadge;
    m_toolBarBadge->setObjectName(u"toolBarProfileBadge"_s);
    QToolBar* toolBar = MainMenus::addToolBar(this, m_actions, m_toolBarBadge);
    MainMenus::fill(menuBar(), m_actions, m_detail->metadataActions(), toolBar->toggleViewAction());
    m_actions.updateIcons(this);

    m_status = new StatusLine(statusBar(), this);
    m_workspaceList = new WorkspaceListController(m_listArea, statusBar(), this);
    connect(m_detail, &CustomerDetailWidget::statusMessage, m_status, &StatusLine::showNotice);
    connect(m_pane, &CustomerPane::fixKeyRequested, this, &MainWindow::fixKeyRequested);
    new HistoryController(this);

    new DraftRecovery(this);
    new BulkController(this);
    restoreSettings();
    updateProfileBadges();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this destructor and some signal on the way.
    for (QObject* sender : {static_cast<QObject*>(m_session), static_cast<QObject*>(m_messageBar),
             static_cast<QObject*>(m_listArea), static_cast<QObject*>(m_undoGroup)}) {
        if (sender)
            disconnect(sender, nullptr, this, nullptr);
    }
}

void MainWindow::connectActions()
{
    const MainActions& a = m_actions;
    connect(a.connect, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.revertAll, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->revertAll();
    });
    connect(a.save, &QAction::triggered, this, &MainWindow::save);
    connect(a.reviewBeforeSaving, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(kReviewKey, on);
        if (m_session)
            m_session->setReviewEnabled(on);
    });
    connect(a.reload, &QAction::triggered, this, &MainWindow::reload);
    m_detail->bindActions(m_actions);
    connect(a.showList, &QAction::toggled, m_listArea, &QWidget::setVisible);
    auto onList = [this](void (CustomerListPanel::*focus)()) {
        return [this, focus] {
            if (!m_listArea->panel())
                return;
            m_actions.showList->setChecked(true);
            (m_listArea->panel()->*focus)();
        };
    };
    connect(a.openById, &QAction::triggered, this, onList(&CustomerListPanel::focusOpenById));
    connect(a.filter, &QAction::triggered, this, onList(&CustomerListPanel::focusFilter));
    connect(a.focusList, &QAction::triggered, this, onList(qOverload<>(&QWidget::setFocus)));
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateActions);
}

void MainWindow::setConnection(ExpressClient* client, const ConnectionProfile& profile)
{
    closeSession();
    disconnect(m_keyConnection);
    m_messageBar->dismiss();
    m_keyRejected = false;

    if (m_listArea->panel())
        m_settings->setValue(kListHeaderKey, m_listArea->panel()->saveState());
    m_client = client;
    m_profile = profile;
    m_workspace.reset(); // another connection's
    m_journaled = nullptr;
    QList<QKeySequence> windowKeys;
    for (QAction* own : m_actions.all())
        windowKeys.append(own->shortcuts());
    m_listArea->setClient(client, m_settings->value(kListHeaderKey).toByteArray(), windowKeys);
    m_listArea->setVisible(m_actions.showList->isChecked());
    if (client)
        m_keyConnection = connect(client, &ExpressClient::keyRejected, this, &MainWindow::onKeyRejected);
    m_status->setClient(client);
    fixTabOrder();
    updateProfileBadges();
    updateActions();
    Q_EMIT customerOpened({});
}

void MainWindow::fixTabOrder()
{
    CustomerListPanel* list = m_listArea->panel();
    if (!list)
        return;
    // The list (created after the form) comes first; after its last field, Tab goes to the customer's name.
    QWidget* last = nullptr;
    for (QWidget* widget = list->nextInFocusChain(); widget != list; widget = widget->nextInFocusChain()) {
        if (list->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus))
            last = widget;
    }
    if (last)
        QWidget::setTabOrder(last, m_detail->nameEdit());
}

void MainWindow::setWorkspace(std::shared_ptr<WorkspaceStore> workspace, JournaledWrites* journaled)
{
    m_workspace = std::move(workspace);
    m_journaled = journaled;
    m_workspaceList->setWorkspace(m_client, m_workspace);
    Q_EMIT workspaceChanged();
}

void MainWindow::setConnectionNote(const QString& note)
{
    m_connectionNote = note;
    updateProfileBadges();
}

void MainWindow::onKeyRejected()
{
    m_keyRejected = true;
    updateProfileBadges();
    // Replaces "Connected to …", which would say the opposite of what just happened.
    m_status->showStanding(tr("The server refused the key of “%1”.").arg(m_profile.name));
}

void MainWindow::updateProfileBadges()
{
    const bool connected = m_client != nullptr;
    const QString text = connected ? m_profile.name : tr("Not connected");
    QString tip = connected ? tr("Profile “%1” — %2").arg(m_profile.name, m_profile.baseUrl.toDisplayString())
                            : tr("Connect with File › Connect…");
    if (!m_connectionNote.isEmpty())
        tip += u'\n' + m_connectionNote;
    if (m_keyRejected)
        tip += u'\n' + tr("The server refused the key.");
    const QColor color = connected ? QColor(m_profile.color) : QColor();
    m_toolBarBadge->showProfile(text, color, tip);
    QString statusText = text;
    if (m_keyRejected)
        statusText = tr("%1 · key refused").arg(text);
    else if (!m_connectionNote.isEmpty())
        statusText = tr("%1 · key for this session only").arg(text);
    m_status->badge()->showProfile(statusText, color, tip);
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_session && m_session->hasCustomer())
        title = m_session->customer().name() + u"[*] — "_s;
    title += m_client ? tr("%1 — Express Admin").arg(m_profile.name) : tr("Express Admin");
    setWindowTitle(title);
    setWindowModified(m_session && m_session->isDirty());
}

void MainWindow::updateActions()
{
    const MainActions& a = m_actions;
    const bool loaded = m_session && m_session->hasCustomer();
    const bool busy = m_session && m_session->isBusy();
    const bool dirty = loaded && m_session->isDirty();
    const bool active = loaded && m_session->customer().isActive();
    a.save->setEnabled(m_session && m_session->canSave());
    a.revertAll->setEnabled(dirty);
    // Says what it reverts: the edits of the open customer.
    a.revertAll->setText(dirty
            ? tr("Re&vert All Changes to “%1”").arg(TextElision::elided(m_session->customer().name(), 40))
            : tr("Re&vert All Changes"));
    a.copyId->setEnabled(loaded);
    a.reload->setEnabled(m_client != nullptr && !busy);
    for (QAction* listAction : {a.openById, a.filter, a.focusList})
        listAction->setEnabled(m_listArea->panel() != nullptr);
    a.focusDetail->setEnabled(loaded);
    a.deactivate->setEnabled(active && !busy);
    a.reactivate->setEnabled(loaded && !active && !busy);
    a.deactivate->setVisible(!loaded || active);
    a.reactivate->setVisible(loaded && !active);
    a.addUser->setEnabled(active && !busy);
    a.removeUser->setEnabled(loaded && !busy);
    updateTitle();
}

void MainWindow::runGuarded(const QString& action, std::function<void()> proceed)
{
    m_guard->protect(m_session, action, std::move(proceed), [this] {
        // The list may show another row as current; point it back to the open customer.
        if (listPanel() && m_session)
            listPanel()->selectCustomer(m_session->customerId());
    });
}

void MainWindow::openCustomer(const QString& customerId)
{
    if (!m_client || customerId.isEmpty())
        return;
    if (m_session && m_session->customerId() == customerId && m_session->state() != CustomerSession::State::LoadFailed)
        return;
    runGuarded(tr("open another customer"), [this, customerId] { openSession(customerId); });
}

void MainWindow::openSession(const QString& customerId)
{
    closeSession();
    m_session = new CustomerSession(m_client, customerId, this);
    m_session->setJournal(m_journaled);
    m_session->setDialogParent(this);
    m_session->setReviewEnabled(m_actions.reviewBeforeSaving->isChecked());
    connectSession(m_session);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_pane->setSession(m_session);
    updateActions();
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    CustomerSession* session = std::exchange(m_session, nullptr);
    disconnect(session, nullptr, this, nullptr);
    m_pane->setSession(nullptr);
    m_undoGroup->removeStack(session->undoStack());
    // Later: this may run inside one of the session's own signals.
    session->deleteLater();
    m_status->showProgress(QString());
    updateActions();
}

void MainWindow::connectSession(CustomerSession* session)
{
    for (auto signal :
        {&CustomerSession::dirtyChanged, &CustomerSession::validityChanged, &CustomerSession::busyChanged}) {
        connect(session, signal, this, &MainWindow::updateActions);
    }
    connect(session, &CustomerSession::customerChanged, this, [this](const Customer& customer) {
        m_workspaceList->showCustomer(customer);
        updateActions();
    });
    connect(session, &CustomerSession::loaded, this, [this](const Customer& customer) {
        if (listPanel())
            listPanel()->selectCustomer(customer.id());
        Q_EMIT customerOpened(customer.id());
    });
    connect(session, &CustomerSession::progressChanged, m_status, &StatusLine::showProgress);
    connect(session, &CustomerSession::notice, m_status, &StatusLine::showNotice);
    connect(session, &CustomerSession::reviewEnabledChanged, m_actions.reviewBeforeSaving, &QAction::setChecked);
}

CustomerListPanel* MainWindow::listPanel() const
{
    return m_listArea->panel();
}

ReviewChangesDialog* MainWindow::reviewDialog() const
{
    return m_session ? m_session->saveFlow()->reviewDialog() : nullptr;
}

void MainWindow::reload()
{
    if (!m_client)
        return;
    runGuarded(tr("reload"), [this] {
        m_workspaceList->reload();
        if (m_session)
            m_session->reload();
    });
}

void MainWindow::save()
{
    if (!m_session)
        return;
    if (!m_session->canSave()) {
        if (m_session->isDirty() && !m_session->isValid())
            m_status->showNotice(tr("Fix the problems shown before saving."));
        return;
    }
    m_messageBar->dismiss();
    m_session->save();
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->value(kGeometryKey).toByteArray()))
        resize(1240, 760);
    restoreState(m_settings->value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(m_settings->value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({520, 720});
}

void MainWindow::saveSettings()
{
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    m_settings->setValue(kSplitterKey, m_splitter->saveState());
    if (m_listArea->panel())
        m_settings->setValue(kListHeaderKey, m_listArea->panel()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closeAllowed && m_session && m_session->isDirty()) {
        event->ignore();
        runGuarded(tr("close the window"), [this] {
            m_closeAllowed = true;
            close();
            m_closeAllowed = false;
        });
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_actions.updateIcons(this);
}
