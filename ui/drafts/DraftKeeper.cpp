// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "DraftKeeper.h"

#include "core/common/Logging.h"
#include "core/model/MetadataDocument.h"
#include "ui/customer/CustomerSession.h"

#include <QUndoStack>

DraftKeeper::DraftKeeper(CustomerSession* session, std::shared_ptr<WorkspaceStore> store, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_drafts(store)
    , m_databasePath(store->path())
{
    Q_ASSERT(session);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelay);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::flush);
    // Every edit goes through the undo stack; loads, saves and restores replace name and rows.
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &DraftKeeper::onChanged);
    connect(session->metadata(), &MetadataDocument::summaryChanged, this, &DraftKeeper::onChanged);
    connect(session, &CustomerSession::nameChanged, this, &DraftKeeper::onChanged);
    connect(session, &CustomerSession::customerChanged, this, &DraftKeeper::onChanged);
    connect(session, &CustomerSession::dirtyChanged, this, &DraftKeeper::onChanged);
    onChanged();
}

DraftKeeper::~DraftKeeper()
{
    // The session may be half gone (what was due was taken at the last change), and so may those who listen.
    blockSignals(true);
    if (m_due)
        flush();
}

std::chrono::milliseconds DraftKeeper::delay() const
{
    return m_timer.intervalAsDuration();
}

void DraftKeeper::setDelay(std::chrono::milliseconds delay)
{
    m_timer.setInterval(delay);
}

void DraftKeeper::onChanged()
{
    if (m_discarded || !m_session || !m_session->hasCustomer())
        return;
    const bool dirty = m_session->isDirty();
    // Opening a customer (clean) leaves any draft of it alone: it may be one to restore. Clean again before the
    // first write: nothing to write.
    if (!dirty && !m_written) {
        m_timer.stop();
        m_due = false;
        return;
    }
    m_baseline = m_session->customer();
    m_edits = m_session->draft();
    m_dirty = dirty;
    m_due = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void DraftKeeper::flush()
{
    m_timer.stop();
    if (!m_due)
        return;
    m_due = false;
    const std::optional<StoreError> error =
        m_dirty ? m_drafts.save(m_baseline, m_edits) : m_drafts.remove(m_baseline.id());
    if (error) {
        qCWarning(lcUi).noquote() << "unsaved edits not kept:" << error->message;
        if (!std::exchange(m_failing, true))
            Q_EMIT storeFailed(*error);
        return;
    }
    m_failing = false;
    m_written = m_dirty;
    if (m_dirty && !(m_claim && m_claim->customerId() == m_baseline.id())) {
        m_claim = std::make_unique<DraftClaim>(m_databasePath, m_baseline.id());
        if (!m_claim->claim())
            qCInfo(lcUi).noquote() << "the draft of" << m_baseline.id() << "is also kept by another instance";
    } else if (!m_dirty) {
        m_claim.reset();
    }
    Q_EMIT stored(m_dirty);
}

void DraftKeeper::discard()
{
    m_timer.stop();
    m_due = false;
    m_discarded = true;
    m_written = false;
    const QString id = m_session ? m_session->customerId() : m_baseline.id();
    if (id.isEmpty())
        return;
    if (const std::optional<StoreError> error = m_drafts.remove(id))
        qCWarning(lcUi).noquote() << "discarded edits not removed:" << error->message;
    m_claim.reset();
}
