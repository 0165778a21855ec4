// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkSession.h"

#include "core/common/Logging.h"
#include "core/sync/JournaledWrites.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

using ItemState = BulkItemRecord::State;
using RunState = BulkRunRecord::State;
using OutcomeKind = BulkCustomerJob::Outcome::Kind;

namespace {

// How often a customer refused with 429 is tried again before it counts as failed.
constexpr int kRateLimitedTries = 8;

} // namespace

BulkSession::BulkSession(
    ExpressClient* client, JournaledWrites* writes, std::shared_ptr<WorkspaceStore> store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_writes(writes)
    , m_store(store)
    , m_journal(std::move(store))
{
    Q_ASSERT(client && writes);
    connect(&m_limiter, &AdaptiveConcurrency::resumed, this, &BulkSession::startMore);
    connect(&m_limiter, &AdaptiveConcurrency::limitChanged, this, [this] {
        emitProgress();
        startMore();
    });
    auto first = std::make_unique<Lane>();
    first->client = m_client;
    first->writes = m_writes;
    watchRetries(m_client);
    m_lanes.push_back(std::move(first));
}

void BulkSession::watchRetries(ExpressClient* client)
{
    connect(client, &ExpressClient::retryScheduled, this,
        [this, client](ExpressClient::CallId call, int, std::chrono::milliseconds delay, const ApiError& cause) {
            onRetryScheduled(client, call, delay, cause);
        });
}

BulkSession::~BulkSession()
{
    if (m_journalThread)
        m_journalThread->wait(); // its journal is whole or nothing; the run is offered for resuming if it was written
    // The lanes go first (each its writes, client, manager), then the jobs, the session's children.
    m_lanes.clear();
}

void BulkSession::addLanes()
{
    const int wanted = (m_limiter.maximum() + kConnectionsPerHost - 1) / kConnectionsPerHost;
    while (int(m_lanes.size()) < wanted) {
        auto lane = std::make_unique<Lane>();
        lane->nam = std::make_unique<QNetworkAccessManager>();
        if (QNetworkAccessManager* callers = m_client->networkAccessManager())
            lane->nam->setProxy(callers->proxy());
        lane->ownClient = std::make_unique<ExpressClient>(lane->nam.get(), m_client->options());
        lane->ownWrites = std::make_unique<JournaledWrites>(lane->ownClient.get(), m_store, m_writes->origin());
        lane->client = lane->ownClient.get();
        lane->writes = lane->ownWrites.get();
        // Whoever follows the caller's client and writes hears of these too.
        connect(lane->writes, &JournaledWrites::historyChanged, m_writes, &JournaledWrites::historyChanged);
        connect(lane->writes, &JournaledWrites::historyIncomplete, m_writes, &JournaledWrites::historyIncomplete);
        connect(lane->writes, &JournaledWrites::notJournaled, m_writes, &JournaledWrites::notJournaled);
        connect(lane->client, &ExpressClient::keyRejected, m_client, &ExpressClient::keyRejected);
        watchRetries(lane->client);
        m_lanes.push_back(std::move(lane));
    }
}

QList<BulkItemRecord> BulkSession::itemsFor(const QStringList& customerIds, const QSet<QString>& excluded)
{
    QList<BulkItemRecord> items;
    items.reserve(customerIds.size());
    for (const QString& id : customerIds) {
        BulkItemRecord item;
        item.position = int(items.size());
        item.customerId = id;
        item.state = excluded.contains(id) ? ItemState::Excluded : ItemState::Planned;
        items.append(item);
    }
    return items;
}

BulkRunRecord BulkSession::asJournaled(const BulkRunRecord& run) const
{
    BulkRunRecord asked = run;
    asked.osUser = m_writes->origin().osUser;
    asked.program = m_writes->origin().program;
    asked.connection = m_writes->origin().connection;
    asked.concurrency = qMax(1, asked.concurrency);
    return asked;
}

std::optional<StoreError> BulkSession::create(const BulkRunRecord& run, const QList<BulkItemRecord>& items)
{
    auto created = m_journal.create(asJournaled(run), items);
    if (created.isError())
        return created.error();
    // Not read back: 100,000 customers take a second to read.
    load(created.value(), BulkJournal::journaledItems(created.value(), items));
    return std::nullopt;
}

void BulkSession::onJournalThread(const std::function<std::optional<StoreError>(BulkJournal&)>& work,
    const std::function<void(const std::optional<StoreError>&)>& done)
{
    auto failure = std::make_shared<std::optional<StoreError>>();
    m_journalThread.reset(QThread::create([path = m_store->path(), work, failure] {
        const auto store = WorkspaceStore::open(path);
        if (store.isError()) {
            *failure = store.error();
            return;
        }
        BulkJournal journal(store.value());
        *failure = work(journal);
    }));
    m_journalThread->setObjectName(u"BulkSession journal"_s);
    connect(m_journalThread.get(), &QThread::finished, this, [this, failure, done] {
        m_journalThread->wait(); // finished() comes just before the thread ends
        m_journalThread.reset();
        done(*failure);
    });
    m_journalThread->start();
}

void BulkSession::createInBackground(const BulkRunRecord& run, const QList<BulkItemRecord>& items)
{
    auto journaled = std::make_shared<BulkRunRecord>();
    onJournalThread(
        [asked = asJournaled(run), items, journaled](BulkJournal& journal) -> std::optional<StoreError> {
            auto stored = journal.create(asked, items);
            if (stored.isError())
                return stored.error();
            *journaled = stored.value();
            return std::nullopt;
        },
        [this, journaled, items](const std::optional<StoreError>& failure) {
            if (!failure)
                load(*journaled, BulkJournal::journaledItems(*journaled, items));
            Q_EMIT created(failure);
        });
}

void BulkSession::openInBackground(const QString& runId)
{
    auto run = std::make_shared<BulkRunRecord>();
    auto items = std::make_shared<QList<BulkItemRecord>>();
    onJournalThread([runId, run, items](BulkJournal& journal) { return read(journal, runId, *run, *items); },
        [this, run, items](const std::optional<StoreError>& failure) {
            if (!failure)
                load(*run, *items);
            Q_EMIT opened(failure);
        });
}

std::optional<StoreError> BulkSession::read(
    const BulkJournal& journal, const QString& runId, BulkRunRecord& run, QList<BulkItemRecord>& items)
{
    auto stored = journal.run(runId);
    if (stored.isError())
        return stored.error();
    if (!stored.value())
        return StoreError {StoreError::Kind::Failed, tr("The workspace holds no bulk change %1.").arg(runId)};
    auto storedItems = journal.items(runId);
    if (storedItems.isError())
        return storedItems.error();
    run = *stored.value();
    items = storedItems.value();
    return std::nullopt;
}

std::optional<StoreError> BulkSession::open(const QString& runId)
{
    BulkRunRecord run;
    QList<BulkItemRecord> items;
    if (auto failure = read(m_journal, runId, run, items))
        return failure;
    load(run, items);
    return std::nullopt;
}

void BulkSession::load(const BulkRunRecord& run, const QList<BulkItemRecord>& items)
{
    m_run = run;
    m_items = items;
    m_counts.clear();
    m_queue.clear();
    m_judge.clear();
    m_rateLimited.clear();
    for (BulkItemRecord& item : m_items) {
        // What may have been sent when the run stopped is read again and judged before anything more is sent; until
        // then it is in flight here (the journal keeps saying uncertain).
        const bool mayHaveBeenSent = item.state == ItemState::InFlight || item.state == ItemState::Uncertain;
        if (mayHaveBeenSent)
            item.state = ItemState::InFlight;
        ++m_counts[item.state];
        if (item.state == ItemState::Planned || mayHaveBeenSent)
            enqueue(item.position, mayHaveBeenSent);
    }
    m_limiter.setMaximum(m_run.concurrency);
    addLanes();
    m_state = State::Idle;
    Q_EMIT stateChanged(m_state);
    emitProgress();
}

void BulkSession::enqueue(int position, bool judge, bool front)
{
    if (judge)
        m_judge.insert(position);
    else
        m_judge.remove(position);
    if (front)
        m_queue.push_front(position);
    else
        m_queue.push_back(position);
}

void BulkSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    // The journal's state: a crash while running or paused leaves the run to be resumed.
    std::optional<RunState> stored;
    switch (state) {
    case State::Running:
        stored = RunState::Running;
        break;
    case State::Paused:
        stored = RunState::Paused;
        break;
    case State::Cancelled:
        stored = RunState::Cancelled;
        break;
    case State::Finished:
        stored = RunState::Finished;
        break;
    case State::Idle:
    case State::Pausing:
    case State::Cancelling:
        break;
    }
    if (stored && *stored != m_run.state) {
        if (auto failure = m_journal.setRunState(m_run.id, *stored))
            qCWarning(lcApi) << "bulk change" << m_run.id << "state not journaled:" << failure->message;
        else
            m_run.state = *stored;
    }
    Q_EMIT stateChanged(m_state);
    if (state == State::Finished || state == State::Cancelled)
        Q_EMIT finished();
}

void BulkSession::setItemState(int position, ItemState state)
{
    BulkItemRecord& item = m_items[position];
    if (item.state == state)
        return;
    --m_counts[item.state];
    ++m_counts[state];
    item.state = state;
}

void BulkSession::start()
{
    if (m_run.id.isEmpty() || m_state == State::Running)
        return;
    if (m_state == State::Idle || m_state == State::Paused || m_state == State::Cancelled || m_state == State::Finished)
        m_rate.restart();
    ++m_generation;
    setState(State::Running);
    startMore();
    // Nothing to start and nothing in flight: finished, from the event loop (never inside start()).
    if (m_jobs.empty() && m_queue.empty()) {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                settleState();
        });
    }
}

void BulkSession::pause()
{
    if (m_state != State::Running)
        return;
    setState(State::Pausing);
    settleState();
}

void BulkSession::cancel()
{
    if (m_state != State::Running && m_state != State::Pausing && m_state != State::Paused && m_state != State::Idle)
        return;
    setState(State::Cancelling);
    settleState();
}

void BulkSession::retryFailed()
{
    if (m_run.id.isEmpty())
        return;
    for (int position = 0; position < m_items.size(); ++position) {
        const BulkItemRecord item = m_items.at(position);
        if (item.state != ItemState::Failed && item.state != ItemState::Uncertain)
            continue;
        // Judged first when it may have been changed: uncertain, or failed after its write was begun. Until then it
        // is in flight here; the journal keeps its state, and a crash meanwhile leaves it as it was.
        const bool judge = item.state == ItemState::Uncertain || item.plannedAfter.has_value();
        if (!judge) {
            if (auto failure = m_journal.setItemState(m_run.id, position, ItemState::Planned))
                return failStore(*failure);
        }
        setItemState(position, judge ? ItemState::InFlight : ItemState::Planned);
        m_items[position].error.clear();
        m_items[position].errorKind.clear();
        Q_EMIT itemChanged(position);
        m_rateLimited.remove(position);
        enqueue(position, judge);
    }
    emitProgress();
    start();
    startMore(); // start() does nothing while running
}

void BulkSession::setConcurrency(int concurrency)
{
    concurrency = qMax(1, concurrency);
    if (!m_run.id.isEmpty() && concurrency != m_run.concurrency) {
        if (auto failure = m_journal.setConcurrency(m_run.id, concurrency))
            qCWarning(lcApi) << "bulk change" << m_run.id << "concurrency not journaled:" << failure->message;
    }
    m_run.concurrency = concurrency;
    m_limiter.setMaximum(concurrency);
    addLanes();
}

void BulkSession::startMore()
{
    while (m_state == State::Running && !m_queue.empty() && m_limiter.allows(int(m_jobs.size()))) {
        const int position = m_queue.front();
        m_queue.pop_front();
        startJob(position);
    }
}

void BulkSession::startJob(int position)
{
    // A customer queued twice (retried while still queued) is started once.
    if (m_jobs.count(position))
        return;
    Lane* lane = std::min_element(m_lanes.begin(), m_lanes.end(), [](const auto& a, const auto& b) {
        return a->jobs < b->jobs;
    })->get();
    ++lane->jobs;
    m_jobLanes[position] = lane;
    const BulkCustomerJob::Context context {lane->client, lane->writes, &m_journal, m_run.id, m_run.operations};
    const bool lastChance = m_rateLimited.value(position) + 1 >= kRateLimitedTries;
    auto* job = new BulkCustomerJob(context, m_items.at(position), m_judge.contains(position), lastChance, this);
    job->setMayWrite([this] { return m_state == State::Running; });
    connect(job, &BulkCustomerJob::wentInFlight, this, &BulkSession::onWentInFlight);
    connect(job, &BulkCustomerJob::finished, this, &BulkSession::onJobFinished);
    m_jobs[position] = job;
    job->start();
}

void BulkSession::plannedAgain(int position)
{
    // As the job journaled it: nothing of it was sent.
    BulkItemRecord& item = m_items[position];
    if (item.state != ItemState::InFlight)
        return;
    setItemState(position, ItemState::Planned);
    item.plannedBefore.reset();
    item.plannedAfter.reset();
}

void BulkSession::onWentInFlight(int position, const Customer& plannedBefore, const Customer& plannedAfter)
{
    BulkItemRecord& item = m_items[position];
    item.plannedBefore = plannedBefore;
    item.plannedAfter = plannedAfter;
    item.customerName = plannedBefore.name();
    item.error.clear();
    item.errorKind.clear();
    setItemState(position, ItemState::InFlight);
    Q_EMIT itemChanged(position);
}

void BulkSession::onJobFinished(int position, const BulkCustomerJob::Outcome& outcome)
{
    const auto found = m_jobs.find(position);
    if (found == m_jobs.end())
        return;
    found->second->deleteLater();
    m_jobs.erase(found);
    if (const auto lane = m_jobLanes.find(position); lane != m_jobLanes.end()) {
        --lane->second->jobs;
        m_jobLanes.erase(lane);
    }

    BulkItemRecord& item = m_items[position];
    if (!outcome.customerName.isEmpty())
        item.customerName = outcome.customerName;
    switch (outcome.kind) {
    case OutcomeKind::Settled:
        setItemState(position, outcome.state);
        item.error = outcome.error;
        item.errorKind = outcome.errorKind;
        m_judge.remove(position);
        m_rate.recordSettled();
        if (outcome.state == ItemState::Succeeded || outcome.state == ItemState::Skipped)
            m_limiter.recordSuccess();
        else
            m_limiter.recordFailure();
        break;
    case OutcomeKind::NotWritten:
        enqueue(position, m_judge.contains(position), true);
        break;
    case OutcomeKind::RateLimited:
        m_rateLimited[position] += 1;
        if (!outcome.judgeAgain)
            plannedAgain(position);
        enqueue(position, outcome.judgeAgain, true);
        m_limiter.recordRateLimit(outcome.retryAfter);
        break;
    case OutcomeKind::StoreFailed:
        if (!outcome.judgeAgain)
            plannedAgain(position);
        enqueue(position, outcome.judgeAgain || m_judge.contains(position), true);
        break;
    }
    Q_EMIT itemChanged(position);
    if (outcome.storeError)
        failStore(*outcome.storeError);
    startMore();
    emitProgress();
    settleState();
}

void BulkSession::onRetryScheduled(
    ExpressClient* client, ExpressClient::CallId call, std::chrono::milliseconds delay, const ApiError& cause)
{
    if (cause.kind != ApiError::Kind::RateLimited || call == 0)
        return;
    // The client retries by itself after the server's delay; meanwhile nothing new starts, anywhere.
    for (const auto& [position, job] : m_jobs) {
        if (job->currentCall() == call && m_jobLanes.count(position) && m_jobLanes.at(position)->client == client) {
            m_limiter.recordRateLimit(delay);
            return;
        }
    }
}

void BulkSession::failStore(const StoreError& error)
{
    if (m_state == State::Running)
        setState(State::Pausing);
    Q_EMIT storeFailed(error);
    settleState();
}

void BulkSession::settleState()
{
    if (!m_jobs.empty())
        return;
    if (m_state == State::Pausing)
        setState(State::Paused);
    else if (m_state == State::Cancelling)
        setState(State::Cancelled);
    else if (m_state == State::Running && m_queue.empty())
        setState(State::Finished);
}

BulkProgress BulkSession::progress() const
{
    BulkProgress progress;
    progress.excluded = m_counts.value(ItemState::Excluded);
    progress.total = int(m_items.size()) - progress.excluded;
    progress.succeeded = m_counts.value(ItemState::Succeeded);
    progress.skipped = m_counts.value(ItemState::Skipped);
    progress.uncertain = m_counts.value(ItemState::Uncertain);
    progress.failed = m_counts.value(ItemState::Failed) + progress.uncertain;
    progress.inFlight = int(m_jobs.size());
    progress.rate = m_rate.rate();
    progress.timeLeft = m_rate.timeLeft(progress.left());
    progress.limit = m_limiter.limit();
    return progress;
}

void BulkSession::emitProgress()
{
    Q_EMIT progressChanged(progress());
}
