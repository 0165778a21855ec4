// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "JournaledWrites.h"

#include "core/api/ExpressRequests.h"
#include "core/io/CustomerJson.h"
#include "core/store/HistoryDiff.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

using Operation = HistoryEntry::Operation;
using State = HistoryEntry::State;

namespace {

std::optional<QString> bodyText(const std::optional<QByteArray>& body)
{
    return body ? std::optional(QString::fromUtf8(*body)) : std::nullopt;
}

// Runs done with result while context lives.
template<typename T>
void deliver(const QPointer<QObject>& context, const ExpressClient::Callback<T>& done, const ApiResult<T>& result)
{
    if (context && done)
        done(result);
}

} // namespace

JournaledWrites::JournaledWrites(
    ExpressClient* client, std::shared_ptr<WorkspaceStore> store, const HistoryOrigin& origin, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_origin(origin)
    , m_journal(store)
    , m_mirror(store)
{
    Q_ASSERT(client != nullptr);
}

HistoryEntry JournaledWrites::entryFor(Operation operation, const QString& customerId, const QString& name) const
{
    HistoryEntry entry;
    entry.osUser = m_origin.osUser;
    entry.program = m_origin.program;
    entry.connection = m_origin.connection;
    entry.operation = operation;
    entry.customerId = customerId;
    entry.customerName = name;
    return entry;
}

template<typename T>
QString JournaledWrites::begin(HistoryEntry entry, QObject* context, const Callback<T>& done)
{
    const Result<HistoryEntry, StoreError> begun = m_journal.begin(std::move(entry));
    if (begun.isOk()) {
        Q_EMIT historyChanged(begun.value().id, begun.value().customerId);
        return begun.value().id;
    }
    const StoreError failure = begun.error();
    Q_EMIT notJournaled(failure);
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.message = tr("The change was not sent, and nothing of it is lost: it could not be recorded in the history "
                       "first. %1")
                        .arg(failure.message);
    // Later, as the client delivers its own refusals: the caller has its call id by then.
    QTimer::singleShot(
        0, this, [guard = QPointer<QObject>(context), done, error] { deliver<T>(guard, done, ApiResult<T>(error)); });
    return {};
}

void JournaledWrites::complete(
    const QString& entryId, State state, const QString& customerId, const QString& customerName, const QString& error)
{
    if (auto failure = m_journal.complete(entryId, state, customerId, customerName, error))
        Q_EMIT historyIncomplete(*failure);
    Q_EMIT historyChanged(entryId, customerId);
}

void JournaledWrites::completeFailure(const QString& entryId, const ApiError& error)
{
    complete(entryId, error.mayHaveTakenEffect ? State::Uncertain : State::Failed, {}, {}, error.message);
}

void JournaledWrites::mirror(const Customer& customer)
{
    if (auto failure = m_mirror.put(customer))
        Q_EMIT historyIncomplete(*failure);
}

void JournaledWrites::refreshMirror(const QString& customerId)
{
    m_client->retrieveCustomer(customerId, this, [this](const ApiResult<Customer>& result) {
        if (result.isOk())
            mirror(result.value());
    });
}

ExpressClient::CallId JournaledWrites::updateCustomer(
    const Customer& before, const CustomerPatch& patch, QObject* context, Callback<UpdateOutcome> done)
{
    if (patch.isEmpty()) // not a write: the client reads the customer instead
        return m_client->updateCustomer(before.id(), patch, context, std::move(done));
    HistoryEntry entry = entryFor(Operation::Update, before.id(), before.name());
    entry.requestBody = QString::fromUtf8(CustomerJson::patchToBytes(patch));
    entry.changes = HistoryDiff::update(before, patch);
    const QString entryId = begin(std::move(entry), context, done);
    if (entryId.isEmpty())
        return 0;
    return m_client->updateCustomer(before.id(), patch, this,
        [this, entryId, guard = QPointer<QObject>(context), done](const ApiResult<UpdateOutcome>& result) {
            if (result.isError()) {
                completeFailure(entryId, result.error());
            } else {
                const UpdateOutcome& outcome = result.value();
                // Unchecked: the answer differed and could not be read again; it may be out of date.
                if (outcome.isExact() || outcome.basis != UpdateOutcome::Basis::Unchecked)
                    mirror(outcome.customer);
                complete(entryId, State::Succeeded, outcome.customer.id(), outcome.customer.name(),
                    outcome.isExact() ? QString() : outcome.describe());
            }
            deliver(guard, done, result);
        });
}

ExpressClient::CallId JournaledWrites::createCustomer(
    const QString& name, const Metadata& metadata, QObject* context, Callback<Customer> done)
{
    HistoryEntry entry = entryFor(Operation::Create, QString(), name);
    entry.requestBody = bodyText(ExpressRequests::create(name, metadata).body);
    entry.changes = HistoryDiff::create(name, metadata);
    const QString entryId = begin(std::move(entry), context, done);
    if (entryId.isEmpty())
        return 0;
    return m_client->createCustomer(name, metadata, this,
        [this, entryId, guard = QPointer<QObject>(context), done](const ApiResult<Customer>& result) {
            if (result.isError()) {
                completeFailure(entryId, result.error());
            } else {
                mirror(result.value());
                complete(entryId, State::Succeeded, result.value().id(), result.value().name(), {});
            }
            deliver(guard, done, result);
        });
}

ExpressClient::CallId JournaledWrites::setActive(const QString& customerId, bool active,
    const std::optional<Customer>& before, QObject* context, Callback<Customer> done)
{
    HistoryEntry entry = entryFor(
        active ? Operation::Reactivate : Operation::Deactivate, customerId, before ? before->name() : QString());
    const std::optional<bool> wasActive = before ? std::optional(before->isActive()) : std::nullopt;
    entry.changes = HistoryDiff::activation(wasActive, active);
    if (entry.changes.isEmpty()) // asked although it already is: still a request, recorded as such
        entry.changes = HistoryDiff::activation(std::nullopt, active);
    const QString entryId = begin(std::move(entry), context, done);
    if (entryId.isEmpty())
        return 0;
    auto onAnswer = [this, entryId, active, guard = QPointer<QObject>(context), done](
                        const ApiResult<Customer>& result) {
        if (result.isError()) {
            completeFailure(entryId, result.error());
        } else {
            const Customer& customer = result.value();
            mirror(customer);
            const QString unchanged = active ? tr("The server answered, but the customer is still inactive.")
                                             : tr("The server answered, but the customer is still active.");
            complete(entryId, customer.isActive() == active ? State::Succeeded : State::Failed, customer.id(),
                customer.name(), customer.isActive() == active ? QString() : unchanged);
        }
        deliver(guard, done, result);
    };
    return active ? m_client->reactivateCustomer(customerId, this, std::move(onAnswer))
                  : m_client->deactivateCustomer(customerId, this, std::move(onAnswer));
}

ExpressClient::CallId JournaledWrites::changeUser(const QString& customerId, const QString& userId, bool add,
    const std::optional<Customer>& before, QObject* context, Callback<OperationStatus> done)
{
    HistoryEntry entry =
        entryFor(add ? Operation::AddUser : Operation::RemoveUser, customerId, before ? before->name() : QString());
    entry.requestBody =
        bodyText(ExpressRequests::membership(add ? ApiRequest::Operation::AddUser : ApiRequest::Operation::RemoveUser,
            add ? QByteArray("POST") : QByteArray("DELETE"), customerId, userId)
                     .body);
    entry.changes = HistoryDiff::membership(userId, add);
    const QString entryId = begin(std::move(entry), context, done);
    if (entryId.isEmpty())
        return 0;
    auto onAnswer = [this, entryId, customerId, guard = QPointer<QObject>(context), done](
                        const ApiResult<OperationStatus>& result) {
        if (result.isError()) {
            completeFailure(entryId, result.error());
        } else if (result.value().success) {
            complete(entryId, State::Succeeded, {}, {}, result.value().message);
            refreshMirror(customerId);
        } else {
            const QString message = result.value().message;
            complete(entryId, State::Failed, {}, {},
                message.isEmpty() ? tr("The server answered, but reported that it did not succeed.") : message);
        }
        deliver(guard, done, result);
    };
    return add ? m_client->addUser(customerId, userId, this, std::move(onAnswer))
               : m_client->removeUser(customerId, userId, this, std::move(onAnswer));
}
