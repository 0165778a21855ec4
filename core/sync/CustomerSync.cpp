// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerSync.h"

#include "MirrorWriter.h"

CustomerSync::CustomerSync(ExpressClient* client, std::shared_ptr<WorkspaceStore> store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_path(store->path())
    , m_mirror(std::move(store))
{
    m_thread.setObjectName(QStringLiteral("CustomerSync writer"));
}

CustomerSync::~CustomerSync()
{
    // The call's callbacks go through this object as context: none arrives once it is gone.
    if (m_call)
        m_client->cancel(*m_call);
    stopWriter();
}

void CustomerSync::start(int pageSize)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_received = 0;
    m_stored = 0;
    m_allRead = false;
    m_storeError.reset();
    const Result<qint64, StoreError> generation = m_mirror.beginSync();
    if (generation.isError()) {
        SyncOutcome outcome;
        outcome.status = SyncOutcome::Status::Failed;
        outcome.storeError = generation.error();
        return finish(outcome);
    }
    m_generation = generation.value();
    startWriter();
    const ExpressClient::CallId call = m_client->forEachCustomerPage(
        pageSize, this,
        [this](const QList<Customer>& customers) {
            m_received += int(customers.size());
            m_writer->enqueue(customers);
        },
        [this](const ApiResult<int>& result) { onDone(result); });
    if (m_running) // not refused at once
        m_call = call;
}

void CustomerSync::startWriter()
{
    stopWriter();
    m_stop = std::make_shared<std::atomic_bool>(false);
    auto* writer = new MirrorWriter(m_path, m_generation, m_stop);
    writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, writer, &QObject::deleteLater);
    connect(writer, &MirrorWriter::stored, this, &CustomerSync::onStored);
    connect(writer, &MirrorWriter::failed, this, &CustomerSync::onWriterFailed);
    connect(writer, &MirrorWriter::completed, this, &CustomerSync::onCompleted);
    m_writer = writer;
    m_thread.start();
}

void CustomerSync::stopWriter()
{
    if (!m_thread.isRunning())
        return;
    if (m_writer)
        disconnect(m_writer, nullptr, this, nullptr);
    m_stop->store(true);
    m_thread.quit();
    m_thread.wait(); // at most the page being written
}

void CustomerSync::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_call) {
        m_client->cancel(*m_call); // onDone finishes
        return;
    }
    // Every page was read and the writer is still storing them; unless it has begun to drop the customers this sync
    // did not see (then completed() follows), it stops here.
    if (m_stop->exchange(true))
        return;
    SyncOutcome outcome;
    outcome.status = SyncOutcome::Status::Cancelled;
    outcome.customers = m_stored;
    finish(outcome);
}

void CustomerSync::onStored(int customers)
{
    m_stored += customers;
    Q_EMIT progress(m_stored);
    completeWhenAllStored();
}

void CustomerSync::completeWhenAllStored()
{
    // Only once every page's progress has been reported, so that a cancel on any of them still comes in time.
    if (m_running && m_allRead && m_stored == m_received)
        m_writer->enqueueCompletion(m_received);
}

void CustomerSync::onWriterFailed(const StoreError& error)
{
    // Nothing of that page is stored, nothing more will be, and nothing will be dropped: stop here.
    m_storeError = error;
    if (m_call) {
        m_client->cancel(*m_call); // onDone finishes
        return;
    }
    SyncOutcome outcome;
    outcome.status = SyncOutcome::Status::Failed;
    outcome.customers = m_stored;
    outcome.storeError = error;
    finish(outcome);
}

void CustomerSync::onCompleted(int dropped)
{
    SyncOutcome outcome;
    outcome.customers = m_stored;
    outcome.dropped = dropped;
    finish(outcome);
}

void CustomerSync::onDone(const ApiResult<int>& result)
{
    m_call.reset();
    if (!m_storeError && result.isOk()) {
        m_allRead = true;
        completeWhenAllStored();
        return;
    }
    SyncOutcome outcome;
    outcome.customers = m_stored;
    if (m_storeError) {
        outcome.status = SyncOutcome::Status::Failed;
        outcome.storeError = m_storeError;
    } else {
        const bool cancelled = m_cancelRequested && result.error().kind == ApiError::Kind::Cancelled;
        outcome.status = cancelled ? SyncOutcome::Status::Cancelled : SyncOutcome::Status::Failed;
        if (!cancelled)
            outcome.apiError = result.error();
    }
    finish(outcome);
}

void CustomerSync::finish(SyncOutcome outcome)
{
    m_call.reset();
    m_running = false;
    if (m_stop)
        m_stop->store(true); // what is still queued is not stored
    if (m_writer)
        disconnect(m_writer, nullptr, this, nullptr);
    m_thread.quit();
    Q_EMIT finished(outcome);
}
