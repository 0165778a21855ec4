// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerWriter.h"

CustomerWriter::CustomerWriter(ExpressClient* client, JournaledWrites* journaled)
    : m_client(client)
    , m_journaled(journaled)
{ }

ExpressClient::CallId CustomerWriter::updateCustomer(
    const Customer& before, const CustomerPatch& patch, QObject* context, Callback<UpdateOutcome> done) const
{
    if (m_journaled)
        return m_journaled->updateCustomer(before, patch, context, std::move(done));
    return m_client ? m_client->updateCustomer(before.id(), patch, context, std::move(done)) : 0;
}

ExpressClient::CallId CustomerWriter::setActive(
    const Customer& before, bool active, QObject* context, Callback<Customer> done) const
{
    if (m_journaled)
        return m_journaled->setActive(before.id(), active, before, context, std::move(done));
    if (!m_client)
        return 0;
    return active ? m_client->reactivateCustomer(before.id(), context, std::move(done))
                  : m_client->deactivateCustomer(before.id(), context, std::move(done));
}

ExpressClient::CallId CustomerWriter::changeUser(
    const Customer& before, const QString& userId, bool add, QObject* context, Callback<OperationStatus> done) const
{
    if (m_journaled)
        return m_journaled->changeUser(before.id(), userId, add, before, context, std::move(done));
    if (!m_client)
        return 0;
    return add ? m_client->addUser(before.id(), userId, context, std::move(done))
               : m_client->removeUser(before.id(), userId, context, std::move(done));
}
