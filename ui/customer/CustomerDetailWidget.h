// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/customer/CustomerSession.h"
#include "ui/shell/Confirmation.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
struct MainActions;
class CustomerUsersEditor;
class MetadataEditor;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// The form of one customer: a view of its CustomerSession. Shows the id, name, state, users, dates and the
// metadata editor; typing edits the session's draft, and the buttons ask the session to act (deactivation and
// removing a user ask first). Holds no customer state of its own.
class CustomerDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetailWidget(QWidget* parent = nullptr);
    ~CustomerDetailWidget() override;

    // Shows session (not owned); nullptr shows nothing. The widget follows the session's signals.
    void setSession(CustomerSession* session);
    CustomerSession* session() const { return m_session; }

    MetadataEditor* metadataEditor() const { return m_metadataEditor; }
    QLineEdit* nameEdit() const { return m_nameEdit; }
    QLineEdit* userIdEdit() const;
    // The window's actions that act on the form: copy id, (de)activate, add/remove user, go to details.
    void bindActions(const MainActions& actions);
    // The metadata editor's actions, for the window's Metadata menu.
    QList<QAction*> metadataActions() const;

public Q_SLOTS:
    void copyId();
    // Ask for confirmation (a dialog opened with open()), then ask the session.
    void requestDeactivate();
    void requestReactivate();

Q_SIGNALS:
    // A short message for the status bar ("Copied cus_….").
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showName(const QString& name);
    void updateLabels();
    void updateNameState();
    // Asks question; confirmed runs on the session when the user confirms and the session is still the same.
    void confirm(const Confirmation::Question& question, void (CustomerSession::*confirmed)());
    QString formatTime(const std::optional<QDateTime>& time) const;

    QPointer<CustomerSession> m_session;
    QLabel* m_idLabel = nullptr;
    QToolButton* m_copyIdButton = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLabel* m_nameChangedLabel = nullptr;
    QLabel* m_nameIssue = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPushButton* m_deactivateButton = nullptr;
    QPushButton* m_reactivateButton = nullptr;
    CustomerUsersEditor* m_users = nullptr;
    QLabel* m_createdLabel = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QLabel* m_createdByLabel = nullptr;
    MetadataEditor* m_metadataEditor = nullptr;
    QPointer<QMessageBox> m_confirmation;
};
