// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/store/CustomerMirror.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>

// CustomerSync's writer: lives on a thread of its own, with a connection of its own to the workspace (a store is
// usable on the thread that opened it only), so that storing pages never holds up reading the next ones. Pages are
// queued from the sync's thread and stored in order; the pages waiting when the writer gets to them are stored in one
// transaction (far fewer index pages written per customer), and stored() follows for each page. When such a batch
// fails, its pages are stored one by one, so that every page before the failing one is kept. After a failure it
// stores nothing more. Setting the shared stop flag makes it skip what is still queued; it sets the flag itself when it
// begins to drop customers (a cancel that finds it set is too late).
class MirrorWriter : public QObject
{
    Q_OBJECT

public:
    MirrorWriter(const QString& path, qint64 generation, std::shared_ptr<std::atomic_bool> stop);
    ~MirrorWriter() override;

    // Thread-safe: called on the sync's thread. Waits while many customers are queued already.
    void enqueue(const QList<Customer>& customers);
    // After the last page: drops the customers this sync did not see; completed() or failed() follows.
    void enqueueCompletion(int customerCount);

Q_SIGNALS:
    void stored(int customers);
    void failed(const StoreError& error);
    void completed(int dropped);

private:
    // On the writer's thread: stores what is queued.
    void drain();
    void storeBatch(const QList<QList<Customer>>& pages);
    void complete(int customerCount);
    // Opens the writer's own connection on first use; false (and failed()) if it cannot.
    bool ready();
    void fail(const StoreError& error);
    // Drops what is queued and lets a waiting enqueue() return: nothing more will be written.
    void stopTakingPages();
    void scheduleDrain(); // with m_lock held

    QString m_path;
    qint64 m_generation;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<CustomerMirror> m_mirror;
    bool m_failed = false;

    QMutex m_lock; // guards what follows
    QWaitCondition m_drained;
    QList<QList<Customer>> m_queue;
    qsizetype m_queued = 0; // customers in m_queue
    bool m_stopped = false;
    std::optional<int> m_completion;
    bool m_drainScheduled = false;
};
