// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryEntry.h"

#include <QCoreApplication>
#include <QString>

// History entries as the CLI shows them to people: a line per entry (local time, operation, how it ended, customer,
// who) and an indented line per changed field, then the error if there was one. Scripts use HistoryJson.
class HistoryFormatter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFormatter)

public:
    static QString entry(const HistoryEntry& entry);
    // "name: “A” → “B”", "metadata region: (none) → “north”", "user usr_…: added", "active: yes → no".
    static QString change(const HistoryChange& change);
    // pending, succeeded, failed, may have been applied.
    static QString state(HistoryEntry::State state);
    // "No changes recorded."
    static QString none();
};
