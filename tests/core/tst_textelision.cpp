// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/common/TextElision.h"

#include <QString>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// TextElision::elided(): text longer than the limit is cut and ends in "…", within the limit, never halving a
// character.
class tst_TextElision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elided_data();
    void elided();
};

void tst_TextElision::elided_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("maxUnits");
    QTest::addColumn<QString>("expected");

    QTest::addRow("shorter text is kept") << u"Klinik"_s << qsizetype(10) << u"Klinik"_s;
    QTest::addRow("text exactly at the limit is kept") << u"Klinik"_s << qsizetype(6) << u"Klinik"_s;
    QTest::addRow("empty text is kept") << QString() << qsizetype(3) << QString();
    QTest::addRow("longer text ends in an ellipsis within the limit")
        << u"Klinikum Nord"_s << qsizetype(7) << u"Klinik…"_s;
    QTest::addRow("a limit of one leaves only the ellipsis") << u"Klinik"_s << qsizetype(1) << u"…"_s;
    // "Ab😀cd": the emoji is the surrogate pair at units 2 and 3. A limit of 4 would cut after its first half.
    QTest::addRow("an emoji at the cut is dropped whole") << u"Ab😀cd"_s << qsizetype(4) << u"Ab…"_s;
    QTest::addRow("an emoji before the cut is kept whole") << u"Ab😀cd"_s << qsizetype(5) << u"Ab😀…"_s;
    QTest::addRow("an emoji after the cut is dropped") << u"Abc😀d"_s << qsizetype(4) << u"Abc…"_s;
}

void tst_TextElision::elided()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, maxUnits);
    QFETCH(QString, expected);

    const QString shown = TextElision::elided(text, maxUnits);

    QCOMPARE(shown, expected);
    QVERIFY(shown.size() <= maxUnits);
    QVERIFY2(shown.isEmpty() || !shown.at(shown.size() - 1).isHighSurrogate(), "a surrogate pair was cut in half");
    for (qsizetype i = 0; i + 1 < shown.size(); ++i)
        QVERIFY2(
            !shown.at(i).isHighSurrogate() || shown.at(i + 1).isLowSurrogate(), "a surrogate pair was cut in half");
}

QTEST_GUILESS_MAIN(tst_TextElision)
#include "tst_textelision.moc"
