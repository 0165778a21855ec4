// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"

#include <QList>
#include <QString>

// One page of the customer list and where the next one starts.
struct CustomerPage
{
    QList<Customer> customers;
    bool hasMore = false;
    // Empty on the last page (absent, null and "" are alike).
    QString nextCursor;

    bool operator==(const CustomerPage&) const = default;
};
