// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkReportCsv.h"

#include "core/io/CsvReader.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QChar kComma = u',';
constexpr QStringView kLineEnd = u"\r\n";

} // namespace

namespace BulkReportCsv {

QStringList header()
{
    return {
        u"position"_s, u"customer_id"_s, u"customer_name"_s, u"state"_s, u"error_kind"_s, u"error"_s, u"updated_at"_s};
}

QString write(const QList<BulkItemRecord>& items)
{
    QString text = CsvReader::record(header(), kComma, kLineEnd);
    for (const BulkItemRecord& item : items) {
        const QString updated =
            item.updatedAt.isValid() ? item.updatedAt.toUTC().toString(Qt::ISODateWithMs) : QString();
        text += CsvReader::record({QString::number(item.position + 1), item.customerId, item.customerName,
                                      BulkItemRecord::stateName(item.state), item.errorKind, item.error, updated},
            kComma, kLineEnd);
    }
    return text;
}

QString suggestedFileName(const QDate& today)
{
    return u"express-admin-bulk-%1.csv"_s.arg(today.toString(Qt::ISODate));
}

} // namespace BulkReportCsv
