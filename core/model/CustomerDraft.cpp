// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerDraft.h"

CustomerDraft CustomerDraft::fromCustomer(const Customer& customer)
{
    CustomerDraft draft;
    draft.m_name = customer.name();
    const Metadata metadata = customer.metadata();
    draft.m_metadata.reserve(metadata.size());
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        draft.m_metadata.append(MetadataEntry {it.key(), it.value()});
    }
    return draft;
}

Metadata CustomerDraft::metadataMap() const
{
    Metadata map;
    for (const MetadataEntry& entry : m_metadata) {
        map.insert(entry.key, entry.value);
    }
    return map;
}
