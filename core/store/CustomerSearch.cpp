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
const QString RowColumns = u"c.customer_json, c.id, c.name, c.active, c.user_count, c.updated_at"_s;

// The customer as received; from the columns if that JSON cannot be read.
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
    customer.setUpdatedAt(CustomerJson::parseTimestamp(row.value(5).toString()));
    return customer;
}

const QString Columns = u"SELECT "_s + RowColumns + u" FROM customers c"_s;

// Whether asking the index about one row is cheap: for a single whole token (a key, a state) or a prefix of one or two
// letters (the index keeps those as tokens of their own). A longer prefix makes the index gather every token that
// starts with it for each row asked about: "reg" took 5 ms a row at 100,000 customers.
bool probesCheaply(const SearchQuery& query)
{
    if (query.terms().size() != 1)
        return false;
    const SearchQuery::Term& term = query.terms().first();
    switch (term.kind) {
    case SearchQuery::Term::Kind::HasKey:
    case SearchQuery::Term::Kind::Active:
        return true;
    case SearchQuery::Term::Kind::Word: {
        const QStringList tokens = SearchTokens::tokens(term.text);
        return tokens.size() == 1 && tokens.first().size() <= 2;
    }
    default:
        return false;
    }
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
            parts.append(u"pairs : "_s + quoted(SearchTokens::stateToken(term.active)));
            break;
        }
    }
    return parts.join(u" AND "_s);
}

QString CustomerSearch::whereClause(const SearchQuery& query, QVariantList* values)
{
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return {};
    values->append(match);
    return u" WHERE c.row_id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)"_s;
}

Result<qint64, StoreError> CustomerSearch::count(const SearchQuery& query) const
{
    const QString match = matchExpression(query);
    if (!match.isEmpty())
        return matchCount(match, Fresh::Always); // the index alone: no customer row is read
    QSqlQuery sql(m_store->database());
    if (!sql.exec(u"SELECT count(*) FROM customers"_s) || !sql.next())
        return m_store->error(sql.lastError());
    return sql.value(0).toLongLong();
}

Result<QList<Customer>, StoreError> CustomerSearch::page(
    const SearchQuery& query, qint64 offset, int limit, const SearchOrder& order) const
{
    const QString match = matchExpression(query);
    Plan plan = Plan::Walk;
    if (!match.isEmpty()) {
        const auto matches = matchCount(match, Fresh::Cached);
        if (matches.isError())
            return matches.error();
        if (matches.value() <= offset)
            return QList<Customer>();
        plan = planFor(query, matches.value(), offset + limit);
    }
    if (order.indexName().isEmpty())
        plan = Plan::Sort;
    QVariantList values;
    QString where;
    if (plan == Plan::Probe) {
        where =
            u" WHERE EXISTS (SELECT 1 FROM customer_search s WHERE s.rowid = c.row_id AND customer_search MATCH ?)"_s;
        values.append(match);
    } else {
        where = whereClause(query, &values);
    }
    values << limit << offset;
    const QString indexed = plan == Plan::Sort ? QString() : u" INDEXED BY "_s + order.indexName();
    QSqlQuery sql(m_store->database());
    sql.setForwardOnly(true);
    if (!bindAll(sql, Columns + indexed + where + order.orderBy() + u" LIMIT ? OFFSET ?"_s, values))
        return m_store->error(sql.lastError());
    QList<Customer> customers;
    while (sql.next())
        customers.append(fromRow(sql));
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

CustomerSearch::Plan CustomerSearch::planFor(const SearchQuery& query, qint64 matches, qint64 rowsWanted) const
{
    // Walking the order's index until the rows wanted are found reads about rowsWanted * customers / matches entries.
    // Looking up every match and sorting them reads a customer row each, some twenty times the cost of an index
    // entry. Many matches: walk; few: look them up. A walk needs the set of matches first (one pass over the index's
    // answer), unless so few rows are walked that asking the index about each of them is cheaper (a first letter
    // typed matches most customers: the first page is a hundred-odd probes).
    QSqlQuery sql(m_store->database());
    if (!sql.exec(u"SELECT max(row_id) FROM customers"_s) || !sql.next())
        return Plan::Sort;
    const qint64 customers = sql.value(0).toLongLong(); // about how many, without counting them
    const qint64 walk = std::min(customers, rowsWanted * customers / std::max<qint64>(matches, 1));
    if (walk <= 150 && probesCheaply(query))
        return Plan::Probe;
    return walk < 20 * matches ? Plan::Walk : Plan::Sort;
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
