// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/CustomerChange.h"
#include "core/model/CustomerPatch.h"
#include "core/model/MergeConflict.h"

#include <QList>
#include <QString>

// The outcome of CustomerMerge::merge(): the merged name and metadata, the conflicts for the user to resolve,
// and the other side's changes that were taken automatically. An unresolved conflict holds THEIR value, so
// nothing of theirs is lost by default.
class MergeResult
{
public:
    using Side = MergeConflict::Side;

    MergeResult() = default;
    MergeResult(const Customer& theirs, const QString& name, const Metadata& metadata,
        const QList<MergeConflict>& conflicts, const QList<CustomerChange>& theirChanges);

    // Trimmed.
    QString name() const { return m_name; }
    Metadata metadata() const { return m_metadata; }

    QList<MergeConflict> conflicts() const { return m_conflicts; }
    bool hasConflicts() const { return !m_conflicts.isEmpty(); }
    bool hasUnresolvedConflicts() const;
    // Takes that side's value into the merged result; may be called again to change the choice.
    // Returns false (and changes nothing) for an index out of range.
    bool resolve(int conflictIndex, Side side);

    // What the server side changed since the customer was loaded and the merge took over unopposed
    // (changes both sides made identically are not listed). Name first, then by key.
    QList<CustomerChange> theirChanges() const { return m_theirChanges; }

    // The customer as it is now on the server.
    Customer theirs() const { return m_theirs; }

    // The PATCH that turns THEIR current state into the merged result. Metadata goes out whole, so it must be
    // computed against their state, not the loaded one, or keys they added would be dropped.
    CustomerPatch patchAgainstTheirs() const;

private:
    Customer m_theirs;
    QString m_name;
    Metadata m_metadata;
    QList<MergeConflict> m_conflicts;
    QList<CustomerChange> m_theirChanges;
};
