// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/Validation.h"
#include "tests/ui/ToolTipRendering.h"
#include "ui/MetadataPalette.h"
#include "ui/MetadataTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QMetaEnum>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

using RowState = MetadataTableModel::RowState;
using Severity = ValidationIssue::Severity;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// owner, region, tier (sorted by key).
Metadata threePairs()
{
    return Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}, {u"owner"_s, u"ops"_s}};
}

Metadata pairs(int count)
{
    Metadata metadata;
    for (int i = 0; i < count; ++i) {
        metadata.insert(u"key%1"_s.arg(i, 2, 10, QChar(u'0')), u"value"_s);
    }
    return metadata;
}

QString stateName(RowState state)
{
    return QString::fromLatin1(QMetaEnum::fromType<RowState>().valueToKey(static_cast<int>(state)));
}

// Every row as "key=value State", the whole visible state of the table.
QStringList snapshot(const MetadataTableModel& model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const MetadataRow current = model.rowAt(row);
        rows.append(u"%1=%2 %3"_s.arg(current.entry.key, current.entry.value, stateName(current.state())));
    }
    return rows;
}

QModelIndex keyIndex(const MetadataTableModel& model, int row)
{
    return model.index(row, MetadataTableModel::KeyColumn);
}

QModelIndex valueIndex(const MetadataTableModel& model, int row)
{
    return model.index(row, MetadataTableModel::ValueColumn);
}

RowState stateOf(const QModelIndex& index)
{
    return index.data(MetadataTableModel::RowStateRole).value<RowState>();
}

// -1: no issue; otherwise the ValidationIssue::Severity of the cell.
int severityOf(const QModelIndex& index)
{
    const QVariant severity = index.data(MetadataTableModel::ValidationSeverityRole);
    return severity.isValid() ? static_cast<int>(severity.value<Severity>()) : -1;
}

QPalette paletteWithBase(const QColor& base, const QColor& text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Highlight, QColor(48, 140, 198));
    return palette;
}

} // namespace

// The metadata table: baseline and edited rows, row states, validation in place, undo and sorting.
class tst_MetadataTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void baselineRowsAreUnchangedAndSortedByKey();
    void editMarksCellChanged();
    void editBackToOriginalIsUnchanged();
    void editWithSameTextPushesNothing();
    void appendedRowIsAdded();
    void insertRowsAddsEmptyRows();
    void removedBaselineRowStaysVisibleStruckThrough();
    void removedAddedRowIsGone();
    void revertRow_data();
    void revertRow();
    void revertAll();
    void validationInPlace_data();
    void validationInPlace();
    void fiftyOnePairsFlagTheRowsBeyondTheLimit();
    void duplicateFlagFollowsTheOtherRow();
    void removedRowsAreNotValidatedOrNumbered();
    void undoRedoRestoresExactly_data();
    void undoRedoRestoresExactly();
    void undoAfterSortFindsTheRow();
    void sort_data();
    void sort();
    void mergeUpdatesAddsAndRevivesInOneStep();
    void externalUndoStackIsUsedAndClearedByBaseline();
    void coloursFollowThePalette_data();
    void coloursFollowThePalette();
    void toolTipsShowMarkupAsText();
    void summaryChangesOncePerEdit();
};

void tst_MetadataTableModel::init()
{
    // A warning (an invalid index asked for, a model check) is a failure.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_MetadataTableModel::baselineRowsAreUnchangedAndSortedByKey()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    QSignalSpy dirty(&model, &MetadataTableModel::dirtyChanged);

    model.setBaseline(threePairs());

    QCOMPARE(snapshot(model),
        QStringList({u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s}));
    QVERIFY(!model.isDirty());
    QCOMPARE(dirty.count(), 0);
    QCOMPARE(model.currentMetadata(), threePairs());
    QCOMPARE(model.pairCount(), 3);
    QCOMPARE(model.countText(), u"3 / 50"_s);
    QVERIFY(model.issues().isEmpty());
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"1"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Key"_s);
    QVERIFY(!keyIndex(model, 0).data(Qt::BackgroundRole).isValid());
}

void tst_MetadataTableModel::editMarksCellChanged()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy dirty(&model, &MetadataTableModel::dirtyChanged);

    const QModelIndex region = valueIndex(model, 1);
    QVERIFY(model.setData(region, u"south"_s));

    QVERIFY(!dataChanged.isEmpty());
    const QList<QVariant> first = dataChanged.first();
    QCOMPARE(first.at(0).toModelIndex(), region);
    QCOMPARE(first.at(1).toModelIndex(), region);
    const auto roles = first.at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(Qt::EditRole));

    QCOMPARE(region.data().toString(), u"south"_s);
    QCOMPARE(stateOf(region), RowState::Changed);
    QCOMPARE(region.data(MetadataTableModel::OriginalValueRole).toString(), u"north"_s);
    QVERIFY(region.data(Qt::ToolTipRole).toString().contains(u"“north”"_s));
    QVERIFY(region.data(Qt::BackgroundRole).isValid());
    QVERIFY(!keyIndex(model, 1).data(Qt::BackgroundRole).isValid()); // only the changed cell is tinted
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"2 *"_s);
    QVERIFY(model.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.first().first().toBool(), true);
    QCOMPARE(model.currentMetadata().value(u"region"_s), u"south"_s);
    QCOMPARE(model.undoStack()->count(), 1);
}

void tst_MetadataTableModel::editBackToOriginalIsUnchanged()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    QSignalSpy dirty(&model, &MetadataTableModel::dirtyChanged);

    QVERIFY(model.setData(valueIndex(model, 1), u"south"_s));
    QVERIFY(model.setData(valueIndex(model, 1), u"north"_s));

    QCOMPARE(stateOf(valueIndex(model, 1)), RowState::Unchanged);
    QVERIFY(!model.isDirty());
    QCOMPARE(dirty.count(), 2);
    QCOMPARE(dirty.at(1).first().toBool(), false);
}

void tst_MetadataTableModel::editWithSameTextPushesNothing()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());

    QVERIFY(model.setData(valueIndex(model, 1), u"north"_s));

    QCOMPARE(model.undoStack()->count(), 0);
    QVERIFY(!model.isDirty());
}

void tst_MetadataTableModel::appendedRowIsAdded()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy count(&model, &MetadataTableModel::pairCountChanged);

    const int row = model.appendRow({u"team"_s, u"core"_s});

    QCOMPARE(row, 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(stateOf(keyIndex(model, 3)), RowState::Added);
    QVERIFY(!keyIndex(model, 3).data(MetadataTableModel::OriginalValueRole).isValid());
    QVERIFY(keyIndex(model, 3).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.headerData(3, Qt::Vertical).toString(), u"4 +"_s);
    QVERIFY(model.isDirty());
    QCOMPARE(model.currentMetadata().value(u"team"_s), u"core"_s);
    QCOMPARE(model.countText(), u"4 / 50"_s);
    QCOMPARE(count.count(), 1);
}

void tst_MetadataTableModel::insertRowsAddsEmptyRows()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());

    QVERIFY(model.insertRows(1, 2));

    QCOMPARE(snapshot(model),
        QStringList({u"owner=ops Unchanged"_s, u"= Added"_s, u"= Added"_s, u"region=north Unchanged"_s,
            u"tier=gold Unchanged"_s}));
    QCOMPARE(model.undoStack()->count(), 1);
    // Empty keys are kept and flagged.
    QCOMPARE(severityOf(keyIndex(model, 1)), static_cast<int>(Severity::Error));
    QCOMPARE(model.errorCount(), 2);
}

void tst_MetadataTableModel::removedBaselineRowStaysVisibleStruckThrough()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(model.removeRows(1, 1));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.count(), 0);
    const QModelIndex region = keyIndex(model, 1);
    QCOMPARE(region.data().toString(), u"region"_s);
    QCOMPARE(stateOf(region), RowState::Removed);
    QVERIFY(region.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(valueIndex(model, 1).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!(model.flags(region) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(region, u"other"_s));
    QVERIFY(!model.currentMetadata().contains(u"region"_s));
    QCOMPARE(model.pairCount(), 2);
    QCOMPARE(model.countText(), u"2 / 50"_s);
    QVERIFY(model.isDirty());
    // Numbers skip the removed row, as validation messages do.
    QCOMPARE(model.displayRowNumber(1), 0);
    QCOMPARE(model.displayRowNumber(2), 2);
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"–"_s);
}

void tst_MetadataTableModel::removedAddedRowIsGone()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    model.appendRow({u"team"_s, u"core"_s});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.removeRowList({3});

    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.isDirty());
    QCOMPARE(model.currentMetadata(), threePairs());
}

void tst_MetadataTableModel::revertRow_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QStringList>("expected");

    const QStringList baseline {u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s};
    QTest::addRow("changed value") << u"value"_s << baseline;
    QTest::addRow("renamed key") << u"key"_s << baseline;
    QTest::addRow("removed row") << u"remove"_s << baseline;
    QTest::addRow("added row is deleted") << u"add"_s << baseline;
}

void tst_MetadataTableModel::revertRow()
{
    QFETCH(QString, edit);
    QFETCH(QStringList, expected);

    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    // Another edit that must survive the revert of row 1.
    model.setData(valueIndex(model, 2), u"silver"_s);
    int row = 1;
    if (edit == u"value"_s) {
        model.setData(valueIndex(model, 1), u"south"_s);
    } else if (edit == u"key"_s) {
        model.setData(keyIndex(model, 1), u"area"_s);
    } else if (edit == u"remove"_s) {
        model.removeRowList({1});
    } else {
        row = model.appendRow({u"team"_s, u"core"_s});
    }

    model.revertRow(row);

    expected[2] = u"tier=silver Changed"_s;
    QCOMPARE(snapshot(model), expected);
    QVERIFY(model.isDirty());
}

void tst_MetadataTableModel::revertAll()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    model.setData(valueIndex(model, 0), u"sales"_s);
    model.removeRowList({1});
    model.appendRow({u"team"_s, u"core"_s});
    QSignalSpy dirty(&model, &MetadataTableModel::dirtyChanged);
    const int stackCount = model.undoStack()->count();

    model.revertAll();

    QCOMPARE(snapshot(model),
        QStringList({u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s}));
    QVERIFY(!model.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(model.undoStack()->count(), stackCount + 1);

    // Nothing to revert: no empty step on the stack.
    model.revertAll();
    QCOMPARE(model.undoStack()->count(), stackCount + 1);
}

void tst_MetadataTableModel::validationInPlace_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("keySeverity");
    QTest::addColumn<int>("valueSeverity");
    QTest::addColumn<QString>("message");

    const int none = -1;
    const int error = static_cast<int>(Severity::Error);
    const int warning = static_cast<int>(Severity::Warning);
    const QString emoji = u"😀"_s; // two UTF-16 units

    QTest::addRow("plain pair") << u"team"_s << u"core"_s << none << none << QString();
    QTest::addRow("key of 100 characters") << u"k"_s.repeated(100) << u"v"_s << none << none << QString();
    QTest::addRow("key of 101 characters")
        << u"k"_s.repeated(101) << u"v"_s << error << none << u"Key is 101 characters; the limit is 100."_s;
    QTest::addRow("emoji ending exactly at 100") << u"k"_s.repeated(98) + emoji << u"v"_s << none << none << QString();
    QTest::addRow("emoji crossing 100") << u"k"_s.repeated(99) + emoji << u"v"_s << error << none
                                        << u"Key is 101 characters; the limit is 100."_s;
    QTest::addRow("empty key") << QString() << u"v"_s << error << none << u"Enter a key or remove the row."_s;
    QTest::addRow("whitespace key") << u"  "_s << u"v"_s << error << none << u"Enter a key or remove the row."_s;
    QTest::addRow("duplicate key") << u"region"_s << u"v"_s << error << none
                                   << u"The key “region” is already used in row 2."_s;
    QTest::addRow("key differing by case")
        << u"Region"_s << u"v"_s << warning << none << u"differs from “region” in row 2 only by case or spaces"_s;
    QTest::addRow("key with trailing space")
        << u"team "_s << u"v"_s << warning << none << u"The key starts or ends with a space."_s;
    QTest::addRow("value of 1000 characters") << u"team"_s << u"v"_s.repeated(1000) << none << none << QString();
    QTest::addRow("value of 1001 characters")
        << u"team"_s << u"v"_s.repeated(1001) << none << error << u"Value is 1001 characters; the limit is 1000."_s;
    QTest::addRow("value with line breaks") << u"team"_s << u"a\nb\tc"_s << none << none << QString();
}

void tst_MetadataTableModel::validationInPlace()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, keySeverity);
    QFETCH(int, valueSeverity);
    QFETCH(QString, message);

    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    QSignalSpy validation(&model, &MetadataTableModel::validationChanged);

    const int row = model.appendRow({});
    QVERIFY(model.setData(keyIndex(model, row), key));
    QVERIFY(model.setData(valueIndex(model, row), value));

    // Kept as typed, never cut or refused.
    QCOMPARE(keyIndex(model, row).data().toString(), key);
    QCOMPARE(valueIndex(model, row).data().toString(), value);
    QCOMPARE(severityOf(keyIndex(model, row)), keySeverity);
    QCOMPARE(severityOf(valueIndex(model, row)), valueSeverity);
    QCOMPARE(keyIndex(model, row).data(Qt::DecorationRole).isValid(), keySeverity != -1);
    QCOMPARE(valueIndex(model, row).data(Qt::DecorationRole).isValid(), valueSeverity != -1);
    const QModelIndex flagged = valueSeverity != -1 ? valueIndex(model, row) : keyIndex(model, row);
    if (message.isEmpty()) {
        QVERIFY(model.issues().isEmpty());
        QVERIFY(flagged.data(MetadataTableModel::ValidationMessageRole).toString().isEmpty());
    } else {
        QVERIFY2(flagged.data(MetadataTableModel::ValidationMessageRole).toString().contains(message),
            qPrintable(flagged.data(MetadataTableModel::ValidationMessageRole).toString()));
        QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(message));
        QCOMPARE(model.issues().size(), 1);
        QCOMPARE(model.issues().constFirst().row, row);
        QCOMPARE(model.hasErrors(), keySeverity == 0 || valueSeverity == 0);
        QVERIFY(validation.count() >= 1);
    }
    // The baseline rows stay clean: the later row carries a duplicate.
    QCOMPARE(severityOf(keyIndex(model, 1)), -1);
}

void tst_MetadataTableModel::fiftyOnePairsFlagTheRowsBeyondTheLimit()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(pairs(50));
    QCOMPARE(model.countText(), u"50 / 50"_s);
    QVERIFY(!model.hasErrors());

    const int row = model.appendRow({u"extra"_s, u"x"_s});

    QCOMPARE(model.countText(), u"51 / 50"_s);
    QVERIFY(model.hasErrors());
    QCOMPARE(model.issues().size(), 1);
    QCOMPARE(model.issues().constFirst().field, ValidationIssue::Field::MetadataCount);
    QCOMPARE(model.issues().constFirst().row, -1);
    QCOMPARE(severityOf(keyIndex(model, row)), static_cast<int>(Severity::Error));
    QVERIFY(keyIndex(model, row).data(Qt::ToolTipRole).toString().contains(u"51 metadata pairs"_s));
    QCOMPARE(severityOf(keyIndex(model, 0)), -1);

    // Removing any one pair brings it back under the limit.
    model.removeRowList({0});
    QVERIFY(!model.hasErrors());
    QCOMPARE(severityOf(keyIndex(model, row)), -1);
    QCOMPARE(model.countText(), u"50 / 50"_s);
}

void tst_MetadataTableModel::duplicateFlagFollowsTheOtherRow()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    model.setData(keyIndex(model, 2), u"region"_s); // tier -> region: duplicate of row 2
    QCOMPARE(severityOf(keyIndex(model, 2)), static_cast<int>(Severity::Error));
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

    // Renaming the first "region" clears the flag on the other row, which is told so.
    model.setData(keyIndex(model, 1), u"area"_s);

    QCOMPARE(severityOf(keyIndex(model, 2)), -1);
    const bool row2Notified = std::any_of(dataChanged.cbegin(), dataChanged.cend(), [](const QList<QVariant>& args) {
        return args.at(0).toModelIndex().row() <= 2 && args.at(1).toModelIndex().row() >= 2
            && args.at(2).value<QList<int>>().contains(Qt::DecorationRole);
    });
    QVERIFY(row2Notified);
}

void tst_MetadataTableModel::removedRowsAreNotValidatedOrNumbered()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    const int added = model.appendRow({u"owner"_s, u"sales"_s});
    QCOMPARE(severityOf(keyIndex(model, added)), static_cast<int>(Severity::Error));

    model.removeRowList({0});

    QVERIFY(model.issues().isEmpty());
    QCOMPARE(severityOf(keyIndex(model, added)), -1);
    QCOMPARE(model.displayRowNumber(added), 3);
    QCOMPARE(model.currentMetadata().value(u"owner"_s), u"sales"_s);
}

void tst_MetadataTableModel::undoRedoRestoresExactly_data()
{
    QTest::addColumn<QString>("operation");

    QTest::addRow("edit value") << u"edit value"_s;
    QTest::addRow("edit key") << u"edit key"_s;
    QTest::addRow("edit added row") << u"edit added row"_s;
    QTest::addRow("append row") << u"append row"_s;
    QTest::addRow("insert rows in the middle") << u"insert rows"_s;
    QTest::addRow("remove baseline row") << u"remove baseline"_s;
    QTest::addRow("remove added row") << u"remove added"_s;
    QTest::addRow("remove mixed rows") << u"remove mixed"_s;
    QTest::addRow("revert changed row") << u"revert changed"_s;
    QTest::addRow("revert removed row") << u"revert removed"_s;
    QTest::addRow("revert added row") << u"revert added"_s;
    QTest::addRow("revert all") << u"revert all"_s;
    QTest::addRow("merge pasted pairs") << u"merge"_s;
}

void tst_MetadataTableModel::undoRedoRestoresExactly()
{
    QFETCH(QString, operation);

    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(Metadata {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}, {u"d"_s, u"4"_s}});
    // A table holding every state: a=1 Changed (to 10), b removed, c and d unchanged, e added.
    model.setData(valueIndex(model, 0), u"10"_s);
    model.removeRowList({1});
    model.appendRow({u"e"_s, u"5"_s});
    const QStringList before = snapshot(model);
    const bool dirtyBefore = model.isDirty();
    const int count = model.undoStack()->count();

    if (operation == u"edit value"_s) {
        model.setData(valueIndex(model, 2), u"30"_s);
    } else if (operation == u"edit key"_s) {
        model.setData(keyIndex(model, 3), u"a"_s);
    } else if (operation == u"edit added row"_s) {
        model.setData(keyIndex(model, 4), u"f"_s);
    } else if (operation == u"append row"_s) {
        model.appendRow({u"g"_s, u"7"_s});
    } else if (operation == u"insert rows"_s) {
        model.insertRows(2, 2);
    } else if (operation == u"remove baseline"_s) {
        model.removeRowList({2});
    } else if (operation == u"remove added"_s) {
        model.removeRowList({4});
    } else if (operation == u"remove mixed"_s) {
        model.removeRowList({4, 0, 1, 3});
    } else if (operation == u"revert changed"_s) {
        model.revertRow(0);
    } else if (operation == u"revert removed"_s) {
        model.revertRow(1);
    } else if (operation == u"revert added"_s) {
        model.revertRow(4);
    } else if (operation == u"revert all"_s) {
        model.revertAll();
    } else if (operation == u"merge"_s) {
        model.mergeEntries({{u"c"_s, u"33"_s}, {u"b"_s, u"22"_s}, {u"z"_s, u"26"_s}}, u"Paste"_s);
    } else {
        QFAIL("unknown operation");
    }
    const QStringList after = snapshot(model);
    const Metadata metadataAfter = model.currentMetadata();
    QVERIFY(after != before);
    QCOMPARE(model.undoStack()->count(), count + 1);

    model.undoStack()->undo();
    QCOMPARE(snapshot(model), before);
    QCOMPARE(model.isDirty(), dirtyBefore);

    model.undoStack()->redo();
    QCOMPARE(snapshot(model), after);
    QCOMPARE(model.currentMetadata(), metadataAfter);

    // All the way back to the baseline, and forward again.
    while (model.undoStack()->canUndo()) {
        model.undoStack()->undo();
    }
    QCOMPARE(model.currentMetadata(), model.baseline());
    QVERIFY(!model.isDirty());
    while (model.undoStack()->canRedo()) {
        model.undoStack()->redo();
    }
    QCOMPARE(snapshot(model), after);
}

void tst_MetadataTableModel::undoAfterSortFindsTheRow()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    model.setData(valueIndex(model, 0), u"sales"_s); // owner
    model.appendRow({u"alpha"_s, u"1"_s});

    model.sort(MetadataTableModel::KeyColumn, Qt::DescendingOrder);
    QCOMPARE(snapshot(model),
        QStringList(
            {u"tier=gold Unchanged"_s, u"region=north Unchanged"_s, u"owner=sales Changed"_s, u"alpha=1 Added"_s}));

    model.undoStack()->undo(); // the added row goes, wherever it is
    model.undoStack()->undo(); // owner gets its value back
    QCOMPARE(snapshot(model),
        QStringList({u"tier=gold Unchanged"_s, u"region=north Unchanged"_s, u"owner=ops Unchanged"_s}));
    QVERIFY(!model.isDirty());
}

void tst_MetadataTableModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("keys");

    QTest::addRow("key ascending, case-insensitive") << int(MetadataTableModel::KeyColumn) << Qt::AscendingOrder
                                                     << QStringList({u"alpha"_s, u"Beta"_s, u"gamma"_s, u"zeta"_s});
    QTest::addRow("key descending") << int(MetadataTableModel::KeyColumn) << Qt::DescendingOrder
                                    << QStringList({u"zeta"_s, u"gamma"_s, u"Beta"_s, u"alpha"_s});
    // Values x, x, y, a: equal values keep their current order (stable).
    QTest::addRow("value ascending, stable") << int(MetadataTableModel::ValueColumn) << Qt::AscendingOrder
                                             << QStringList({u"zeta"_s, u"alpha"_s, u"gamma"_s, u"Beta"_s});
    QTest::addRow("value descending, stable") << int(MetadataTableModel::ValueColumn) << Qt::DescendingOrder
                                              << QStringList({u"Beta"_s, u"alpha"_s, u"gamma"_s, u"zeta"_s});
}

void tst_MetadataTableModel::sort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, keys);

    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    // Baseline order: Beta, alpha, gamma (QMap sorts case-sensitively); zeta is added at the end.
    model.setBaseline(Metadata {{u"alpha"_s, u"x"_s}, {u"Beta"_s, u"y"_s}, {u"gamma"_s, u"x"_s}});
    model.appendRow({u"zeta"_s, u"a"_s});
    const QPersistentModelIndex gamma = keyIndex(model, 2);
    QCOMPARE(gamma.data().toString(), u"gamma"_s);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    model.sort(column, order);

    QStringList sorted;
    for (int row = 0; row < model.rowCount(); ++row) {
        sorted.append(keyIndex(model, row).data().toString());
    }
    QCOMPARE(sorted, keys);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(gamma.data().toString(), u"gamma"_s); // persistent indexes follow their rows
    QCOMPARE(stateOf(keyIndex(model, static_cast<int>(keys.indexOf(u"zeta"_s)))), RowState::Added);
    QCOMPARE(model.undoStack()->count(), 1); // sorting is not an edit
}

void tst_MetadataTableModel::mergeUpdatesAddsAndRevivesInOneStep()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    model.removeRowList({2}); // tier
    const int count = model.undoStack()->count();

    const MetadataTableModel::MergeCounts counts = model.mergeEntries(
        {
            {u"region"_s, u"south"_s}, // updated
            {u"owner"_s, u"ops"_s}, // already so
            {u"tier"_s, u"bronze"_s}, // the removed row comes back
            {u"team"_s, u"first"_s}, // added...
            {u"team"_s, u"core"_s}, // ...with its last value
        },
        u"Paste"_s);

    QCOMPARE(counts.added, 1);
    QCOMPARE(counts.updated, 2);
    QCOMPARE(counts.unchanged, 1);
    QCOMPARE(snapshot(model),
        QStringList(
            {u"owner=ops Unchanged"_s, u"region=south Changed"_s, u"tier=bronze Changed"_s, u"team=core Added"_s}));
    QCOMPARE(model.undoStack()->count(), count + 1);
    QCOMPARE(model.undoStack()->undoText(), u"Paste"_s);
}

void tst_MetadataTableModel::externalUndoStackIsUsedAndClearedByBaseline()
{
    QUndoStack stack;
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setUndoStack(&stack);
    model.setBaseline(threePairs());

    model.setData(valueIndex(model, 0), u"sales"_s);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), u"Edit value of “owner”"_s);

    model.setBaseline(model.currentMetadata()); // as after a save
    QCOMPARE(stack.count(), 0);
    QVERIFY(!model.isDirty());
    QCOMPARE(valueIndex(model, 0).data().toString(), u"sales"_s);
}

void tst_MetadataTableModel::coloursFollowThePalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");

    QTest::addRow("light theme") << paletteWithBase(QColor(255, 255, 255), QColor(20, 20, 20)) << false;
    QTest::addRow("dark theme") << paletteWithBase(QColor(30, 30, 32), QColor(230, 230, 230)) << true;
}

void tst_MetadataTableModel::coloursFollowThePalette()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);

    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setPalette(palette);
    model.setBaseline(threePairs());
    const int row = model.appendRow({QString(), u"v"_s}); // an error
    model.removeRowList({0});

    const auto background = [&](int r) { return keyIndex(model, r).data(Qt::BackgroundRole).value<QColor>(); };
    const auto foreground = [&](int r) { return keyIndex(model, r).data(Qt::ForegroundRole).value<QColor>(); };
    for (const QColor& tint : {background(row), background(0)}) {
        QVERIFY(tint.isValid());
        QCOMPARE(tint.lightnessF() < 0.5, dark); // a tint of Base, not a fixed light colour
    }
    QVERIFY(background(row).red() > background(row).green()); // reddish
    // Error text contrasts with the background it sits on.
    QVERIFY(qAbs(foreground(row).lightnessF() - background(row).lightnessF()) > 0.25);
    QVERIFY(qAbs(foreground(0).lightnessF() - background(0).lightnessF()) > 0.2);
}

// Keys and values are the user's text: one that looks like HTML shows as typed, never as markup.
void tst_MetadataTableModel::toolTipsShowMarkupAsText()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(Metadata {{u"<i>k</i>"_s, u"<b>x</b>"_s}});
    QVERIFY(model.setData(valueIndex(model, 0), u"y"_s));
    const QString was = valueIndex(model, 0).data(Qt::ToolTipRole).toString();
    QCOMPARE(ToolTipRendering::shownText(was), u"Was “<b>x</b>”."_s);

    const int duplicate = model.appendRow({u"<i>k</i>"_s, u"z"_s});
    const QString issue = keyIndex(model, duplicate).data(Qt::ToolTipRole).toString();
    QVERIFY2(ToolTipRendering::shownText(issue).contains(u"The key “<i>k</i>” is already used in row 1."_s),
        qPrintable(issue));
}

// What a summary shows (counts, issues, row numbers, row states) is announced once per edit, however many rows
// it touched, and not at all when none of it changed.
void tst_MetadataTableModel::summaryChangesOncePerEdit()
{
    MetadataTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setBaseline(threePairs());
    QSignalSpy summary(&model, &MetadataTableModel::summaryChanged);

    QList<MetadataEntry> pasted;
    for (int i = 0; i < 40; ++i) {
        pasted.append({u"pasted%1"_s.arg(i), u"v"_s});
    }
    model.mergeEntries(pasted, u"Paste"_s);
    QCOMPARE(summary.count(), 1);
    QCOMPARE(model.stateCounts(), (MetadataTableModel::StateCounts {40, 0, 0}));

    QVERIFY(model.setData(valueIndex(model, 1), u"south"_s));
    QCOMPARE(summary.count(), 2);
    QCOMPARE(model.stateCounts(), (MetadataTableModel::StateCounts {40, 1, 0}));

    // Changed again: the same counts, issues and states.
    QVERIFY(model.setData(valueIndex(model, 1), u"west"_s));
    QCOMPARE(summary.count(), 2);

    model.removeRowList({0, 2});
    QCOMPARE(summary.count(), 3);
    QCOMPARE(model.stateCounts(), (MetadataTableModel::StateCounts {40, 1, 2}));
    model.undoStack()->undo();
    QCOMPARE(summary.count(), 4);
    QCOMPARE(model.stateCounts(), (MetadataTableModel::StateCounts {40, 1, 0}));
}

QTEST_MAIN(tst_MetadataTableModel)
#include "tst_metadatatablemodel.moc"
