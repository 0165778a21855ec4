// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerSearch.h"

#include "SearchIndex.h"
#include "SearchTokens.h"

#include "core/io/CustomerJson.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// An FTS5 string: double quotes doubled, so it is always one string token of the expression.
QString quoted(const QString& text)
{
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

// Words and phrases look in the name, id, keys and values, never in the pair tokens.
const QString TextColumns = u"{name ident keys vals} : "_s;

QString pairPhrase(const QString& key, const QString& value)
{
    const QString keyMark = SearchTokens::keyToken(key);
    QStringList pairs;
    for (const QString& token : SearchTokens::tokens(value))
        pairs.append(keyMark + token);
    return u"pairs : "_s + quoted(pairs.join(u' '));
}

// What fromRow() reads, in its order.
const QString RowColumns =
    u"c.customer_json, c.id, c.name, c.active, c.user_count, c.created_at, c.updated_at, c.metadata"_s;

// The customer as received; from the columns if that JSON cannot be read (a row written by an older version).
Customer fromRow(const QSqlQuery& row)
{
    const auto received = CustomerJson::fromJson(row.value(0).toString().toUtf8());
    if (received.isOk())
        return received.value();
    Customer customer;
    customer.setId(row.value(1).toString());
    customer.setName(row.value(2).toString());
    customer.setActive(row.value(3).toBool());
    customer.setUserCount(row.value(4).toLongLong());
    customer.setCreatedAt(CustomerJson::parseTimestamp(row.value(5).toString()));
    customer.setUpdatedAt(CustomerJson::parseTimestamp(row.value(6).toString()));
    customer.setMetadata(SearchIndex::metadataFromJson(row.value(7).toString()));
    return customer;
}

bool bindAll(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

CustomerSearch::CustomerSearch(std::shared_ptr<WorkspaceStore> store)
    : m_store(std::move(store))
{ }

QString CustomerSearch::matchExpression(const SearchQuery& query)
{
    QStringList parts;
    for (const SearchQuery::Term& term : query.terms()) {
        switch (term.kind) {
        case SearchQuery::Term::Kind::Word:
            parts.append(TextColumns + quoted(term.text) + u" *"_s);
            break;
        case SearchQuery::Term::Kind::Phrase:
            parts.append(TextColumns + quoted(term.text));
            break;
        case SearchQuery::Term::Kind::KeyValue:
            parts.append(pairPhrase(term.key, term.text) + u" *"_s);
            break;
        case SearchQuery::Term::Kind::KeyPhrase:
            parts.append(pairPhrase(term.key, term.text));
            break;
        case SearchQuery::Term::Kind::HasKey:
            parts.append(u"pairs : "_s + quoted(SearchTokens::keyToken(term.key)));
            break;
        case SearchQuery::Term::Kind::Active:
            break; // a column of customers, not of the index
        }
    }
    return parts.join(u" AND "_s);
}

QString CustomerSearch::whereClause(const SearchQuery& query, QVariantList* values)
{
    QStringList conditions;
    const QString match = matchExpression(query);
    if (!match.isEmpty()) {
        conditions.append(u"c.row_id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)"_s);
        values->append(match);
    }
    for (const SearchQuery::Term& term : query.terms()) {
        if (term.kind == SearchQuery::Term::Kind::Active) {
            conditions.append(u"c.active = ?"_s);
            values->append(term.active ? 1 : 0);
        }
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

Result<qint64, StoreError> CustomerSearch::count(const SearchQuery& query) const
{
    const QString match = matchExpression(query);
    const bool onlyText = std::none_of(query.terms().cbegin(), query.terms().cend(),
        [](const SearchQuery::Term& term) { return term.kind == SearchQuery::Term::Kind::Active; });
    if (!match.isEmpty() && onlyText)
        return matchCount(match, Fresh::Always); // the index alone: no customer row is read
    QVariantList values;
    QSqlQuery sql(m_store->database());
    if (!bindAll(sql, u"SELECT count(*) FROM customers c"_s + whereClause(query, &values), values) || !sql.next())
        return m_store->error(sql.lastError());
    return sql.value(0).toLongLong();
}

Result<QList<Customer>, StoreError> CustomerSearch::page(
    const SearchQuery& query, qint64 offset, int limit, const SearchOrder& order) const
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    values << limit << offset;
    const QString match = matchExpression(query);
    bool inNameOrder = false;
    if (!match.isEmpty()) {
        const auto matches = matchCount(match, Fresh::Cached);
        if (matches.isError())
            return matches.error();
        inNameOrder = walkNameOrder(matches.value(), offset + limit);
    }
    QSqlQuery sql(m_store->database());
    sql.setForwardOnly(true);
    if (!bindAll(sql,
            u"SELECT "_s + RowColumns + u" FROM customers c"_s
                + (inNameOrder && order == SearchOrder() ? u" INDEXED BY customers_by_name"_s : QString()) + where
                + order.orderBy() + u" LIMIT ? OFFSET ?"_s,
            values))
        return m_store->error(sql.lastError());
    QList<Customer> customers;
    while (sql.next()) {
        customers.append(fromRow(sql));
    }
    if (sql.lastError().isValid())
        return m_store->error(sql.lastError());
    return customers;
}

Result<qint64, StoreError> CustomerSearch::matchCount(const QString& match, Fresh fresh) const
{
    if (fresh == Fresh::Cached && m_lastMatch && m_lastMatch->first == match)
        return m_lastMatch->second;
    QSqlQuery sql(m_store->database());
    if (!bindAll(sql, u"SELECT count(*) FROM customer_search WHERE customer_search MATCH ?"_s, {match}) || !sql.next())
        return m_store->error(sql.lastError());
    m_lastMatch = {match, sql.value(0).toLongLong()};
    return m_lastMatch->second;
}

bool CustomerSearch::walkNameOrder(qint64 matches, qint64 rowsWanted) const
{
    // Walking the name index (names and row ids only, in order) until the rows wanted are found reads about
    // rowsWanted * customers / matches entries; looking up every match and sorting them reads a customer row each,
    // some twenty times the cost of an index entry. Many matches: walk; few: look them up.
    QSqlQuery sql(m_store->database());
    if (!sql.exec(u"SELECT max(row_id) FROM customers"_s) || !sql.next())
        return false;
    const qint64 customers = sql.value(0).toLongLong(); // about how many, without counting them
    const qint64 walk = std::min(customers, rowsWanted * customers / std::max<qint64>(matches, 1));
    return walk < 20 * matches;
}

Result<CustomerSearch::SyncInfo, StoreError> CustomerSearch::lastSync() const
{
    QSqlQuery sql(m_store->database());
    if (!sql.exec(u"SELECT max(completed_at), (SELECT count(*) FROM customers) FROM syncs"_s) || !sql.next())
        return m_store->error(sql.lastError());
    SyncInfo info;
    if (!sql.value(0).isNull())
        info.completedAt = CustomerJson::parseTimestamp(sql.value(0).toString());
    info.customers = sql.value(1).toLongLong();
    return info;
}

Result<qint64, StoreError> CustomerSearch::position(
    const SearchQuery& query, const SearchOrder& order, const QString& id) const
{
    QVariantList values {id};
    QString where = whereClause(query, &values);
    where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + order.comesBefore();
    QSqlQuery sql(m_store->database());
    if (!bindAll(sql,
            u"SELECT count(*) FROM customers c, (SELECT "_s + order.keyExpression()
                + u" AS k, c.id AS id FROM customers c WHERE c.id = ?) t"_s + where,
            values)
        || !sql.next())
        return m_store->error(sql.lastError());
    return sql.value(0).toLongLong();
}

Result<QStringList, StoreError> CustomerSearch::ids(const SearchQuery& query, const SearchOrder& order) const
{
    QVariantList values;
    QSqlQuery sql(m_store->database());
    sql.setForwardOnly(true);
    if (!bindAll(sql, u"SELECT c.id FROM customers c"_s + whereClause(query, &values) + order.orderBy(), values))
        return m_store->error(sql.lastError());
    QStringList found;
    while (sql.next())
        found.append(sql.value(0).toString());
    if (sql.lastError().isValid())
        return m_store->error(sql.lastError());
    return found;
}

Result<QList<Customer>, StoreError> CustomerSearch::customers(const QStringList& ids) const
{
    // A few hundred at a time: SQLite limits the number of bound values in one statement.
    constexpr qsizetype kChunk = 500;
    QHash<QString, Customer> byId;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList marks(chunk.size(), u"?"_s);
        QSqlQuery sql(m_store->database());
        sql.setForwardOnly(true);
        if (!bindAll(sql, u"SELECT %1 FROM customers c WHERE c.id IN (%2)"_s.arg(RowColumns, marks.join(u", "_s)),
                QVariantList(chunk.cbegin(), chunk.cend())))
            return m_store->error(sql.lastError());
        while (sql.next()) {
            const Customer customer = fromRow(sql);
            byId.insert(customer.id(), customer);
        }
        if (sql.lastError().isValid())
            return m_store->error(sql.lastError());
    }
    QList<Customer> found;
    for (const QString& id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            found.append(*it);
    }
    return found;
}
