// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ExpressClient.h"
#include "core/model/Customer.h"
#include "core/model/CustomerDraft.h"
#include "core/model/UpdateOutcome.h"
#include "core/model/ValidationIssue.h"
#include "core/sync/CustomerWriter.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class MetadataDocument;
class QUndoStack;
class QWidget;
class SaveFlow;

// One open customer, and the only owner of everything about it: the customer as the server holds it (the
// baseline), the edits (name and metadata) with their undo stack, and every call that reads or changes it:
// load, save (conflict-safe, diff-only, through SaveFlow), deactivate/reactivate and users add/remove, each with
// its retry. Views show it and ask it to act; none of them calls the client.
//
// Edits stay possible while a save runs: when it ends, what was typed meanwhile is kept as edits on top of what
// the server now holds (DraftRebase), never replaced by the server's answer.
class CustomerSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Loading, // reading the customer (the first time, or again); nothing may be edited until it arrives
        LoadFailed, // the customer could not be read; retry() reads again
        Ready, // shown and editable, nothing in flight
        Saving, // the save flow runs; still editable
        Working, // deactivate, reactivate or a user change is in flight; still editable
    };
    Q_ENUM(State)

    // client is not owned and must outlive the session. Starts reading customerId at once.
    CustomerSession(ExpressClient* client, const QString& customerId, QObject* parent = nullptr);
    ~CustomerSession() override;

    QString customerId() const { return m_customerId; }
    State state() const { return m_state; }
    // The customer has been read at least once (the form has something to show).
    bool hasCustomer() const { return m_loaded; }
    // Loading, saving or working.
    bool isBusy() const;
    // The customer as the server holds it, as far as this session knows.
    Customer customer() const { return m_customer; }

    // The edits.
    QString name() const { return m_name; }
    // An edit of the name (undoable; consecutive typing is one step).
    void setName(const QString& name);
    bool isNameChanged() const;
    QList<ValidationIssue> nameIssues() const;
    MetadataDocument* metadata() const { return m_metadata; }
    QUndoStack* undoStack() const { return m_undoStack; }
    CustomerDraft draft() const;
    bool isDirty() const { return m_dirty; }
    bool isValid() const { return m_valid; }
    bool canSave() const;
    // Name and metadata back to the customer as the server holds it: one undo step.
    void revertAll();
    // Edits made elsewhere (kept from before a crash) replace the current ones, as edits against customer(); the
    // undo stack starts afresh. Does nothing before the customer has been read.
    void restoreEdits(const CustomerDraft& edits);

    // Journals every write (save, (de)activate, users) in the connection's history and mirror; nullptr: writes go
    // straight to the client. Not owned.
    void setJournal(JournaledWrites* journaled);

    // Where the save's review dialog opens (not owned).
    void setDialogParent(QWidget* parent);
    void setReviewEnabled(bool enabled);
    SaveFlow* saveFlow() const { return m_saveFlow; }

    // Reads the customer again; the edits are discarded (guard first). Does nothing while busy.
    void reload();
    // Sends the edits (see SaveFlow). False when there is nothing that may be saved now.
    bool save();
    void deactivate();
    void reactivate();
    // An invalid id sends nothing and reports its problem through userIdRefused().
    void addUser(const QString& userId);
    void removeUser(const QString& userId);

    // The last failure, while it stands; nullopt after the next success.
    std::optional<ApiError> lastError() const { return m_lastError; }
    // The last failure may be repeated: it is not a refused input, and the server did not forbid retrying.
    bool canRetry() const { return static_cast<bool>(m_retry); }
    void retry();

    // Called by SetNameCommand only: the name as the undo stack says it is.
    void applyName(const QString& name);

Q_SIGNALS:
    void stateChanged(CustomerSession::State state);
    void busyChanged(bool busy);
    // The customer was read (opened, or read again) and may be edited.
    void loaded(const Customer& customer);
    // customer() changed: loaded, saved, (de)activated, users changed. The list shows it too.
    void customerChanged(const Customer& customer);
    // The name changed other than by setName() (load, undo, revert): views show name().
    void nameChanged(const QString& name);
    void dirtyChanged(bool dirty);
    void validityChanged(bool valid);
    // What is under way for the status bar ("Saving…"); empty when nothing is.
    void progressChanged(const QString& text);
    // A short outcome for the status bar ("Saved “City Clinic”.").
    void notice(const QString& text);
    // An outcome that needs reading (the server stored something else than asked).
    void warning(const QString& text);
    void failed(const ApiError& error);
    // The failure shown last no longer stands (the next call of this session succeeded).
    void errorCleared();
    void userIdRefused(const QString& message);
    // A user was added or removed: the field that named it may be cleared.
    void userChanged(const QString& userId);
    // A save ended; succeeded is true when the server holds exactly what was sent (or nothing needed sending).
    void saveFinished(bool succeeded);
    void reviewEnabledChanged(bool enabled);

private:
    void setState(State state);
    void read(bool initial);
    void showCustomer(const Customer& customer);
    void keepEditsOnto(const Customer& saved);
    void updateStatus();
    void changeActive(bool activate);
    void changeUser(bool add, const QString& userId);
    void succeeded();
    void fail(const ApiError& error, std::function<void()> retry);
    void onSaved(const UpdateOutcome& outcome);
    void onNothingToSave(const Customer& onServer);
    void onSaveFailed(const ApiError& error);
    // Only what the form does not edit follows the server (state changes).
    void applyServerState(const Customer& server);

    QPointer<ExpressClient> m_client;
    CustomerWriter m_writer;
    QString m_customerId;
    State m_state = State::Loading;
    bool m_loaded = false;
    Customer m_customer;
    QString m_name;
    MetadataDocument* m_metadata = nullptr;
    QUndoStack* m_undoStack = nullptr;
    SaveFlow* m_saveFlow = nullptr;
    // The draft the running save sent, to tell what was typed meanwhile.
    CustomerDraft m_submitted;
    ExpressClient::CallId m_call = 0;
    std::optional<ApiError> m_lastError;
    std::function<void()> m_retry;
    bool m_dirty = false;
    bool m_valid = true;
};
