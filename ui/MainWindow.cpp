// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "core/Logging.h"
#include "core/UpdateOutcome.h"
#include "ui/CustomerDetailWidget.h"
#include "ui/CustomerListModel.h"
#include "ui/CustomerListPanel.h"
#include "ui/Icons.h"
#include "ui/MessageBar.h"
#include "ui/RetryMessage.h"
#include "ui/ReviewChangesDialog.h" // SaveFlow.h holds a QPointer to it
#include "ui/SaveFlow.h"
#include "ui/UnsavedChangesGuard.h"

#include <QAction>
#include <QApplication>
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
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kSplitterKey = u"mainWindow/splitter"_s;
const QString kListHeaderKey = u"mainWindow/customerListHeader"_s;
const QString kReviewKey = u"save/reviewBeforeSaving"_s;

// Black or white, whichever reads better on the profile's colour.
QColor textColorOn(const QColor& background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QLabel* makeBadge(const QString& objectName, QWidget* parent)
{
    auto* badge = new QLabel(parent);
    badge->setObjectName(objectName);
    QFont font = badge->font();
    font.setBold(true);
    badge->setFont(font);
    return badge;
}

} // namespace

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::application());

    m_detail = new CustomerDetailWidget;
    m_messageBar = new MessageBar;
    m_emptyLabel = new QLabel(tr("Choose a customer from the list, or open one by its id (%1).")
                                  .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    m_emptyLabel->setObjectName(u"emptyDetailLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"detailScrollArea"_s);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detailStack = new QStackedWidget;
    m_detailStack->addWidget(m_emptyLabel);
    m_detailStack->addWidget(scroll);

    m_detailArea = new QWidget;
    m_detailArea->setObjectName(u"detailArea"_s);
    auto* detailLayout = new QVBoxLayout(m_detailArea);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(4);
    detailLayout->addWidget(m_messageBar);
    detailLayout->addWidget(m_detailStack, 1);

    m_listPlaceholder = new QLabel(tr("Not connected."));
    m_listPlaceholder->setObjectName(u"listPlaceholder"_s);
    m_listPlaceholder->setEnabled(false);
    static_cast<QLabel*>(m_listPlaceholder)->setAlignment(Qt::AlignCenter);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listPlaceholder);
    m_splitter->addWidget(m_detailArea);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_guard = new UnsavedChangesGuard(this, this);

    createActions();
    createMenus();
    createToolBar();

    m_statusBadge = makeBadge(u"statusProfileBadge"_s, this);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_statusBadge);
    connect(statusBar(), &QStatusBar::messageChanged, this, &MainWindow::onStatusMessageChanged);

    connect(m_detail, &CustomerDetailWidget::dirtyChanged, this, [this] {
        updateActions();
        updateTitle();
    });
    connect(m_detail, &CustomerDetailWidget::validityChanged, this, &MainWindow::updateActions);
    connect(m_detail, &CustomerDetailWidget::busyChanged, this, &MainWindow::updateActions);
    connect(m_detail, &CustomerDetailWidget::statusMessage, this, [this](const QString& text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, 5000);
    });
    connect(m_detail, &CustomerDetailWidget::operationFailed, this,
        [this](const ApiError& error) { showError(error, [this] { m_detail->retryLastOperation(); }); });
    connect(m_detail, &CustomerDetailWidget::customerUpdated, this, [this](const Customer& customer) {
        if (m_listPanel)
            m_listPanel->model()->updateCustomer(customer);
        updateActions();
    });
    QUndoStack* stack = m_detail->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    connect(m_messageBar, &MessageBar::retryRequested, this, [this] {
        if (auto retry = std::exchange(m_retry, nullptr))
            retry();
    });
    connect(m_messageBar, &MessageBar::fixKeyRequested, this, &MainWindow::fixKeyRequested);

    m_detailStack->setCurrentIndex(0);
    restoreSettings();
    updateProfileBadges();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this destructor and some signal on the way (the undo stack clears itself).
    for (QObject* sender : {static_cast<QObject*>(m_detail), static_cast<QObject*>(m_detail->undoStack()),
             static_cast<QObject*>(m_saveFlow), static_cast<QObject*>(m_messageBar),
             static_cast<QObject*>(m_listPanel)}) {
        if (sender)
            disconnect(sender, nullptr, this, nullptr);
    }
}

QAction* MainWindow::makeAction(const QString& objectName, const QString& text, const QString& icon,
    const QList<QKeySequence>& shortcuts, const QString& statusTip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!shortcuts.isEmpty())
        action->setToolTip(u"%1 (%2)"_s.arg(
            QString(text).remove(u'&').remove(u"…"_s), shortcuts.first().toString(QKeySequence::NativeText)));
    action->setStatusTip(statusTip);
    if (!icon.isEmpty())
        m_iconActions.append({action, icon});
    QWidget::addAction(action);
    return action;
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName, Qt::FindDirectChildrenOnly);
}

void MainWindow::createActions()
{
    using K = QKeySequence;
    connect(makeAction(u"connectAction"_s, tr("&Connect…"), u"connect"_s, {K(Qt::CTRL | Qt::Key_O)},
                tr("Connect to another profile or manage profiles")),
        &QAction::triggered, this, &MainWindow::connectRequested);
    connect(makeAction(u"quitAction"_s, tr("&Quit"), u"quit"_s, {K(Qt::CTRL | Qt::Key_Q)}, tr("Quit Express Admin")),
        &QAction::triggered, this, &QWidget::close);
    action(u"quitAction"_s)->setMenuRole(QAction::QuitRole);

    connect(makeAction(u"undoAction"_s, tr("&Undo"), u"undo"_s, {K(Qt::CTRL | Qt::Key_Z)}, tr("Undo the last edit")),
        &QAction::triggered, m_detail->undoStack(), &QUndoStack::undo);
    connect(makeAction(u"redoAction"_s, tr("&Redo"), u"redo"_s,
                {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), K(Qt::CTRL | Qt::Key_Y)}, tr("Redo the last undone edit")),
        &QAction::triggered, m_detail->undoStack(), &QUndoStack::redo);
    connect(makeAction(u"revertAllAction"_s, tr("Re&vert All"), u"revert"_s, {K(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                tr("Put the name and metadata back as they were loaded")),
        &QAction::triggered, m_detail, &CustomerDetailWidget::revertAll);
    connect(makeAction(u"copyIdAction"_s, tr("Copy &Id"), u"copy"_s, {K(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                tr("Copy the customer's id to the clipboard")),
        &QAction::triggered, m_detail, &CustomerDetailWidget::copyId);

    connect(makeAction(u"saveAction"_s, tr("&Save…"), u"save"_s, {K(Qt::CTRL | Qt::Key_S)},
                tr("Review the changes and send them to the server")),
        &QAction::triggered, this, &MainWindow::save);
    connect(makeAction(u"reloadAction"_s, tr("Re&load"), u"refresh"_s, {K(Qt::Key_F5)},
                tr("Read the customer and the list from the server again")),
        &QAction::triggered, this, &MainWindow::reload);
    connect(makeAction(u"openByIdAction"_s, tr("&Open by Id…"), u"open"_s, {K(Qt::CTRL | Qt::Key_L)},
                tr("Type a customer id to open it")),
        &QAction::triggered, this, [this] {
            if (m_listPanel)
                m_listPanel->focusOpenById();
        });
    connect(makeAction(u"deactivateAction"_s, tr("&Deactivate…"), u"deactivate"_s,
                {K(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, tr("Deactivate the customer (asks first)")),
        &QAction::triggered, m_detail, &CustomerDetailWidget::requestDeactivate);
    connect(makeAction(u"reactivateAction"_s, tr("Re&activate…"), u"reactivate"_s,
                {K(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, tr("Reactivate the customer (asks first)")),
        &QAction::triggered, m_detail, &CustomerDetailWidget::requestReactivate);
    connect(makeAction(u"addUserAction"_s, tr("Add &User"), u"add-user"_s, {K(Qt::CTRL | Qt::Key_U)},
                tr("Add the user whose id is typed in the Users field")),
        &QAction::triggered, this, &MainWindow::addUserFromMenu);
    connect(makeAction(u"removeUserAction"_s, tr("Re&move User"), u"remove-user"_s,
                {K(Qt::CTRL | Qt::SHIFT | Qt::Key_U)}, tr("Remove the user whose id is typed in the Users field")),
        &QAction::triggered, this, &MainWindow::removeUserFromMenu);
    QAction* review = makeAction(u"reviewBeforeSavingAction"_s, tr("&Review Before Saving"), {},
        {K(Qt::CTRL | Qt::ALT | Qt::Key_R)}, tr("Show the changes for review before they are sent"));
    review->setCheckable(true);
    review->setChecked(m_settings->value(kReviewKey, true).toBool());
    connect(review, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(kReviewKey, on);
        if (m_saveFlow)
            m_saveFlow->setReviewEnabled(on);
    });

    QAction* showList = makeAction(u"showListAction"_s, tr("Customer &List"), u"users"_s,
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, tr("Show or hide the customer list"));
    showList->setCheckable(true);
    showList->setChecked(true);
    connect(showList, &QAction::toggled, this, [this](bool on) {
        QWidget* list = m_listPanel ? static_cast<QWidget*>(m_listPanel) : m_listPlaceholder;
        list->setVisible(on);
    });
    connect(makeAction(u"filterAction"_s, tr("&Filter Customers"), {}, {K(Qt::CTRL | Qt::Key_F)},
                tr("Type to filter the customer list")),
        &QAction::triggered, this, [this] {
            if (!m_listPanel)
                return;
            action(u"showListAction"_s)->setChecked(true);
            m_listPanel->focusFilter();
        });
    connect(makeAction(u"focusListAction"_s, tr("Go to &List"), {}, {K(Qt::ALT | Qt::Key_1)},
                tr("Move the keyboard focus to the customer list")),
        &QAction::triggered, this, [this] {
            if (!m_listPanel)
                return;
            action(u"showListAction"_s)->setChecked(true);
            m_listPanel->setFocus(Qt::ShortcutFocusReason);
        });
    connect(makeAction(u"focusDetailAction"_s, tr("Go to &Details"), {}, {K(Qt::ALT | Qt::Key_2)},
                tr("Move the keyboard focus to the customer's name")),
        &QAction::triggered, this, [this] {
            if (m_detail->hasCustomer())
                m_detail->nameEdit()->setFocus(Qt::ShortcutFocusReason);
        });
    connect(makeAction(
                u"aboutAction"_s, tr("&About Express Admin"), u"about"_s, {K(Qt::Key_F1)}, tr("Version and licence")),
        &QAction::triggered, this, &MainWindow::showAbout);
    action(u"aboutAction"_s)->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(action(u"connectAction"_s));
    file->addSeparator();
    file->addAction(action(u"quitAction"_s));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(action(u"undoAction"_s));
    edit->addAction(action(u"redoAction"_s));
    edit->addSeparator();
    edit->addAction(action(u"revertAllAction"_s));
    edit->addSeparator();
    edit->addAction(action(u"copyIdAction"_s));

    QMenu* customer = menuBar()->addMenu(tr("&Customer"));
    customer->setObjectName(u"customerMenu"_s);
    customer->addAction(action(u"saveAction"_s));
    customer->addAction(action(u"reviewBeforeSavingAction"_s));
    customer->addAction(action(u"reloadAction"_s));
    customer->addAction(action(u"openByIdAction"_s));
    customer->addSeparator();
    customer->addAction(action(u"deactivateAction"_s));
    customer->addAction(action(u"reactivateAction"_s));
    customer->addSeparator();
    customer->addAction(action(u"addUserAction"_s));
    customer->addAction(action(u"removeUserAction"_s));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(action(u"showListAction"_s));
    m_toolBar = new QToolBar(tr("Main Toolbar"), this);
    m_toolBar->setObjectName(u"mainToolBar"_s);
    QAction* toolbarToggle = m_toolBar->toggleViewAction();
    toolbarToggle->setObjectName(u"showToolBarAction"_s);
    toolbarToggle->setText(tr("&Toolbar"));
    toolbarToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(toolbarToggle);
    view->addSeparator();
    view->addAction(action(u"filterAction"_s));
    view->addAction(action(u"focusListAction"_s));
    view->addAction(action(u"focusDetailAction"_s));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(action(u"aboutAction"_s));
}

void MainWindow::createToolBar()
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(action(u"saveAction"_s));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(u"undoAction"_s));
    m_toolBar->addAction(action(u"redoAction"_s));
    m_toolBar->addAction(action(u"revertAllAction"_s));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(u"reloadAction"_s));
    m_toolBar->addAction(action(u"openByIdAction"_s));
    m_toolBar->addAction(action(u"copyIdAction"_s));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(u"deactivateAction"_s));
    m_toolBar->addAction(action(u"reactivateAction"_s));
    // Only the important ones carry text; the rest are icons with tooltips.
    for (const QString& name : {u"undoAction"_s, u"redoAction"_s, u"revertAllAction"_s, u"reloadAction"_s,
             u"openByIdAction"_s, u"copyIdAction"_s}) {
        action(name)->setPriority(QAction::LowPriority);
    }
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBarBadge = makeBadge(u"toolBarProfileBadge"_s, m_toolBar);
    m_toolBar->addWidget(m_toolBarBadge);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    updateIcons();
}

void MainWindow::updateIcons()
{
    for (const auto& [action, icon] : std::as_const(m_iconActions))
        action->setIcon(Icons::themed(icon, palette()));
}

void MainWindow::setConnection(ExpressClient* client, const ConnectionProfile& profile)
{
    if (m_saveFlow) {
        m_saveFlow->cancel();
        m_saveFlow->deleteLater();
        m_saveFlow = nullptr;
    }
    m_saveProgress.clear();
    if (m_client) {
        disconnect(m_busyConnection);
        disconnect(m_retryConnection);
        if (m_loadCall)
            m_client->cancel(m_loadCall);
    }
    m_loadCall = 0;
    m_loadingId.clear();
    m_afterSave = nullptr;
    m_retry = nullptr;
    m_messageBar->dismiss();
    m_detail->clear();
    m_detailStack->setCurrentIndex(0);

    if (m_listPanel) {
        m_settings->setValue(kListHeaderKey, m_listPanel->saveState());
        const QByteArray splitter = m_splitter->saveState();
        auto* old = m_listPanel;
        m_listPanel = nullptr;
        old->hide();
        old->deleteLater();
        m_splitter->insertWidget(0, m_listPlaceholder);
        m_listPlaceholder->show();
        m_splitter->restoreState(splitter);
    }

    m_client = client;
    m_profile = profile;
    m_detail->setClient(client);
    if (client) {
        const QByteArray splitter = m_splitter->saveState();
        m_listPanel = new CustomerListPanel(client);
        m_listPanel->setObjectName(u"customerListPanel"_s);
        m_listPanel->restoreState(m_settings->value(kListHeaderKey).toByteArray());
        m_listPlaceholder->hide();
        m_listPlaceholder->setParent(this);
        m_splitter->insertWidget(0, m_listPanel);
        m_splitter->restoreState(splitter);
        m_listPanel->setVisible(action(u"showListAction"_s)->isChecked());
        connectListPanel();

        m_saveFlow = new SaveFlow(client, this, this);
        m_saveFlow->setObjectName(u"saveFlow"_s);
        m_saveFlow->setReviewEnabled(action(u"reviewBeforeSavingAction"_s)->isChecked());
        connect(m_saveFlow, &SaveFlow::runningChanged, this, &MainWindow::updateActions);
        connect(m_saveFlow, &SaveFlow::progressChanged, this, [this](const QString& text) {
            m_saveProgress = text;
            if (text.isEmpty())
                statusBar()->clearMessage();
            else
                statusBar()->showMessage(text);
        });
        connect(
            m_saveFlow, &SaveFlow::reviewEnabledChanged, action(u"reviewBeforeSavingAction"_s), &QAction::setChecked);
        connect(m_saveFlow, &SaveFlow::saved, this, &MainWindow::onSaved);
        connect(m_saveFlow, &SaveFlow::nothingToSave, this, &MainWindow::onNothingToSave);
        connect(m_saveFlow, &SaveFlow::failed, this, &MainWindow::onSaveFailed);
        connect(m_saveFlow, &SaveFlow::cancelled, this, [this] {
            m_afterSave = nullptr;
            statusBar()->showMessage(tr("Not saved: the review was cancelled. Your edits are still here."), 5000);
        });

        m_busyConnection = connect(client, &ExpressClient::busyChanged, this,
            [this](bool busy) { m_busyLabel->setText(busy ? tr("Working…") : QString()); });
        m_retryConnection = connect(client, &ExpressClient::retryScheduled, this, &MainWindow::onRetryScheduled);
    }
    fixTabOrder();
    updateProfileBadges();
    updateTitle();
    updateActions();
    Q_EMIT customerOpened({});
}

void MainWindow::connectListPanel()
{
    connect(m_listPanel, &CustomerListPanel::openRequested, this, &MainWindow::openCustomer);
    // The window's shortcuts (Ctrl+L, Ctrl+F) do what the panel's own do; two of them would be ambiguous.
    QList<QKeySequence> windowKeys;
    for (QAction* own : QWidget::actions())
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

void MainWindow::updateProfileBadges()
{
    const bool connected = m_client != nullptr;
    const QString text = connected ? m_profile.name : tr("Not connected");
    QString tip = connected ? tr("Profile “%1” — %2").arg(m_profile.name, m_profile.baseUrl.toDisplayString())
                            : tr("Connect with File › Connect…");
    if (!m_connectionNote.isEmpty())
        tip += u'\n' + m_connectionNote;
    for (QLabel* badge : {m_toolBarBadge, m_statusBadge}) {
        if (!badge)
            continue;
        badge->setText(text);
        badge->setToolTip(tip);
        badge->setAccessibleName(tr("Connected profile"));
        badge->setAccessibleDescription(tip);
        // The profile's own colour (user data, not a theme colour), with text that reads on it.
        const QColor color(m_profile.color);
        const QColor background = connected && color.isValid() ? color : palette().color(QPalette::Mid);
        badge->setStyleSheet(u"QLabel { background-color: %1; color: %2; border-radius: 3px; padding: 2px 8px; }"_s.arg(
            background.name(), textColorOn(background).name()));
    }
    if (m_statusBadge && !m_connectionNote.isEmpty())
        m_statusBadge->setText(tr("%1 · key for this session only").arg(text));
}

void MainWindow::updateTitle()
{
    QString title;
    if (m_detail->hasCustomer())
        title = m_detail->customer().name() + u"[*] — "_s;
    title += m_client ? tr("%1 — Express Admin").arg(m_profile.name) : tr("Express Admin");
    setWindowTitle(title);
    setWindowModified(m_detail->isDirty());
}

bool MainWindow::canSave() const
{
    return m_client && m_saveFlow && !m_saveFlow->isRunning() && m_detail->hasCustomer() && m_detail->isDirty()
        && m_detail->isValid() && !m_detail->isBusy();
}

void MainWindow::updateActions()
{
    const bool loaded = m_detail->hasCustomer();
    const bool busy = m_detail->isBusy() || (m_saveFlow && m_saveFlow->isRunning());
    QUndoStack* stack = m_detail->undoStack();
    action(u"saveAction"_s)->setEnabled(canSave());
    QAction* undo = action(u"undoAction"_s);
    undo->setEnabled(loaded && stack->canUndo());
    undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    QAction* redo = action(u"redoAction"_s);
    redo->setEnabled(loaded && stack->canRedo());
    redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    action(u"revertAllAction"_s)->setEnabled(loaded && m_detail->isDirty());
    action(u"copyIdAction"_s)->setEnabled(loaded);
    action(u"reloadAction"_s)->setEnabled(m_client != nullptr && !busy);
    action(u"openByIdAction"_s)->setEnabled(m_listPanel != nullptr);
    action(u"filterAction"_s)->setEnabled(m_listPanel != nullptr);
    action(u"focusListAction"_s)->setEnabled(m_listPanel != nullptr);
    action(u"focusDetailAction"_s)->setEnabled(loaded);
    const bool active = m_detail->customer().isActive();
    action(u"deactivateAction"_s)->setEnabled(loaded && active && !busy);
    action(u"reactivateAction"_s)->setEnabled(loaded && !active && !busy);
    action(u"deactivateAction"_s)->setVisible(!loaded || active);
    action(u"reactivateAction"_s)->setVisible(loaded && !active);
    action(u"addUserAction"_s)->setEnabled(loaded && !busy);
    action(u"removeUserAction"_s)->setEnabled(loaded && !busy);
    updateTitle();
}

void MainWindow::runGuarded(const QString& action, std::function<void()> proceed)
{
    if (!m_detail->isDirty()) {
        proceed();
        return;
    }
    if (m_guard->isAsking() || (m_saveFlow && m_saveFlow->isRunning()))
        return;
    m_guard->ask(m_detail->customer().name(), action, [this, proceed](UnsavedChangesGuard::Choice choice) {
        switch (choice) {
        case UnsavedChangesGuard::Choice::Save:
            if (!canSave()) {
                m_messageBar->showMessage(MessageBar::Kind::Warning,
                    tr("The changes cannot be saved until the problems shown are fixed. Fix them, or revert the "
                       "changes."));
                return;
            }
            m_afterSave = proceed;
            save();
            break;
        case UnsavedChangesGuard::Choice::Discard:
            proceed();
            break;
        case UnsavedChangesGuard::Choice::Cancel:
            // The list may show another row as current; point it back to the open customer.
            if (m_listPanel && m_detail->hasCustomer())
                m_listPanel->selectCustomer(m_detail->customer().id());
            break;
        }
    });
}

void MainWindow::openCustomer(const QString& customerId)
{
    if (!m_client || customerId.isEmpty())
        return;
    if (customerId == m_detail->customer().id() && m_loadingId.isEmpty())
        return;
    runGuarded(tr("open another customer"), [this, customerId] { loadCustomer(customerId); });
}

void MainWindow::loadCustomer(const QString& customerId)
{
    if (!m_client)
        return;
    if (m_loadCall)
        m_client->cancel(m_loadCall);
    m_loadingId = customerId;
    m_messageBar->dismiss();
    statusBar()->showMessage(tr("Opening %1…").arg(customerId));
    m_loadCall = m_client->retrieveCustomer(customerId, this, [this, customerId](const ApiResult<Customer>& result) {
        if (customerId != m_loadingId)
            return;
        m_loadCall = 0;
        m_loadingId.clear();
        statusBar()->clearMessage();
        if (result.isError()) {
            if (result.error().kind == ApiError::Kind::Cancelled)
                return;
            showError(result.error(), [this, customerId] { loadCustomer(customerId); });
            return;
        }
        const Customer& customer = result.value();
        m_detail->setCustomer(customer);
        m_detailStack->setCurrentIndex(1);
        if (m_listPanel) {
            m_listPanel->model()->insertCustomer(customer);
            m_listPanel->selectCustomer(customer.id());
        }
        updateActions();
        Q_EMIT customerOpened(customer.id());
    });
}

void MainWindow::reload()
{
    if (!m_client)
        return;
    runGuarded(tr("reload"), [this] {
        if (m_listPanel)
            m_listPanel->reload();
        if (m_detail->hasCustomer())
            loadCustomer(m_detail->customer().id());
    });
}

void MainWindow::save()
{
    if (!canSave()) {
        if (m_detail->hasCustomer() && m_detail->isDirty() && !m_detail->isValid())
            statusBar()->showMessage(tr("Fix the problems shown before saving."), 5000);
        return;
    }
    m_messageBar->dismiss();
    m_saveFlow->start(m_detail->customer(), m_detail->draft());
}

void MainWindow::onSaved(const UpdateOutcome& outcome)
{
    // Exact: what the user typed is on the server, and the form shows it, clean.
    if (outcome.isExact())
        m_detail->setCustomer(outcome.customer);
    if (m_listPanel && outcome.basis != UpdateOutcome::Basis::Unchecked)
        m_listPanel->model()->updateCustomer(outcome.customer);
    if (outcome.isExact()) {
        if (outcome.basis == UpdateOutcome::Basis::Answer) {
            statusBar()->showMessage(tr("Saved “%1”.").arg(outcome.customer.name()), 5000);
        } else {
            m_messageBar->showMessage(MessageBar::Kind::Warning,
                tr("Saved, but the server answered with something other than what was sent. Reading the customer "
                   "again shows your changes are stored; the server's answer was out of date."));
        }
        updateActions();
        if (auto next = std::exchange(m_afterSave, nullptr))
            next();
        return;
    }
    // The server holds something other than what was asked (or cannot say): the user's edits stay in the form, unsaved,
    // so nothing typed is lost; saving again merges them with what the server holds. No leaving the customer.
    m_afterSave = nullptr;
    const QString kept = tr("Your edits are kept: Save sends them again, Reload shows what the server holds.");
    if (outcome.basis == UpdateOutcome::Basis::Unchecked) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
            tr("Saved, but the server did something other than what was asked. %1 Reading the customer again "
               "failed, so what it holds now is not known. %2")
                .arg(outcome.describe(), kept));
    } else {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
            tr("Saved, but the server did something other than what was asked. %1 %2").arg(outcome.describe(), kept));
    }
    updateActions();
}

void MainWindow::onNothingToSave(const Customer& onServer)
{
    m_detail->setCustomer(onServer);
    if (m_listPanel)
        m_listPanel->model()->updateCustomer(onServer);
    statusBar()->showMessage(tr("Nothing to save: the server already has these values."), 5000);
    updateActions();
    if (auto next = std::exchange(m_afterSave, nullptr))
        next();
}

void MainWindow::onSaveFailed(const ApiError& error)
{
    m_afterSave = nullptr;
    showError(error, [this] { save(); });
}

void MainWindow::showError(const ApiError& error, std::function<void()> retry)
{
    MessageBar::Actions actions = MessageBar::NoAction;
    if (retry && error.kind != ApiError::Kind::InvalidRequest)
        actions |= MessageBar::RetryAction;
    if (error.kind == ApiError::Kind::Unauthorized)
        actions |= MessageBar::FixKeyAction;
    m_retry = std::move(retry);
    m_messageBar->showError(error.message, actions);
    qCDebug(lcUi) << "error shown:" << error.kind << error.httpStatus;
}

void MainWindow::onRetryScheduled(
    ExpressClient::CallId call, int nextAttempt, std::chrono::milliseconds delay, const ApiError& cause)
{
    Q_UNUSED(call);
    Q_UNUSED(nextAttempt);
    statusBar()->showMessage(RetryMessage::text(delay, cause), RetryMessage::wholeSeconds(delay) * 1000);
}

void MainWindow::onStatusMessageChanged(const QString& text)
{
    if (text.isEmpty() && !m_saveProgress.isEmpty() && m_saveFlow && m_saveFlow->isRunning())
        statusBar()->showMessage(m_saveProgress);
}

void MainWindow::addUserFromMenu()
{
    if (m_detail->userIdEdit()->text().trimmed().isEmpty())
        m_detail->userIdEdit()->setFocus(Qt::ShortcutFocusReason);
    else
        m_detail->addUser();
}

void MainWindow::removeUserFromMenu()
{
    if (m_detail->userIdEdit()->text().trimmed().isEmpty())
        m_detail->userIdEdit()->setFocus(Qt::ShortcutFocusReason);
    else
        m_detail->removeUser();
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
        m_splitter->setSizes({500, 740});
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
    if (!m_closeAllowed && m_detail->isDirty()) {
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
    if (event->type() == QEvent::PaletteChange) {
        updateIcons();
        updateProfileBadges();
    }
}
