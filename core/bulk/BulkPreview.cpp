// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkPreview.h"

#include "core/model/BulkPlanner.h"
#include "core/store/CustomerSearch.h"

#include <QTimer>

using Outcome = BulkCustomerPlan::Outcome;

BulkPreview::BulkPreview(ExpressClient* client, std::shared_ptr<WorkspaceStore> store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(std::move(store))
{
    connect(&m_limiter, &AdaptiveConcurrency::resumed, this, &BulkPreview::readMore);
}

void BulkPreview::start(const QList<BulkOperation>& operations, const QStringList& customerIds, Source source)
{
    cancel();
    ++m_generation;
    m_running = true;
    m_operations = operations;
    m_plans.clear();
    m_toRead.clear();
    m_planned = 0;
    m_fromMirror = 0;
    m_limiter.reset();

    QHash<QString, Customer> mirrored;
    if (source == Source::Mirror && m_store) {
        const auto found = CustomerSearch(m_store).customers(customerIds);
        for (const Customer& customer : found.valueOr({}))
            mirrored.insert(customer.id(), customer);
    }
    for (int index = 0; index < customerIds.size(); ++index) {
        const auto it = mirrored.constFind(customerIds.at(index));
        if (it != mirrored.constEnd()) {
            m_plans.append(BulkPlanner::plan(*it, operations));
            ++m_fromMirror;
            ++m_planned;
            continue;
        }
        BulkCustomerPlan unread;
        unread.outcome = Outcome::Invalid;
        unread.before.setId(customerIds.at(index));
        unread.after = unread.before;
        unread.problems.append(tr("Not read."));
        m_plans.append(unread);
        m_toRead.push_back(index);
    }
    if (m_planned > 0)
        Q_EMIT progress(m_planned, int(m_plans.size()));
    // finished() never comes before start() returns.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            readMore();
    });
}

void BulkPreview::readMore()
{
    if (!m_running)
        return;
    while (!m_toRead.empty() && m_limiter.allows(int(m_reading.size()))) {
        const int index = m_toRead.front();
        m_toRead.pop_front();
        m_reading.insert(index, 0);
        const ExpressClient::CallId call = m_client->retrieveCustomer(m_plans.at(index).before.id(), this,
            [this, index, generation = m_generation](const ApiResult<Customer>& result) {
                if (generation == m_generation)
                    onRead(index, result);
            });
        if (m_reading.contains(index))
            m_reading[index] = call;
    }
    if (m_toRead.empty() && m_reading.isEmpty())
        finish();
}

void BulkPreview::onRead(int index, const ApiResult<Customer>& result)
{
    m_reading.remove(index);
    if (result.isError() && result.error().kind == ApiError::Kind::RateLimited) {
        m_limiter.recordRateLimit(result.error().retryAfter);
        m_toRead.push_front(index);
        return;
    }
    if (result.isError()) {
        m_limiter.recordFailure();
        m_plans[index].problems = {tr("It could not be read: %1").arg(result.error().message)};
    } else {
        m_limiter.recordSuccess();
        m_plans[index] = BulkPlanner::plan(result.value(), m_operations);
    }
    ++m_planned;
    Q_EMIT progress(m_planned, int(m_plans.size()));
    readMore();
}

void BulkPreview::cancel()
{
    if (!m_running)
        return;
    m_toRead.clear();
    const QList<ExpressClient::CallId> calls = m_reading.values();
    m_reading.clear();
    ++m_generation; // what the calls deliver now is dropped
    for (const ExpressClient::CallId call : calls) {
        if (call != 0)
            m_client->cancel(call);
    }
    finish();
}

void BulkPreview::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}
