// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The order of a search's results: by one of the list's columns, ascending or descending, ties broken by id in the
// same direction. The default is the name (case-insensitive for ASCII), ascending. Pure; CustomerSearch puts it into
// its SQL.
struct SearchOrder
{
    enum class Key { Name, Id, Active, Users, Updated };

    Key key = Key::Name;
    bool descending = false;

    bool operator==(const SearchOrder&) const = default;

    // The sort key of a row of customers aliased "c", as an SQL expression (a missing update time sorts first).
    QString keyExpression() const;
    // " ORDER BY …" for customers aliased "c".
    QString orderBy() const;
    // The index of customers that holds the rows in this order (either direction); empty when there is none, and
    // the rows are sorted.
    QString indexName() const;
    // An SQL condition: the row of "c" comes before the row whose key is "t.k" and id "t.id".
    QString comesBefore() const;
};
