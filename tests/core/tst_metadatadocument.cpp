// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/model/MetadataDocument.h"
#include "core/model/Validation.h"
#include "tests/core/MetadataDocumentTestData.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace MetadataDocumentTestData;

using RowState = MetadataDocument::RowState;
using Severity = ValidationIssue::Severity;

namespace {

// "key=value" lines as entries; "=v" is an empty key.
QList<MetadataEntry> entries(const QStringList& lines)
{
    QList<MetadataEntry> result;
    for (const QString& line : lines) {
        const qsizetype equals = line.indexOf(u'=');
        result.append(MetadataEntry {line.left(equals), line.mid(equals + 1)});
    }
    return result;
}

MetadataRow added(const QString& key, const QString& value)
{
    return MetadataRow {MetadataRow::nextId(), MetadataEntry {key, value}, std::nullopt, false};
}

} // namespace

// The edited metadata of one customer: baseline, rows, states, validation and summary, without any view.
class tst_MetadataDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineRowsAreUnchangedAndSortedByKey();
    void baselineKeepingEdits_data();
    void baselineKeepingEdits();
    void baselineKeepingEditsReportsAsAReset();
    void applyCellMarksTheRowChangedAndBackUnchanged();
    void applyFunctionsIgnoreRowsThatAreGone();
    void removedRowsAreNotValidatedOrNumbered();
    void validation_data();
    void validation();
    void fiftyOnePairsFlagTheRowsBeyondTheLimit();
    void summaryText_data();
    void summaryText();
    void batchReportsOnce();
    void sortIsStableAndReportsTheNewRows();
};

void tst_MetadataDocument::baselineRowsAreUnchangedAndSortedByKey()
{
    MetadataDocument document;
    QSignalSpy reset(&document, &MetadataDocument::reset);
    QSignalSpy dirty(&document, &MetadataDocument::dirtyChanged);

    document.setBaseline(threePairs());

    QCOMPARE(snapshot(document),
        QStringList({u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s}));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(dirty.count(), 0);
    QVERIFY(!document.isDirty());
    QVERIFY(document.isValid());
    QCOMPARE(document.baseline(), threePairs());
    QCOMPARE(document.currentMetadata(), threePairs());
    QCOMPARE(document.pairCount(), 3);
    QCOMPARE(document.countText(), u"3 / 50"_s);
    QCOMPARE(document.summaryText(), QString());
    QCOMPARE(document.displayRowNumber(2), 3);
}

void tst_MetadataDocument::baselineKeepingEdits_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<bool>("dirty");
    QTest::addColumn<bool>("valid");

    // The baseline of every row: owner=ops, region=north, tier=gold.
    QTest::addRow("entries equal to the baseline")
        << QStringList {u"owner=ops"_s, u"region=north"_s, u"tier=gold"_s}
        << QStringList {u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s} << false
        << true;
    QTest::addRow("the baseline in another order")
        << QStringList {u"tier=gold"_s, u"owner=ops"_s, u"region=north"_s}
        << QStringList {u"tier=gold Unchanged"_s, u"owner=ops Unchanged"_s, u"region=north Unchanged"_s} << false
        << true;
    QTest::addRow("a changed value") << QStringList {u"owner=ops"_s, u"region=south"_s,
        u"tier=gold"_s} << QStringList {u"owner=ops Unchanged"_s, u"region=south Changed"_s, u"tier=gold Unchanged"_s}
                                     << true << true;
    QTest::addRow("an added key") << QStringList {u"owner=ops"_s, u"region=north"_s, u"tier=gold"_s, u"team=core"_s}
                                  << QStringList {u"owner=ops Unchanged"_s, u"region=north Unchanged"_s,
                                         u"tier=gold Unchanged"_s, u"team=core Added"_s}
                                  << true << true;
    QTest::addRow("a missing key is a removed row, after the others")
        << QStringList {u"region=north"_s, u"tier=gold"_s}
        << QStringList {u"region=north Unchanged"_s, u"tier=gold Unchanged"_s, u"owner=ops Removed"_s} << true << true;
    QTest::addRow("no entries: every row removed")
        << QStringList {} << QStringList {u"owner=ops Removed"_s, u"region=north Removed"_s, u"tier=gold Removed"_s}
        << true << true;
    QTest::addRow("a renamed key is an added row and a removed one")
        << QStringList {u"owner=ops"_s, u"area=north"_s, u"tier=gold"_s}
        << QStringList {u"owner=ops Unchanged"_s, u"area=north Added"_s, u"tier=gold Unchanged"_s,
               u"region=north Removed"_s}
        << true << true;
    QTest::addRow("a duplicate stays an added row, flagged")
        << QStringList {u"owner=ops"_s, u"region=north"_s, u"tier=gold"_s, u"region=south"_s}
        << QStringList {u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s,
               u"region=south Added"_s}
        << true << false;
    QTest::addRow("the first of two rows with a baseline key is its row")
        << QStringList {u"owner=ops"_s, u"region=south"_s, u"region=north"_s, u"tier=gold"_s}
        << QStringList {u"owner=ops Unchanged"_s, u"region=south Changed"_s, u"region=north Added"_s,
               u"tier=gold Unchanged"_s}
        << true << false;
    QTest::addRow("an empty key is kept, flagged")
        << QStringList {u"owner=ops"_s, u"region=north"_s, u"tier=gold"_s, u"=loose"_s}
        << QStringList {u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s,
               u"=loose Added"_s}
        << true << false;
    QTest::addRow("a key over the limit is kept, flagged")
        << QStringList {u"owner=ops"_s, u"k"_s.repeated(101) + u"=v"_s, u"region=north"_s, u"tier=gold"_s}
        << QStringList {u"owner=ops Unchanged"_s, u"k"_s.repeated(101) + u"=v Added"_s, u"region=north Unchanged"_s,
               u"tier=gold Unchanged"_s}
        << true << false;
    QTest::addRow("a key differing by case only is another key")
        << QStringList {u"Owner=ops"_s, u"region=north"_s, u"tier=gold"_s}
        << QStringList {u"Owner=ops Added"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s,
               u"owner=ops Removed"_s}
        << true << true;
}

// After a save, the server's answer becomes the baseline while the edits typed meanwhile stay edits.
void tst_MetadataDocument::baselineKeepingEdits()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, rows);
    QFETCH(bool, dirty);
    QFETCH(bool, valid);

    MetadataDocument document;
    document.setBaseline(Metadata {{u"stale"_s, u"x"_s}});
    const QList<MetadataEntry> edits = ::entries(entries);

    document.setBaselineKeepingEdits(threePairs(), edits);

    QCOMPARE(snapshot(document), rows);
    QCOMPARE(document.baseline(), threePairs());
    QCOMPARE(document.currentEntries(), edits);
    QCOMPARE(document.isDirty(), dirty);
    QCOMPARE(document.isValid(), valid);
    QCOMPARE(document.pairCount(), edits.size());
}

void tst_MetadataDocument::baselineKeepingEditsReportsAsAReset()
{
    MetadataDocument document;
    document.setBaseline(threePairs());
    QSignalSpy aboutToReset(&document, &MetadataDocument::aboutToReset);
    QSignalSpy reset(&document, &MetadataDocument::reset);
    QSignalSpy dirty(&document, &MetadataDocument::dirtyChanged);
    QSignalSpy summary(&document, &MetadataDocument::summaryChanged);

    document.setBaselineKeepingEdits(threePairs(), entries({u"owner=sales"_s}));

    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(summary.count(), 1);
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.constFirst().constFirst().toBool(), true);
    QCOMPARE(document.summaryText(), u"Not saved: 1 changed, 2 removed."_s);
}

void tst_MetadataDocument::applyCellMarksTheRowChangedAndBackUnchanged()
{
    MetadataDocument document;
    document.setBaseline(threePairs());
    const quint64 region = document.rowAt(1).id;
    QSignalSpy rowsChanged(&document, &MetadataDocument::rowsChanged);
    QSignalSpy dirty(&document, &MetadataDocument::dirtyChanged);

    document.applyCell(region, MetadataDocument::ValueColumn, u"south"_s);

    QCOMPARE(document.rowState(1), RowState::Changed);
    QCOMPARE(document.rowAt(1).original->value, u"north"_s);
    QVERIFY(rowsChanged.contains(QList<QVariant> {1, 1}));
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(document.stateCounts(), (MetadataDocument::StateCounts {0, 1, 0}));

    document.applyCell(region, MetadataDocument::ValueColumn, u"north"_s);

    QCOMPARE(document.rowState(1), RowState::Unchanged);
    QCOMPARE(dirty.count(), 2);
    QVERIFY(!document.isDirty());
}

// Commands find rows by id; a row that went with a new baseline is no longer there to change.
void tst_MetadataDocument::applyFunctionsIgnoreRowsThatAreGone()
{
    MetadataDocument document;
    document.setBaseline(threePairs());
    MetadataRow gone = document.rowAt(0);
    document.setBaseline(threePairs());
    QSignalSpy rowsChanged(&document, &MetadataDocument::rowsChanged);
    QSignalSpy removed(&document, &MetadataDocument::rowsRemoved);

    gone.entry.value = u"sales"_s;
    document.applyRow(gone);
    document.applyCell(gone.id, MetadataDocument::KeyColumn, u"x"_s);
    document.applyErase(gone.id);

    QCOMPARE(document.currentMetadata(), threePairs());
    QCOMPARE(rowsChanged.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(document.rowOfId(gone.id), -1);
}

void tst_MetadataDocument::removedRowsAreNotValidatedOrNumbered()
{
    MetadataDocument document;
    document.setBaseline(threePairs());
    document.applyInsert(3, added(u"owner"_s, u"sales"_s));
    QCOMPARE(document.issuesOfRow(3).size(), 1);
    QVERIFY(!document.isValid());

    MetadataRow owner = document.rowAt(0);
    owner.removed = true;
    document.applyRow(owner);

    QVERIFY(document.issues().isEmpty());
    QVERIFY(document.isValid());
    QCOMPARE(document.displayRowNumber(0), 0);
    QCOMPARE(document.displayRowNumber(3), 3);
    QCOMPARE(document.rowOfKey(u"owner"_s), 3);
    QCOMPARE(document.rowOfRemovedKey(u"owner"_s), 0);
    QCOMPARE(document.currentMetadata().value(u"owner"_s), u"sales"_s);
}

void tst_MetadataDocument::validation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("issue");

    QTest::addRow("plain pair") << u"team"_s << u"core"_s << QString();
    QTest::addRow("key of 101 characters")
        << u"k"_s.repeated(101) << u"v"_s << u"Error MetadataKey: Key is 101 characters; the limit is 100."_s;
    QTest::addRow("empty key") << QString() << u"v"_s << u"Error MetadataKey: Enter a key or remove the row."_s;
    QTest::addRow("duplicate key") << u"region"_s << u"v"_s
                                   << u"Error MetadataKey: The key “region” is already used in row 2."_s;
    QTest::addRow("key with trailing space")
        << u"team "_s << u"v"_s << u"Warning MetadataKey: The key starts or ends with a space."_s;
    QTest::addRow("value of 1001 characters")
        << u"team"_s << u"v"_s.repeated(1001) << u"Error MetadataValue: Value is 1001 characters; the limit is 1000."_s;
}

// Validation is Validation::checkMetadata() of the rows, mapped to document rows; warnings do not make it invalid.
void tst_MetadataDocument::validation()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, issue);

    MetadataDocument document;
    document.setBaseline(threePairs());
    QSignalSpy validation(&document, &MetadataDocument::validationChanged);

    document.applyInsert(3, added(key, value));

    QStringList found;
    for (const ValidationIssue& each : document.issuesOfRow(3)) {
        found.append(u"%1 %2: %3"_s.arg(
            QString::fromLatin1(QMetaEnum::fromType<Severity>().valueToKey(static_cast<int>(each.severity))),
            QString::fromLatin1(QMetaEnum::fromType<ValidationIssue::Field>().valueToKey(static_cast<int>(each.field))),
            each.message));
    }
    QCOMPARE(found.join(u'\n'), issue);
    QCOMPARE(document.issues().size(), issue.isEmpty() ? 0 : 1);
    QCOMPARE(validation.count(), issue.isEmpty() ? 0 : 1);
    QCOMPARE(document.isValid(), !issue.startsWith(u"Error"_s));
    if (!issue.isEmpty()) {
        QCOMPARE(document.issues().constFirst().row, 3);
    }
    // The baseline row keeps no flag: the later row carries a duplicate.
    QVERIFY(document.issuesOfRow(1).isEmpty());
}

void tst_MetadataDocument::fiftyOnePairsFlagTheRowsBeyondTheLimit()
{
    MetadataDocument document;
    document.setBaseline(pairs(50));
    QSignalSpy count(&document, &MetadataDocument::pairCountChanged);
    QCOMPARE(document.countText(), u"50 / 50"_s);

    document.applyInsert(50, added(u"extra"_s, u"x"_s));

    QCOMPARE(document.countText(), u"51 / 50"_s);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.constFirst().constFirst().toInt(), 51);
    QVERIFY(!document.isValid());
    QCOMPARE(document.issues().size(), 1);
    QCOMPARE(document.issues().constFirst().field, ValidationIssue::Field::MetadataCount);
    QCOMPARE(document.issues().constFirst().row, -1);
    QCOMPARE(document.issuesOfRow(50).size(), 1);
    QVERIFY(document.issuesOfRow(0).isEmpty());

    document.applyErase(document.rowAt(50).id);
    QVERIFY(document.isValid());
    QCOMPARE(document.countText(), u"50 / 50"_s);
}

void tst_MetadataDocument::summaryText_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("summary");

    // Against owner=ops, region=north, tier=gold.
    QTest::addRow("clean") << QStringList {u"owner=ops"_s, u"region=north"_s, u"tier=gold"_s} << QString();
    QTest::addRow("edits only") << QStringList {u"owner=sales"_s, u"tier=gold"_s, u"team=core"_s}
                                << u"Not saved: 1 added, 1 changed, 1 removed."_s;
    QTest::addRow("one warning") << QStringList {u"owner=ops"_s, u"region=north"_s, u"tier=gold"_s, u"team =x"_s}
                                 << u"1 warning — Row 4: The key starts or ends with a space."_s;
    QTest::addRow("the error comes first, numbered as shown") << QStringList {u"owner=ops"_s, u" region=x"_s,
        u"tier=gold"_s, u"=v"_s} << u"1 error, 1 warning — Row 4: Enter a key or remove the row."_s;
    QTest::addRow("two errors") << QStringList {u"=a"_s, u"=b"_s}
                                << u"2 errors — Row 1: Enter a key or remove the row."_s;
}

void tst_MetadataDocument::summaryText()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, summary);

    MetadataDocument document;
    document.setBaselineKeepingEdits(threePairs(), ::entries(entries));

    QVERIFY2(document.summaryText().startsWith(summary), qPrintable(document.summaryText()));
    QCOMPARE(document.summaryText().isEmpty(), summary.isEmpty());
}

// An edit of many rows (a paste) reports its summary once, after all of them.
void tst_MetadataDocument::batchReportsOnce()
{
    MetadataDocument document;
    document.setBaseline(threePairs());
    QSignalSpy summary(&document, &MetadataDocument::summaryChanged);
    QSignalSpy inserted(&document, &MetadataDocument::rowsInserted);
    QSignalSpy count(&document, &MetadataDocument::pairCountChanged);

    document.beginBatch();
    for (int i = 0; i < 40; ++i) {
        document.applyInsert(document.rowCount(), added(u"pasted%1"_s.arg(i), u"v"_s));
    }
    QCOMPARE(summary.count(), 0);
    QCOMPARE(inserted.count(), 40); // rows are told at once, views need them
    document.endBatch();

    QCOMPARE(summary.count(), 1);
    QCOMPARE(count.count(), 1);
    QCOMPARE(document.stateCounts(), (MetadataDocument::StateCounts {40, 0, 0}));

    // Changed again to the same state: nothing a summary shows changed.
    MetadataRow owner = document.rowAt(0);
    owner.entry.value = u"a"_s;
    document.applyRow(owner);
    QCOMPARE(summary.count(), 2);
    owner.entry.value = u"b"_s;
    document.applyRow(owner);
    QCOMPARE(summary.count(), 2);
}

void tst_MetadataDocument::sortIsStableAndReportsTheNewRows()
{
    MetadataDocument document;
    // Baseline order: Beta, alpha, gamma (QMap sorts case-sensitively); zeta is added at the end.
    document.setBaseline(Metadata {{u"alpha"_s, u"x"_s}, {u"Beta"_s, u"y"_s}, {u"gamma"_s, u"x"_s}});
    document.applyInsert(3, added(u"zeta"_s, u"a"_s));
    QSignalSpy about(&document, &MetadataDocument::layoutAboutToChange);
    QSignalSpy layout(&document, &MetadataDocument::layoutChanged);

    document.sort(MetadataDocument::ValueColumn, Qt::AscendingOrder);

    QCOMPARE(snapshot(document),
        QStringList({u"zeta=a Added"_s, u"alpha=x Unchanged"_s, u"gamma=x Unchanged"_s, u"Beta=y Unchanged"_s}));
    QCOMPARE(about.count(), 1);
    QCOMPARE(layout.count(), 1);
    // Old rows Beta, alpha, gamma, zeta are now rows 3, 1, 2, 0.
    QCOMPARE(layout.constFirst().constFirst().value<QList<int>>(), (QList<int> {3, 1, 2, 0}));

    document.sort(MetadataDocument::KeyColumn, Qt::DescendingOrder);
    QCOMPARE(snapshot(document),
        QStringList({u"zeta=a Added"_s, u"gamma=x Unchanged"_s, u"Beta=y Unchanged"_s, u"alpha=x Unchanged"_s}));
}

QTEST_GUILESS_MAIN(tst_MetadataDocument)
#include "tst_metadatadocument.moc"
