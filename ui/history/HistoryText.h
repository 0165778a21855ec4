// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryEntry.h"

#include <QString>

#include <optional>

// The words for history entries, shared by the table, the detail view and the CSV export: operations, states, fields,
// values ("absent" for none) and a one-line summary of an entry's changes. All translatable.
namespace HistoryText {

QString operation(HistoryEntry::Operation operation);
QString state(HistoryEntry::State state);
// What the state means, for a tooltip.
QString stateExplanation(HistoryEntry::State state);
// "Name", "Active", "Metadata “region”", "User usr_…".
QString field(const HistoryChange& change);
// The value in quotes, or "(absent)"; values of Active read "yes" / "no".
QString value(const HistoryChange& change, const std::optional<QString>& value);
// One change: Name: “A” → “B”.
QString change(const HistoryChange& change);
// The changes in a few words: the fields changed, the first few named ("Name, region, wing and 2 more").
QString summary(const HistoryEntry& entry);
// The customer as shown: its name and id, or the id alone.
QString customer(const HistoryEntry& entry);
// The local time of the entry, short; and the exact time (ISO 8601, local and UTC) for a tooltip.
QString time(const QDateTime& time);
QString exactTime(const QDateTime& time);

} // namespace HistoryText
