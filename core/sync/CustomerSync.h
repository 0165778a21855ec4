// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "SyncOutcome.h"

#include "core/api/ExpressClient.h"
#include "core/store/CustomerMirror.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

class MirrorWriter;

// Mirrors the API's whole customer list into the workspace: each page is stored (one transaction) as it arrives
// through ExpressClient::forEachCustomerPage, progress is reported per stored page, and only a sync that saw the last
// page drops the customers that disappeared. Cancelling or a failure keeps what the mirror had plus the pages stored.
// The pages are written on a thread of its own (MirrorWriter, with its own connection to the store's file), so that
// reading the next page and storing this one overlap. Lives above both api and store (which know nothing of each
// other).
class CustomerSync : public QObject
{
    Q_OBJECT

public:
    // client is not owned and must outlive the sync.
    CustomerSync(ExpressClient* client, std::shared_ptr<WorkspaceStore> store, QObject* parent = nullptr);
    ~CustomerSync() override;

    // Starts a sync unless one is running; finished() follows exactly once (at once if the store fails to start).
    void start(int pageSize = 100);
    // finished(Cancelled) follows at once; nothing is dropped (a page being written may still be stored).
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // After each stored page: customers stored by this sync so far.
    void progress(int customers);
    void finished(const SyncOutcome& outcome);

private:
    void startWriter();
    void stopWriter();
    void onStored(int customers);
    void completeWhenAllStored();
    void onWriterFailed(const StoreError& error);
    void onCompleted(int dropped);
    void onDone(const ApiResult<int>& result);
    void finish(SyncOutcome outcome);

    ExpressClient* m_client;
    QString m_path;
    CustomerMirror m_mirror;
    QThread m_thread;
    QPointer<MirrorWriter> m_writer;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::optional<ExpressClient::CallId> m_call;
    bool m_running = false;
    bool m_cancelRequested = false;
    qint64 m_generation = 0;
    bool m_allRead = false;
    int m_received = 0;
    int m_stored = 0;
    std::optional<StoreError> m_storeError;
};
