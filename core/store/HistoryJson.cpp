// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryJson.h"

#include "HistoryJournal.h"

using namespace Qt::Literals::StringLiterals;

namespace HistoryJson {

namespace {

QJsonValue textOrNull(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue nonEmptyOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const HistoryEntry& entry)
{
    QJsonArray changes;
    for (const HistoryChange& change : entry.changes) {
        changes.append(
            QJsonObject {{u"field"_s, HistoryChange::fieldName(change.field)}, {u"key"_s, nonEmptyOrNull(change.key)},
                {u"before"_s, textOrNull(change.before)}, {u"after"_s, textOrNull(change.after)}});
    }
    return QJsonObject {{u"id"_s, entry.id}, {u"recordedAt"_s, HistoryJournal::formatTime(entry.recordedAt)},
        {u"completedAt"_s,
            entry.completedAt ? QJsonValue(HistoryJournal::formatTime(*entry.completedAt))
                              : QJsonValue(QJsonValue::Null)},
        {u"osUser"_s, entry.osUser}, {u"program"_s, entry.program}, {u"connection"_s, entry.connection},
        {u"customerId"_s, nonEmptyOrNull(entry.customerId)}, {u"customerName"_s, nonEmptyOrNull(entry.customerName)},
        {u"operation"_s, HistoryEntry::operationName(entry.operation)},
        {u"requestBody"_s, textOrNull(entry.requestBody)}, {u"state"_s, HistoryEntry::stateName(entry.state)},
        {u"error"_s, nonEmptyOrNull(entry.error)}, {u"changes"_s, changes}};
}

QJsonArray toJson(const QList<HistoryEntry>& entries)
{
    QJsonArray array;
    for (const HistoryEntry& entry : entries)
        array.append(toJson(entry));
    return array;
}

} // namespace HistoryJson
