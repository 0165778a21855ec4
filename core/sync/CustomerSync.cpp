// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerSync.h"

CustomerSync::CustomerSync(ExpressClient* client, std::shared_ptr<WorkspaceStore> store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_mirror(std::move(store))
{ }

CustomerSync::~CustomerSync()
{
    // The call's callbacks go through this object as context: none arrives once it is gone.
    if (m_call)
        m_client->cancel(*m_call);
}

void CustomerSync::start(int pageSize)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_stored = 0;
    m_storeError.reset();
    const Result<qint64, StoreError> generation = m_mirror.beginSync();
    if (generation.isError()) {
        SyncOutcome outcome;
        outcome.status = SyncOutcome::Status::Failed;
        outcome.storeError = generation.error();
        return finish(outcome);
    }
    m_generation = generation.value();
    const ExpressClient::CallId call = m_client->forEachCustomerPage(
        pageSize, this, [this](const QList<Customer>& customers) { storePage(customers); },
        [this](const ApiResult<int>& result) { onDone(result); });
    if (m_running) // not refused at once
        m_call = call;
}

void CustomerSync::cancel()
{
    if (!m_running || !m_call)
        return;
    m_cancelRequested = true;
    m_client->cancel(*m_call);
}

void CustomerSync::storePage(const QList<Customer>& customers)
{
    if (auto error = m_mirror.storePage(m_generation, customers)) {
        // Nothing of this page is stored, and nothing will be dropped: stop here.
        m_storeError = error;
        if (m_call)
            m_client->cancel(*m_call);
        return;
    }
    m_stored += int(customers.size());
    Q_EMIT progress(m_stored);
}

void CustomerSync::onDone(const ApiResult<int>& result)
{
    SyncOutcome outcome;
    outcome.customers = m_stored;
    if (m_storeError) {
        outcome.status = SyncOutcome::Status::Failed;
        outcome.storeError = m_storeError;
    } else if (result.isError()) {
        const bool cancelled = m_cancelRequested && result.error().kind == ApiError::Kind::Cancelled;
        outcome.status = cancelled ? SyncOutcome::Status::Cancelled : SyncOutcome::Status::Failed;
        if (!cancelled)
            outcome.apiError = result.error();
    } else {
        const Result<int, StoreError> dropped = m_mirror.completeSync(m_generation, m_stored);
        if (dropped.isError()) {
            outcome.status = SyncOutcome::Status::Failed;
            outcome.storeError = dropped.error();
        } else {
            outcome.dropped = dropped.value();
        }
    }
    finish(outcome);
}

void CustomerSync::finish(SyncOutcome outcome)
{
    m_call.reset();
    m_running = false;
    Q_EMIT finished(outcome);
}
