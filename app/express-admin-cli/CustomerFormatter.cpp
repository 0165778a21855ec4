// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerFormatter.h"

#include "core/common/TextElision.h"
#include "core/io/CustomerJson.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// Longer names are cut in the table (the detail view shows them whole).
constexpr qsizetype kMaxNameWidth = 48;

// Line breaks and tabs in names or metadata would break the layout; show them as escapes.
QString oneLine(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
    return text;
}

} // namespace

QString CustomerFormatter::timestamp(const std::optional<QDateTime>& time)
{
    return time ? CustomerJson::formatTimestamp(*time) : tr("unknown");
}

QString CustomerFormatter::label(const Customer& customer)
{
    return tr("“%1” (%2)").arg(oneLine(customer.name()), customer.id());
}

QString CustomerFormatter::table(const QList<Customer>& customers)
{
    if (customers.isEmpty())
        return tr("No customers.");

    const QStringList headers {tr("NAME"), tr("ID"), tr("ACTIVE"), tr("USERS"), tr("UPDATED")};
    QList<QStringList> rows;
    for (const Customer& customer : customers) {
        rows.append({TextElision::elided(oneLine(customer.name()), kMaxNameWidth), customer.id(),
            customer.isActive() ? tr("yes") : tr("no"), QString::number(customer.userCount()),
            timestamp(customer.updatedAt())});
    }
    QList<qsizetype> widths;
    for (qsizetype column = 0; column < headers.size(); ++column) {
        qsizetype width = headers.at(column).size();
        for (const QStringList& row : rows)
            width = std::max(width, row.at(column).size());
        widths.append(width);
    }
    const auto line = [&widths](const QStringList& cells) {
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const bool last = column == cells.size() - 1;
            // Numbers align right, text left.
            const bool numeric = column == 3;
            const QString cell = numeric
                ? cells.at(column).rightJustified(widths.at(column))
                : (last ? cells.at(column) : cells.at(column).leftJustified(widths.at(column)));
            text += cell + (last ? QString() : u"  "_s);
        }
        return text;
    };
    QStringList lines {line(headers)};
    for (const QStringList& row : rows)
        lines.append(line(row));
    return lines.join(u'\n');
}

QString CustomerFormatter::details(const Customer& customer)
{
    QList<QPair<QString, QString>> fields {
        {tr("Name"), oneLine(customer.name())},
        {tr("ID"), customer.id()},
        {tr("Active"), customer.isActive() ? tr("yes") : tr("no")},
        {tr("Users"), QString::number(customer.userCount())},
        {tr("Created"), timestamp(customer.createdAt())},
        {tr("Updated"), timestamp(customer.updatedAt())},
    };
    if (customer.createdByUserId())
        fields.append({tr("Created by user"), *customer.createdByUserId()});
    if (customer.createdByApiKeyId())
        fields.append({tr("Created by API key"), *customer.createdByApiKeyId()});

    qsizetype width = 0;
    for (const auto& field : std::as_const(fields))
        width = std::max(width, field.first.size() + 1);
    QStringList lines;
    for (const auto& field : std::as_const(fields))
        lines.append((field.first + u':').leftJustified(width) + u"  "_s + field.second);

    const Metadata metadata = customer.metadata();
    if (metadata.isEmpty()) {
        lines.append(tr("Metadata: none"));
    } else {
        lines.append(tr("Metadata (%n):", nullptr, static_cast<int>(metadata.size())));
        qsizetype keyWidth = 0;
        for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
            keyWidth = std::max(keyWidth, oneLine(it.key()).size());
        keyWidth = std::min<qsizetype>(keyWidth, 40);
        for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
            lines.append(u"  "_s + oneLine(it.key()).leftJustified(keyWidth) + u" = "_s + oneLine(it.value()));
    }
    return lines.join(u'\n');
}

QJsonArray CustomerFormatter::toJson(const QList<Customer>& customers)
{
    QJsonArray array;
    for (const Customer& customer : customers)
        array.append(CustomerJson::toJson(customer));
    return array;
}

QJsonObject CustomerFormatter::toJson(const CustomerPage& page)
{
    QJsonObject object {{u"expressCustomers"_s, toJson(page.customers)}, {u"hasMore"_s, page.hasMore}};
    if (!page.nextCursor.isEmpty())
        object.insert(u"cursor"_s, page.nextCursor);
    return object;
}
