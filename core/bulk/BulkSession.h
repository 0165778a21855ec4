// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "BulkCustomerJob.h"
#include "BulkProgress.h"
#include "BulkRateMeter.h"

#include "core/api/AdaptiveConcurrency.h"
#include "core/api/ExpressClient.h"
#include "core/store/BulkItemRecord.h"
#include "core/store/BulkJournal.h"
#include "core/store/BulkRunRecord.h"
#include "core/store/StoreError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class JournaledWrites;
class QNetworkAccessManager;
class WorkspaceStore;

// The one owner of a bulk change while it runs (one run per object): it creates the run in the workspace's journal (or
// opens an earlier one to resume it), carries its customers through BulkCustomerJob many at a time, and says how it
// goes. Every state is journaled before the request it describes, so that a run resumed after a crash or kill -9 skips
// no customer and changes none twice. Nothing blocks: use it from a window.
//
// - Each customer is read right before its write, and the operations are applied to what the server holds then
//   (BulkPlanner), so that edits made meanwhile by others survive; one already as asked is Skipped, nothing sent.
// - Writes go through JournaledWrites: each reaches the history like a single save.
// - Up to concurrency() customers in flight (default 8), halved on 429 and waiting as long as the server asks
//   (AdaptiveConcurrency), growing back when calm. A customer refused with 429 is tried again later; a write is
//   never repeated blindly: what may have been sent is read again and judged (BulkPlanner::resume).
// - Pause: nothing new starts; Paused once the customers in flight are done. Cancel: the same, then Cancelled; the
//   customers not yet tried stay planned (start() goes on with them). retryFailed(): failed and uncertain ones again.
// - If the journal or the history cannot be written, nothing more is sent: the run pauses and storeFailed() says why.
class BulkSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // created or opened, not started
        Running,
        Pausing, // nothing new starts; the customers in flight finish
        Paused,
        Cancelling, // nothing new starts; the customers in flight finish
        Cancelled, // the customers not yet tried stay planned
        Finished, // every customer settled (some may have failed)
    };
    Q_ENUM(State)

    static constexpr int kDefaultConcurrency = 8;
    // What one QNetworkAccessManager sends at once to one host over HTTP/1.1 in Qt 6.4 (QHttp1Configuration, which
    // changes it, is 6.5+): above it, the session sends through further managers and clients of its own (lanes).
    static constexpr int kConnectionsPerHost = 6;

    // Neither client nor writes is owned; both must outlive the session. store is the connection's workspace (the
    // same as writes'). Above kConnectionsPerHost customers at once, some go through clients and JournaledWrites of
    // the session's own (the same options, proxy, store and origin); their history and retry signals come through
    // writes' and client's.
    BulkSession(ExpressClient* client, JournaledWrites* writes, std::shared_ptr<WorkspaceStore> store,
        QObject* parent = nullptr);
    ~BulkSession() override;

    // A session works on one run: call create() or open() once.
    //
    // A new run, journaled with its customers (planned, or excluded as their state says) and nothing sent; start()
    // sends. run gives the operations (BulkPlanner::checkOperations() must find nothing wrong with them), how the
    // customers were chosen and the concurrency; who and where come from writes' origin.
    std::optional<StoreError> create(const BulkRunRecord& run, const QList<BulkItemRecord>& items);
    // As create(), with the journal written on a thread of its own (its own connection to the workspace), so that a
    // run over 100,000 customers does not keep the caller's event loop waiting for a second; created() follows, from
    // the event loop. Call once, on a new session.
    void createInBackground(const BulkRunRecord& run, const QList<BulkItemRecord>& items);
    // As open(), with the journal read on a thread of its own; opened() follows, from the event loop. Call once, on a
    // new session.
    void openInBackground(const QString& runId);
    // Items for create(), in this order; the excluded ids as Excluded.
    static QList<BulkItemRecord> itemsFor(const QStringList& customerIds, const QSet<QString>& excluded = {});
    // An earlier run of the journal (e.g. BulkJournal::latestUnfinished()), to go on with it: its customers that were
    // in flight or uncertain are read again and judged before anything is sent for them; failed ones stay failed.
    std::optional<StoreError> open(const QString& runId);

    // Starts, resumes after pause() or goes on after cancel(). finished() follows when every customer has settled
    // (at once, from the event loop, when none is left).
    void start();
    void resume() { start(); }
    void pause();
    void cancel();
    // The failed and uncertain customers planned again (those that may have been changed are judged first); starts.
    void retryFailed();

    int concurrency() const { return m_limiter.maximum(); }
    // At least 1; journaled with the run.
    void setConcurrency(int concurrency);

    State state() const { return m_state; }
    // Running, Pausing or Cancelling: requests may be in flight.
    bool isSending() const
    {
        return m_state == State::Running || m_state == State::Pausing || m_state == State::Cancelling;
    }
    const BulkRunRecord& run() const { return m_run; }
    const QList<BulkItemRecord>& items() const { return m_items; }
    BulkProgress progress() const;

Q_SIGNALS:
    // createInBackground() is done: the run is journaled (nullopt) or nothing of it is (the error).
    void created(const std::optional<StoreError>& failure);
    // openInBackground() is done: the run is loaded (nullopt) or not (the error).
    void opened(const std::optional<StoreError>& failure);
    void stateChanged(BulkSession::State state);
    // A customer's state changed (items().at(position)).
    void itemChanged(int position);
    void progressChanged(const BulkProgress& progress);
    // Finished or Cancelled was reached.
    void finished();
    // The journal or the history could not be written: nothing more is sent, and the run is paused.
    void storeFailed(const StoreError& error);

private:
    // A way to the server: the caller's client and writes (the first), or the session's own.
    struct Lane
    {
        std::unique_ptr<QNetworkAccessManager> nam; // null for the caller's
        std::unique_ptr<ExpressClient> ownClient;
        std::unique_ptr<JournaledWrites> ownWrites;
        ExpressClient* client = nullptr;
        JournaledWrites* writes = nullptr;
        int jobs = 0;
    };

    // Enough lanes for the concurrency.
    void addLanes();
    // The run as the journal keeps it: who, where and from which program, and a concurrency of at least 1.
    BulkRunRecord asJournaled(const BulkRunRecord& run) const;
    // The run and its customers as the journal holds them.
    static std::optional<StoreError> read(
        const BulkJournal& journal, const QString& runId, BulkRunRecord& run, QList<BulkItemRecord>& items);
    // work on a thread of its own with its own connection to the workspace, then done (here) with its failure.
    void onJournalThread(const std::function<std::optional<StoreError>(BulkJournal&)>& work,
        const std::function<void(const std::optional<StoreError>&)>& done);
    void load(const BulkRunRecord& run, const QList<BulkItemRecord>& items);
    void setState(State state);
    void setItemState(int position, BulkItemRecord::State state);
    // An item in flight here whose job ended with nothing sent: planned again.
    void plannedAgain(int position);
    void enqueue(int position, bool judge, bool front = false);
    void startMore();
    void startJob(int position);
    void onWentInFlight(int position, const Customer& plannedBefore, const Customer& plannedAfter);
    void onJobFinished(int position, const BulkCustomerJob::Outcome& outcome);
    void watchRetries(ExpressClient* client);
    void onRetryScheduled(
        ExpressClient* client, ExpressClient::CallId call, std::chrono::milliseconds delay, const ApiError& cause);
    void failStore(const StoreError& error);
    // Pausing, Cancelling or Running with nothing left to start: the state they come to once nothing is in flight.
    void settleState();
    void emitProgress();

    ExpressClient* m_client;
    JournaledWrites* m_writes;
    std::shared_ptr<WorkspaceStore> m_store;
    BulkJournal m_journal;
    BulkRunRecord m_run;
    QList<BulkItemRecord> m_items;
    QHash<BulkItemRecord::State, int> m_counts;
    std::deque<int> m_queue; // positions to start, in order
    QSet<int> m_judge; // positions whose earlier write may have been sent
    QHash<int, int> m_rateLimited; // position -> 429s so far
    std::map<int, BulkCustomerJob*> m_jobs; // in flight, by position
    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::map<int, Lane*> m_jobLanes; // by position
    AdaptiveConcurrency m_limiter {kDefaultConcurrency};
    BulkRateMeter m_rate;
    State m_state = State::Idle;
    int m_generation = 0; // of start(): a scheduled check of an earlier one does nothing
    std::unique_ptr<QThread> m_journalThread; // createInBackground()'s or openInBackground()'s, while at work
};
