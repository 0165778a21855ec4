// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryEntry.h"

#include <QString>
#include <QStringList>

// What the history's text filter looks in, kept with each entry (history.search_text): case-folded by the program
// that writes it, so that the filter's plain LIKE finds "Müller" for "MÜLLER" whatever the database (SQLite's lower()
// and case-insensitive LIKE know only ASCII).
namespace HistorySearchText {

// Every text of the entry a user may look for, one per line, case-folded: the customer's id and name, the OS user,
// the program, the operation, the request body, the error, and each change's key, before and after.
QString of(const HistoryEntry& entry);
// These texts (the empty ones left out), one per line, case-folded.
QString of(QStringList texts);
// text case-folded as of() folds it.
QString folded(const QString& text);

} // namespace HistorySearchText
