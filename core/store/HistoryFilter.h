// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// Which history entries to read (all conditions must hold) and which page of them, newest first.
struct HistoryFilter
{
    QString customerId; // exactly this customer; empty: every customer
    // Case-insensitive substring of the customer's id or name, the user, the program, the operation, the request body,
    // the error, or a changed field's key or values. Empty: no condition.
    QString text;
    std::optional<QDateTime> since; // recorded at or after
    std::optional<QDateTime> until; // recorded before
    int limit = 100; // at most this many; 0 or less: no limit
    int offset = 0; // skip this many of the newest first
};
