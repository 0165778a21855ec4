// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/AdaptiveConcurrency.h"
#include "core/api/ExpressClient.h"
#include "core/model/BulkCustomerPlan.h"
#include "core/model/BulkOperation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>

class WorkspaceStore;

// The preview of a bulk change, before anything is sent: each customer's plan (BulkPlanner: before → after, skipped,
// or invalid and why) on the customer as the workspace's mirror holds it (at once) or as read now from the API, many
// reads at a time. Writes nothing. The run reads every customer again right before its write anyway; the preview only
// shows what it would do now.
class BulkPreview : public QObject
{
    Q_OBJECT

public:
    enum class Source {
        Mirror, // the workspace's mirror; a customer it does not hold is read from the API
        Api, // every customer read from the API now
    };

    // client is not owned and must outlive the preview; store may be null with Source::Api.
    BulkPreview(ExpressClient* client, std::shared_ptr<WorkspaceStore> store, QObject* parent = nullptr);

    // Plans the operations for these customers, in this order; finished() follows (from the event loop, also when
    // nothing is to be read). A customer that cannot be read is Invalid, its reason in problems.
    void start(const QList<BulkOperation>& operations, const QStringList& customerIds, Source source = Source::Mirror);
    // Stops reading; finished() follows at once with what was planned so far (the rest Invalid: not read).
    void cancel();
    bool isRunning() const { return m_running; }

    // In the order of the ids given; complete once finished() has come.
    const QList<BulkCustomerPlan>& plans() const { return m_plans; }
    // How many plans come from the mirror (the rest from the API).
    int fromMirror() const { return m_fromMirror; }

Q_SIGNALS:
    // Customers planned so far, of all.
    void progress(int planned, int total);
    void finished();

private:
    void readMore();
    void onRead(int index, const ApiResult<Customer>& result);
    void finish();

    ExpressClient* m_client;
    std::shared_ptr<WorkspaceStore> m_store;
    AdaptiveConcurrency m_limiter {8};
    QList<BulkOperation> m_operations;
    QList<BulkCustomerPlan> m_plans;
    std::deque<int> m_toRead; // indexes of plans still to be read from the API
    QHash<int, ExpressClient::CallId> m_reading;
    int m_planned = 0;
    int m_fromMirror = 0;
    bool m_running = false;
    int m_generation = 0;
};
