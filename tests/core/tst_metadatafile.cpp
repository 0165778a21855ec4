// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/io/MetadataFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Entries = QList<MetadataEntry>;

namespace {

QString describe(const Entries& entries)
{
    QStringList pairs;
    for (const MetadataEntry& entry : entries) {
        pairs.append(u"[%1]=[%2]"_s.arg(entry.key, entry.value));
    }
    return pairs.join(u", "_s);
}

// Sorted by key, as JSON export writes them.
const Entries kUnicode {
    {u"city"_s, u"München"_s},
    {u"emoji"_s, u"😀 and e\u0301"_s},
    {u"note"_s, u"line 1\nline 2, with \"quotes\""_s},
    {u"rtl"_s, u"שלום"_s},
    {u"город"_s, u"東京"_s},
};

} // namespace

// Metadata import and export files: JSON objects of strings and key,value CSV.
class tst_MetadataFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void formatForPath_data();
    void formatForPath();
    void jsonRoundTrip();
    void jsonIsAnObjectOfStrings();
    void jsonErrors_data();
    void jsonErrors();
    void csvRoundTrip();
    void csvIsWrittenWithHeaderAndCrlf();
    void csvReading_data();
    void csvReading();
    void csvErrors_data();
    void csvErrors();
    void fileRoundTrip_data();
    void fileRoundTrip();
    void fileErrors();
};

void tst_MetadataFile::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");

    QTest::addRow("json") << u"a/b/metadata.json"_s << int(MetadataFile::Format::Json);
    QTest::addRow("JSON upper case") << u"METADATA.JSON"_s << int(MetadataFile::Format::Json);
    QTest::addRow("csv") << u"metadata.csv"_s << int(MetadataFile::Format::Csv);
    QTest::addRow("txt") << u"metadata.txt"_s << -1;
    QTest::addRow("no suffix") << u"metadata"_s << -1;
}

void tst_MetadataFile::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);

    const auto found = MetadataFile::formatForPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void tst_MetadataFile::jsonRoundTrip()
{
    const auto back = MetadataFile::fromJson(MetadataFile::toJson(kUnicode));
    QVERIFY(back.isOk());
    QCOMPARE(describe(back.value()), describe(kUnicode));
}

void tst_MetadataFile::jsonIsAnObjectOfStrings()
{
    QCOMPARE(MetadataFile::toJson({{u"tier"_s, u"gold"_s}, {u"region"_s, u"north"_s}}),
        "{\n    \"region\": \"north\",\n    \"tier\": \"gold\"\n}\n"_ba);
    QCOMPARE(MetadataFile::toJson({}), "{\n}\n"_ba);
    const auto empty = MetadataFile::fromJson("{}"_ba);
    QVERIFY(empty.isOk());
    QVERIFY(empty.value().isEmpty());
}

void tst_MetadataFile::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::addRow("number names the key")
        << R"({"region": "north", "seats": 12})"_ba << u"The value of “seats” is a number"_s;
    QTest::addRow("boolean") << R"({"vip": true})"_ba << u"The value of “vip” is true or false"_s;
    QTest::addRow("null") << R"({"gone": null})"_ba << u"The value of “gone” is null"_s;
    QTest::addRow("list") << R"({"tags": ["a"]})"_ba << u"The value of “tags” is a list"_s;
    QTest::addRow("object") << R"({"nested": {"a": "b"}})"_ba << u"The value of “nested” is an object"_s;
    QTest::addRow("top-level list") << R"([{"a": "b"}])"_ba << u"one JSON object"_s;
    QTest::addRow("not JSON") << "region=north"_ba << u"not valid JSON"_s;
    QTest::addRow("truncated") << R"({"a": "b")"_ba << u"not valid JSON"_s;
}

void tst_MetadataFile::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const auto result = MetadataFile::fromJson(json);
    QVERIFY(result.isError());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void tst_MetadataFile::csvRoundTrip()
{
    const auto back = MetadataFile::fromCsv(MetadataFile::toCsv(kUnicode));
    QVERIFY(back.isOk());
    QCOMPARE(describe(back.value()), describe(kUnicode));
}

void tst_MetadataFile::csvIsWrittenWithHeaderAndCrlf()
{
    QCOMPARE(MetadataFile::toCsv({{u"region"_s, u"north"_s}, {u"note"_s, u"a, \"b\""_s}}),
        "key,value\r\nregion,north\r\nnote,\"a, \"\"b\"\"\"\r\n"_ba);
}

void tst_MetadataFile::csvReading_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Entries>("entries");

    QTest::addRow("without header") << "region,north\n"_ba << Entries {{u"region"_s, u"north"_s}};
    QTest::addRow("byte order mark") << "\xEF\xBB\xBFkey,value\nregion,north"_ba << Entries {{u"region"_s, u"north"_s}};
    QTest::addRow("empty file") << QByteArray() << Entries {};
    QTest::addRow("only header") << "key,value\r\n"_ba << Entries {};
}

void tst_MetadataFile::csvReading()
{
    QFETCH(QByteArray, csv);
    QFETCH(Entries, entries);

    const auto result = MetadataFile::fromCsv(csv);
    QVERIFY2(result.isOk(), result.isOk() ? "" : qPrintable(result.error().message));
    QCOMPARE(describe(result.value()), describe(entries));
}

void tst_MetadataFile::csvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");

    QTest::addRow("not UTF-8") << "key,value\nregion,M\xFCnchen\n"_ba << u"not UTF-8"_s;
    QTest::addRow("three columns") << "key,value\na,b,c\n"_ba << u"Line 2 has 3 columns"_s;
    QTest::addRow("one column") << "key,value\nregion\n"_ba << u"Line 2 has no comma"_s;
    QTest::addRow("unclosed quote") << "key,value\na,\"b\n"_ba << u"never closed"_s;
}

void tst_MetadataFile::csvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);

    const auto result = MetadataFile::fromCsv(csv);
    QVERIFY(result.isError());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void tst_MetadataFile::fileRoundTrip_data()
{
    QTest::addColumn<QString>("name");

    QTest::addRow("json") << u"metadata.json"_s;
    QTest::addRow("csv") << u"metadata.csv"_s;
}

void tst_MetadataFile::fileRoundTrip()
{
    QFETCH(QString, name);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QCOMPARE(MetadataFile::write(path, kUnicode), std::nullopt);
    const auto back = MetadataFile::read(path);
    QVERIFY(back.isOk());
    QCOMPARE(describe(back.value()), describe(kUnicode));
}

void tst_MetadataFile::fileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const auto missing = MetadataFile::read(dir.filePath(u"missing.json"_s));
    QVERIFY(missing.isError());
    QVERIFY(missing.error().message.contains(u"missing.json"_s));

    const auto wrongSuffix = MetadataFile::read(dir.filePath(u"notes.txt"_s));
    QVERIFY(wrongSuffix.isError());
    QVERIFY(wrongSuffix.error().message.contains(u"notes.txt"_s));

    const auto unwritable = MetadataFile::write(dir.filePath(u"no/such/dir/out.json"_s), kUnicode);
    QVERIFY(unwritable.has_value());
    QVERIFY(unwritable->message.contains(u"out.json"_s));

    QFile big(dir.filePath(u"big.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(MetadataFile::kMaxFileSize + 1, ' '));
    big.close();
    const auto tooBig = MetadataFile::read(big.fileName());
    QVERIFY(tooBig.isError());
    QVERIFY(tooBig.error().message.contains(u"too large"_s));
}

QTEST_MAIN(tst_MetadataFile)
#include "tst_metadatafile.moc"
