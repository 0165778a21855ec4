// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerDetailWidget.h"

#include "core/ExpressClient.h"
#include "core/Validation.h"
#include "ui/Icons.h"
#include "ui/MetadataEditor.h"
#include "ui/MetadataPalette.h"
#include "ui/commands/SetNameCommand.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel* makeValueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel* makeIssueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

CustomerDetailWidget::CustomerDetailWidget(QWidget* parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(u"customerDetail"_s);
    m_undoStack->setObjectName(u"customerUndoStack"_s);

    m_idLabel = makeValueLabel(u"customerId"_s, this);
    m_idLabel->setAccessibleName(tr("Customer id"));
    m_copyIdButton = new QToolButton(this);
    m_copyIdButton->setObjectName(u"copyIdButton"_s);
    m_copyIdButton->setIcon(Icons::themed(u"copy"_s, palette()));
    m_copyIdButton->setToolTip(tr("Copy the id"));
    m_copyIdButton->setAccessibleName(tr("Copy the customer id"));
    m_copyIdButton->setAutoRaise(true);
    connect(m_copyIdButton, &QToolButton::clicked, this, &CustomerDetailWidget::copyId);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_idLabel);
    idRow->addWidget(m_copyIdButton);
    idRow->addStretch();

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Customer name"));
    m_nameEdit->setPlaceholderText(tr("The customer's name"));
    m_nameEdit->installEventFilter(this);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &CustomerDetailWidget::onNameEdited);
    m_nameIssue = makeIssueLabel(u"nameIssue"_s, this);
    auto* nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_nameEdit);
    nameColumn->addWidget(m_nameIssue);

    m_stateLabel = makeValueLabel(u"stateLabel"_s, this);
    m_deactivateButton = new QPushButton(Icons::themed(u"deactivate"_s, palette()), tr("Deactivate…"), this);
    m_deactivateButton->setObjectName(u"deactivateButton"_s);
    m_deactivateButton->setAccessibleName(tr("Deactivate the customer"));
    m_reactivateButton = new QPushButton(Icons::themed(u"reactivate"_s, palette()), tr("Reactivate…"), this);
    m_reactivateButton->setObjectName(u"reactivateButton"_s);
    m_reactivateButton->setAccessibleName(tr("Reactivate the customer"));
    connect(m_deactivateButton, &QPushButton::clicked, this, &CustomerDetailWidget::requestDeactivate);
    connect(m_reactivateButton, &QPushButton::clicked, this, &CustomerDetailWidget::requestReactivate);
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateLabel);
    stateRow->addSpacing(12);
    stateRow->addWidget(m_deactivateButton);
    stateRow->addWidget(m_reactivateButton);
    stateRow->addStretch();

    m_userCountLabel = makeValueLabel(u"userCount"_s, this);
    m_userIdEdit = new QLineEdit(this);
    m_userIdEdit->setObjectName(u"userIdEdit"_s);
    m_userIdEdit->setAccessibleName(tr("User id to add or remove"));
    m_userIdEdit->setPlaceholderText(u"usr_…"_s);
    m_userIdEdit->setClearButtonEnabled(true);
    m_userIdEdit->setMinimumWidth(fontMetrics().horizontalAdvance(u'0') * 24);
    m_userIdEdit->installEventFilter(this);
    connect(m_userIdEdit, &QLineEdit::textChanged, this, &CustomerDetailWidget::updateUserButtons);
    connect(m_userIdEdit, &QLineEdit::returnPressed, this, &CustomerDetailWidget::addUser);
    m_addUserButton = new QPushButton(Icons::themed(u"add-user"_s, palette()), tr("Add"), this);
    m_addUserButton->setObjectName(u"addUserButton"_s);
    m_addUserButton->setAccessibleName(tr("Add the user"));
    m_removeUserButton = new QPushButton(Icons::themed(u"remove-user"_s, palette()), tr("Remove"), this);
    m_removeUserButton->setObjectName(u"removeUserButton"_s);
    m_removeUserButton->setAccessibleName(tr("Remove the user"));
    connect(m_addUserButton, &QPushButton::clicked, this, &CustomerDetailWidget::addUser);
    connect(m_removeUserButton, &QPushButton::clicked, this, &CustomerDetailWidget::removeUser);
    m_userIssue = makeIssueLabel(u"userIssue"_s, this);
    auto* userRow = new QHBoxLayout;
    userRow->addWidget(m_userCountLabel);
    userRow->addSpacing(12);
    userRow->addWidget(m_userIdEdit, 1);
    userRow->addWidget(m_addUserButton);
    userRow->addWidget(m_removeUserButton);
    auto* userColumn = new QVBoxLayout;
    userColumn->setSpacing(2);
    userColumn->addLayout(userRow);
    userColumn->addWidget(m_userIssue);

    m_createdLabel = makeValueLabel(u"createdAt"_s, this);
    m_updatedLabel = makeValueLabel(u"updatedAt"_s, this);
    m_createdByLabel = makeValueLabel(u"createdBy"_s, this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, nameColumn);
    form->addRow(tr("Id:"), idRow);
    form->addRow(tr("Status:"), stateRow);
    auto* usersLabel = new QLabel(tr("&Users:"), this);
    usersLabel->setBuddy(m_userIdEdit);
    form->addRow(usersLabel, userColumn);
    form->addRow(tr("Created:"), m_createdLabel);
    form->addRow(tr("Updated:"), m_updatedLabel);
    form->addRow(tr("Created by:"), m_createdByLabel);

    m_metadataEditor = new MetadataEditor(this);
    m_metadataEditor->setObjectName(u"metadataEditor"_s);
    m_metadataEditor->setUndoStack(m_undoStack);
    connect(m_metadataEditor, &MetadataEditor::dirtyChanged, this, &CustomerDetailWidget::updateState);
    connect(m_metadataEditor, &MetadataEditor::validityChanged, this, &CustomerDetailWidget::updateState);
    auto* metadataBox = new QGroupBox(tr("Metadata"), this);
    metadataBox->setObjectName(u"metadataBox"_s);
    auto* metadataLayout = new QVBoxLayout(metadataBox);
    metadataLayout->setContentsMargins(6, 6, 6, 6);
    metadataLayout->addWidget(m_metadataEditor);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(metadataBox, 1);

    setTabOrder(m_nameEdit, m_copyIdButton);
    setTabOrder(m_copyIdButton, m_deactivateButton);
    setTabOrder(m_deactivateButton, m_reactivateButton);
    setTabOrder(m_reactivateButton, m_userIdEdit);
    setTabOrder(m_userIdEdit, m_addUserButton);
    setTabOrder(m_addUserButton, m_removeUserButton);
    setTabOrder(m_removeUserButton, m_metadataEditor);

    connect(m_undoStack, &QUndoStack::indexChanged, this, &CustomerDetailWidget::updateState);
    clear();
}

CustomerDetailWidget::~CustomerDetailWidget()
{
    // The children go after this destructor; the stack and the editor signal while they are destroyed.
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_metadataEditor, nullptr, this, nullptr);
}

void CustomerDetailWidget::setClient(ExpressClient* client)
{
    m_client = client;
}

void CustomerDetailWidget::setCustomer(const Customer& customer)
{
    m_customer = customer;
    m_lastOperation = {};
    if (m_confirmation)
        m_confirmation->close();
    m_applyingName = true;
    m_shownName = customer.name();
    m_nameEdit->setText(customer.name());
    m_nameEdit->setCursorPosition(0);
    m_applyingName = false;
    // Clears the undo stack too (it is m_undoStack, shared with the editor), leaving it clean.
    m_metadataEditor->setBaseline(customer.metadata());
    m_metadataEditor->setSuggestedFileName(customer.name());
    m_userIssue->setVisible(false);
    setEnabled(hasCustomer());
    updateLabels();
    updateState();
}

void CustomerDetailWidget::clear()
{
    setCustomer(Customer());
}

CustomerDraft CustomerDetailWidget::draft() const
{
    CustomerDraft draft;
    draft.setName(m_nameEdit->text());
    draft.setMetadata(m_metadataEditor->currentEntries());
    return draft;
}

void CustomerDetailWidget::applyName(const QString& text)
{
    m_shownName = text;
    if (m_nameEdit->text() != text) {
        m_applyingName = true;
        m_nameEdit->setText(text);
        m_applyingName = false;
    }
    updateState();
}

void CustomerDetailWidget::onNameEdited(const QString& text)
{
    if (m_applyingName || text == m_shownName)
        return;
    m_undoStack->push(new SetNameCommand(this, m_shownName, text));
}

void CustomerDetailWidget::revertAll()
{
    const bool nameChanged = m_shownName != m_customer.name();
    if (!nameChanged && !m_metadataEditor->isDirty())
        return;
    m_undoStack->beginMacro(tr("Revert all"));
    if (nameChanged)
        m_undoStack->push(new SetNameCommand(this, m_shownName, m_customer.name()));
    if (m_metadataEditor->isDirty())
        m_metadataEditor->revertAll();
    m_undoStack->endMacro();
}

void CustomerDetailWidget::copyId()
{
    if (!hasCustomer())
        return;
    QApplication::clipboard()->setText(m_customer.id());
    Q_EMIT statusMessage(tr("Copied %1.").arg(m_customer.id()));
}

void CustomerDetailWidget::requestDeactivate()
{
    if (hasCustomer() && m_customer.isActive() && !m_busy)
        confirmActiveChange(false);
}

void CustomerDetailWidget::requestReactivate()
{
    if (hasCustomer() && !m_customer.isActive() && !m_busy)
        confirmActiveChange(true);
}

void CustomerDetailWidget::confirmActiveChange(bool activate)
{
    if (m_confirmation)
        return;
    const QString name = m_customer.name();
    auto* box = new QMessageBox(this);
    box->setObjectName(activate ? u"reactivateConfirmation"_s : u"deactivateConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(activate ? QMessageBox::Question : QMessageBox::Warning);
    box->setWindowTitle(activate ? tr("Reactivate customer") : tr("Deactivate customer"));
    box->setText(activate ? tr("Reactivate “%1”?").arg(name) : tr("Deactivate “%1”?").arg(name));
    box->setInformativeText(activate ? tr("Its users can sign in again.")
                                     : tr("Its %n user(s) can no longer sign in until it is reactivated.", nullptr,
                                         static_cast<int>(m_customer.userCount())));
    QPushButton* confirm = box->addButton(activate ? tr("Reactivate") : tr("Deactivate"), QMessageBox::AcceptRole);
    confirm->setObjectName(u"confirmButton"_s);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    const QString id = m_customer.id();
    connect(confirm, &QPushButton::clicked, this, [this, activate, id] {
        if (m_customer.id() == id)
            runOperation([this, activate] { changeActive(activate); });
    });
    m_confirmation = box;
    box->open();
}

void CustomerDetailWidget::changeActive(bool activate)
{
    if (!m_client || !hasCustomer())
        return;
    setBusy(true);
    Q_EMIT statusMessage(activate ? tr("Reactivating…") : tr("Deactivating…"));
    const QString id = m_customer.id();
    auto done = [this, id, activate](const ApiResult<Customer>& result) {
        setBusy(false);
        if (m_customer.id() != id)
            return;
        if (result.isError()) {
            fail(result.error());
            return;
        }
        applyServerState(result.value());
        Q_EMIT statusMessage(activate ? tr("“%1” is active again.").arg(m_customer.name())
                                      : tr("“%1” is deactivated.").arg(m_customer.name()));
    };
    if (activate)
        m_client->reactivateCustomer(id, this, done);
    else
        m_client->deactivateCustomer(id, this, done);
}

void CustomerDetailWidget::addUser()
{
    changeUser(true, m_userIdEdit->text().trimmed());
}

void CustomerDetailWidget::removeUser()
{
    changeUser(false, m_userIdEdit->text().trimmed());
}

void CustomerDetailWidget::changeUser(bool add, const QString& userId)
{
    if (!hasCustomer() || m_busy)
        return;
    if (!Validation::isValidUserId(userId)) {
        m_userIssue->setText(userId.isEmpty() ? tr("Enter a user id (usr_ followed by 32 hex digits).")
                                              : tr("“%1” is not a user id: expected usr_ followed by 32 lowercase "
                                                   "hex digits.")
                                                    .arg(userId));
        m_userIssue->setVisible(true);
        m_userIdEdit->setFocus(Qt::OtherFocusReason);
        m_userIdEdit->selectAll();
        return;
    }
    m_userIssue->setVisible(false);
    runOperation([this, add, userId] {
        if (!m_client || !hasCustomer())
            return;
        setBusy(true);
        Q_EMIT statusMessage(add ? tr("Adding %1…").arg(userId) : tr("Removing %1…").arg(userId));
        const QString id = m_customer.id();
        auto afterStatus = [this, id, add, userId](const ApiResult<OperationStatus>& result) {
            if (m_customer.id() != id) {
                setBusy(false);
                return;
            }
            if (result.isError()) {
                setBusy(false);
                fail(result.error());
                return;
            }
            m_userIdEdit->clear();
            Q_EMIT statusMessage(add ? tr("Added %1.").arg(userId) : tr("Removed %1.").arg(userId));
            // The answer carries no count: read the customer again for it.
            m_client->retrieveCustomer(id, this, [this, id](const ApiResult<Customer>& customer) {
                setBusy(false);
                if (m_customer.id() == id && customer.isOk())
                    applyServerState(customer.value());
            });
        };
        if (add)
            m_client->addUser(id, userId, this, afterStatus);
        else
            m_client->removeUser(id, userId, this, afterStatus);
    });
}

void CustomerDetailWidget::applyServerState(const Customer& server)
{
    m_customer.setActive(server.isActive());
    m_customer.setUserCount(server.userCount());
    m_customer.setUpdatedAt(server.updatedAt());
    updateLabels();
    Q_EMIT customerUpdated(server);
}

void CustomerDetailWidget::runOperation(std::function<void()> operation)
{
    m_lastOperation = operation;
    operation();
}

void CustomerDetailWidget::retryLastOperation()
{
    if (m_lastOperation && !m_busy)
        m_lastOperation();
}

void CustomerDetailWidget::fail(const ApiError& error)
{
    Q_EMIT statusMessage({});
    Q_EMIT operationFailed(error);
}

void CustomerDetailWidget::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    updateLabels();
    updateUserButtons();
    Q_EMIT busyChanged(busy);
}

void CustomerDetailWidget::updateState()
{
    updateNameValidation();
    const bool loaded = hasCustomer();
    const bool dirty = loaded && (m_shownName.trimmed() != m_customer.name().trimmed() || m_metadataEditor->isDirty());
    const bool valid = !Validation::hasErrors(Validation::checkName(m_shownName)) && m_metadataEditor->isValid();
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void CustomerDetailWidget::updateNameValidation()
{
    const QList<ValidationIssue> issues = hasCustomer() ? Validation::checkName(m_shownName) : QList<ValidationIssue>();
    QStringList messages;
    for (const ValidationIssue& issue : issues)
        messages.append(issue.message);
    const bool hasIssue = !messages.isEmpty();
    m_nameIssue->setText(messages.join(u'\n'));
    m_nameIssue->setVisible(hasIssue);
    QPalette issuePalette = palette();
    issuePalette.setColor(QPalette::WindowText, MetadataPalette::errorText(palette()));
    m_nameIssue->setPalette(issuePalette);
    m_nameEdit->setAccessibleDescription(messages.join(u' '));
    // Invalid input is kept and flagged: tint the field like an invalid metadata cell.
    QPalette editPalette = palette();
    if (Validation::hasErrors(issues))
        editPalette.setColor(QPalette::Base, MetadataPalette::errorBackground(palette()));
    m_nameEdit->setPalette(editPalette);
}

void CustomerDetailWidget::updateLabels()
{
    const bool loaded = hasCustomer();
    m_idLabel->setText(loaded ? m_customer.id() : QString());
    m_copyIdButton->setEnabled(loaded);
    m_stateLabel->setText(!loaded ? QString() : m_customer.isActive() ? tr("Active") : tr("Deactivated"));
    QPalette statePalette = palette();
    if (loaded && !m_customer.isActive())
        statePalette.setColor(QPalette::WindowText, MetadataPalette::warningText(palette()));
    m_stateLabel->setPalette(statePalette);
    m_deactivateButton->setVisible(!loaded || m_customer.isActive());
    m_reactivateButton->setVisible(loaded && !m_customer.isActive());
    m_deactivateButton->setEnabled(loaded && !m_busy);
    m_reactivateButton->setEnabled(loaded && !m_busy);
    m_userCountLabel->setText(loaded ? tr("%n user(s)", nullptr, static_cast<int>(m_customer.userCount())) : QString());
    m_createdLabel->setText(formatTime(m_customer.createdAt()));
    m_createdLabel->setToolTip(
        m_customer.createdAt() ? m_customer.createdAt()->toString(Qt::ISODateWithMs) : QString());
    m_updatedLabel->setText(formatTime(m_customer.updatedAt()));
    m_updatedLabel->setToolTip(
        m_customer.updatedAt() ? m_customer.updatedAt()->toString(Qt::ISODateWithMs) : QString());
    QString createdBy = u"—"_s;
    if (m_customer.createdByApiKeyId())
        createdBy = tr("API key %1").arg(*m_customer.createdByApiKeyId());
    else if (m_customer.createdByUserId())
        createdBy = tr("User %1").arg(*m_customer.createdByUserId());
    m_createdByLabel->setText(loaded ? createdBy : QString());
    updateUserButtons();
}

void CustomerDetailWidget::updateUserButtons()
{
    const bool enabled = hasCustomer() && !m_busy && !m_userIdEdit->text().trimmed().isEmpty();
    m_addUserButton->setEnabled(enabled);
    m_removeUserButton->setEnabled(enabled);
    if (m_userIdEdit->text().isEmpty())
        m_userIssue->setVisible(false);
}

QString CustomerDetailWidget::formatTime(const std::optional<QDateTime>& time) const
{
    if (!hasCustomer())
        return {};
    if (!time)
        return u"—"_s;
    return locale().toString(time->toLocalTime(), QLocale::LongFormat);
}

void CustomerDetailWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange) {
        m_copyIdButton->setIcon(Icons::themed(u"copy"_s, palette()));
        m_deactivateButton->setIcon(Icons::themed(u"deactivate"_s, palette()));
        m_reactivateButton->setIcon(Icons::themed(u"reactivate"_s, palette()));
        m_addUserButton->setIcon(Icons::themed(u"add-user"_s, palette()));
        m_removeUserButton->setIcon(Icons::themed(u"remove-user"_s, palette()));
        updateLabels();
        updateNameValidation();
    }
}

bool CustomerDetailWidget::eventFilter(QObject* watched, QEvent* event)
{
    // A line edit keeps its own undo history; Ctrl+Z must undo the customer's stack instead. The key is left to
    // the window's Undo/Redo shortcuts, and when no window action takes it, the stack is used directly.
    const bool shortcut = event->type() == QEvent::ShortcutOverride;
    if ((shortcut || event->type() == QEvent::KeyPress) && (watched == m_nameEdit || watched == m_userIdEdit)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo =
            key->matches(QKeySequence::Redo) || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
        if (undo || redo) {
            if (!shortcut) {
                if (undo)
                    m_undoStack->undo();
                else
                    m_undoStack->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
