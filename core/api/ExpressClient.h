// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/ApiResult.h"
#include "core/api/ClientOptions.h"
#include "core/model/Customer.h"
#include "core/model/CustomerPage.h"
#include "core/model/CustomerPatch.h"
#include "core/model/OperationStatus.h"
#include "core/model/UpdateOutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <map>

class ApiCall;
class QNetworkAccessManager;

// The Express API, one method per operation of the contract. Calls are asynchronous: each returns a
// CallId at once and later invokes its callback exactly once, through the context object, so a closed
// window (a destroyed context) never receives a late reply. Failures arrive as ApiError values. Retries
// (connection failures, timeouts, 408, 409, 429, 5xx) follow the vendor SDKs; create is never retried
// once it may have reached the server.
class ExpressClient : public QObject
{
    Q_OBJECT

public:
    using CallId = quint64;
    template<typename T>
    using Callback = std::function<void(const ApiResult<T>&)>;

    // nam is not owned and must outlive the client. Destroying the client aborts the calls in flight
    // without callbacks (their contexts usually go with it).
    ExpressClient(QNetworkAccessManager* nam, const ClientOptions& options, QObject* parent = nullptr);
    ~ExpressClient() override;

    const ClientOptions& options() const { return m_options; }
    // The one given to the constructor (not owned).
    QNetworkAccessManager* networkAccessManager() const { return m_nam; }
    void setOptions(const ClientOptions& options);

    CallId createCustomer(const QString& name, const Metadata& metadata, QObject* context, Callback<Customer> done);
    CallId retrieveCustomer(const QString& customerId, QObject* context, Callback<Customer> done);
    // An empty patch is not sent: the callback gets the customer as retrieved instead. When the answer to the
    // PATCH is not exactly what was asked, the customer is read again in the same call and the outcome compares
    // with what the server holds (UpdateOutcome::Basis); one request when the answer is exact.
    CallId updateCustomer(
        const QString& customerId, const CustomerPatch& patch, QObject* context, Callback<UpdateOutcome> done);
    // One page. limit 1..100 (0: the server's default); an empty cursor asks for the first page.
    CallId listCustomers(const QString& cursor, int limit, QObject* context, Callback<CustomerPage> done);
    // Every page, following cursors; pageLoaded reports progress. A page that fails fails the call.
    CallId listAllCustomers(int pageSize, QObject* context, Callback<QList<Customer>> done);
    // Every page as it arrives, kept nowhere: onPage gets each page's customers, then done the number of customers
    // in all. A page that fails fails the call after onPage has had the pages before it.
    using PageCallback = std::function<void(const QList<Customer>& customers)>;
    CallId forEachCustomerPage(int pageSize, QObject* context, PageCallback onPage, Callback<int> done);
    // The customer as the server holds it afterwards: an answer that still shows the old state is checked by
    // reading the customer again (it may be stale); if that read fails, the answer is delivered.
    CallId deactivateCustomer(const QString& customerId, QObject* context, Callback<Customer> done);
    CallId reactivateCustomer(const QString& customerId, QObject* context, Callback<Customer> done);
    CallId addUser(const QString& customerId, const QString& userId, QObject* context, Callback<OperationStatus> done);
    CallId removeUser(
        const QString& customerId, const QString& userId, QObject* context, Callback<OperationStatus> done);

    // The callback of a cancelled call runs once, at once, with ApiError::Kind::Cancelled; never later. An update
    // cancelled while it reads the customer again has been carried out: it gets its outcome, Basis::Unchecked.
    // Unknown or finished ids are ignored.
    void cancel(CallId call);
    void cancelAll();

    bool isBusy() const;
    int callsInFlight() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    // An attempt failed and another follows after delay (for the status bar: "Rate limited, retrying in 2 s").
    void retryScheduled(
        ExpressClient::CallId call, int nextAttempt, std::chrono::milliseconds delay, const ApiError& cause);
    // Some call was answered 401: the key is wrong or revoked. Emitted before that call's callback.
    void keyRejected(const ApiError& error);
    // listAllCustomers(): a page arrived; total so far.
    void pageLoaded(ExpressClient::CallId call, int customersSoFar);

private:
    // A new call, registered (busy) and cancelled when context is destroyed.
    ApiCall* beginCall(QObject* context);
    // deactivate and reactivate: POST {id}/<pathSuffix>, no body.
    CallId changeActivation(ApiRequest::Operation operation, const QString& pathSuffix, const QString& customerId,
        QObject* context, Callback<Customer> done);
    // users add and users remove: {id}/users with {"userId": ...}.
    CallId changeMembership(ApiRequest::Operation operation, const QByteArray& method, const QString& customerId,
        const QString& userId, QObject* context, Callback<OperationStatus> done);
    void onCallEnded(quint64 call);

    QNetworkAccessManager* m_nam;
    ClientOptions m_options;
    std::map<CallId, ApiCall*> m_calls; // children, in flight
    CallId m_nextId = 1;
};
