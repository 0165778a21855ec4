// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ExpressClient.h"

// Stub: the implementation follows.
ExpressClient::ExpressClient(QNetworkAccessManager* nam, const ClientOptions& options, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(options)
{ }

ExpressClient::~ExpressClient() = default;

void ExpressClient::setOptions(const ClientOptions& options)
{
    m_options = options;
}

ExpressClient::CallId ExpressClient::createCustomer(const QString&, const Metadata&, QObject*, Callback<Customer>)
{
    return 0;
}
ExpressClient::CallId ExpressClient::retrieveCustomer(const QString&, QObject*, Callback<Customer>)
{
    return 0;
}
ExpressClient::CallId ExpressClient::updateCustomer(
    const QString&, const CustomerPatch&, QObject*, Callback<UpdateOutcome>)
{
    return 0;
}
ExpressClient::CallId ExpressClient::listCustomers(const QString&, int, QObject*, Callback<CustomerPage>)
{
    return 0;
}
ExpressClient::CallId ExpressClient::listAllCustomers(int, QObject*, Callback<QList<Customer>>)
{
    return 0;
}
ExpressClient::CallId ExpressClient::deactivateCustomer(const QString&, QObject*, Callback<Customer>)
{
    return 0;
}
ExpressClient::CallId ExpressClient::reactivateCustomer(const QString&, QObject*, Callback<Customer>)
{
    return 0;
}
ExpressClient::CallId ExpressClient::addUser(const QString&, const QString&, QObject*, Callback<OperationStatus>)
{
    return 0;
}
ExpressClient::CallId ExpressClient::removeUser(const QString&, const QString&, QObject*, Callback<OperationStatus>)
{
    return 0;
}
void ExpressClient::cancel(CallId)
{ }
void ExpressClient::cancelAll()
{ }
bool ExpressClient::isBusy() const
{
    return false;
}
int ExpressClient::callsInFlight() const
{
    return 0;
}
