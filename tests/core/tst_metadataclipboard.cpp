// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/io/MetadataClipboard.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Entries = QList<MetadataEntry>;
using Format = MetadataClipboard::Format;

Q_DECLARE_METATYPE(Format)

namespace {

QString describe(const Entries& entries)
{
    QStringList pairs;
    for (const MetadataEntry& entry : entries) {
        pairs.append(u"[%1]=[%2]"_s.arg(entry.key, entry.value));
    }
    return pairs.join(u", "_s);
}

} // namespace

// Reading pasted text (spreadsheet cells, CSV, key=value and key: value lines) and writing copied rows.
class tst_MetadataClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void tabSeparatedRoundTrip_data();
    void tabSeparatedRoundTrip();
    void copiedRowsAreSpreadsheetText();
};

void tst_MetadataClipboard::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_MetadataClipboard::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Format>("format");
    QTest::addColumn<Entries>("entries");

    QTest::addRow("spreadsheet cells") << u"region\tnorth\ntier\tgold\n"_s << Format::TabSeparated
                                       << Entries {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("spreadsheet header skipped")
        << u"Key\tValue\nregion\tnorth"_s << Format::TabSeparated << Entries {{u"region"_s, u"north"_s}};
    QTest::addRow("spreadsheet empty value and padding") << u"region\t\t\ntier\tgold\t"_s << Format::TabSeparated
                                                         << Entries {{u"region"_s, QString()}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("spreadsheet quoted cell with line break")
        << u"note\t\"line 1\nline 2\"\ntier\tgold"_s << Format::TabSeparated
        << Entries {{u"note"_s, u"line 1\nline 2"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("spreadsheet keeps spaces and commas")
        << u" region \t a, b \n"_s << Format::TabSeparated << Entries {{u" region "_s, u" a, b "_s}};
    QTest::addRow("CSV") << u"region,north\ntier,gold"_s << Format::CommaSeparated
                         << Entries {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("CSV header skipped") << u"key,value\nregion,north"_s << Format::CommaSeparated
                                        << Entries {{u"region"_s, u"north"_s}};
    QTest::addRow("CSV quotes, commas, doubled quotes")
        << u"\"a,b\",\"say \"\"hi\"\"\"\nc,\"\""_s << Format::CommaSeparated
        << Entries {{u"a,b"_s, u"say \"hi\""_s}, {u"c"_s, QString()}};
    QTest::addRow("CSV line break inside quotes")
        << u"note,\"first\r\nsecond\"\r\ntier,gold\r\n"_s << Format::CommaSeparated
        << Entries {{u"note"_s, u"first\r\nsecond"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("CSV value with = and :") << u"url,https://x.example/?a=b"_s << Format::CommaSeparated
                                            << Entries {{u"url"_s, u"https://x.example/?a=b"_s}};
    QTest::addRow("key=value") << u"region=north\ntier = gold"_s << Format::KeyEqualsValue
                               << Entries {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("key=value, value holds = and :") << u"url=https://x.example/?a=b"_s << Format::KeyEqualsValue
                                                    << Entries {{u"url"_s, u"https://x.example/?a=b"_s}};
    QTest::addRow("key=value, empty value")
        << u"region="_s << Format::KeyEqualsValue << Entries {{u"region"_s, QString()}};
    QTest::addRow("key: value") << u"region: north\ntier:gold"_s << Format::KeyColonValue
                                << Entries {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("key: value, value holds : and =") << u"time: 10:30\nformula: a=b"_s << Format::KeyColonValue
                                                     << Entries {{u"time"_s, u"10:30"_s}, {u"formula"_s, u"a=b"_s}};
    QTest::addRow("blank lines and CRLF")
        << u"\r\n\r\nregion=north\r\n\r\n  \r\ntier=gold\r\n"_s << Format::KeyEqualsValue
        << Entries {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("unicode") << u"städte\tMünchen, 東京 😀"_s << Format::TabSeparated
                             << Entries {{u"städte"_s, u"München, 東京 😀"_s}};
    QTest::addRow("duplicate keys are kept")
        << u"a=1\na=2"_s << Format::KeyEqualsValue << Entries {{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}};
}

void tst_MetadataClipboard::parse()
{
    QFETCH(QString, text);
    QFETCH(Format, format);
    QFETCH(Entries, entries);

    QCOMPARE(MetadataClipboard::detectFormat(text), std::optional<Format>(format));
    const auto parsed = MetadataClipboard::parse(text);
    QVERIFY2(parsed.isOk(), parsed.isOk() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(describe(parsed.value()), describe(entries));
}

void tst_MetadataClipboard::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty") << QString() << 0 << u"no text"_s;
    QTest::addRow("only blank lines") << u"\n \n"_s << 0 << u"no text"_s;
    QTest::addRow("prose") << u"hello world"_s << 0 << u"no key/value pairs"_s;
    QTest::addRow("key=value line without =") << u"a=1\nb"_s << 2 << u"Line 2 has no “=”"_s;
    QTest::addRow("key: value line without :") << u"a: 1\n\nb"_s << 3 << u"Line 3 has no “:”"_s;
    QTest::addRow("spreadsheet single column") << u"a\t1\nb"_s << 2 << u"Line 2 has one column"_s;
    QTest::addRow("spreadsheet three columns") << u"a\t1\tx"_s << 1 << u"Line 1 has 3 columns"_s;
    QTest::addRow("CSV line without comma") << u"a,1\nb"_s << 2 << u"Line 2 has no comma"_s;
    QTest::addRow("CSV unclosed quote") << u"a,1\nb,\"open\nstill open"_s << 2 << u"starts on line 2"_s;
}

void tst_MetadataClipboard::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, message);

    const auto parsed = MetadataClipboard::parse(text);
    QVERIFY2(parsed.isError(), qPrintable(parsed.isOk() ? describe(parsed.value()) : QString()));
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().line, line);
}

void tst_MetadataClipboard::tabSeparatedRoundTrip_data()
{
    QTest::addColumn<Entries>("entries");

    QTest::addRow("plain") << Entries {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
    QTest::addRow("tabs, quotes, line breaks")
        << Entries {{u"a\tb"_s, u"say \"hi\""_s}, {u"note"_s, u"line 1\nline 2\r\nline 3"_s}};
    QTest::addRow("value starting with a quote") << Entries {{u"q"_s, u"\"quoted\" rest"_s}};
    QTest::addRow("empty value, spaces") << Entries {{u" padded "_s, QString()}};
    QTest::addRow("unicode") << Entries {{u"ключ"_s, u"😀 é"_s}};
}

void tst_MetadataClipboard::tabSeparatedRoundTrip()
{
    QFETCH(Entries, entries);

    const QString text = MetadataClipboard::toTabSeparated(entries);
    QCOMPARE(MetadataClipboard::detectFormat(text), std::optional<Format>(Format::TabSeparated));
    const auto parsed = MetadataClipboard::parse(text);
    QVERIFY2(parsed.isOk(), parsed.isOk() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(describe(parsed.value()), describe(entries));
}

void tst_MetadataClipboard::copiedRowsAreSpreadsheetText()
{
    QCOMPARE(MetadataClipboard::toTabSeparated({{u"region"_s, u"north"_s}, {u"note"_s, u"a\nb"_s}}),
        u"region\tnorth\nnote\t\"a\nb\"\n"_s);
    QCOMPARE(MetadataClipboard::toTabSeparated({}), QString());
}

QTEST_MAIN(tst_MetadataClipboard)
#include "tst_metadataclipboard.moc"
