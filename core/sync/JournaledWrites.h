// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryOrigin.h"

#include "core/api/ExpressClient.h"
#include "core/store/CustomerMirror.h"
#include "core/store/HistoryJournal.h"

#include <QObject>

#include <memory>
#include <optional>

// Every write to the API that the app or the CLI makes, journaled: the entry is stored (pending) in the workspace's
// history before the request is sent, and completed when the answer comes (succeeded, failed, or uncertain when the
// request may have taken effect although no answer said so). What the server answers goes into the mirror at once,
// so that search shows it.
//
// If the history cannot store the entry, the request is NOT sent: the callback gets an InvalidRequest error saying so
// (after notJournaled), and the caller keeps what it wanted to write ("nothing lost"). A write the history cannot
// record would be a change nobody can account for; a retry after the disk is freed costs nothing.
//
// The methods take what ExpressClient's do and return its call ids (cancel them on the client); they add the customer
// as read before the write (for the history's before/after) where the caller has it. The client's calls run with this
// object as their context, so an entry is completed even when the caller's context has gone (its callback then is
// not called); an entry whose program ended before the answer stays pending.
class JournaledWrites : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = ExpressClient::Callback<T>;
    using CallId = ExpressClient::CallId;

    // client is not owned and must outlive this object; store is the connection's workspace.
    JournaledWrites(ExpressClient* client, std::shared_ptr<WorkspaceStore> store, const HistoryOrigin& origin,
        QObject* parent = nullptr);

    const HistoryOrigin& origin() const { return m_origin; }
    HistoryJournal& journal() { return m_journal; }

    // PATCH: before is the customer as read before the write (the base of the patch). An empty patch is not a write
    // and is not journaled.
    CallId updateCustomer(
        const Customer& before, const CustomerPatch& patch, QObject* context, Callback<UpdateOutcome> done);
    CallId createCustomer(const QString& name, const Metadata& metadata, QObject* context, Callback<Customer> done);
    // Deactivate (active false) or reactivate; before: the customer when it was read (its name and state), nullopt
    // when not.
    CallId setActive(const QString& customerId, bool active, const std::optional<Customer>& before, QObject* context,
        Callback<Customer> done);
    CallId changeUser(const QString& customerId, const QString& userId, bool add, const std::optional<Customer>& before,
        QObject* context, Callback<OperationStatus> done);

Q_SIGNALS:
    // The entry could not be stored, and the write was not sent; the callback's error follows.
    void notJournaled(const StoreError& error);
    // The write was made, but completing its entry or updating the mirror failed: the entry may stay pending.
    void historyIncomplete(const StoreError& error);
    // An entry was begun or completed (for views of the history).
    void historyChanged(const QString& entryId, const QString& customerId);

private:
    // Stores the entry as pending; its id, or empty after notJournaled (then done has been scheduled with the error).
    template<typename T>
    QString begin(HistoryEntry entry, QObject* context, const Callback<T>& done);
    // Completes the entry and calls done when context still lives.
    void complete(const QString& entryId, HistoryEntry::State state, const QString& customerId,
        const QString& customerName, const QString& error);
    void completeFailure(const QString& entryId, const ApiError& error);
    void mirror(const Customer& customer);
    // Reads the customer and puts it into the mirror (after a change whose answer does not carry it: its user count).
    // A read that fails changes nothing: the next sync brings the count.
    void refreshMirror(const QString& customerId);
    HistoryEntry entryFor(HistoryEntry::Operation operation, const QString& customerId, const QString& name) const;

    ExpressClient* m_client;
    HistoryOrigin m_origin;
    HistoryJournal m_journal;
    CustomerMirror m_mirror;
};
