// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MirrorWriter.h"

#include <QMutexLocker>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// The writer's page cache: the name and id indexes and the search index's newest segments of 100,000 customers stay
// in memory while they are written (SQLite's default is 2 MiB). Only what is used is taken.
constexpr int CacheKiB = 16 * 1024;
// Pages of WAL between checkpoints (SQLite's default is 1,000): a page rewritten by many batches is copied back
// into the file fewer times.
constexpr int CheckpointPages = 10000;
// At most this many customers in one transaction.
constexpr qsizetype BatchCustomers = 2000;
// At most this many customers waiting to be written (about 1.5 KiB each in memory). With 20,000 queued, 5,000 to a
// transaction and a 32 MiB cache, a sync of 100,000 peaked at 111 MiB; with these figures at 51 MiB, in the same
// time.
constexpr qsizetype MaxQueuedCustomers = 4000;

} // namespace

MirrorWriter::MirrorWriter(const QString& path, qint64 generation, std::shared_ptr<std::atomic_bool> stop)
    : m_path(path)
    , m_generation(generation)
    , m_stop(std::move(stop))
{ }

MirrorWriter::~MirrorWriter()
{
    m_mirror.reset(); // its queries before their connection
}

void MirrorWriter::enqueue(const QList<Customer>& customers)
{
    QMutexLocker locker(&m_lock);
    // When reading outruns writing, the reader waits here rather than piling up customers in memory.
    while (m_queued >= MaxQueuedCustomers && !m_stopped)
        m_drained.wait(&m_lock);
    m_queue.append(customers);
    m_queued += customers.size();
    scheduleDrain();
}

void MirrorWriter::enqueueCompletion(int customerCount)
{
    QMutexLocker locker(&m_lock);
    m_completion = customerCount;
    scheduleDrain();
}

void MirrorWriter::scheduleDrain()
{
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &MirrorWriter::drain, Qt::QueuedConnection);
}

void MirrorWriter::drain()
{
    for (;;) {
        QList<QList<Customer>> batch;
        std::optional<int> completion;
        {
            QMutexLocker locker(&m_lock);
            qsizetype customers = 0;
            while (!m_queue.isEmpty() && (batch.isEmpty() || customers + m_queue.first().size() <= BatchCustomers)) {
                customers += m_queue.first().size();
                batch.append(m_queue.takeFirst());
            }
            m_queued -= customers;
            m_drained.wakeAll();
            if (batch.isEmpty()) {
                completion = std::exchange(m_completion, std::nullopt);
                m_drainScheduled = false;
            }
        }
        if (m_stop->load() || !ready())
            return stopTakingPages();
        if (batch.isEmpty()) {
            if (completion)
                complete(*completion);
            return;
        }
        storeBatch(batch);
    }
}

void MirrorWriter::storeBatch(const QList<QList<Customer>>& pages)
{
    QList<Customer> all;
    for (const QList<Customer>& page : pages)
        all += page;
    if (!m_mirror->storePage(m_generation, all)) {
        for (const QList<Customer>& page : pages)
            Q_EMIT stored(int(page.size()));
        return;
    }
    // Nothing of the batch is stored: page by page, to keep those before the one that fails.
    for (const QList<Customer>& page : pages) {
        if (auto error = m_mirror->storePage(m_generation, page))
            return fail(*error);
        Q_EMIT stored(int(page.size()));
    }
}

void MirrorWriter::complete(int customerCount)
{
    if (m_stop->exchange(true))
        return; // cancelled: nothing is dropped
    const Result<int, StoreError> dropped = m_mirror->completeSync(m_generation, customerCount);
    if (dropped.isError())
        return fail(dropped.error());
    Q_EMIT completed(dropped.value());
}

bool MirrorWriter::ready()
{
    if (m_failed)
        return false;
    if (m_mirror)
        return true;
    auto opened = WorkspaceStore::open(m_path);
    if (opened.isError()) {
        fail(opened.error());
        return false;
    }
    m_store = opened.value();
    QSqlQuery pragma(m_store->database());
    pragma.exec(u"PRAGMA cache_size = -%1"_s.arg(CacheKiB));
    pragma.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(CheckpointPages));
    m_mirror = std::make_unique<CustomerMirror>(m_store);
    return true;
}

void MirrorWriter::stopTakingPages()
{
    QMutexLocker locker(&m_lock);
    m_stopped = true;
    m_queue.clear();
    m_drained.wakeAll();
}

void MirrorWriter::fail(const StoreError& error)
{
    m_failed = true;
    stopTakingPages();
    Q_EMIT failed(error);
}
