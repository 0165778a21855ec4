// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SearchIndex.h"

#include "core/io/CustomerJson.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

SearchIndex::SearchIndex(const QSqlDatabase& db)
    : m_insert(db)
    , m_remove(db)
{
    m_insert.prepare(
        u"INSERT INTO customer_search (rowid, name, ident, keys, vals, pairs) VALUES (?, ?, ?, ?, ?, ?)"_s);
    // FTS5's way to remove a row from a contentless table: the 'delete' command with the row's indexed text.
    m_remove.prepare(u"INSERT INTO customer_search (customer_search, rowid, name, ident, keys, vals, pairs) "
                     "VALUES ('delete', ?, ?, ?, ?, ?, ?)"_s);
}

std::optional<QSqlError> SearchIndex::add(qint64 rowId, const SearchTokens::IndexText& text)
{
    return write(m_insert, rowId, text);
}

std::optional<QSqlError> SearchIndex::remove(qint64 rowId, const Customer& indexed)
{
    return write(m_remove, rowId, SearchTokens::indexText(indexed));
}

std::optional<QSqlError> SearchIndex::write(QSqlQuery& statement, qint64 rowId, const SearchTokens::IndexText& text)
{
    statement.addBindValue(rowId);
    statement.addBindValue(text.name);
    statement.addBindValue(text.ident);
    statement.addBindValue(text.keys);
    statement.addBindValue(text.values);
    statement.addBindValue(text.pairs);
    if (!statement.exec())
        return statement.lastError();
    return std::nullopt;
}

std::optional<QSqlError> SearchIndex::rebuild(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"INSERT INTO customer_search (customer_search) VALUES ('delete-all')"_s))
        return query.lastError();
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT row_id, customer_json FROM customers"_s))
        return query.lastError();
    SearchIndex index(db);
    while (query.next()) {
        const auto customer = CustomerJson::fromJson(query.value(1).toString().toUtf8());
        if (customer.isError())
            continue; // not findable, but listed
        if (auto error = index.add(query.value(0).toLongLong(), SearchTokens::indexText(customer.value())))
            return error;
    }
    return query.lastError().isValid() ? std::optional(query.lastError()) : std::nullopt;
}
