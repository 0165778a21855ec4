// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/CustomerDraft.h"
#include "core/store/DraftClaim.h"
#include "core/store/DraftStore.h"
#include "core/store/StoreError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

class CustomerSession;
class WorkspaceStore;

// Keeps one session's unsaved edits in the workspace (DraftStore), so that a crash or kill loses at most the last
// delay() of typing: the first edit after a write starts the timer, and when it fires the edits as they are then are
// written (typing on does not postpone it). Once the session is clean again (saved, reverted, undone) the draft it
// wrote is removed; discard() removes it at once. A failed write changes nothing in the session; it is reported once
// and tried again with the next edit. Whatever is due when the keeper goes is written then.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultDelay {500};

    // Observes session (not owned; usually the keeper's parent) and writes to store.
    DraftKeeper(CustomerSession* session, std::shared_ptr<WorkspaceStore> store, QObject* parent = nullptr);
    ~DraftKeeper() override;

    std::chrono::milliseconds delay() const;
    void setDelay(std::chrono::milliseconds delay);

    // The user threw the edits away: nothing more is written, and the customer's draft goes.
    void discard();
    // Writes (or removes) now what would be written when the timer fires.
    void flush();
    bool isPending() const { return m_due; }

Q_SIGNALS:
    // The draft in the store now matches the edits (written), or the session is clean and it is gone (removed).
    void stored(bool present);
    // A write failed; the edits are still in the session. Reported once until a write succeeds again.
    void storeFailed(const StoreError& error);

private:
    void onChanged();

    QPointer<CustomerSession> m_session;
    DraftStore m_drafts;
    QString m_databasePath;
    // Held while a draft of the customer is kept: another instance of the app does not offer it back meanwhile.
    std::unique_ptr<DraftClaim> m_claim;
    QTimer m_timer;
    // What the next write stores, taken at the last change (the session may be gone when it is written).
    Customer m_baseline;
    CustomerDraft m_edits;
    bool m_dirty = false;
    bool m_due = false;
    // A draft of this keeper's is in the store (or may be: a write failed after one succeeded).
    bool m_written = false;
    bool m_failing = false;
    bool m_discarded = false;
};
