// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "JournaledWrites.h"

#include "core/api/ExpressClient.h"

#include <QPointer>

// Where the app's writes to one customer go: through JournaledWrites (history and mirror) when the connection has a
// workspace, else straight to the client, as without one. The same calls either way; before is the customer as read
// before the write.
class CustomerWriter
{
public:
    using CallId = ExpressClient::CallId;
    template<typename T>
    using Callback = ExpressClient::Callback<T>;

    // Neither is owned; journaled may be nullptr (or go away: then writes go straight to the client).
    explicit CustomerWriter(ExpressClient* client = nullptr, JournaledWrites* journaled = nullptr);

    bool isJournaled() const { return !m_journaled.isNull(); }

    CallId updateCustomer(
        const Customer& before, const CustomerPatch& patch, QObject* context, Callback<UpdateOutcome> done) const;
    CallId setActive(const Customer& before, bool active, QObject* context, Callback<Customer> done) const;
    CallId changeUser(const Customer& before, const QString& userId, bool add, QObject* context,
        Callback<OperationStatus> done) const;

private:
    QPointer<ExpressClient> m_client;
    QPointer<JournaledWrites> m_journaled;
};
