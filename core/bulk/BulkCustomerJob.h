// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ExpressClient.h"
#include "core/model/BulkCustomerPlan.h"
#include "core/model/BulkOperation.h"
#include "core/store/BulkItemRecord.h"
#include "core/store/StoreError.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class BulkJournal;
class JournaledWrites;

// One customer of a bulk change on its way (BulkSession makes one per customer in flight): read fresh, planned on what
// the server holds now (BulkPlanner; judged with resume() when an earlier write of it may have been sent), journaled
// in flight with what it is planned from and to, written through JournaledWrites (the PATCH, then deactivate or
// reactivate), and its outcome journaled. Ends exactly once with finished().
class BulkCustomerJob : public QObject
{
    Q_OBJECT

public:
    // What the job works with; none owned.
    struct Context
    {
        ExpressClient* client = nullptr;
        JournaledWrites* writes = nullptr;
        BulkJournal* journal = nullptr;
        QString runId;
        QList<BulkOperation> operations;
    };

    struct Outcome
    {
        enum class Kind {
            Settled, // state (journaled) says how it ended
            NotWritten, // read, but the run stopped meanwhile: nothing was sent, the journal is as before
            // 429: nothing was changed by that request; the item is planned again (journaled), or, when something
            // else may have changed it (an earlier PATCH of the job, or an earlier run), it stays as it was in the
            // journal, to be judged when it is tried again (judgeAgain)
            RateLimited,
            StoreFailed, // the journal or the history could not be written: nothing more was sent
        };
        Kind kind = Kind::Settled;
        BulkItemRecord::State state = BulkItemRecord::State::Planned;
        QString error {};
        QString errorKind {};
        QString customerName {};
        std::optional<std::chrono::milliseconds> retryAfter {}; // RateLimited
        bool judgeAgain = false; // RateLimited, StoreFailed: judge it when it is tried again
        std::optional<StoreError> storeError {}; // StoreFailed; Settled when the outcome could not be journaled
    };

    // judgeFirst: the item was in flight or uncertain when the run stopped, so its earlier write may have been sent.
    // lastChance: a 429 settles it as Failed instead of planning it again.
    BulkCustomerJob(const Context& context, const BulkItemRecord& item, bool judgeFirst, bool lastChance,
        QObject* parent = nullptr);

    // Asked after the read, before anything is journaled or sent: false (the run is pausing or cancelling) ends the
    // job NotWritten.
    void setMayWrite(std::function<bool()> mayWrite) { m_mayWrite = std::move(mayWrite); }
    void start();

    int position() const { return m_item.position; }
    // The client's call in flight now (0 between calls): to match the client's retryScheduled.
    ExpressClient::CallId currentCall() const { return m_call; }

    // An ApiError's kind as BulkItemRecord::errorKind spells it: NotFound, RateLimited, Timeout, ...
    static QString kindName(const ApiError& error);

Q_SIGNALS:
    // Journaled in flight: from here on the write may reach the server.
    void wentInFlight(int position, const Customer& plannedBefore, const Customer& plannedAfter);
    void finished(int position, const BulkCustomerJob::Outcome& outcome);

private:
    void onRead(const ApiResult<Customer>& result);
    void writeState();
    void onWritten(const std::optional<ApiError>& error, const QString& notExact);
    void failed(const ApiError& error);
    void rateLimited(const ApiError& error);
    void settle(BulkItemRecord::State state, const QString& error = {}, const QString& errorKind = {});
    void end(Outcome outcome);

    Context m_context;
    BulkItemRecord m_item;
    bool m_judgeFirst;
    bool m_lastChance;
    std::function<bool()> m_mayWrite;
    BulkCustomerPlan m_plan;
    bool m_inFlight = false; // journaled in flight
    bool m_changed = false; // a request of this job changed the customer (the PATCH before a change of state)
    std::optional<StoreError> m_historyRefusal; // JournaledWrites could not record the write, so did not send it
    ExpressClient::CallId m_call = 0;
    bool m_ended = false;
};

Q_DECLARE_METATYPE(BulkCustomerJob::Outcome)
