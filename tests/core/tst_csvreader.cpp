// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/io/CsvReader.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// "1:[a|b] 3:[c]": the start line and fields of each record.
QString describe(const QList<CsvReader::Record>& records)
{
    QStringList parts;
    for (const CsvReader::Record& record : records) {
        parts.append(u"%1:[%2]"_s.arg(record.line).arg(record.fields.join(u'|')));
    }
    return parts.join(u' ');
}

} // namespace

// The small RFC 4180 reader behind CSV paste and CSV files.
class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void read_data();
    void read();
    void unclosedQuoteIsAnError();
    void field_data();
    void field();
};

void tst_CsvReader::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("records");

    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("one record, no final newline") << u"a,b"_s << u"1:[a|b]"_s;
    QTest::addRow("LF, CRLF and CR endings") << u"a,b\nc,d\r\ne,f\rg,h\r\n"_s << u"1:[a|b] 2:[c|d] 3:[e|f] 4:[g|h]"_s;
    QTest::addRow("empty lines skipped") << u"\na,b\n\n\nc,d\n"_s << u"2:[a|b] 5:[c|d]"_s;
    QTest::addRow("empty fields kept") << u",\na,,"_s << u"1:[|] 2:[a||]"_s;
    QTest::addRow("quoted delimiter and quotes") << u"\"a,b\",\"x\"\"y\""_s << u"1:[a,b|x\"y]"_s;
    QTest::addRow("line break inside quotes keeps counting lines") << u"\"a\nb\",c\nd,e"_s << u"1:[a\nb|c] 3:[d|e]"_s;
    QTest::addRow("CRLF inside quotes kept as written") << u"\"a\r\nb\",c"_s << u"1:[a\r\nb|c]"_s;
    QTest::addRow("quoted empty field is a record") << u"\"\"\n"_s << u"1:[]"_s;
    QTest::addRow("lenient: quote inside unquoted field") << u"a\"b,c"_s << u"1:[a\"b|c]"_s;
    QTest::addRow("lenient: text after closing quote") << u"\"a\"b,c"_s << u"1:[ab|c]"_s;
    QTest::addRow("spaces are data") << u" a , b "_s << u"1:[ a | b ]"_s;
}

void tst_CsvReader::read()
{
    QFETCH(QString, text);
    QFETCH(QString, records);

    const auto result = CsvReader::read(text, u',');
    QVERIFY(result.isOk());
    QCOMPARE(describe(result.value()), records);
}

void tst_CsvReader::unclosedQuoteIsAnError()
{
    const auto result = CsvReader::read(u"a,b\nc,\"d\ne"_s, u',');
    QVERIFY(result.isError());
    QCOMPARE(result.error().line, 2);
    QVERIFY(result.error().message.contains(u"line 2"_s));
}

void tst_CsvReader::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");

    QTest::addRow("plain") << u"abc"_s << u"abc"_s;
    QTest::addRow("delimiter") << u"a,b"_s << u"\"a,b\""_s;
    QTest::addRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::addRow("line break") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::addRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::addRow("empty") << QString() << QString();
}

void tst_CsvReader::field()
{
    QFETCH(QString, text);
    QFETCH(QString, written);

    QCOMPARE(CsvReader::field(text, u','), written);
    const auto back = CsvReader::read(CsvReader::record({text, u"x"_s}, u',', u"\r\n"), u',');
    QVERIFY(back.isOk());
    QCOMPARE(back.value().size(), 1);
    QCOMPARE(back.value().constFirst().fields, QStringList({text, u"x"_s}));
}

QTEST_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
