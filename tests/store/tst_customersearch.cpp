// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Search over a few hundred mirrored customers with known names and metadata, compared with a brute-force filter that
// reads the grammar's rules literally; and results in pages, ordered by name then id, with a count.

#include "StoreTestData.h"

#include "core/store/CustomerMirror.h"
#include "core/store/CustomerSearch.h"
#include "core/store/SearchTokens.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(SearchOrder)

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// tokens holds wanted one after the other; the last one of wanted may be a prefix.
bool containsRun(const QStringList& tokens, const QStringList& wanted, bool prefix)
{
    for (qsizetype start = 0; start + wanted.size() <= tokens.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; i < wanted.size() && all; ++i) {
            const bool last = i == wanted.size() - 1;
            const QString& token = tokens.at(start + i);
            all = (prefix && last) ? token.startsWith(wanted.at(i)) : token == wanted.at(i);
        }
        if (all)
            return true;
    }
    return false;
}

bool textMatches(const Customer& customer, const QString& text, bool prefix)
{
    const QStringList wanted = SearchTokens::tokens(text);
    const Metadata metadata = customer.metadata();
    const QStringList fields {customer.name(), customer.id(), QStringList(metadata.keys()).join(u' '),
        QStringList(metadata.values()).join(u' ')};
    return std::any_of(fields.cbegin(), fields.cend(),
        [&](const QString& field) { return containsRun(SearchTokens::tokens(field), wanted, prefix); });
}

bool matches(const Customer& customer, const SearchQuery::Term& term)
{
    using Kind = SearchQuery::Term::Kind;
    const Metadata metadata = customer.metadata();
    switch (term.kind) {
    case Kind::Word:
    case Kind::Phrase:
        return textMatches(customer, term.text, term.kind == Kind::Word);
    case Kind::KeyValue:
    case Kind::KeyPhrase:
        return metadata.contains(term.key)
            && containsRun(SearchTokens::tokens(metadata.value(term.key)), SearchTokens::tokens(term.text),
                term.kind == Kind::KeyValue);
    case Kind::HasKey:
        return metadata.contains(term.key);
    case Kind::Active:
        return customer.isActive() == term.active;
    }
    return false;
}

// SQLite's NOCASE: ASCII letters folded, then UTF-8 bytes.
QByteArray sortKey(const Customer& customer)
{
    QByteArray key = customer.name().toUtf8();
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return key;
}

QStringList bruteForce(const QList<Customer>& customers, const SearchQuery& query)
{
    QList<Customer> found;
    for (const Customer& customer : customers) {
        const auto& terms = query.terms();
        if (std::all_of(terms.cbegin(), terms.cend(), [&](const auto& term) { return matches(customer, term); }))
            found.append(customer);
    }
    std::sort(found.begin(), found.end(), [](const Customer& a, const Customer& b) {
        const QByteArray ka = sortKey(a);
        const QByteArray kb = sortKey(b);
        return ka != kb ? ka < kb : a.id() < b.id();
    });
    QStringList ids;
    for (const Customer& customer : found)
        ids.append(customer.id());
    return ids;
}

// The brute-force result in another order (ties by id, in the same direction).
QStringList inOrder(const QList<Customer>& customers, const SearchQuery& query, const SearchOrder& order)
{
    const QStringList matching = bruteForce(customers, query);
    QList<Customer> found;
    for (const Customer& customer : customers) {
        if (matching.contains(customer.id()))
            found.append(customer);
    }
    const auto key = [&](const Customer& c) -> QVariant {
        switch (order.key) {
        case SearchOrder::Key::Name:
            return sortKey(c);
        case SearchOrder::Key::Id:
            return c.id();
        case SearchOrder::Key::Active:
            return c.isActive();
        case SearchOrder::Key::Users:
            return c.userCount();
        case SearchOrder::Key::Updated:
            return c.updatedAt() ? CustomerJson::formatTimestamp(*c.updatedAt()) : QString();
        }
        return {};
    };
    std::sort(found.begin(), found.end(), [&](const Customer& a, const Customer& b) {
        const QPartialOrdering byKey = QVariant::compare(key(a), key(b));
        const bool before = byKey != QPartialOrdering::Equivalent ? byKey == QPartialOrdering::Less : a.id() < b.id();
        const bool after = byKey != QPartialOrdering::Equivalent ? byKey == QPartialOrdering::Greater : b.id() < a.id();
        return order.descending ? after : before;
    });
    QStringList ids;
    for (const Customer& customer : found)
        ids.append(customer.id());
    return ids;
}

QStringList ids(const QList<Customer>& customers)
{
    QStringList result;
    for (const Customer& customer : customers)
        result.append(customer.id());
    return result;
}

} // namespace

class tst_CustomerSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matchesTheBruteForceFilter_data();
    void matchesTheBruteForceFilter();
    void pagesAddUpToTheWholeResult();
    void pagesOfAnySizeFollowEveryOrder_data();
    void pagesOfAnySizeFollowEveryOrder();
    void customersByIdComeInTheOrderAsked();

private:
    QTemporaryDir m_dir;
    QList<Customer> m_customers;
    std::shared_ptr<WorkspaceStore> m_store;
};

void tst_CustomerSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_customers = StoreTestData::seedCustomers(11, 300);
    auto opened = WorkspaceStore::open(m_dir.filePath(u"search.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
    CustomerMirror mirror(m_store);
    const qint64 generation = mirror.beginSync().value();
    for (qsizetype i = 0; i < m_customers.size(); i += 100)
        QVERIFY(!mirror.storePage(generation, m_customers.mid(i, 100)));
    QVERIFY(mirror.completeSync(generation, int(m_customers.size())).isOk());
}

void tst_CustomerSearch::cleanupTestCase()
{
    m_store.reset();
}

void tst_CustomerSearch::matchesTheBruteForceFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectSome"); // guards against a filter and a search that both find nothing

    const QString someId = StoreTestData::seedCustomers(11, 300).at(123).id();
    QTest::addRow("everything") << u""_s << true;
    QTest::addRow("word") << u"hospital"_s << true;
    QTest::addRow("word prefix") << u"hosp"_s << true;
    QTest::addRow("two words") << u"cedar hills"_s << true;
    QTest::addRow("phrase") << u"\"cedar hills\""_s << true;
    QTest::addRow("phrase needs whole tokens") << u"\"cedar hil\""_s << false;
    QTest::addRow("diacritics") << u"Hôpital"_s << true;
    QTest::addRow("without diacritics") << u"hopital saint"_s << true;
    QTest::addRow("word in a value") << u"premium"_s << true;
    QTest::addRow("word in a key") << u"billingcode"_s << true;
    QTest::addRow("key:value") << u"region:northeast"_s << true;
    QTest::addRow("key:value prefix") << u"region:north"_s << true;
    QTest::addRow("key is exact") << u"contracttier:premium"_s << false;
    QTest::addRow("key:value across tokens") << u"department:nuclear"_s << true;
    QTest::addRow("key:\"phrase\"") << u"department:\"nuclear medicine\""_s << true;
    QTest::addRow("key:value code") << u"billingCode:bc"_s << true;
    QTest::addRow("has key") << u"department:"_s << true;
    QTest::addRow("inactive") << u"is:inactive"_s << true;
    QTest::addRow("active in a region") << u"is:active region:west"_s << true;
    QTest::addRow("everything at once") << u"hosp region:emea is:active contractTier:"_s << true;
    QTest::addRow("whole id") << someId << true;
    QTest::addRow("id prefix") << someId.left(8) << true;
    QTest::addRow("nothing") << u"zzzzqqq"_s << false;
    QTest::addRow("odd input") << u"\"unclosed AND ( NEAR col:* -x"_s << false;
    QTest::addRow("only punctuation") << u"*** ( ) --"_s << true;
}

void tst_CustomerSearch::matchesTheBruteForceFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, expectSome);
    const SearchQuery query = SearchQuery::parse(text);
    const CustomerSearch search(m_store);
    const auto found = search.page(query, 0, 1000);
    QVERIFY2(found.isOk(), qPrintable(found.isOk() ? QString() : found.error().message));
    const QStringList expected = bruteForce(m_customers, query);
    QCOMPARE(ids(found.value()), expected);
    QCOMPARE(search.ids(query).value(), expected);
    QCOMPARE(search.count(query).value(), qint64(expected.size()));
    QCOMPARE(!expected.isEmpty(), expectSome);
}

void tst_CustomerSearch::pagesAddUpToTheWholeResult()
{
    const CustomerSearch search(m_store);
    const SearchQuery query = SearchQuery::parse(u"hospital"_s);
    const QStringList whole = ids(search.page(query, 0, 1000).value());
    QVERIFY(whole.size() > 20);
    QStringList paged;
    for (qint64 offset = 0; offset < whole.size(); offset += 7) {
        const QList<Customer> page = search.page(query, offset, 7).value();
        QVERIFY(page.size() <= 7);
        paged += ids(page);
    }
    QCOMPARE(paged, whole);
    // The stored customer is the one received, field for field.
    const Customer first = search.page(SearchQuery::parse(whole.first()), 0, 1).value().first();
    const auto original = std::find_if(
        m_customers.cbegin(), m_customers.cend(), [&](const Customer& c) { return c.id() == whole.first(); });
    QCOMPARE(first, *original);
}

void tst_CustomerSearch::pagesOfAnySizeFollowEveryOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SearchOrder>("order");
    const QList<std::pair<const char*, SearchOrder::Key>> keys {{"name", SearchOrder::Key::Name},
        {"id", SearchOrder::Key::Id}, {"state", SearchOrder::Key::Active}, {"users", SearchOrder::Key::Users},
        {"updated", SearchOrder::Key::Updated}};
    // Everything, a first letter (most customers), one word, a state, and several terms: each is read in a different
    // way (walking an index, asking the index row by row, or looking up the matches and sorting them).
    for (const QString& text : {u""_s, u"c"_s, u"hospital"_s, u"is:inactive"_s, u"is:active region:west"_s}) {
        for (const auto& [name, key] : keys) {
            for (const bool descending : {false, true})
                QTest::addRow("%s by %s%s", qPrintable(text), name, descending ? " descending" : "")
                    << text << SearchOrder {key, descending};
        }
    }
}

void tst_CustomerSearch::pagesOfAnySizeFollowEveryOrder()
{
    QFETCH(QString, text);
    QFETCH(SearchOrder, order);
    const SearchQuery query = SearchQuery::parse(text);
    const CustomerSearch search(m_store);
    const QStringList expected = inOrder(m_customers, query, order);
    QVERIFY(expected.size() > 10);
    QCOMPARE(ids(search.page(query, 0, 1000, order).value()), expected);
    QStringList paged;
    for (qint64 offset = 0; offset < expected.size(); offset += 9)
        paged += ids(search.page(query, offset, 9, order).value());
    QCOMPARE(paged, expected);
}

void tst_CustomerSearch::customersByIdComeInTheOrderAsked()
{
    const CustomerSearch search(m_store);
    QStringList asked = ids(m_customers);
    std::reverse(asked.begin(), asked.end());
    asked.insert(5, u"cus_ffffffffffffffffffffffffffffffff"_s); // not mirrored: left out
    asked += ids(m_customers); // more than one statement's worth
    const QList<Customer> found = search.customers(asked).value();
    QCOMPARE(found.size(), 2 * m_customers.size());
    asked.removeAt(5);
    QCOMPARE(ids(found), asked);
    QCOMPARE(found.last(), m_customers.last());
    QVERIFY(search.customers({}).value().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CustomerSearch)
#include "tst_customersearch.moc"
