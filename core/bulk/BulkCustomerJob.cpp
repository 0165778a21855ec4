// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkCustomerJob.h"

#include "core/model/BulkPlanner.h"
#include "core/store/BulkJournal.h"
#include "core/sync/JournaledWrites.h"

#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

using ItemState = BulkItemRecord::State;
using PlanOutcome = BulkCustomerPlan::Outcome;

BulkCustomerJob::BulkCustomerJob(
    const Context& context, const BulkItemRecord& item, bool judgeFirst, bool lastChance, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_item(item)
    , m_judgeFirst(judgeFirst)
    , m_lastChance(lastChance)
{ }

QString BulkCustomerJob::kindName(const ApiError& error)
{
    const char* name = QMetaEnum::fromType<ApiError::Kind>().valueToKey(static_cast<int>(error.kind));
    return name ? QString::fromLatin1(name) : u"Unknown"_s;
}

void BulkCustomerJob::start()
{
    m_call = m_context.client->retrieveCustomer(m_item.customerId, this, [this](const ApiResult<Customer>& result) {
        m_call = 0;
        onRead(result);
    });
}

void BulkCustomerJob::onRead(const ApiResult<Customer>& result)
{
    if (result.isError()) {
        const ApiError& error = result.error();
        if (error.kind == ApiError::Kind::RateLimited)
            return rateLimited(error);
        if (m_judgeFirst) // its earlier write may have been made: that stays to be found out
            return settle(ItemState::Uncertain,
                tr("It could not be read again to see whether its change was made: %1").arg(error.message),
                kindName(error));
        return settle(ItemState::Failed, error.message, kindName(error));
    }
    const Customer& customer = result.value();
    m_item.customerName = customer.name();
    if (m_mayWrite && !m_mayWrite())
        return end({.kind = Outcome::Kind::NotWritten, .customerName = customer.name()});

    if (m_judgeFirst && (!m_item.plannedBefore || !m_item.plannedAfter))
        return settle(ItemState::Uncertain,
            tr("Its change may have been made, and the journal does not say what it was; it was not changed again."),
            u"Uncertain"_s);
    m_plan = m_judgeFirst
        ? BulkPlanner::resume(customer, m_context.operations, *m_item.plannedBefore, *m_item.plannedAfter)
        : BulkPlanner::plan(customer, m_context.operations);
    switch (m_plan.outcome) {
    case PlanOutcome::Skip:
        return settle(ItemState::Skipped);
    case PlanOutcome::AlreadyApplied:
        return settle(ItemState::Succeeded,
            tr("Found changed as asked: its change had reached the server before the run stopped."));
    case PlanOutcome::Invalid:
        return settle(ItemState::Failed, m_plan.problems.join(u' '), u"InvalidInput"_s);
    case PlanOutcome::Uncertain:
        return settle(ItemState::Uncertain, m_plan.problems.join(u' '), u"Uncertain"_s);
    case PlanOutcome::Change:
        break;
    }

    // The journal says what may be sent before it is.
    if (auto failure = m_context.journal->beginItem(m_context.runId, position(), m_plan.before, m_plan.after))
        return end({.kind = Outcome::Kind::StoreFailed, .customerName = customer.name(), .storeError = failure});
    m_inFlight = true;
    m_item.plannedBefore = m_plan.before;
    m_item.plannedAfter = m_plan.after;
    Q_EMIT wentInFlight(position(), m_plan.before, m_plan.after);
    if (m_plan.patch.isEmpty())
        return writeState();

    // JournaledWrites says synchronously when the history cannot record the write (and then does not send it).
    const auto refusal = connect(m_context.writes, &JournaledWrites::notJournaled, this,
        [this](const StoreError& error) { m_historyRefusal = error; });
    m_call = m_context.writes->updateCustomer(
        m_plan.before, m_plan.patch, this, [this](const ApiResult<UpdateOutcome>& answer) {
            m_call = 0;
            if (answer.isError())
                return onWritten(answer.error(), {});
            if (!answer.value().isExact())
                return onWritten(std::nullopt, answer.value().describe());
            m_changed = true;
            if (m_plan.activeAfter)
                return writeState();
            onWritten(std::nullopt, {});
        });
    disconnect(refusal);
}

void BulkCustomerJob::writeState()
{
    const bool active = *m_plan.activeAfter;
    const auto refusal = connect(m_context.writes, &JournaledWrites::notJournaled, this,
        [this](const StoreError& error) { m_historyRefusal = error; });
    m_call = m_context.writes->setActive(
        m_item.customerId, active, m_plan.before, this, [this, active](const ApiResult<Customer>& answer) {
            m_call = 0;
            if (answer.isError())
                return onWritten(answer.error(), {});
            if (answer.value().isActive() != active) {
                return onWritten(std::nullopt,
                    active ? tr("The server answered, but the customer is still inactive.")
                           : tr("The server answered, but the customer is still active."));
            }
            onWritten(std::nullopt, {});
        });
    disconnect(refusal);
}

void BulkCustomerJob::onWritten(const std::optional<ApiError>& error, const QString& notExact)
{
    if (m_historyRefusal) {
        // Nothing of this request was sent; what may have been before it is judged when it is tried again.
        const bool judgeAgain = m_changed || m_judgeFirst;
        if (!judgeAgain)
            m_context.journal->setItemState(m_context.runId, position(), ItemState::Planned);
        return end({.kind = Outcome::Kind::StoreFailed,
            .customerName = m_item.customerName,
            .judgeAgain = judgeAgain,
            .storeError = m_historyRefusal});
    }
    if (error && error->kind == ApiError::Kind::RateLimited)
        return rateLimited(*error);
    if (error)
        return failed(*error);
    if (!notExact.isEmpty())
        return settle(ItemState::Failed, notExact, u"NotExact"_s);
    settle(ItemState::Succeeded);
}

void BulkCustomerJob::failed(const ApiError& error)
{
    // After a PATCH that was made, a failed change of state leaves the customer half changed: judged if retried.
    settle(error.mayHaveTakenEffect || m_changed ? ItemState::Uncertain : ItemState::Failed, error.message,
        kindName(error));
}

void BulkCustomerJob::rateLimited(const ApiError& error)
{
    if (m_lastChance)
        return failed(error);
    // A 429 was not carried out. Planned again only when nothing else may have changed the customer; otherwise it
    // stays in flight and is judged when it is tried again (a judged plan, or a PATCH before a change of state).
    const bool judgeAgain = m_changed || m_judgeFirst;
    if (m_inFlight && !judgeAgain) {
        if (auto failure = m_context.journal->setItemState(m_context.runId, position(), ItemState::Planned))
            return end({.kind = Outcome::Kind::StoreFailed,
                .customerName = m_item.customerName,
                .judgeAgain = true,
                .storeError = failure});
    }
    end({.kind = Outcome::Kind::RateLimited,
        .customerName = m_item.customerName,
        .retryAfter = error.retryAfter,
        .judgeAgain = judgeAgain});
}

void BulkCustomerJob::settle(ItemState state, const QString& error, const QString& errorKind)
{
    const auto failure =
        m_context.journal->setItemState(m_context.runId, position(), state, error, errorKind, m_item.customerName);
    end({.kind = Outcome::Kind::Settled,
        .state = state,
        .error = error,
        .errorKind = errorKind,
        .customerName = m_item.customerName,
        .storeError = failure});
}

void BulkCustomerJob::end(Outcome outcome)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(position(), outcome);
}
