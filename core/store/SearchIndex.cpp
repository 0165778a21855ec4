// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SearchIndex.h"

#include "SearchTokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

SearchIndex::SearchIndex(const QSqlDatabase& db)
    : m_remove(db)
    , m_insert(db)
{
    m_remove.prepare(u"DELETE FROM customer_search WHERE rowid = ?"_s);
    m_insert.prepare(
        u"INSERT INTO customer_search (rowid, name, ident, keys, vals, pairs) VALUES (?, ?, ?, ?, ?, ?)"_s);
}

std::optional<QSqlError> SearchIndex::put(
    qint64 rowId, const QString& id, const QString& name, const Metadata& metadata, Existing existing)
{
    if (existing == Existing::Replace) {
        m_remove.addBindValue(rowId);
        if (!m_remove.exec())
            return m_remove.lastError();
    }
    const SearchTokens::IndexText text = SearchTokens::indexText(id, name, metadata);
    m_insert.addBindValue(rowId);
    m_insert.addBindValue(text.name);
    m_insert.addBindValue(text.ident);
    m_insert.addBindValue(text.keys);
    m_insert.addBindValue(text.values);
    m_insert.addBindValue(text.pairs);
    if (!m_insert.exec())
        return m_insert.lastError();
    return std::nullopt;
}

std::optional<QSqlError> SearchIndex::rebuild(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(u"DELETE FROM customer_search"_s))
        return query.lastError();
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT row_id, id, name, metadata FROM customers"_s))
        return query.lastError();
    SearchIndex index(db);
    while (query.next()) {
        if (auto error = index.put(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                metadataFromJson(query.value(3).toString()), Existing::New))
            return error;
    }
    return query.lastError().isValid() ? std::optional(query.lastError()) : std::nullopt;
}

Metadata SearchIndex::metadataFromJson(const QString& json)
{
    Metadata metadata;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        metadata.insert(it.key(), it.value().toString());
    return metadata;
}
