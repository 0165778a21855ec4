// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/CustomerSession.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
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
    QLineEdit* userIdEdit() const { return m_userIdEdit; }
    // The metadata editor's actions, for the window's Metadata menu.
    QList<QAction*> metadataActions() const;

public Q_SLOTS:
    void copyId();
    // Ask for confirmation (a dialog opened with open()), then ask the session.
    void requestDeactivate();
    void requestReactivate();
    void requestRemoveUser();
    // The id typed in the user field; an invalid or empty id only focuses the field and says why.
    void requestAddUser();

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
    void updateUserControls();
    void showUserIssue(const QString& message);
    // Opens a question with open(); confirmed runs when the user confirms and the session is still the same.
    void confirm(const QString& objectName, QMessageBox::Icon icon, const QString& title, const QString& text,
        const QString& informative, const QString& confirmText, std::function<void()> confirmed);
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
    QLabel* m_userCountLabel = nullptr;
    QLineEdit* m_userIdEdit = nullptr;
    QPushButton* m_addUserButton = nullptr;
    QPushButton* m_removeUserButton = nullptr;
    QLabel* m_userIssue = nullptr;
    QLabel* m_createdLabel = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QLabel* m_createdByLabel = nullptr;
    MetadataEditor* m_metadataEditor = nullptr;
    QPointer<QMessageBox> m_confirmation;
};
