// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkRunner.h"

#include "core/api/ApiErrorFactory.h"
#include "core/common/Logging.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace {

ApiError cancelledError()
{
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.attempts = 0;
    error.message = QCoreApplication::translate("BulkRunner", "Cancelled before it started.");
    return error;
}

} // namespace

BulkRunner::BulkRunner(ExpressClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_limiter, &AdaptiveConcurrency::resumed, this, &BulkRunner::startMore);
    connect(&m_limiter, &AdaptiveConcurrency::limitChanged, this, &BulkRunner::concurrencyChanged);
    connect(m_client, &ExpressClient::retryScheduled, this, &BulkRunner::onRetryScheduled);
}

void BulkRunner::setConcurrency(int concurrency)
{
    m_limiter.setMaximum(concurrency);
    startMore();
}

bool BulkRunner::isRunning() const
{
    return m_running;
}

void BulkRunner::run(const QList<Item>& items)
{
    if (m_running) {
        qCWarning(lcApi) << "BulkRunner::run() while a run is going on; ignored";
        return;
    }
    ++m_generation;
    m_running = true;
    m_items = items;
    m_results.clear();
    for (const Item& item : items)
        m_results.append(ItemResult {item.label, std::nullopt});
    m_done = QList<bool>(items.size(), false);
    m_inFlight.clear();
    m_next = 0;
    m_doneCount = 0;
    m_failed = 0;
    m_limiter.reset();
    if (items.isEmpty()) {
        // finished() never comes before run() returns.
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && m_running)
                finishRun();
        });
        return;
    }
    startMore();
}

void BulkRunner::startMore()
{
    while (m_running && m_limiter.allows(int(m_inFlight.size())) && m_next < m_items.size())
        startItem(m_next++);
}

void BulkRunner::startItem(int index)
{
    const int generation = m_generation;
    m_inFlight[index] = 0;
    const Item& item = m_items.at(index);
    if (!item.start) {
        onItemFinished(generation, index,
            ApiErrorFactory::invalidRequest(QCoreApplication::translate("BulkRunner", "Nothing to run.")));
        return;
    }
    Finish finish = [guard = QPointer<BulkRunner>(this), generation, index](const std::optional<ApiError>& error) {
        if (guard)
            guard->onItemFinished(generation, index, error);
    };
    const ExpressClient::CallId call = item.start(*m_client, this, std::move(finish));
    if (generation == m_generation && m_inFlight.count(index))
        m_inFlight[index] = call;
}

void BulkRunner::onItemFinished(int generation, int index, const std::optional<ApiError>& error)
{
    if (generation != m_generation || !m_running || index < 0 || index >= m_done.size() || m_done.at(index))
        return;
    m_done[index] = true;
    m_inFlight.erase(index);
    m_results[index].error = error;
    ++m_doneCount;
    if (error) {
        ++m_failed;
        m_limiter.recordFailure();
        if (error->kind == ApiError::Kind::RateLimited)
            m_limiter.recordRateLimit(error->retryAfter);
    } else {
        m_limiter.recordSuccess();
    }
    Q_EMIT progress(m_doneCount, int(m_items.size()), m_failed);
    if (generation != m_generation || !m_running)
        return;
    if (m_doneCount == m_items.size())
        finishRun();
    else
        startMore();
}

void BulkRunner::onRetryScheduled(
    ExpressClient::CallId call, int nextAttempt, std::chrono::milliseconds delay, const ApiError& cause)
{
    Q_UNUSED(nextAttempt);
    if (!m_running || cause.kind != ApiError::Kind::RateLimited)
        return;
    for (const auto& entry : m_inFlight) {
        if (entry.second == call) {
            m_limiter.recordRateLimit(delay);
            return;
        }
    }
}

void BulkRunner::cancel()
{
    if (!m_running)
        return;
    const int generation = m_generation;
    // What has not started will not.
    const int notStarted = int(m_items.size()) - m_next;
    for (int index = m_next; index < m_items.size(); ++index) {
        m_done[index] = true;
        m_results[index].error = cancelledError();
    }
    m_next = int(m_items.size());
    m_doneCount += notStarted;
    m_failed += notStarted;
    if (notStarted > 0)
        Q_EMIT progress(m_doneCount, int(m_items.size()), m_failed);
    if (generation != m_generation || !m_running)
        return;
    // What is in flight ends Cancelled through its own callback, at once.
    QList<std::pair<int, ExpressClient::CallId>> inFlight;
    for (const auto& entry : m_inFlight)
        inFlight.append(entry);
    for (const auto& [index, call] : inFlight) {
        if (call != 0)
            m_client->cancel(call);
        if (generation != m_generation || !m_running)
            return;
        // A start that did not use the client (or an unknown id) ends here.
        if (!m_done.at(index))
            onItemFinished(generation, index, cancelledError());
        if (generation != m_generation || !m_running)
            return;
    }
    if (m_doneCount == m_items.size())
        finishRun();
}

void BulkRunner::finishRun()
{
    m_running = false;
    m_inFlight.clear();
    const QList<ItemResult> results = m_results;
    Q_EMIT finished(results);
}
