// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// A file of customer ids for a bulk change (BulkIdsFile): one id per line or the first column of a spreadsheet's
// export, blank lines, comments and a header skipped, each id once in the file's order, and every other line reported.
#include "ui/bulk/BulkIdsFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString id(int number)
{
    return u"cus_%1"_s.arg(number, 32, 10, QLatin1Char('0'));
}

} // namespace

class tst_BulkIdsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAreReadInOrder_data();
    void idsAreReadInOrder();
    void linesWithoutAnIdAreReported();
    void aFileThatCannotBeReadSaysWhy();
};

void tst_BulkIdsFile::idsAreReadInOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("duplicates");
    const QStringList three {id(3), id(1), id(2)};
    QTest::addRow("one per line") << u"%1\n%2\n%3\n"_s.arg(id(3), id(1), id(2)) << three << 0;
    QTest::addRow("CRLF, blank lines, spaces")
        << u"\r\n  %1  \r\n\r\n%2\r\n%3"_s.arg(id(3), id(1), id(2)) << three << 0;
    QTest::addRow("comments") << u"# from the audit\n%1\n#%4\n%2\n%3\n"_s.arg(id(3), id(1), id(2), id(9)) << three << 0;
    QTest::addRow("CSV with a header") << u"customer_id,name\n%1,North\n\"%2\",\"South, East\"\n%3;x\n"_s.arg(
        id(3), id(1), id(2)) << three << 0;
    QTest::addRow("tab-separated") << u"%1\tA\n%2\tB\n%3\tC\n"_s.arg(id(3), id(1), id(2)) << three << 0;
    QTest::addRow("duplicates kept once, first place")
        << u"%1\n%2\n%1\n%3\n%2\n"_s.arg(id(3), id(1), id(2)) << three << 2;
    QTest::addRow("empty") << QString() << QStringList() << 0;
}

void tst_BulkIdsFile::idsAreReadInOrder()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(int, duplicates);
    const BulkIdsFile::Read read = BulkIdsFile::parse(text);
    QCOMPARE(read.ids, ids);
    QCOMPARE(read.duplicates, duplicates);
    QCOMPARE(read.problems, QStringList());
}

void tst_BulkIdsFile::linesWithoutAnIdAreReported()
{
    QString text = id(1) + u"\ncus_123\nnot an id\n"_s;
    for (int i = 0; i < 6; ++i)
        text += u"row %1\n"_s.arg(i);
    const BulkIdsFile::Read read = BulkIdsFile::parse(text);
    QCOMPARE(read.ids, QStringList {id(1)});
    QCOMPARE(read.problems.size(), 6); // five named, then how many more
    QCOMPARE(read.problems.at(0), u"Line 2 holds no customer id: “cus_123”."_s);
    QCOMPARE(read.problems.at(1), u"Line 3 holds no customer id: “not an id”."_s);
    QVERIFY2(read.problems.last().startsWith(u"3 more line"_s), qPrintable(read.problems.last()));

    // A first line starting like an id is no header: it is reported too.
    QCOMPARE(BulkIdsFile::parse(u"cus_12\n"_s + id(1)).problems.size(), 1);
}

void tst_BulkIdsFile::aFileThatCannotBeReadSaysWhy()
{
    QTemporaryDir dir;
    const BulkIdsFile::Read read = BulkIdsFile::load(dir.filePath(u"missing.txt"_s));
    QVERIFY(read.ids.isEmpty());
    QCOMPARE(read.problems.size(), 1);
    QVERIFY2(read.problems.at(0).contains(u"missing.txt"_s), qPrintable(read.problems.at(0)));
}

QTEST_GUILESS_MAIN(tst_BulkIdsFile)
#include "tst_bulkidsfile.moc"
