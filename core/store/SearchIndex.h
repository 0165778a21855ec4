// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "SearchTokens.h"

#include "core/model/Customer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

// Writes the search index (the FTS5 table customer_search) in step with the customers table: one row per customer,
// with the customer's row_id as its rowid and SearchTokens::indexText's columns.
//
// The index is contentless: it keeps no copy of the text (the mirror has it), which makes it a third smaller and
// quicker to write. The price: removing a customer's row needs the very text it was indexed with, which indexText
// makes again from the customer as the mirror holds it. A change to indexText therefore needs a migration that
// rebuilds the index. Must not outlive the connection it was made on.
class SearchIndex
{
public:
    explicit SearchIndex(const QSqlDatabase& db);

    // Indexes a customer (SearchTokens::indexText of it) whose row_id has no row in the index yet.
    std::optional<QSqlError> add(qint64 rowId, const SearchTokens::IndexText& text);
    // Removes the row of a customer as it was indexed (the customer as the mirror holds it).
    std::optional<QSqlError> remove(qint64 rowId, const Customer& indexed);

    // Empties the index and fills it again from the customers table.
    static std::optional<QSqlError> rebuild(QSqlDatabase& db);

private:
    static std::optional<QSqlError> write(QSqlQuery& statement, qint64 rowId, const SearchTokens::IndexText& text);

    QSqlQuery m_insert;
    QSqlQuery m_remove;
};
