// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/model/MetadataDocument.h"
#include "core/model/Validation.h"
#include "tests/core/MetadataDocumentTestData.h"
#include "tests/ui/ToolTipRendering.h"
#include "ui/metadata/MetadataCommands.h"
#include "ui/metadata/MetadataTableModel.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace MetadataDocumentTestData;

using RowState = MetadataTableModel::RowState;
using Severity = ValidationIssue::Severity;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

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

// The table under test: a document, its undo stack and the model over them, checked by QAbstractItemModelTester.
struct Table
{
    MetadataDocument document;
    QUndoStack stack;
    MetadataTableModel model;
    QAbstractItemModelTester tester {&model, kFatal};

    Table() { model.setDocument(&document, &stack); }
    // As the owner of the customer does after loading or saving.
    void setBaseline(const Metadata& baseline)
    {
        document.setBaseline(baseline);
        stack.clear();
    }
    void push(std::unique_ptr<QUndoCommand> command) { MetadataCommands::push(&stack, std::move(command)); }
};

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
    void setDocumentResetsAndEditsGoToItsStack();
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
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    QSignalSpy dirty(&document, &MetadataDocument::dirtyChanged);

    table.setBaseline(threePairs());

    QCOMPARE(snapshot(document),
        QStringList({u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s}));
    QVERIFY(!document.isDirty());
    QCOMPARE(dirty.count(), 0);
    QCOMPARE(document.currentMetadata(), threePairs());
    QCOMPARE(document.pairCount(), 3);
    QCOMPARE(document.countText(), u"3 / 50"_s);
    QVERIFY(document.issues().isEmpty());
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"1"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Key"_s);
}

void tst_MetadataTableModel::editMarksCellChanged()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy dirty(&document, &MetadataDocument::dirtyChanged);

    const QModelIndex region = valueIndex(model, 1);
    QVERIFY(model.setData(region, u"south"_s));

    QVERIFY(!dataChanged.isEmpty());
    // The cell's row, all roles (its text and state changed).
    const QList<QVariant> first = dataChanged.first();
    QCOMPARE(first.at(0).toModelIndex(), keyIndex(model, 1));
    QCOMPARE(first.at(1).toModelIndex(), region);
    QVERIFY(first.at(2).value<QList<int>>().isEmpty());

    QCOMPARE(region.data().toString(), u"south"_s);
    QCOMPARE(stateOf(region), RowState::Changed);
    QCOMPARE(region.data(MetadataTableModel::OriginalValueRole).toString(), u"north"_s);
    QVERIFY(region.data(Qt::ToolTipRole).toString().contains(u"“north”"_s));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"2 *"_s);
    QVERIFY(document.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.first().first().toBool(), true);
    QCOMPARE(document.currentMetadata().value(u"region"_s), u"south"_s);
    QCOMPARE(table.stack.count(), 1);
}

void tst_MetadataTableModel::editBackToOriginalIsUnchanged()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    QSignalSpy dirty(&document, &MetadataDocument::dirtyChanged);

    QVERIFY(model.setData(valueIndex(model, 1), u"south"_s));
    QVERIFY(model.setData(valueIndex(model, 1), u"north"_s));

    QCOMPARE(stateOf(valueIndex(model, 1)), RowState::Unchanged);
    QVERIFY(!document.isDirty());
    QCOMPARE(dirty.count(), 2);
    QCOMPARE(dirty.at(1).first().toBool(), false);
}

void tst_MetadataTableModel::editWithSameTextPushesNothing()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());

    QVERIFY(model.setData(valueIndex(model, 1), u"north"_s));

    QCOMPARE(table.stack.count(), 0);
    QVERIFY(!document.isDirty());
}

void tst_MetadataTableModel::appendedRowIsAdded()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy count(&document, &MetadataDocument::pairCountChanged);

    const int row = model.appendRow({u"team"_s, u"core"_s});

    QCOMPARE(row, 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(stateOf(keyIndex(model, 3)), RowState::Added);
    QVERIFY(!keyIndex(model, 3).data(MetadataTableModel::OriginalValueRole).isValid());
    QCOMPARE(model.headerData(3, Qt::Vertical).toString(), u"4 +"_s);
    QVERIFY(document.isDirty());
    QCOMPARE(document.currentMetadata().value(u"team"_s), u"core"_s);
    QCOMPARE(document.countText(), u"4 / 50"_s);
    QCOMPARE(count.count(), 1);
}

void tst_MetadataTableModel::insertRowsAddsEmptyRows()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());

    QVERIFY(model.insertRows(1, 2));

    QCOMPARE(snapshot(document),
        QStringList({u"owner=ops Unchanged"_s, u"= Added"_s, u"= Added"_s, u"region=north Unchanged"_s,
            u"tier=gold Unchanged"_s}));
    QCOMPARE(table.stack.count(), 1);
    // Empty keys are kept and flagged.
    QCOMPARE(severityOf(keyIndex(model, 1)), static_cast<int>(Severity::Error));
    QCOMPARE(document.errorCount(), 2);
}

void tst_MetadataTableModel::removedBaselineRowStaysVisibleStruckThrough()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(model.removeRows(1, 1));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.count(), 0);
    const QModelIndex region = keyIndex(model, 1);
    QCOMPARE(region.data().toString(), u"region"_s);
    QCOMPARE(stateOf(region), RowState::Removed);
    QVERIFY(!(model.flags(region) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(region, u"other"_s));
    QVERIFY(!document.currentMetadata().contains(u"region"_s));
    QCOMPARE(document.pairCount(), 2);
    QCOMPARE(document.countText(), u"2 / 50"_s);
    QVERIFY(document.isDirty());
    // Numbers skip the removed row, as validation messages do.
    QCOMPARE(document.displayRowNumber(1), 0);
    QCOMPARE(document.displayRowNumber(2), 2);
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"–"_s);
}

void tst_MetadataTableModel::removedAddedRowIsGone()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    model.appendRow({u"team"_s, u"core"_s});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.removeRowList({3});

    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!document.isDirty());
    QCOMPARE(document.currentMetadata(), threePairs());
}

void tst_MetadataTableModel::revertRow_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("revertedRow");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("steps");

    // Before each: tier changed to silver (one step), then the edit (one step).
    const QString owner = u"owner=ops Unchanged"_s;
    const QString region = u"region=north Unchanged"_s;
    const QString tier = u"tier=silver Changed"_s;
    QTest::addRow("changed value") << u"value"_s << 1 << QStringList {owner, region, tier} << 3;
    QTest::addRow("renamed key") << u"key"_s << 1 << QStringList {owner, region, tier} << 3;
    QTest::addRow("removed row") << u"remove"_s << 1 << QStringList {owner, region, tier} << 3;
    QTest::addRow("added row is deleted") << u"add"_s << 3 << QStringList {owner, region, tier} << 3;
    QTest::addRow("unchanged row: nothing to revert, no step")
        << u"value"_s << 0 << QStringList {owner, u"region=south Changed"_s, tier} << 2;
    QTest::addRow("another changed row: only it")
        << u"key"_s << 2 << QStringList {owner, u"area=north Changed"_s, u"tier=gold Unchanged"_s} << 3;
    QTest::addRow("row out of range: nothing, no step")
        << u"add"_s << 7 << QStringList {owner, region, tier, u"team=core Added"_s} << 2;
}

void tst_MetadataTableModel::revertRow()
{
    QFETCH(QString, edit);
    QFETCH(int, revertedRow);
    QFETCH(QStringList, expected);
    QFETCH(int, steps);

    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    model.setData(valueIndex(model, 2), u"silver"_s);
    if (edit == u"value"_s) {
        model.setData(valueIndex(model, 1), u"south"_s);
    } else if (edit == u"key"_s) {
        model.setData(keyIndex(model, 1), u"area"_s);
    } else if (edit == u"remove"_s) {
        model.removeRowList({1});
    } else {
        model.appendRow({u"team"_s, u"core"_s});
    }

    table.push(MetadataCommands::revertRows(&document, {revertedRow}));

    QCOMPARE(snapshot(document), expected);
    QCOMPARE(table.stack.count(), steps);
    QVERIFY(document.isDirty());
}

void tst_MetadataTableModel::revertAll()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    model.setData(valueIndex(model, 0), u"sales"_s);
    model.removeRowList({1});
    model.appendRow({u"team"_s, u"core"_s});
    QSignalSpy dirty(&document, &MetadataDocument::dirtyChanged);
    const int stackCount = table.stack.count();

    table.push(MetadataCommands::revertAll(&document));

    QCOMPARE(snapshot(document),
        QStringList({u"owner=ops Unchanged"_s, u"region=north Unchanged"_s, u"tier=gold Unchanged"_s}));
    QVERIFY(!document.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(table.stack.count(), stackCount + 1);

    // Nothing to revert: no empty step on the stack.
    table.push(MetadataCommands::revertAll(&document));
    QCOMPARE(table.stack.count(), stackCount + 1);
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

    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    QSignalSpy validation(&document, &MetadataDocument::validationChanged);

    const int row = model.appendRow({});
    QVERIFY(model.setData(keyIndex(model, row), key));
    QVERIFY(model.setData(valueIndex(model, row), value));

    // Kept as typed, never cut or refused.
    QCOMPARE(keyIndex(model, row).data().toString(), key);
    QCOMPARE(valueIndex(model, row).data().toString(), value);
    QCOMPARE(severityOf(keyIndex(model, row)), keySeverity);
    QCOMPARE(severityOf(valueIndex(model, row)), valueSeverity);
    const QModelIndex flagged = valueSeverity != -1 ? valueIndex(model, row) : keyIndex(model, row);
    if (message.isEmpty()) {
        QVERIFY(document.issues().isEmpty());
        QVERIFY(flagged.data(MetadataTableModel::ValidationMessageRole).toString().isEmpty());
    } else {
        QVERIFY2(flagged.data(MetadataTableModel::ValidationMessageRole).toString().contains(message),
            qPrintable(flagged.data(MetadataTableModel::ValidationMessageRole).toString()));
        QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(message));
        QCOMPARE(document.issues().size(), 1);
        QCOMPARE(document.issues().constFirst().row, row);
        QCOMPARE(!document.isValid(), keySeverity == 0 || valueSeverity == 0);
        QVERIFY(validation.count() >= 1);
    }
    // The baseline rows stay clean: the later row carries a duplicate.
    QCOMPARE(severityOf(keyIndex(model, 1)), -1);
}

void tst_MetadataTableModel::fiftyOnePairsFlagTheRowsBeyondTheLimit()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(pairs(50));
    QCOMPARE(document.countText(), u"50 / 50"_s);
    QVERIFY(!!document.isValid());

    const int row = model.appendRow({u"extra"_s, u"x"_s});

    QCOMPARE(document.countText(), u"51 / 50"_s);
    QVERIFY(!document.isValid());
    QCOMPARE(document.issues().size(), 1);
    QCOMPARE(document.issues().constFirst().field, ValidationIssue::Field::MetadataCount);
    QCOMPARE(document.issues().constFirst().row, -1);
    QCOMPARE(severityOf(keyIndex(model, row)), static_cast<int>(Severity::Error));
    QVERIFY(keyIndex(model, row).data(Qt::ToolTipRole).toString().contains(u"51 metadata pairs"_s));
    QCOMPARE(severityOf(keyIndex(model, 0)), -1);

    // Removing any one pair brings it back under the limit.
    model.removeRowList({0});
    QVERIFY(!!document.isValid());
    QCOMPARE(severityOf(keyIndex(model, row)), -1);
    QCOMPARE(document.countText(), u"50 / 50"_s);
}

void tst_MetadataTableModel::duplicateFlagFollowsTheOtherRow()
{
    Table table;
    MetadataTableModel& model = table.model;
    table.setBaseline(threePairs());
    model.setData(keyIndex(model, 2), u"region"_s); // tier -> region: duplicate of row 2
    QCOMPARE(severityOf(keyIndex(model, 2)), static_cast<int>(Severity::Error));
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

    // Renaming the first "region" clears the flag on the other row, which is told so.
    model.setData(keyIndex(model, 1), u"area"_s);

    QCOMPARE(severityOf(keyIndex(model, 2)), -1);
    const bool row2Notified = std::any_of(dataChanged.cbegin(), dataChanged.cend(), [](const QList<QVariant>& args) {
        const QList<int> roles = args.at(2).value<QList<int>>();
        return args.at(0).toModelIndex().row() <= 2 && args.at(1).toModelIndex().row() >= 2
            && (roles.isEmpty() || roles.contains(MetadataTableModel::ValidationSeverityRole));
    });
    QVERIFY(row2Notified);
}

void tst_MetadataTableModel::removedRowsAreNotValidatedOrNumbered()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    const int added = model.appendRow({u"owner"_s, u"sales"_s});
    QCOMPARE(severityOf(keyIndex(model, added)), static_cast<int>(Severity::Error));

    model.removeRowList({0});

    QVERIFY(document.issues().isEmpty());
    QCOMPARE(severityOf(keyIndex(model, added)), -1);
    QCOMPARE(document.displayRowNumber(added), 3);
    QCOMPARE(document.currentMetadata().value(u"owner"_s), u"sales"_s);
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

    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(Metadata {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}, {u"d"_s, u"4"_s}});
    // A table holding every state: a=1 Changed (to 10), b removed, c and d unchanged, e added.
    model.setData(valueIndex(model, 0), u"10"_s);
    model.removeRowList({1});
    model.appendRow({u"e"_s, u"5"_s});
    const QStringList before = snapshot(document);
    const bool dirtyBefore = document.isDirty();
    const int count = table.stack.count();

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
        table.push(MetadataCommands::revertRows(&document, {0}));
    } else if (operation == u"revert removed"_s) {
        table.push(MetadataCommands::revertRows(&document, {1}));
    } else if (operation == u"revert added"_s) {
        table.push(MetadataCommands::revertRows(&document, {4}));
    } else if (operation == u"revert all"_s) {
        table.push(MetadataCommands::revertAll(&document));
    } else if (operation == u"merge"_s) {
        table.push(MetadataCommands::mergeEntries(
            &document, {{u"c"_s, u"33"_s}, {u"b"_s, u"22"_s}, {u"z"_s, u"26"_s}}, u"Paste"_s));
    } else {
        QFAIL("unknown operation");
    }
    const QStringList after = snapshot(document);
    const Metadata metadataAfter = document.currentMetadata();
    QVERIFY(after != before);
    QCOMPARE(table.stack.count(), count + 1);

    table.stack.undo();
    QCOMPARE(snapshot(document), before);
    QCOMPARE(document.isDirty(), dirtyBefore);

    table.stack.redo();
    QCOMPARE(snapshot(document), after);
    QCOMPARE(document.currentMetadata(), metadataAfter);

    // All the way back to the baseline, and forward again.
    while (table.stack.canUndo()) {
        table.stack.undo();
    }
    QCOMPARE(document.currentMetadata(), document.baseline());
    QVERIFY(!document.isDirty());
    while (table.stack.canRedo()) {
        table.stack.redo();
    }
    QCOMPARE(snapshot(document), after);
}

void tst_MetadataTableModel::undoAfterSortFindsTheRow()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    model.setData(valueIndex(model, 0), u"sales"_s); // owner
    model.appendRow({u"alpha"_s, u"1"_s});

    model.sort(MetadataTableModel::KeyColumn, Qt::DescendingOrder);
    QCOMPARE(snapshot(document),
        QStringList(
            {u"tier=gold Unchanged"_s, u"region=north Unchanged"_s, u"owner=sales Changed"_s, u"alpha=1 Added"_s}));

    table.stack.undo(); // the added row goes, wherever it is
    table.stack.undo(); // owner gets its value back
    QCOMPARE(snapshot(document),
        QStringList({u"tier=gold Unchanged"_s, u"region=north Unchanged"_s, u"owner=ops Unchanged"_s}));
    QVERIFY(!document.isDirty());
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

    Table table;
    MetadataTableModel& model = table.model;
    // Baseline order: Beta, alpha, gamma (QMap sorts case-sensitively); zeta is added at the end.
    table.setBaseline(Metadata {{u"alpha"_s, u"x"_s}, {u"Beta"_s, u"y"_s}, {u"gamma"_s, u"x"_s}});
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
    QCOMPARE(table.stack.count(), 1); // sorting is not an edit
}

void tst_MetadataTableModel::mergeUpdatesAddsAndRevivesInOneStep()
{
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    model.removeRowList({2}); // tier
    const int count = table.stack.count();

    MetadataCommands::MergeCounts counts;
    table.push(MetadataCommands::mergeEntries(&document,
        {
            {u"region"_s, u"south"_s}, // updated
            {u"owner"_s, u"ops"_s}, // already so
            {u"tier"_s, u"bronze"_s}, // the removed row comes back
            {u"team"_s, u"first"_s}, // added...
            {u"team"_s, u"core"_s}, // ...with its last value
        },
        u"Paste"_s, &counts));

    QCOMPARE(counts.added, 1);
    QCOMPARE(counts.updated, 2);
    QCOMPARE(counts.unchanged, 1);
    QCOMPARE(snapshot(document),
        QStringList(
            {u"owner=ops Unchanged"_s, u"region=south Changed"_s, u"tier=bronze Changed"_s, u"team=core Added"_s}));
    QCOMPARE(table.stack.count(), count + 1);
    QCOMPARE(table.stack.undoText(), u"Paste"_s);
}

// The model shows whichever document it is given and pushes its edits on the given stack.
void tst_MetadataTableModel::setDocumentResetsAndEditsGoToItsStack()
{
    Table table;
    MetadataTableModel& model = table.model;
    table.setBaseline(threePairs());
    MetadataDocument other;
    other.setBaseline(Metadata {{u"team"_s, u"core"_s}});
    QUndoStack otherStack;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setDocument(&other, &otherStack);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(keyIndex(model, 0).data().toString(), u"team"_s);
    QVERIFY(model.setData(valueIndex(model, 0), u"ops"_s));
    QCOMPARE(otherStack.count(), 1);
    QCOMPARE(otherStack.undoText(), u"Edit value of “team”"_s);
    QCOMPARE(table.stack.count(), 0);
    QCOMPARE(table.document.currentMetadata(), threePairs());

    // A new baseline in the document is a reset of the model, the edit shown as saved.
    other.setBaseline(other.currentMetadata());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(stateOf(valueIndex(model, 0)), RowState::Unchanged);
    QCOMPARE(valueIndex(model, 0).data().toString(), u"ops"_s);

    // Without a document: empty and read-only.
    model.setDocument(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.insertRows(0, 1));
}

// Keys and values are the user's text: one that looks like HTML shows as typed, never as markup.
void tst_MetadataTableModel::toolTipsShowMarkupAsText()
{
    Table table;
    MetadataTableModel& model = table.model;
    table.setBaseline(Metadata {{u"<i>k</i>"_s, u"<b>x</b>"_s}});
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
    Table table;
    MetadataTableModel& model = table.model;
    MetadataDocument& document = table.document;
    table.setBaseline(threePairs());
    QSignalSpy summary(&document, &MetadataDocument::summaryChanged);

    QList<MetadataEntry> pasted;
    for (int i = 0; i < 40; ++i) {
        pasted.append({u"pasted%1"_s.arg(i), u"v"_s});
    }
    table.push(MetadataCommands::mergeEntries(&document, pasted, u"Paste"_s));
    QCOMPARE(summary.count(), 1);
    QCOMPARE(document.stateCounts(), (MetadataDocument::StateCounts {40, 0, 0}));

    QVERIFY(model.setData(valueIndex(model, 1), u"south"_s));
    QCOMPARE(summary.count(), 2);
    QCOMPARE(document.stateCounts(), (MetadataDocument::StateCounts {40, 1, 0}));

    // Changed again: the same counts, issues and states.
    QVERIFY(model.setData(valueIndex(model, 1), u"west"_s));
    QCOMPARE(summary.count(), 2);

    model.removeRowList({0, 2});
    QCOMPARE(summary.count(), 3);
    QCOMPARE(document.stateCounts(), (MetadataDocument::StateCounts {40, 1, 2}));
    table.stack.undo();
    QCOMPARE(summary.count(), 4);
    QCOMPARE(document.stateCounts(), (MetadataDocument::StateCounts {40, 1, 0}));
}

QTEST_MAIN(tst_MetadataTableModel)
#include "tst_metadatatablemodel.moc"
