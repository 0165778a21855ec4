// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/CustomerJson.h"
#include "core/model/Customer.h"
#include "sandbox/SandboxSeed.h"

#include <QList>

namespace StoreTestData {

// The sandbox's deterministic demo customers (names, ids and metadata known), as core reads them from the API.
inline QList<Customer> seedCustomers(quint32 seed, int count)
{
    QList<Customer> customers;
    for (const Sandbox::CustomerRecord& record : Sandbox::SandboxSeed::generate(seed, count))
        customers.append(CustomerJson::fromJson(record.toApiJson()).value());
    return customers;
}

} // namespace StoreTestData
