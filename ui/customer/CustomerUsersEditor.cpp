// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerUsersEditor.h"

#include "core/model/Validation.h"
#include "ui/customer/CustomerSession.h"
#include "ui/metadata/MetadataPalette.h"
#include "ui/shell/Confirmation.h"
#include "ui/shell/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CustomerUsersEditor::CustomerUsersEditor(QWidget* parent)
    : QWidget(parent)
    , m_countLabel(new QLabel(this))
    , m_userIdEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_removeButton(new QPushButton(tr("Remove…"), this))
    , m_issue(new QLabel(this))
{
    setObjectName(u"usersEditor"_s);
    m_countLabel->setObjectName(u"userCount"_s);
    m_userIdEdit->setObjectName(u"userIdEdit"_s);
    m_userIdEdit->setAccessibleName(tr("User id to add or remove"));
    m_userIdEdit->setPlaceholderText(u"usr_…"_s);
    m_userIdEdit->setClearButtonEnabled(true);
    m_userIdEdit->setMinimumWidth(fontMetrics().horizontalAdvance(u'0') * 24);
    setFocusProxy(m_userIdEdit);
    connect(m_userIdEdit, &QLineEdit::textChanged, this, &CustomerUsersEditor::update);
    connect(m_userIdEdit, &QLineEdit::returnPressed, this, &CustomerUsersEditor::requestAddUser);
    m_addButton->setObjectName(u"addUserButton"_s);
    m_addButton->setAccessibleName(tr("Add the user"));
    m_removeButton->setObjectName(u"removeUserButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the user"));
    connect(m_addButton, &QPushButton::clicked, this, &CustomerUsersEditor::requestAddUser);
    connect(m_removeButton, &QPushButton::clicked, this, &CustomerUsersEditor::requestRemoveUser);
    m_issue->setObjectName(u"userIssue"_s);
    m_issue->setWordWrap(true);
    m_issue->setVisible(false);

    auto* row = new QHBoxLayout;
    row->addWidget(m_countLabel);
    row->addSpacing(12);
    row->addWidget(m_userIdEdit, 1);
    row->addWidget(m_addButton);
    row->addWidget(m_removeButton);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_issue);
    setTabOrder(m_userIdEdit, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    changeEvent(nullptr);
}

void CustomerUsersEditor::setSession(CustomerSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_confirmation)
        m_confirmation->close();
    m_session = session;
    m_userIdEdit->clear();
    if (session) {
        connect(session, &CustomerSession::customerChanged, this, &CustomerUsersEditor::update);
        connect(session, &CustomerSession::busyChanged, this, &CustomerUsersEditor::update);
        connect(session, &CustomerSession::userIdRefused, this, &CustomerUsersEditor::showIssue);
        connect(session, &CustomerSession::userChanged, this, [this](const QString& userId) {
            if (m_userIdEdit->text().trimmed() == userId)
                m_userIdEdit->clear();
        });
    }
    update();
}

QString CustomerUsersEditor::checkedUserId()
{
    if (!m_session || !m_session->hasCustomer() || m_session->isBusy())
        return {};
    const QString userId = m_userIdEdit->text().trimmed();
    if (userId.isEmpty()) {
        m_userIdEdit->setFocus(Qt::ShortcutFocusReason);
        return {};
    }
    const QList<ValidationIssue> issues = Validation::checkUserId(userId);
    if (!issues.isEmpty()) {
        showIssue(issues.constFirst().message);
        return {};
    }
    return userId;
}

void CustomerUsersEditor::requestAddUser()
{
    const QString userId = checkedUserId();
    if (!userId.isEmpty())
        m_session->addUser(userId);
}

void CustomerUsersEditor::requestRemoveUser()
{
    const QString userId = checkedUserId();
    if (userId.isEmpty() || m_confirmation)
        return;
    Confirmation::Question question;
    question.objectName = u"removeUserConfirmation"_s;
    question.title = tr("Remove user");
    question.text = tr("Remove %1 from “%2”?").arg(userId, m_session->customer().name());
    question.informativeText = tr("The user can no longer work with this customer's studies.");
    question.confirmText = tr("Remove");
    const QPointer<CustomerSession> asked = m_session;
    m_confirmation = Confirmation::open(this, question, this, [this, asked, userId] {
        if (asked && asked == m_session)
            m_session->removeUser(userId);
    });
}

void CustomerUsersEditor::showIssue(const QString& message)
{
    m_issue->setText(message);
    m_issue->setVisible(!message.isEmpty());
    m_userIdEdit->setAccessibleDescription(message);
    if (!message.isEmpty()) {
        m_userIdEdit->setFocus(Qt::OtherFocusReason);
        m_userIdEdit->selectAll();
    }
}

void CustomerUsersEditor::update()
{
    const bool loaded = m_session && m_session->hasCustomer();
    const bool idle = loaded && !m_session->isBusy();
    const bool active = loaded && m_session->customer().isActive();
    m_countLabel->setText(
        loaded ? tr("%n user(s)", nullptr, static_cast<int>(m_session->customer().userCount())) : QString());
    const QString typed = m_userIdEdit->text().trimmed();
    // Checked while typed: a wrong id is said at once, and nothing can be sent with it.
    const QList<ValidationIssue> issues = typed.isEmpty() ? QList<ValidationIssue>() : Validation::checkUserId(typed);
    m_issue->setText(issues.isEmpty() ? QString() : issues.constFirst().message);
    m_issue->setVisible(!issues.isEmpty());
    m_userIdEdit->setAccessibleDescription(m_issue->text());
    const bool usable = idle && !typed.isEmpty() && issues.isEmpty();
    m_addButton->setEnabled(usable && active);
    m_addButton->setToolTip(
        loaded && !active ? tr("Users cannot be added to a deactivated customer: reactivate it first.") : QString());
    m_removeButton->setEnabled(usable);
}

void CustomerUsersEditor::changeEvent(QEvent* event)
{
    if (event)
        QWidget::changeEvent(event);
    if (!event || event->type() == QEvent::PaletteChange) {
        m_addButton->setIcon(Icons::themed(u"add-user"_s, palette()));
        m_removeButton->setIcon(Icons::themed(u"remove-user"_s, palette()));
        QPalette issuePalette = palette();
        issuePalette.setColor(QPalette::WindowText, MetadataPalette::errorText(palette()));
        m_issue->setPalette(issuePalette);
    }
}
