// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MergeResult.h"

#include "core/model/CustomerDiff.h"

#include <algorithm>

MergeResult::MergeResult(const Customer& theirs, const QString& name, const Metadata& metadata,
    const QList<MergeConflict>& conflicts, const QList<CustomerChange>& theirChanges)
    : m_theirs(theirs)
    , m_name(name)
    , m_metadata(metadata)
    , m_conflicts(conflicts)
    , m_theirChanges(theirChanges)
{ }

bool MergeResult::hasUnresolvedConflicts() const
{
    return std::any_of(
        m_conflicts.cbegin(), m_conflicts.cend(), [](const MergeConflict& conflict) { return !conflict.isResolved(); });
}

bool MergeResult::resolve(int conflictIndex, Side side)
{
    if (conflictIndex < 0 || conflictIndex >= m_conflicts.size()) {
        return false;
    }
    MergeConflict& conflict = m_conflicts[conflictIndex];
    conflict.resolution = side;
    const std::optional<QString> chosen = conflict.value(side);
    if (conflict.field == MergeConflict::Field::Name) {
        // A name is never absent; the conflict holds both names.
        m_name = chosen.value_or(m_name);
    } else if (chosen) {
        m_metadata.insert(conflict.key, *chosen);
    } else {
        m_metadata.remove(conflict.key);
    }
    return true;
}

CustomerPatch MergeResult::patchAgainstTheirs() const
{
    return CustomerDiff::between(m_theirs, m_name, m_metadata);
}
