// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The search grammar: what each kind of input means, and that odd input degrades to plain words, never to an error.

#include "core/store/CustomerSearch.h"
#include "core/store/SearchQuery.h"
#include "core/store/SearchTokens.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void tokens_data();
    void tokens();
    void everyTextPieceIsQuotedInTheMatchExpression();
};

void tst_SearchQuery::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("terms");

    QTest::addRow("empty") << u""_s << u""_s;
    QTest::addRow("blanks") << u"  \t "_s << u""_s;
    QTest::addRow("one word") << u"cedar"_s << u"word(cedar)"_s;
    QTest::addRow("all words must match") << u"cedar  valley"_s << u"word(cedar) word(valley)"_s;
    QTest::addRow("quoted phrase") << u"\"cedar valley\""_s << u"phrase(cedar valley)"_s;
    QTest::addRow("phrase and word") << u"\"cedar valley\" clinic"_s << u"phrase(cedar valley) word(clinic)"_s;
    QTest::addRow("unterminated quote runs to the end") << u"\"cedar val"_s << u"phrase(cedar val)"_s;
    QTest::addRow("key:value") << u"region:northeast"_s << u"value(region, northeast)"_s;
    QTest::addRow("key keeps its case") << u"contractTier:prem"_s << u"value(contractTier, prem)"_s;
    QTest::addRow("key:\"quoted value\"") << u"region:\"north east\""_s << u"valuePhrase(region, north east)"_s;
    QTest::addRow("key: has the key") << u"region:"_s << u"has(region)"_s;
    QTest::addRow("key:\"\" has the key") << u"region:\"\""_s << u"has(region)"_s;
    QTest::addRow("value with colons") << u"url:http://x"_s << u"value(url, http://x)"_s;
    QTest::addRow("is:active") << u"is:active"_s << u"is(active)"_s;
    QTest::addRow("is:inactive, any case") << u"IS:Inactive"_s << u"is(inactive)"_s;
    QTest::addRow("is: of another value is a key") << u"is:gold"_s << u"value(is, gold)"_s;
    QTest::addRow("everything at once") << u"hospital region:west is:active \"st mary\" billingCode:"_s
                                        << u"word(hospital) value(region, west) is(active) phrase(st mary) "
                                           "has(billingCode)"_s;
    QTest::addRow("leading colon is a word") << u":cedar"_s << u"word(:cedar)"_s;
    QTest::addRow("value without letters is a word") << u"region:--"_s << u"word(region:--)"_s;
    QTest::addRow("punctuation alone is left out") << u"- * ( ) \"\" AND"_s << u"word(AND)"_s;
    QTest::addRow("FTS syntax is just text") << u"NEAR(a b) col:*"_s << u"word(NEAR(a) word(b)) word(col:*)"_s;
    QTest::addRow("quote inside a word starts a phrase") << u"ab\"cd ef\""_s << u"word(ab) phrase(cd ef)"_s;
}

void tst_SearchQuery::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, terms);
    QCOMPARE(SearchQuery::parse(input).describe(), terms);
}

void tst_SearchQuery::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");

    QTest::addRow("case folded") << u"Cedar VALLEY"_s << QStringList {u"cedar"_s, u"valley"_s};
    QTest::addRow("punctuation splits") << u"St. Mary's Hospital"_s
                                        << QStringList {u"st"_s, u"mary"_s, u"s"_s, u"hospital"_s};
    QTest::addRow("diacritics removed") << u"Hôpital Saint-Laurent"_s
                                        << QStringList {u"hopital"_s, u"saint"_s, u"laurent"_s};
    QTest::addRow("ids split at the underscore") << u"cus_0a1B"_s << QStringList {u"cus"_s, u"0a1b"_s};
    QTest::addRow("digits are tokens") << u"BC-12345"_s << QStringList {u"bc"_s, u"12345"_s};
    QTest::addRow("nothing") << u" -- "_s << QStringList {};
}

void tst_SearchQuery::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(SearchTokens::tokens(text), tokens);
}

void tst_SearchQuery::everyTextPieceIsQuotedInTheMatchExpression()
{
    const QString expression = CustomerSearch::matchExpression(SearchQuery::parse(u"a\"\" OR b\" NEAR"_s));
    const QString text = u"{name ident keys vals} : "_s;
    QCOMPARE(expression,
        text + u"\"a\" * AND "_s + text + u"\"OR\" * AND "_s + text + u"\"b\" * AND "_s + text + u"\" NEAR\""_s);
    const QString pair = CustomerSearch::matchExpression(SearchQuery::parse(u"region:\"North East\""_s));
    const QString mark = SearchTokens::keyToken(u"region"_s);
    QCOMPARE(pair, u"pairs : \"%1north %1east\""_s.arg(mark));
    QVERIFY(SearchTokens::keyToken(u"region"_s) != SearchTokens::keyToken(u"Region"_s));
}

QTEST_GUILESS_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"
