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
    // Columns name, id, active, users, updated; "No customers." when the list is empty.
    static QString table(const QList<Customer>& customers);
    // Every field, one per line, then the metadata.
    static QString details(const Customer& customer);
    // "“Name” (cus_…)", for one-line confirmations.
    static QString label(const Customer& customer);

    static QJsonArray toJson(const QList<Customer>& customers);
    // The page as the API returns it: {"expressCustomers", "hasMore", "cursor"?}.
    static QJsonObject toJson(const CustomerPage& page);

private:
    static QString timestamp(const std::optional<QDateTime>& time);
};
