// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerFormatter.h"

#include "core/common/TextElision.h"
#include "core/io/CustomerJson.h"

#include <QJsonDocument>

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

QStringList CustomerFormatter::headers()
{
    return {tr("NAME"), tr("ID"), tr("ACTIVE"), tr("USERS"), tr("UPDATED")};
}

QStringList CustomerFormatter::cells(const Customer& customer)
{
    return {TextElision::elided(oneLine(customer.name()), kMaxNameWidth), customer.id(),
        customer.isActive() ? tr("yes") : tr("no"), QString::number(customer.userCount()),
        timestamp(customer.updatedAt())};
}

QString CustomerFormatter::line(const QStringList& cells, const Widths& widths)
{
    QString text;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const bool last = column == cells.size() - 1;
        // Numbers align right, text left.
        const bool numeric = column == 3;
        const QString cell = numeric ? cells.at(column).rightJustified(widths.at(column))
                                     : (last ? cells.at(column) : cells.at(column).leftJustified(widths.at(column)));
        text += cell + (last ? QString() : u"  "_s);
    }
    return text;
}

QString CustomerFormatter::table(const QList<Customer>& customers)
{
    if (customers.isEmpty())
        return tr("No customers.");

    const QStringList header = headers();
    QList<QStringList> rows;
    for (const Customer& customer : customers)
        rows.append(cells(customer));
    Widths widths;
    for (qsizetype column = 0; column < header.size(); ++column) {
        qsizetype width = header.at(column).size();
        for (const QStringList& row : rows)
            width = std::max(width, row.at(column).size());
        widths.append(width);
    }
    QStringList lines {line(header, widths)};
    for (const QStringList& row : rows)
        lines.append(line(row, widths));
    return lines.join(u'\n');
}

CustomerFormatter::Widths CustomerFormatter::streamedWidths()
{
    // A name is cut at kMaxNameWidth, an id is "cus_" and 32 digits, a user count has at most 9 digits here.
    const QStringList header = headers();
    return {std::max(header.at(0).size(), kMaxNameWidth), std::max(header.at(1).size(), qsizetype(36)),
        std::max({header.at(2).size(), tr("yes").size(), tr("no").size()}), std::max(header.at(3).size(), qsizetype(9)),
        0};
}

QString CustomerFormatter::streamedTableHeader()
{
    return line(headers(), streamedWidths());
}

QString CustomerFormatter::streamedTableRows(const QList<Customer>& customers)
{
    const Widths widths = streamedWidths();
    QStringList lines;
    for (const Customer& customer : customers)
        lines.append(line(cells(customer), widths));
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

QByteArray CustomerFormatter::jsonArrayElements(const QList<Customer>& customers)
{
    QByteArray array = QJsonDocument(toJson(customers)).toJson(QJsonDocument::Indented);
    // "[\n" + elements + "\n]\n"
    if (customers.isEmpty() || array.size() < 5)
        return {};
    return array.mid(2, array.size() - 5);
}

QJsonObject CustomerFormatter::toJson(const CustomerPage& page)
{
    QJsonObject object {{u"expressCustomers"_s, toJson(page.customers)}, {u"hasMore"_s, page.hasMore}};
    if (!page.nextCursor.isEmpty())
        object.insert(u"cursor"_s, page.nextCursor);
    return object;
}
