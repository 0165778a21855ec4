// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerDetailWidget.h"

#include "core/model/Validation.h"
#include "ui/customer/CustomerSession.h"
#include "ui/customer/CustomerUsersEditor.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataPalette.h"
#include "ui/shell/Icons.h"
#include "ui/shell/MainActions.h"

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
    // Selectable, but no stop for Tab: it would be a stop that shows nothing (the id has its Copy button).
    label->setFocusPolicy(Qt::ClickFocus);
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
{
    setObjectName(u"customerDetail"_s);

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
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_session)
            m_session->setName(text);
    });
    // Marks an edited name as the metadata table marks an edited row.
    m_nameChangedLabel = new QLabel(tr("Changed"), this);
    m_nameChangedLabel->setObjectName(u"nameChangedLabel"_s);
    m_nameChangedLabel->setVisible(false);
    m_nameIssue = makeIssueLabel(u"nameIssue"_s, this);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameEdit, 1);
    nameRow->addWidget(m_nameChangedLabel);
    auto* nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addLayout(nameRow);
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

    m_users = new CustomerUsersEditor(this);

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
    usersLabel->setBuddy(m_users->userIdEdit());
    form->addRow(usersLabel, m_users);
    form->addRow(tr("Created:"), m_createdLabel);
    form->addRow(tr("Updated:"), m_updatedLabel);
    form->addRow(tr("Created by:"), m_createdByLabel);

    m_metadataEditor = new MetadataEditor(this);
    m_metadataEditor->setObjectName(u"metadataEditor"_s);
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
    setTabOrder(m_reactivateButton, m_users);
    setTabOrder(m_users, m_metadataEditor);

    setSession(nullptr);
}

CustomerDetailWidget::~CustomerDetailWidget() = default;

void CustomerDetailWidget::setSession(CustomerSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_confirmation)
        m_confirmation->close();
    m_session = session;
    m_metadataEditor->setDocument(session ? session->metadata() : nullptr, session ? session->undoStack() : nullptr);
    m_users->setSession(session);
    if (session) {
        connect(session, &CustomerSession::nameChanged, this, &CustomerDetailWidget::showName);
        connect(session, &CustomerSession::customerChanged, this, &CustomerDetailWidget::updateLabels);
        connect(session, &CustomerSession::dirtyChanged, this, &CustomerDetailWidget::updateNameState);
        connect(session, &CustomerSession::validityChanged, this, &CustomerDetailWidget::updateNameState);
        connect(session, &CustomerSession::busyChanged, this, &CustomerDetailWidget::updateLabels);
        connect(session, &CustomerSession::stateChanged, this, &CustomerDetailWidget::updateLabels);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    showName(session ? session->name() : QString());
    updateLabels();
}

void CustomerDetailWidget::bindActions(const MainActions& actions)
{
    connect(actions.copyId, &QAction::triggered, this, &CustomerDetailWidget::copyId);
    connect(actions.deactivate, &QAction::triggered, this, &CustomerDetailWidget::requestDeactivate);
    connect(actions.reactivate, &QAction::triggered, this, &CustomerDetailWidget::requestReactivate);
    connect(actions.addUser, &QAction::triggered, m_users, &CustomerUsersEditor::requestAddUser);
    connect(actions.removeUser, &QAction::triggered, m_users, &CustomerUsersEditor::requestRemoveUser);
    connect(actions.focusDetail, &QAction::triggered, this, [this] {
        if (m_session && m_session->hasCustomer())
            m_nameEdit->setFocus(Qt::ShortcutFocusReason);
    });
}

QLineEdit* CustomerDetailWidget::userIdEdit() const
{
    return m_users->userIdEdit();
}

QList<QAction*> CustomerDetailWidget::metadataActions() const
{
    const MetadataActions& a = m_metadataEditor->metadataActions();
    return {a.add, a.remove, a.revertRow, a.copy, a.paste, a.importFile, a.exportFile};
}

void CustomerDetailWidget::showName(const QString& name)
{
    if (m_nameEdit->text() != name) {
        m_nameEdit->setText(name);
        if (!m_nameEdit->hasFocus())
            m_nameEdit->setCursorPosition(0);
    }
    updateNameState();
}

void CustomerDetailWidget::copyId()
{
    if (!m_session || !m_session->hasCustomer())
        return;
    QApplication::clipboard()->setText(m_session->customerId());
    Q_EMIT statusMessage(tr("Copied %1.").arg(m_session->customerId()));
}

void CustomerDetailWidget::requestDeactivate()
{
    if (!m_session || !m_session->hasCustomer() || !m_session->customer().isActive() || m_session->isBusy())
        return;
    const Customer customer = m_session->customer();
    confirm({u"deactivateConfirmation"_s, QMessageBox::Warning, tr("Deactivate customer"),
                tr("Deactivate “%1”?").arg(customer.name()),
                tr("Its %n user(s) can no longer sign in until it is reactivated.", nullptr,
                    static_cast<int>(customer.userCount())),
                tr("Deactivate")},
        &CustomerSession::deactivate);
}

void CustomerDetailWidget::requestReactivate()
{
    if (!m_session || !m_session->hasCustomer() || m_session->customer().isActive() || m_session->isBusy())
        return;
    confirm({u"reactivateConfirmation"_s, QMessageBox::Question, tr("Reactivate customer"),
                tr("Reactivate “%1”?").arg(m_session->customer().name()), tr("Its users can sign in again."),
                tr("Reactivate")},
        &CustomerSession::reactivate);
}

void CustomerDetailWidget::confirm(const Confirmation::Question& question, void (CustomerSession::*confirmed)())
{
    if (m_confirmation)
        return;
    const QPointer<CustomerSession> asked = m_session;
    m_confirmation = Confirmation::open(this, question, this, [this, asked, confirmed] {
        if (asked && asked == m_session)
            (m_session->*confirmed)();
    });
}

void CustomerDetailWidget::updateNameState()
{
    const bool loaded = m_session && m_session->hasCustomer();
    const QList<ValidationIssue> issues = loaded ? m_session->nameIssues() : QList<ValidationIssue>();
    QStringList messages;
    for (const ValidationIssue& issue : issues)
        messages.append(issue.message);
    m_nameIssue->setText(messages.join(u'\n'));
    m_nameIssue->setVisible(!messages.isEmpty());
    QPalette issuePalette = palette();
    issuePalette.setColor(QPalette::WindowText, MetadataPalette::errorText(palette()));
    m_nameIssue->setPalette(issuePalette);

    const bool changed = loaded && m_session->isNameChanged();
    m_nameChangedLabel->setVisible(changed);
    const QString was = loaded ? tr("On the server: “%1”").arg(m_session->customer().name()) : QString();
    m_nameChangedLabel->setToolTip(was);
    m_nameEdit->setAccessibleDescription(
        (changed ? QStringList {tr("Changed."), was} + messages : messages).join(u' '));
    // Invalid input is kept and flagged, a changed name is tinted: as the metadata table does with its cells.
    QPalette editPalette = palette();
    if (Validation::hasErrors(issues))
        editPalette.setColor(QPalette::Base, MetadataPalette::errorBackground(palette()));
    else if (changed)
        editPalette.setColor(QPalette::Base, MetadataPalette::changedBackground(palette()));
    m_nameEdit->setPalette(editPalette);
}

void CustomerDetailWidget::updateLabels()
{
    const bool loaded = m_session && m_session->hasCustomer();
    const Customer customer = m_session ? m_session->customer() : Customer();
    const bool busy = m_session && m_session->isBusy();
    // Editing waits for the customer; while a save or an operation runs it goes on (see CustomerSession).
    setEnabled(loaded);
    m_idLabel->setText(loaded ? customer.id() : QString());
    m_metadataEditor->setSuggestedFileName(loaded ? customer.name() : QString());
    m_copyIdButton->setEnabled(loaded);
    m_stateLabel->setText(!loaded ? QString() : customer.isActive() ? tr("Active") : tr("Deactivated"));
    QPalette statePalette = palette();
    if (loaded && !customer.isActive())
        statePalette.setColor(QPalette::WindowText, MetadataPalette::warningText(palette()));
    m_stateLabel->setPalette(statePalette);
    m_deactivateButton->setVisible(!loaded || customer.isActive());
    m_reactivateButton->setVisible(loaded && !customer.isActive());
    m_deactivateButton->setEnabled(loaded && !busy);
    m_reactivateButton->setEnabled(loaded && !busy);
    m_createdLabel->setText(formatTime(customer.createdAt()));
    m_createdLabel->setToolTip(customer.createdAt() ? customer.createdAt()->toString(Qt::ISODateWithMs) : QString());
    m_updatedLabel->setText(formatTime(customer.updatedAt()));
    m_updatedLabel->setToolTip(customer.updatedAt() ? customer.updatedAt()->toString(Qt::ISODateWithMs) : QString());
    QString createdBy = u"—"_s;
    if (customer.createdByApiKeyId())
        createdBy = tr("API key %1").arg(*customer.createdByApiKeyId());
    else if (customer.createdByUserId())
        createdBy = tr("User %1").arg(*customer.createdByUserId());
    m_createdByLabel->setText(loaded ? createdBy : QString());
    updateNameState();
}

QString CustomerDetailWidget::formatTime(const std::optional<QDateTime>& time) const
{
    if (!m_session || !m_session->hasCustomer())
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
        updateLabels();
    }
}

bool CustomerDetailWidget::eventFilter(QObject* watched, QEvent* event)
{
    // A line edit keeps its own undo history; Ctrl+Z must undo the customer's stack instead. The key is left to
    // the window's Undo/Redo shortcuts, and when no window action takes it, the stack is used directly.
    const bool shortcut = event->type() == QEvent::ShortcutOverride;
    if ((shortcut || event->type() == QEvent::KeyPress) && watched == m_nameEdit) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo =
            key->matches(QKeySequence::Redo) || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
        if (undo || redo) {
            if (!shortcut && m_session) {
                if (undo)
                    m_session->undoStack()->undo();
                else
                    m_session->undoStack()->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
