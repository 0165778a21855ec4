// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "core/Logging.h"
#include "core/TextElision.h"
#include "ui/CustomerDetailWidget.h"
#include "ui/CustomerListModel.h"
#include "ui/CustomerListPanel.h"
#include "ui/CustomerSession.h"
#include "ui/Icons.h"
#include "ui/MessageBar.h"
#include "ui/ProfileBadge.h"
#include "ui/RetryMessage.h"
#include "ui/ReviewChangesDialog.h"
#include "ui/SaveFlow.h"
#include "ui/UnsavedChangesGuard.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kSplitterKey = u"mainWindow/splitter"_s;
const QString kListHeaderKey = u"mainWindow/customerListHeader"_s;
const QString kReviewKey = u"save/reviewBeforeSaving"_s;
constexpr int kStatusMessageMs = 5000;

} // namespace

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_undoGroup(new QUndoGroup(this))
    , m_actions(MainActions::create(this, m_undoGroup))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::application());

    m_detail = new CustomerDetailWidget;
    m_messageBar = new MessageBar;
    m_emptyLabel = new QLabel(tr("Choose a customer from the list, or open one by its id (%1).")
                                  .arg(m_actions.openById->shortcut().toString(QKeySequence::NativeText)));
    m_emptyLabel->setObjectName(u"emptyDetailLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"detailScrollArea"_s);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The scroll area itself takes no focus: Tab goes from the list straight into the form.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_detailStack = new QStackedWidget;
    m_detailStack->addWidget(m_emptyLabel);
    m_detailStack->addWidget(scroll);

    auto* detailArea = new QWidget;
    detailArea->setObjectName(u"detailArea"_s);
    auto* detailLayout = new QVBoxLayout(detailArea);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(4);
    detailLayout->addWidget(m_messageBar);
    detailLayout->addWidget(m_detailStack, 1);

    m_listPlaceholder = new QLabel(tr("Not connected."));
    m_listPlaceholder->setObjectName(u"listPlaceholder"_s);
    m_listPlaceholder->setEnabled(false);
    m_listPlaceholder->setAlignment(Qt::AlignCenter);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listPlaceholder);
    m_splitter->addWidget(detailArea);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_guard = new UnsavedChangesGuard(this, this);
    m_actions.reviewBeforeSaving->setChecked(m_settings->value(kReviewKey, true).toBool());
    connectActions();
    createMenus();
    createToolBar();

    m_statusBadge = new ProfileBadge(this);
    m_statusBadge->setObjectName(u"statusProfileBadge"_s);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_statusBadge);
    connect(statusBar(), &QStatusBar::messageChanged, this, &MainWindow::onStatusMessageChanged);

    connect(m_detail, &CustomerDetailWidget::statusMessage, this,
        [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_messageBar, &MessageBar::retryRequested, this, [this] {
        if (m_session)
            m_session->retry();
    });
    connect(m_messageBar, &MessageBar::fixKeyRequested, this, &MainWindow::fixKeyRequested);

    restoreSettings();
    updateProfileBadges();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this destructor and some signal on the way.
    for (QObject* sender : {static_cast<QObject*>(m_session), static_cast<QObject*>(m_messageBar),
             static_cast<QObject*>(m_listPanel), static_cast<QObject*>(m_undoGroup)}) {
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
    connect(a.copyId, &QAction::triggered, m_detail, &CustomerDetailWidget::copyId);
    connect(a.save, &QAction::triggered, this, &MainWindow::save);
    connect(a.reviewBeforeSaving, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(kReviewKey, on);
        if (m_session)
            m_session->setReviewEnabled(on);
    });
    connect(a.reload, &QAction::triggered, this, &MainWindow::reload);
    connect(a.deactivate, &QAction::triggered, m_detail, &CustomerDetailWidget::requestDeactivate);
    connect(a.reactivate, &QAction::triggered, m_detail, &CustomerDetailWidget::requestReactivate);
    // With no id typed, the user field gets the focus so that one can be typed.
    auto userAction = [this](void (CustomerDetailWidget::*request)()) {
        return [this, request] {
            if (m_detail->userIdEdit()->text().trimmed().isEmpty())
                m_detail->userIdEdit()->setFocus(Qt::ShortcutFocusReason);
            else
                (m_detail->*request)();
        };
    };
    connect(a.addUser, &QAction::triggered, this, userAction(&CustomerDetailWidget::requestAddUser));
    connect(a.removeUser, &QAction::triggered, this, userAction(&CustomerDetailWidget::requestRemoveUser));
    connect(a.showList, &QAction::toggled, this, [this](bool on) {
        QWidget* list = m_listPanel ? static_cast<QWidget*>(m_listPanel) : m_listPlaceholder;
        list->setVisible(on);
    });
    auto onList = [this](void (CustomerListPanel::*focus)()) {
        return [this, focus] {
            if (!m_listPanel)
                return;
            m_actions.showList->setChecked(true);
            (m_listPanel->*focus)();
        };
    };
    connect(a.openById, &QAction::triggered, this, onList(&CustomerListPanel::focusOpenById));
    connect(a.filter, &QAction::triggered, this, onList(&CustomerListPanel::focusFilter));
    connect(a.focusList, &QAction::triggered, this, [this] {
        if (m_listPanel) {
            m_actions.showList->setChecked(true);
            m_listPanel->setFocus(Qt::ShortcutFocusReason);
        }
    });
    connect(a.focusDetail, &QAction::triggered, this, [this] {
        if (m_session && m_session->hasCustomer())
            m_detail->nameEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateActions);
}

void MainWindow::createMenus()
{
    const MainActions& a = m_actions;
    auto addMenu = [this](const QString& title, const QString& objectName, const QList<QAction*>& actions) {
        QMenu* menu = menuBar()->addMenu(title);
        menu->setObjectName(objectName);
        for (QAction* action : actions) {
            if (action)
                menu->addAction(action);
            else
                menu->addSeparator();
        }
        return menu;
    };
    addMenu(tr("&File"), u"fileMenu"_s, {a.connect, nullptr, a.quit});
    addMenu(tr("&Edit"), u"editMenu"_s, {a.undo, a.redo, nullptr, a.revertAll, nullptr, a.copyId});
    addMenu(tr("&Customer"), u"customerMenu"_s,
        {a.save, a.reviewBeforeSaving, a.reload, a.openById, nullptr, a.deactivate, a.reactivate, nullptr, a.addUser,
            a.removeUser});
    QMenu* metadata = menuBar()->addMenu(tr("&Metadata"));
    metadata->setObjectName(u"metadataMenu"_s);
    metadata->addActions(m_detail->metadataActions());
    QMenu* view = addMenu(tr("&View"), u"viewMenu"_s, {a.showList});
    m_toolBar = new QToolBar(tr("Main Toolbar"), this);
    m_toolBar->setObjectName(u"mainToolBar"_s);
    QAction* toolbarToggle = m_toolBar->toggleViewAction();
    toolbarToggle->setObjectName(u"showToolBarAction"_s);
    toolbarToggle->setText(tr("&Toolbar"));
    toolbarToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(toolbarToggle);
    view->addSeparator();
    view->addActions({a.filter, a.focusList, a.focusDetail});
    addMenu(tr("&Help"), u"helpMenu"_s, {a.about});
}

void MainWindow::createToolBar()
{
    const MainActions& a = m_actions;
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    for (QAction* action :
        {a.save, static_cast<QAction*>(nullptr), a.undo, a.redo, a.revertAll, static_cast<QAction*>(nullptr), a.reload,
            a.openById, a.copyId, static_cast<QAction*>(nullptr), a.deactivate, a.reactivate}) {
        if (action)
            m_toolBar->addAction(action);
        else
            m_toolBar->addSeparator();
    }
    // Only the important ones carry text; the rest are icons with tooltips.
    for (QAction* action : {a.undo, a.redo, a.revertAll, a.reload, a.openById, a.copyId})
        action->setPriority(QAction::LowPriority);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBarBadge = new ProfileBadge(m_toolBar);
    m_toolBarBadge->setObjectName(u"toolBarProfileBadge"_s);
    m_toolBar->addWidget(m_toolBarBadge);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_actions.updateIcons(this);
}

void MainWindow::setConnection(ExpressClient* client, const ConnectionProfile& profile)
{
    closeSession();
    for (const QMetaObject::Connection& connection : std::as_const(m_clientConnections))
        disconnect(connection);
    m_clientConnections.clear();
    m_messageBar->dismiss();
    m_keyRejected = false;

    const QByteArray splitter = m_splitter->saveState();
    if (m_listPanel) {
        m_settings->setValue(kListHeaderKey, m_listPanel->saveState());
        auto* old = std::exchange(m_listPanel, nullptr);
        old->hide();
        old->deleteLater();
        m_splitter->insertWidget(0, m_listPlaceholder);
        m_listPlaceholder->show();
    }
    m_client = client;
    m_profile = profile;
    if (client) {
        m_listPanel = new CustomerListPanel(client);
        m_listPanel->setObjectName(u"customerListPanel"_s);
        m_listPanel->restoreState(m_settings->value(kListHeaderKey).toByteArray());
        m_listPlaceholder->hide();
        m_listPlaceholder->setParent(this);
        m_splitter->insertWidget(0, m_listPanel);
        m_listPanel->setVisible(m_actions.showList->isChecked());
        connectListPanel();
        m_clientConnections = {
            connect(client, &ExpressClient::busyChanged, this,
                [this](bool busy) { m_busyLabel->setText(busy ? tr("Working…") : QString()); }),
            connect(client, &ExpressClient::retryScheduled, this,
                [this](ExpressClient::CallId, int, std::chrono::milliseconds delay, const ApiError& cause) {
                    statusBar()->showMessage(
                        RetryMessage::text(delay, cause), RetryMessage::wholeSeconds(delay) * 1000);
                }),
            connect(client, &ExpressClient::keyRejected, this, &MainWindow::onKeyRejected),
        };
    }
    m_splitter->restoreState(splitter);
    fixTabOrder();
    updateProfileBadges();
    updateActions();
    Q_EMIT customerOpened({});
}

void MainWindow::connectListPanel()
{
    connect(m_listPanel, &CustomerListPanel::openRequested, this, &MainWindow::openCustomer);
    // The window's shortcuts (Ctrl+L, Ctrl+F) do what the panel's own do; two of them would be ambiguous.
    QList<QKeySequence> windowKeys;
    for (QAction* own : m_actions.all())
        windowKeys.append(own->shortcuts());
    for (QAction* panelAction : m_listPanel->actions()) {
        if (windowKeys.contains(panelAction->shortcut()))
            panelAction->setShortcut({});
    }
}

void MainWindow::fixTabOrder()
{
    if (!m_listPanel)
        return;
    // The list (created after the form) comes first; after its last field, Tab goes to the customer's name.
    QWidget* last = nullptr;
    for (QWidget* widget = m_listPanel->nextInFocusChain(); widget != m_listPanel;
         widget = widget->nextInFocusChain()) {
        if (m_listPanel->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus))
            last = widget;
    }
    if (last)
        QWidget::setTabOrder(last, m_detail->nameEdit());
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
    statusBar()->showMessage(tr("The server refused the key of “%1”.").arg(m_profile.name));
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
    m_statusBadge->showProfile(statusText, color, tip);
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
        listAction->setEnabled(m_listPanel != nullptr);
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
    if (!m_session || !m_session->isDirty()) {
        proceed();
        return;
    }
    if (m_guard->isAsking())
        return;
    if (m_session->state() == CustomerSession::State::Saving) {
        statusBar()->showMessage(tr("Wait until the save has finished."), kStatusMessageMs);
        return;
    }
    m_guard->ask(m_session->customer().name(), action, [this, proceed](UnsavedChangesGuard::Choice choice) {
        switch (choice) {
        case UnsavedChangesGuard::Choice::Save:
            if (!m_session->canSave()) {
                m_messageBar->showMessage(MessageBar::Kind::Warning,
                    tr("The changes cannot be saved until the problems shown are fixed. Fix them, or revert the "
                       "changes."));
                return;
            }
            // Goes on only when the server holds the edits and nothing was typed meanwhile.
            connect(
                m_session, &CustomerSession::saveFinished, this,
                [this, proceed](bool saved) {
                    if (saved && m_session && !m_session->isDirty())
                        proceed();
                },
                Qt::SingleShotConnection);
            save();
            break;
        case UnsavedChangesGuard::Choice::Discard:
            proceed();
            break;
        case UnsavedChangesGuard::Choice::Cancel:
            // The list may show another row as current; point it back to the open customer.
            if (m_listPanel)
                m_listPanel->selectCustomer(m_session->customerId());
            break;
        }
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
    m_session->setDialogParent(this);
    m_session->setReviewEnabled(m_actions.reviewBeforeSaving->isChecked());
    connectSession(m_session);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_detail->setSession(m_session);
    m_detailStack->setCurrentIndex(1);
    updateActions();
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    CustomerSession* session = std::exchange(m_session, nullptr);
    disconnect(session, nullptr, this, nullptr);
    m_detail->setSession(nullptr);
    m_undoGroup->removeStack(session->undoStack());
    // Later: this may run inside one of the session's own signals.
    session->deleteLater();
    m_messageBar->dismiss();
    showProgress(QString());
    m_detailStack->setCurrentIndex(0);
    updateActions();
}

void MainWindow::connectSession(CustomerSession* session)
{
    for (auto signal :
        {&CustomerSession::dirtyChanged, &CustomerSession::validityChanged, &CustomerSession::busyChanged}) {
        connect(session, signal, this, &MainWindow::updateActions);
    }
    connect(session, &CustomerSession::customerChanged, this, [this, session](const Customer& customer) {
        const bool opened = session->state() == CustomerSession::State::Loading;
        if (m_listPanel) {
            m_listPanel->model()->insertCustomer(customer);
            if (opened)
                m_listPanel->selectCustomer(customer.id());
        }
        if (opened)
            Q_EMIT customerOpened(customer.id());
        updateActions();
    });
    connect(session, &CustomerSession::progressChanged, this, &MainWindow::showProgress);
    connect(session, &CustomerSession::notice, this,
        [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(session, &CustomerSession::warning, this,
        [this](const QString& text) { m_messageBar->showMessage(MessageBar::Kind::Warning, text); });
    connect(session, &CustomerSession::failed, this,
        [this, session](const ApiError& error) { showError(error, session->canRetry()); });
    // The failure shown no longer stands: its bar (and its Retry) goes.
    connect(session, &CustomerSession::errorCleared, this, [this] {
        if (m_messageBar->isVisible() && m_messageBar->kind() == MessageBar::Kind::Error)
            m_messageBar->dismiss();
    });
    connect(session, &CustomerSession::reviewEnabledChanged, m_actions.reviewBeforeSaving, &QAction::setChecked);
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
        if (m_listPanel)
            m_listPanel->reload();
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
            statusBar()->showMessage(tr("Fix the problems shown before saving."), kStatusMessageMs);
        return;
    }
    m_messageBar->dismiss();
    m_session->save();
}

void MainWindow::showError(const ApiError& error, bool canRetry)
{
    MessageBar::Actions actions = MessageBar::NoAction;
    if (canRetry)
        actions |= MessageBar::RetryAction;
    if (error.kind == ApiError::Kind::Unauthorized)
        actions |= MessageBar::FixKeyAction;
    m_messageBar->showError(error.message, actions);
    qCDebug(lcUi) << "error shown:" << error.kind << error.httpStatus;
}

void MainWindow::showProgress(const QString& text)
{
    m_progress = text;
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text);
}

void MainWindow::onStatusMessageChanged(const QString& text)
{
    // A passing message (a retry, "Copied …") ended while a call still runs: its progress shows again.
    if (text.isEmpty() && !m_progress.isEmpty() && m_session && m_session->isBusy())
        statusBar()->showMessage(m_progress);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setObjectName(u"aboutDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Express Admin"));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setText(tr("<b>Express Admin %1</b>").arg(QStringLiteral(EXPRESSADMIN_VERSION)));
    box->setInformativeText(tr("Looks after Avara Express customers: names, metadata, state and users.\n"
                               "Built with Qt %1.")
                                .arg(QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
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
    if (m_listPanel)
        m_settings->setValue(kListHeaderKey, m_listPanel->saveState());
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
