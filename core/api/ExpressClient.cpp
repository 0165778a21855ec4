// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ExpressClient.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiErrorFactory.h"
#include "core/api/ApiRequest.h"
#include "core/api/ExpressRequests.h"
#include "core/common/Logging.h"
#include "core/io/CustomerJson.h"
#include "core/io/CustomerPageJson.h"
#include "core/io/OperationStatusJson.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace ExpressRequests;

namespace {

using Operation = ApiRequest::Operation;

template<typename T>
using Deliver = std::function<void(const ApiResult<T>&)>;

// The callback, run only while its context lives.
template<typename T>
Deliver<T> guarded(QObject* context, ExpressClient::Callback<T> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](const ApiResult<T>& result) {
        if (guard && done)
            done(result);
    };
}

template<typename T>
void refuse(ApiCall* call, const Deliver<T>& deliver, const ApiError& error)
{
    call->setErrorHandler([deliver](const ApiError& e) { deliver(e); });
    call->refuse(error);
}

// One request whose 2xx body is parsed into T.
template<typename T>
void run(ApiCall* call, const ApiRequest& request, const Deliver<T>& deliver,
    std::function<Result<T, CustomerJsonError>(const QByteArray&)> parse)
{
    call->setErrorHandler([deliver](const ApiError& e) { deliver(e); });
    call->start(request, [call, deliver, parse](const QByteArray& body) {
        const Result<T, CustomerJsonError> parsed = parse(body);
        if (parsed.isError()) {
            call->failInvalidResponse(parsed.error().message);
            return;
        }
        call->succeed([deliver, value = parsed.value()] { deliver(value); });
    });
}

Result<Customer, CustomerJsonError> parseCustomer(const QByteArray& body)
{
    return CustomerJson::fromJson(body);
}

// The customer of a 2xx body; when it cannot be read, the call fails as InvalidResponse and there is none.
std::optional<Customer> customerOrFail(ApiCall* call, const QByteArray& body)
{
    const Result<Customer, CustomerJsonError> parsed = CustomerJson::fromJson(body);
    if (parsed.isError()) {
        call->failInvalidResponse(parsed.error().message);
        return std::nullopt;
    }
    return parsed.value();
}

// updateCustomer(): the answer was not exact, or could not be read. An answer can be off while the store is right (a
// lagging replica or cache), and a 2xx says the PATCH was carried out, so what the server holds decides: the customer
// is read again, within the same call. onReadFailed gets why that read failed (or was cancelled).
void readAgain(ApiCall* call, const Deliver<UpdateOutcome>& deliver, const CustomerPatch& asked,
    const QString& customerId, ApiCall::ErrorHandler onReadFailed)
{
    call->setErrorHandler(std::move(onReadFailed));
    call->send(forCustomer(Operation::Retrieve, "GET", customerId), [call, deliver, asked](const QByteArray& body) {
        const std::optional<Customer> held = customerOrFail(call, body);
        if (!held)
            return;
        UpdateOutcome outcome = UpdateOutcome::verify(asked, *held);
        outcome.basis = UpdateOutcome::Basis::ReadAgain;
        call->succeed([deliver, outcome] { deliver(outcome); });
    });
}

// The answer was not exact: a failed (or cancelled) read still delivers the outcome, as Basis::Unchecked.
void readAgainAfterInexactAnswer(ApiCall* call, const Deliver<UpdateOutcome>& deliver, const CustomerPatch& asked,
    const QString& customerId, const UpdateOutcome& answered)
{
    qCInfo(lcApi) << "the answer to an update differs from what was asked; reading the customer again";
    readAgain(call, deliver, asked, customerId, [deliver, answered](const ApiError& error) {
        UpdateOutcome unchecked = answered;
        unchecked.basis = UpdateOutcome::Basis::Unchecked;
        unchecked.readAgainError = error.message;
        deliver(unchecked);
    });
}

// The 2xx answer could not be read: there is no outcome without the read, so a failed one delivers the unreadable
// answer's error (the change was made).
void readAgainAfterUnreadableAnswer(ApiCall* call, const Deliver<UpdateOutcome>& deliver, const CustomerPatch& asked,
    const QString& customerId, const QString& detail)
{
    qCInfo(lcApi) << "the answer to an update could not be read; reading the customer again";
    readAgain(call, deliver, asked, customerId,
        [deliver, unreadable = call->unreadableAnswer(detail)](const ApiError&) { deliver(unreadable); });
}

// forEachCustomerPage(): hands one page on and asks for the next, until the last.
struct PageHandler
{
    ExpressClient* client;
    ApiCall* call;
    ExpressClient::PageCallback onPage;
    Deliver<int> deliver;
    std::shared_ptr<int> count; // customers so far
    QString cursor; // the cursor this page was asked with
    int pageSize;

    void operator()(const QByteArray& body) const
    {
        const Result<CustomerPage, CustomerJsonError> page = CustomerPageJson::fromJson(body);
        if (page.isError()) {
            call->failInvalidResponse(page.error().message);
            return;
        }
        *count += int(page.value().customers.size());
        const QPointer<ApiCall> guard(call);
        onPage(page.value().customers);
        if (!guard || call->isFinished()) // cancelled from the page's callback
            return;
        Q_EMIT client->pageLoaded(call->id(), *count);
        if (!guard || call->isFinished()) // cancelled from a slot
            return;
        const QString next = page.value().nextCursor;
        if (!page.value().hasMore || next.isEmpty()) {
            call->succeed([deliver = deliver, total = *count] { deliver(total); });
            return;
        }
        if (next == cursor) {
            call->failInvalidResponse(QCoreApplication::translate(
                "ExpressClient", "the server returned the same cursor again, so the list would never end."));
            return;
        }
        PageHandler following = *this;
        following.cursor = next;
        call->send(list(next, pageSize), following);
    }
};

// Their names only: a value may be a secret.
void logExtraHeaders(const ClientOptions& options)
{
    if (options.extraHeaders.isEmpty())
        return;
    QByteArrayList names;
    for (const auto& header : options.extraHeaders)
        names.append(header.first);
    qCDebug(lcApi).noquote() << "extra headers on every request:" << QString::fromLatin1(names.join(", "));
}

} // namespace

ExpressClient::ExpressClient(QNetworkAccessManager* nam, const ClientOptions& options, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_options(options)
{
    logExtraHeaders(m_options);
}

ExpressClient::~ExpressClient()
{
    // The calls are children and go with the client, without callbacks.
    for (const auto& [id, call] : m_calls)
        call->disconnect(this);
    m_calls.clear();
}

void ExpressClient::setOptions(const ClientOptions& options)
{
    m_options = options;
    logExtraHeaders(m_options);
}

ApiCall* ExpressClient::beginCall(QObject* context)
{
    auto* call = new ApiCall(m_nextId++, m_nam, m_options, this);
    connect(call, &ApiCall::ended, this, &ExpressClient::onCallEnded);
    connect(call, &ApiCall::retryScheduled, this, &ExpressClient::retryScheduled);
    connect(call, &ApiCall::keyRejected, this, &ExpressClient::keyRejected);
    // Nobody waits for the answer any more: stop the request (the guarded callback will not run).
    if (context && context != this)
        connect(context, &QObject::destroyed, call, &ApiCall::cancel);
    const bool wasIdle = m_calls.empty();
    m_calls.emplace(call->id(), call);
    if (wasIdle)
        Q_EMIT busyChanged(true);
    return call;
}

void ExpressClient::onCallEnded(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    it->second->deleteLater();
    m_calls.erase(it);
    if (m_calls.empty())
        Q_EMIT busyChanged(false);
}

ExpressClient::CallId ExpressClient::createCustomer(
    const QString& name, const Metadata& metadata, QObject* context, Callback<Customer> done)
{
    ApiCall* call = beginCall(context);
    const Deliver<Customer> deliver = guarded(context ? context : this, std::move(done));
    std::optional<ApiError> refusal = checkName(name);
    if (!refusal)
        refusal = checkMetadata(metadata);
    if (refusal) {
        refuse(call, deliver, *refusal);
        return call->id();
    }
    run<Customer>(call, create(name, metadata), deliver, parseCustomer);
    return call->id();
}

ExpressClient::CallId ExpressClient::retrieveCustomer(
    const QString& customerId, QObject* context, Callback<Customer> done)
{
    ApiCall* call = beginCall(context);
    const Deliver<Customer> deliver = guarded(context ? context : this, std::move(done));
    if (const auto refusal = checkCustomerId(customerId)) {
        refuse(call, deliver, *refusal);
        return call->id();
    }
    run<Customer>(call, forCustomer(Operation::Retrieve, "GET", customerId), deliver, parseCustomer);
    return call->id();
}

ExpressClient::CallId ExpressClient::updateCustomer(
    const QString& customerId, const CustomerPatch& patch, QObject* context, Callback<UpdateOutcome> done)
{
    ApiCall* call = beginCall(context);
    const Deliver<UpdateOutcome> deliver = guarded(context ? context : this, std::move(done));
    std::optional<ApiError> refusal = checkCustomerId(customerId);
    if (!refusal && patch.name())
        refusal = checkName(*patch.name());
    if (!refusal && patch.metadataChange() == CustomerPatch::MetadataChange::Replace)
        refusal = checkMetadata(patch.metadata());
    if (refusal) {
        refuse(call, deliver, *refusal);
        return call->id();
    }
    // Nothing to change: no PATCH, only the customer as it is now (which then holds all that was asked).
    ApiRequest request = forCustomer(Operation::Retrieve, "GET", customerId);
    if (!patch.isEmpty()) {
        request = forCustomer(Operation::Update, "PATCH", customerId);
        request.body = CustomerJson::patchToBytes(patch);
    }
    call->setErrorHandler([deliver](const ApiError& e) { deliver(e); });
    call->start(request, [call, deliver, patch, customerId](const QByteArray& body) {
        const Result<Customer, CustomerJsonError> answered = CustomerJson::fromJson(body);
        if (answered.isError() && !patch.isEmpty()) {
            readAgainAfterUnreadableAnswer(call, deliver, patch, customerId, answered.error().message);
            return;
        }
        if (answered.isError()) {
            call->failInvalidResponse(answered.error().message);
            return;
        }
        const UpdateOutcome outcome = UpdateOutcome::verify(patch, answered.value());
        if (outcome.isExact()) {
            call->succeed([deliver, outcome] { deliver(outcome); });
            return;
        }
        readAgainAfterInexactAnswer(call, deliver, patch, customerId, outcome);
    });
    return call->id();
}

ExpressClient::CallId ExpressClient::listCustomers(
    const QString& cursor, int limit, QObject* context, Callback<CustomerPage> done)
{
    ApiCall* call = beginCall(context);
    const Deliver<CustomerPage> deliver = guarded(context ? context : this, std::move(done));
    if (const auto refusal = checkPageSize(limit)) {
        refuse(call, deliver, *refusal);
        return call->id();
    }
    run<CustomerPage>(
        call, list(cursor, limit), deliver, [](const QByteArray& body) { return CustomerPageJson::fromJson(body); });
    return call->id();
}

ExpressClient::CallId ExpressClient::listAllCustomers(int pageSize, QObject* context, Callback<QList<Customer>> done)
{
    auto customers = std::make_shared<QList<Customer>>();
    return forEachCustomerPage(
        pageSize, context, [customers](const QList<Customer>& page) { customers->append(page); },
        [customers, done = std::move(done)](const ApiResult<int>& result) {
            if (result.isError())
                done(result.error());
            else
                done(*customers);
        });
}

ExpressClient::CallId ExpressClient::forEachCustomerPage(
    int pageSize, QObject* context, PageCallback onPage, Callback<int> done)
{
    ApiCall* call = beginCall(context);
    const Deliver<int> deliver = guarded(context ? context : this, std::move(done));
    if (const auto refusal = checkPageSize(pageSize)) {
        refuse(call, deliver, *refusal);
        return call->id();
    }
    const int limit = pageSize == 0 ? 100 : pageSize;
    // Like the callback, each page goes only to a context that still lives.
    const PageCallback pages = [guard = QPointer<QObject>(context ? context : this), onPage = std::move(onPage)](
                                   const QList<Customer>& customers) {
        if (guard && onPage)
            onPage(customers);
    };
    call->setErrorHandler([deliver](const ApiError& e) { deliver(e); });
    call->start(list({}, limit), PageHandler {this, call, pages, deliver, std::make_shared<int>(0), {}, limit});
    return call->id();
}

ExpressClient::CallId ExpressClient::deactivateCustomer(
    const QString& customerId, QObject* context, Callback<Customer> done)
{
    return changeActivation(Operation::Deactivate, u"/deactivate"_s, customerId, context, std::move(done));
}

ExpressClient::CallId ExpressClient::reactivateCustomer(
    const QString& customerId, QObject* context, Callback<Customer> done)
{
    return changeActivation(Operation::Reactivate, u"/reactivate"_s, customerId, context, std::move(done));
}

ExpressClient::CallId ExpressClient::addUser(
    const QString& customerId, const QString& userId, QObject* context, Callback<OperationStatus> done)
{
    return changeMembership(Operation::AddUser, "POST", customerId, userId, context, std::move(done));
}

ExpressClient::CallId ExpressClient::removeUser(
    const QString& customerId, const QString& userId, QObject* context, Callback<OperationStatus> done)
{
    return changeMembership(Operation::RemoveUser, "DELETE", customerId, userId, context, std::move(done));
}

ExpressClient::CallId ExpressClient::changeActivation(ApiRequest::Operation operation, const QString& pathSuffix,
    const QString& customerId, QObject* context, Callback<Customer> done)
{
    ApiCall* call = beginCall(context);
    const Deliver<Customer> deliver = guarded(context ? context : this, std::move(done));
    if (const auto refusal = checkCustomerId(customerId)) {
        refuse(call, deliver, *refusal);
        return call->id();
    }
    // As for an update: an answer that still shows the old state may be stale (a lagging replica or cache), and one
    // that cannot be read still says it was done, so what the server holds decides. A failed read delivers the
    // answer, which is all there is to go by (or, when it could not be read, its error).
    const bool wanted = operation == Operation::Reactivate;
    call->setErrorHandler([deliver](const ApiError& e) { deliver(e); });
    call->start(forCustomer(operation, "POST", customerId, pathSuffix),
        [call, deliver, customerId, wanted](const QByteArray& body) {
            const Result<Customer, CustomerJsonError> answered = CustomerJson::fromJson(body);
            if (answered.isOk() && answered.value().isActive() == wanted) {
                call->succeed([deliver, answer = answered.value()] { deliver(answer); });
                return;
            }
            qCInfo(lcApi) << "the answer to a (de)activation is unreadable or shows the old state; reading again";
            if (answered.isOk())
                call->setErrorHandler([deliver, answer = answered.value()](const ApiError&) { deliver(answer); });
            else
                call->setErrorHandler([deliver, unreadable = call->unreadableAnswer(answered.error().message)](
                                          const ApiError&) { deliver(unreadable); });
            call->send(forCustomer(Operation::Retrieve, "GET", customerId), [call, deliver](const QByteArray& held) {
                if (const std::optional<Customer> customer = customerOrFail(call, held))
                    call->succeed([deliver, value = *customer] { deliver(value); });
            });
        });
    return call->id();
}

ExpressClient::CallId ExpressClient::changeMembership(ApiRequest::Operation operation, const QByteArray& method,
    const QString& customerId, const QString& userId, QObject* context, Callback<OperationStatus> done)
{
    ApiCall* call = beginCall(context);
    const Deliver<OperationStatus> deliver = guarded(context ? context : this, std::move(done));
    std::optional<ApiError> refusal = checkCustomerId(customerId);
    if (!refusal)
        refusal = checkUserId(userId);
    if (refusal) {
        refuse(call, deliver, *refusal);
        return call->id();
    }
    run<OperationStatus>(
        call, membership(operation, method, customerId, userId), deliver, OperationStatusJson::fromJson);
    return call->id();
}

void ExpressClient::cancel(CallId call)
{
    const auto it = m_calls.find(call);
    if (it != m_calls.end())
        it->second->cancel();
}

void ExpressClient::cancelAll()
{
    QList<CallId> ids;
    for (const auto& entry : m_calls)
        ids.append(entry.first);
    for (const CallId id : ids)
        cancel(id);
}

bool ExpressClient::isBusy() const
{
    return !m_calls.empty();
}

int ExpressClient::callsInFlight() const
{
    return int(m_calls.size());
}
