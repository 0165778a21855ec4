// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistorySearchText.h"

namespace HistorySearchText {

QString of(const HistoryEntry& entry)
{
    QStringList texts {entry.customerId, entry.customerName, entry.osUser, entry.program,
        HistoryEntry::operationName(entry.operation), entry.requestBody.value_or(QString()), entry.error};
    for (const HistoryChange& change : entry.changes)
        texts << change.key << change.before.value_or(QString()) << change.after.value_or(QString());
    return of(texts);
}

QString of(QStringList texts)
{
    texts.removeAll(QString());
    return folded(texts.join(u'\n'));
}

QString folded(const QString& text)
{
    return text.toCaseFolded();
}

} // namespace HistorySearchText
