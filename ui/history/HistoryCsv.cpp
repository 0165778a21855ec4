// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryCsv.h"

#include "core/io/CsvReader.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QChar kComma = u',';
constexpr QStringView kLineEnd = u"\r\n";

QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Machine-readable and stable across languages: field name, key, before and after as stored, "absent" for none.
QString changeLine(const HistoryChange& change)
{
    auto value = [](const std::optional<QString>& text) { return text ? u"\"%1\""_s.arg(*text) : u"absent"_s; };
    QString line = HistoryChange::fieldName(change.field);
    if (!change.key.isEmpty())
        line += u" "_s + change.key;
    return u"%1: %2 -> %3"_s.arg(line, value(change.before), value(change.after));
}

} // namespace

namespace HistoryCsv {

QStringList header()
{
    // Column names are data, like the values: not translated, so a script can read any export.
    return {u"recorded_at"_s, u"completed_at"_s, u"os_user"_s, u"program"_s, u"connection"_s, u"customer_id"_s,
        u"customer_name"_s, u"operation"_s, u"state"_s, u"error"_s, u"changes"_s, u"request_body"_s, u"id"_s};
}

QString write(const QList<HistoryEntry>& entries)
{
    QString text = CsvReader::record(header(), kComma, kLineEnd);
    for (const HistoryEntry& entry : entries) {
        QStringList changes;
        for (const HistoryChange& change : entry.changes)
            changes.append(changeLine(change));
        text +=
            CsvReader::record({utc(entry.recordedAt), entry.completedAt ? utc(*entry.completedAt) : QString(),
                                  entry.osUser, entry.program, entry.connection, entry.customerId, entry.customerName,
                                  HistoryEntry::operationName(entry.operation), HistoryEntry::stateName(entry.state),
                                  entry.error, changes.join(u'\n'), entry.requestBody.value_or(QString()), entry.id},
                kComma, kLineEnd);
    }
    return text;
}

QString suggestedFileName(const QString& customerId, const QDate& today)
{
    const QString date = today.toString(Qt::ISODate);
    return customerId.isEmpty() ? u"express-admin-history-%1.csv"_s.arg(date)
                                : u"express-admin-history-%1-%2.csv"_s.arg(customerId, date);
}

} // namespace HistoryCsv
