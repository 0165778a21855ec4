// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"
#include "core/model/CustomerPage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Customers as the CLI shows them: an aligned table and a detail view for people, and the API's own JSON
// (CustomerJson) for scripts.
class CustomerFormatter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerFormatter)

public:
    // Columns name, id, active, users, updated, each as wide as its widest cell; "No customers." when the list is
    // empty.
    static QString table(const QList<Customer>& customers);
    // The same table in pieces, for a list printed page by page as it arrives: every column as wide as any
    // customer can need, so that the pages line up.
    static QString streamedTableHeader();
    static QString streamedTableRows(const QList<Customer>& customers);
    // Every field, one per line, then the metadata.
    static QString details(const Customer& customer);
    // "“Name” (cus_…)", for one-line confirmations.
    static QString label(const Customer& customer);

    static QJsonArray toJson(const QList<Customer>& customers);
    // The customers as elements of an indented JSON array, without its brackets, separated by ",\n": written
    // between "[\n" and "\n]" they give byte for byte what QJsonDocument writes for the whole array.
    static QByteArray jsonArrayElements(const QList<Customer>& customers);
    // The page as the API returns it: {"expressCustomers", "hasMore", "cursor"?}.
    static QJsonObject toJson(const CustomerPage& page);

private:
    using Widths = QList<qsizetype>;

    static QString timestamp(const std::optional<QDateTime>& time);
    static QStringList headers();
    static QStringList cells(const Customer& customer);
    static Widths streamedWidths();
    static QString line(const QStringList& cells, const Widths& widths);
};
