// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The preview of a bulk change as a table (BulkPreviewModel): a row per customer with its before → after, customers
// already as asked shown as such, those that cannot be changed never included, include/exclude per row and for all,
// and the counts that the page shows and the run uses.
#include "core/model/BulkPlanner.h"
#include "ui/bulk/BulkPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Op = BulkOperation;
using Outcome = BulkCustomerPlan::Outcome;
using Col = BulkPreviewModel::Column;

namespace {

Customer customer(int number, const Metadata& metadata, bool active = true)
{
    Customer made;
    made.setId(u"cus_%1"_s.arg(number, 32, 10, QLatin1Char('0')));
    made.setName(u"Customer %1"_s.arg(number));
    made.setActive(active);
    made.setMetadata(metadata);
    return made;
}

// Four customers for "set region = west": one to change, one already as asked, one that cannot take another pair (50
// already), and one to change again.
QList<BulkCustomerPlan> plans()
{
    const QList<Op> operations {Op::setValue(u"region"_s, u"west"_s)};
    Metadata full;
    for (int i = 0; i < 50; ++i)
        full.insert(u"key%1"_s.arg(i), u"v"_s);
    return {BulkPlanner::plan(customer(1, {{u"region"_s, u"north"_s}}), operations),
        BulkPlanner::plan(customer(2, {{u"region"_s, u"west"_s}}), operations),
        BulkPlanner::plan(customer(3, full), operations), BulkPlanner::plan(customer(4, {}), operations)};
}

} // namespace

class tst_BulkPreviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsShowBeforeAfterAndOutcome();
    void changedAndSkippedRowsAreIncludedAtFirst();
    void anInvalidRowCannotBeIncluded();
    void theCheckBoxIncludesAndExcludes();
    void includeAndExcludeAll();
    void severalRowsAtOnceSignalEachRunOfRows();
    void rowsAppendedLaterKeepEarlierChoices();
};

void tst_BulkPreviewModel::rowsShowBeforeAfterAndOutcome()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(plans());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(Col::ColumnCount));

    QCOMPARE(model.index(0, Col::CustomerColumn).data().toString(), u"Customer 1"_s);
    QCOMPARE(model.index(0, Col::IdColumn).data().toString(), model.plan(0).before.id());
    QCOMPARE(model.index(0, Col::OutcomeColumn).data().toString(), u"Will change"_s);
    QCOMPARE(model.index(0, Col::ChangesColumn).data().toString(), u"Changed “region” from “north” to “west”"_s);
    QCOMPARE(model.index(1, Col::OutcomeColumn).data().toString(), u"Already as asked"_s);
    QCOMPARE(model.index(1, Col::ChangesColumn).data().toString(), u"Nothing to send"_s);
    QCOMPARE(model.index(2, Col::OutcomeColumn).data().toString(), u"Cannot be changed"_s);
    QVERIFY2(model.index(2, Col::ChangesColumn).data().toString().contains(u"50"_s),
        qPrintable(model.index(2, Col::ChangesColumn).data().toString()));
    QCOMPARE(model.index(3, Col::ChangesColumn).data().toString(), u"Added “region”: “west”"_s);
    QCOMPARE(model.index(2, 0).data(BulkPreviewModel::OutcomeRole).toInt(), int(Outcome::Invalid));
    QCOMPARE(model.customerIds().size(), 4);
}

void tst_BulkPreviewModel::changedAndSkippedRowsAreIncludedAtFirst()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &BulkPreviewModel::countsChanged);
    model.append(plans());
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.counts(), (BulkPreviewModel::Counts {4, 2, 1, 1, 3}));
    QCOMPARE(model.index(0, Col::CustomerColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(1, Col::CustomerColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(model.index(2, Col::CustomerColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(model.excludedIds(), QSet<QString> {model.plan(2).before.id()});
}

void tst_BulkPreviewModel::anInvalidRowCannotBeIncluded()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(plans());
    QVERIFY(!model.isIncludable(2));
    QVERIFY(!(model.flags(model.index(2, Col::CustomerColumn)) & Qt::ItemIsUserCheckable));
    QVERIFY(model.flags(model.index(0, Col::CustomerColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, Col::ChangesColumn)) & Qt::ItemIsUserCheckable));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.setData(model.index(2, Col::CustomerColumn), Qt::Checked, Qt::CheckStateRole));
    model.setIncluded(2, true);
    model.includeAll();
    QVERIFY(!model.isIncluded(2));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.counts().included, 3);
}

void tst_BulkPreviewModel::theCheckBoxIncludesAndExcludes()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(plans());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &BulkPreviewModel::countsChanged);

    QVERIFY(model.setData(model.index(0, Col::CustomerColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QVERIFY(!model.isIncluded(0));
    QCOMPARE(model.counts().included, 2);
    QCOMPARE(counts.count(), 1);
    QVERIFY(model.excludedIds().contains(model.plan(0).before.id()));

    // The same again changes nothing and says nothing.
    model.setIncluded(0, false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(counts.count(), 1);

    QVERIFY(model.setData(model.index(0, Col::CustomerColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.isIncluded(0));
    QCOMPARE(model.counts().included, 3);
    // Only the check box's column takes it.
    QVERIFY(!model.setData(model.index(0, Col::OutcomeColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.isIncluded(0));
}

void tst_BulkPreviewModel::includeAndExcludeAll()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(plans());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.excludeAll();
    QCOMPARE(model.counts().included, 0);
    QCOMPARE(model.excludedIds().size(), 4);
    QCOMPARE(changed.count(), 1);
    model.excludeAll(); // nothing left to exclude
    QCOMPARE(changed.count(), 1);
    model.includeAll();
    QCOMPARE(model.counts().included, 3);
    QCOMPARE(model.excludedIds(), QSet<QString> {model.plan(2).before.id()});
}

void tst_BulkPreviewModel::severalRowsAtOnceSignalEachRunOfRows()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(plans());
    model.append(plans());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &BulkPreviewModel::countsChanged);
    model.setIncluded(QList<int> {5, 0, 1, 2, 7, 99}, false); // 2 cannot be, 99 is no row
    QCOMPARE(changed.count(), 3); // rows 0–1, 5, 7
    const auto rows = [&changed](int signal) {
        return std::pair {changed.at(signal).at(0).toModelIndex().row(), changed.at(signal).at(1).toModelIndex().row()};
    };
    QCOMPARE(rows(0), std::pair(0, 1));
    QCOMPARE(rows(1), std::pair(5, 5));
    QCOMPARE(rows(2), std::pair(7, 7));
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.counts().included, 2);
    QVERIFY(!model.isIncluded(5) && !model.isIncluded(7) && model.isIncluded(4));
}

void tst_BulkPreviewModel::rowsAppendedLaterKeepEarlierChoices()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(plans().mid(0, 2));
    model.setIncluded(1, false);
    model.append(plans().mid(2));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.isIncluded(1));
    QCOMPARE(model.counts(), (BulkPreviewModel::Counts {4, 2, 1, 1, 2}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.counts(), BulkPreviewModel::Counts {});
}

QTEST_MAIN(tst_BulkPreviewModel)
#include "tst_bulkpreviewmodel.moc"
