// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"
#include "core/ExpressClient.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Runs many API calls side by side with a concurrency limit, slowing down when the server says 429, and
// collects one result per item: nothing is lost when some of them fail.
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

    int concurrency() const { return m_concurrency; }
    void setConcurrency(int concurrency); // default 6, at least 1
    // The limit in force now: lower than concurrency() after a 429, growing back after successes.
    int currentConcurrency() const;

    // Runs the items (one run at a time); results come in the items' order.
    void run(const QList<Item>& items);
    // Cancels what is in flight; remaining items end Cancelled. finished() still follows.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(int done, int total, int failed);
    // The limit in force changed (halved after a 429, one more after a run of successes).
    void concurrencyChanged(int limit);
    void finished(const QList<BulkRunner::ItemResult>& results);

private:
    ExpressClient* m_client;
    int m_concurrency = 6;
};
