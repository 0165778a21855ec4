// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/MetadataEntry.h"

#include <QMetaType>

#include <optional>

// One row of the metadata table: what the user sees now, what the server had (nothing for an added row), and
// whether the row is marked for removal. The id stays with the row through edits, sorting and undo.
class MetadataRow
{
    Q_GADGET

public:
    enum class State { Unchanged, Added, Changed, Removed };
    Q_ENUM(State)

    // A new id, unique within the process.
    static quint64 nextId();

    quint64 id = 0;
    MetadataEntry entry;
    // The pair as the server has it; nullopt for a row the user added.
    std::optional<MetadataEntry> original;
    // A removed row of the baseline stays visible until the next save or reset. Added rows are deleted instead.
    bool removed = false;

    State state() const;

    bool operator==(const MetadataRow&) const = default;
};
