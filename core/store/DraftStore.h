// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "StoreError.h"
#include "WorkspaceStore.h"

#include "core/common/Result.h"
#include "core/model/Customer.h"
#include "core/model/CustomerDraft.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

// The unsaved edits of customers, kept in the workspace so that they survive a crash: one draft per customer, with
// the customer as the edits started from (the baseline of a later three-way merge) and the edits exactly as typed
// (CustomerDraftJson). Each write is one transaction: a failed one leaves the previous draft as it was. Use on the
// thread that opened the store.
class DraftStore
{
public:
    struct Draft
    {
        QString customerId;
        // The customer's name as the baseline has it (what to call it in a question).
        QString customerName;
        QDateTime savedAt; // UTC
        Customer baseline;
        CustomerDraft edits;
    };

    explicit DraftStore(std::shared_ptr<WorkspaceStore> store);

    // Adds or replaces the customer's draft.
    std::optional<StoreError> save(const Customer& baseline, const CustomerDraft& edits);
    // nullopt when the customer has no (readable) draft.
    Result<std::optional<Draft>, StoreError> load(const QString& customerId) const;
    // Every readable draft, the newest first. A row this version cannot read is left alone and skipped.
    Result<QList<Draft>, StoreError> list() const;
    // Removing a draft that is not there is no error.
    std::optional<StoreError> remove(const QString& customerId);

private:
    Result<QList<Draft>, StoreError> select(const std::optional<QString>& customerId) const;

    std::shared_ptr<WorkspaceStore> m_store;
};
