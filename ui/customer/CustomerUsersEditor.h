// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class CustomerSession;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

// The Users row of the customer form: how many users the customer has, a field for a user id (checked while
// typed), and Add and Remove (which asks first). The session does the calls; adding is off while the customer is
// deactivated.
class CustomerUsersEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerUsersEditor(QWidget* parent = nullptr);

    // Not owned; nullptr shows nothing.
    void setSession(CustomerSession* session);
    QLineEdit* userIdEdit() const { return m_userIdEdit; }

public Q_SLOTS:
    // With no id typed, these only put the focus in the field; an invalid id is flagged, nothing is sent.
    void requestAddUser();
    void requestRemoveUser();

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    void showIssue(const QString& message);
    // The typed id when it is valid; otherwise flags it (and returns an empty string).
    QString checkedUserId();

    QPointer<CustomerSession> m_session;
    QLabel* m_countLabel = nullptr;
    QLineEdit* m_userIdEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_issue = nullptr;
    QPointer<QMessageBox> m_confirmation;
};
