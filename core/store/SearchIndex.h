// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/Customer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

// Writes the search index (the FTS5 table customer_search) in step with the customers table: one row per customer,
// with the customer's row_id as its rowid (SearchTokens::IndexText's columns). Deleting a customer deletes its row
// (a trigger). Must not outlive the connection it was made on.
class SearchIndex
{
public:
    explicit SearchIndex(const QSqlDatabase& db);

    // Writes the customer's row: Replace for a customer already indexed, New for one just added (whose row_id has no
    // row in the index: deleting a customer deletes it), which saves a delete.
    enum class Existing { Replace, New };
    std::optional<QSqlError> put(qint64 rowId, const QString& id, const QString& name, const Metadata& metadata,
        Existing existing = Existing::Replace);

    // Empties the index and fills it again from the customers table.
    static std::optional<QSqlError> rebuild(QSqlDatabase& db);
    // The metadata column's JSON object as a map; empty for anything else.
    static Metadata metadataFromJson(const QString& json);

private:
    QSqlQuery m_remove;
    QSqlQuery m_insert;
};
