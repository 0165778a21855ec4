// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "DraftRebase.h"

#include <QSet>

namespace DraftRebase {

CustomerDraft onto(const CustomerDraft& submitted, const CustomerDraft& current, const Customer& saved)
{
    const Metadata sent = submitted.metadataMap();
    const Metadata held = saved.metadata();

    CustomerDraft result;
    result.setName(current.name() == submitted.name() ? saved.name() : current.name());

    QList<MetadataEntry> entries;
    QSet<QString> keys;
    for (const MetadataEntry& entry : current.metadata()) {
        keys.insert(entry.key);
        const auto sentValue = sent.constFind(entry.key);
        const bool untouched = sentValue != sent.constEnd() && *sentValue == entry.value;
        if (!untouched) {
            entries.append(entry);
            continue;
        }
        const auto heldValue = held.constFind(entry.key);
        if (heldValue != held.constEnd())
            entries.append({entry.key, *heldValue});
    }
    for (auto it = held.constBegin(); it != held.constEnd(); ++it) {
        if (!sent.contains(it.key()) && !keys.contains(it.key()))
            entries.append({it.key(), it.value()});
    }
    result.setMetadata(entries);
    return result;
}

CustomerDraft merged(const CustomerDraft& edits, const MergeResult& merge)
{
    Customer target = merge.theirs();
    target.setName(merge.name());
    target.setMetadata(merge.metadata());
    // As if the edits had been sent and the server now held the merge: rows it holds as typed stay as typed.
    CustomerDraft result = onto(edits, edits, target);
    if (merge.name() == edits.name().trimmed())
        result.setName(edits.name());
    return result;
}

} // namespace DraftRebase
