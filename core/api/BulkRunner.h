// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/AdaptiveConcurrency.h"
#include "core/api/ApiError.h"
#include "core/api/ExpressClient.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <map>
#include <optional>

// Runs many API calls side by side with a concurrency limit, slowing down when the server says 429
// (AdaptiveConcurrency), and collects one result per item: nothing is lost when some of them fail.
class BulkRunner : public QObject
{
    Q_OBJECT

public:
    // Starts one item's call on the client; the runner passes the context and the completion to use.
    // finish(std::nullopt) means success.
    using Finish = std::function<void(const std::optional<ApiError>& error)>;
    using Start = std::function<ExpressClient::CallId(ExpressClient& client, QObject* context, Finish finish)>;

    struct Item
    {
        QString label; // e.g. the customer id, for reports
        Start start;
    };
    struct ItemResult
    {
        QString label;
        std::optional<ApiError> error; // nullopt: done
    };

    explicit BulkRunner(ExpressClient* client, QObject* parent = nullptr);

    int concurrency() const { return m_limiter.maximum(); }
    void setConcurrency(int concurrency); // default 6, at least 1

    // Runs the items (one run at a time); results come in the items' order.
    void run(const QList<Item>& items);
    // Cancels what is in flight; remaining items end Cancelled. finished() follows at once.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // failed counts the items that ended with an error, Cancelled included.
    void progress(int done, int total, int failed);
    // The limit in force changed (halved after a 429, one more after a run of successes).
    void concurrencyChanged(int limit);
    void finished(const QList<BulkRunner::ItemResult>& results);

private:
    void startMore();
    void startItem(int index);
    void onItemFinished(int generation, int index, const std::optional<ApiError>& error);
    void onRetryScheduled(
        ExpressClient::CallId call, int nextAttempt, std::chrono::milliseconds delay, const ApiError& cause);
    void finishRun();

    ExpressClient* m_client;
    AdaptiveConcurrency m_limiter {6};
    QList<Item> m_items;
    QList<ItemResult> m_results;
    QList<bool> m_done;
    std::map<int, ExpressClient::CallId> m_inFlight; // item index -> call
    int m_next = 0;
    int m_doneCount = 0;
    int m_failed = 0;
    int m_generation = 0;
    bool m_running = false;
};
