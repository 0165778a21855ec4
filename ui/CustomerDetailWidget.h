// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"
#include "core/Customer.h"
#include "core/CustomerDraft.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ExpressClient;
class MetadataEditor;
class QLabel;
class QLineEdit;
#include <QMessageBox>
class QPushButton;
class QToolButton;
class QUndoStack;

// The form of one customer: id, name, active state, users, dates and the metadata editor. The name and the
// metadata share one undo stack, reset on setCustomer(). Deactivate/reactivate and user changes go to the
// server at once (they are not part of the draft); name and metadata wait for a save (see SaveFlow).
class CustomerDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetailWidget(QWidget* parent = nullptr);
    ~CustomerDetailWidget() override;

    // The client for the immediate operations; not owned. May change when the profile changes.
    void setClient(ExpressClient* client);

    // Loads a customer (after opening it or after a save): resets the baseline, the form and the undo stack.
    void setCustomer(const Customer& customer);
    // The customer as loaded (with the state changes made since: active, user count, updated).
    Customer customer() const { return m_customer; }
    bool hasCustomer() const { return !m_customer.id().isEmpty(); }
    void clear();

    CustomerDraft draft() const;
    // The name (trimmed) or the metadata differ from the customer as loaded.
    bool isDirty() const { return m_dirty; }
    // No validation errors in the name or the metadata.
    bool isValid() const { return m_valid; }

    QUndoStack* undoStack() const { return m_undoStack; }
    MetadataEditor* metadataEditor() const { return m_metadataEditor; }
    QLineEdit* nameEdit() const { return m_nameEdit; }
    QLineEdit* userIdEdit() const { return m_userIdEdit; }
    // An operation (state change, user) is in flight.
    bool isBusy() const { return m_busy; }

    // Called by SetNameCommand only: shows text in the name field without pushing a command.
    void applyName(const QString& text);

public Q_SLOTS:
    // Name and metadata back to the customer as loaded: one undo step.
    void revertAll();
    void copyId();
    // Asks for confirmation (a dialog opened with open()), then deactivates or reactivates.
    void requestDeactivate();
    void requestReactivate();
    // The id in the user field, checked before anything is sent; an invalid id only focuses the field.
    void addUser();
    void removeUser();
    // Repeats the operation that failed last (for the message bar's Retry).
    void retryLastOperation();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void validityChanged(bool valid);
    void busyChanged(bool busy);
    // The server's state of the customer changed by an operation of this form (for the list).
    void customerUpdated(const Customer& customer);
    // An operation failed; retryLastOperation() repeats it.
    void operationFailed(const ApiError& error);
    // A short message for the status bar ("Customer deactivated.").
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onNameEdited(const QString& text);
    void updateState();
    void updateLabels();
    void updateNameValidation();
    void updateUserButtons();
    void setBusy(bool busy);
    void confirmActiveChange(bool activate);
    void changeActive(bool activate);
    void changeUser(bool add, const QString& userId);
    // Keeps the edits: only what the form does not edit follows the server.
    void applyServerState(const Customer& server);
    void runOperation(std::function<void()> operation);
    void fail(const ApiError& error);
    QString formatTime(const std::optional<QDateTime>& time) const;

    QPointer<ExpressClient> m_client;
    Customer m_customer;
    QUndoStack* m_undoStack = nullptr;
    QLabel* m_idLabel = nullptr;
    QToolButton* m_copyIdButton = nullptr;
    QLineEdit* m_nameEdit = nullptr;
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
    std::function<void()> m_lastOperation;
    QString m_shownName;
    bool m_applyingName = false;
    bool m_dirty = false;
    bool m_valid = true;
    bool m_busy = false;
};
