// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// CustomerSearchModel over a mirror of 800 known customers (no network): it reads rows in blocks as they are asked for
// and holds only a few, sorts by every column in both directions, turns the status filter and the search text into
// the query, and keeps persistent rows on their customers when the mirror changes; QAbstractItemModelTester watches.

#include "core/io/CustomerJson.h"
#include "core/store/CustomerMirror.h"
#include "core/store/CustomerSearch.h"
#include "sandbox/SandboxSeed.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerSearchModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using Status = CustomerFilterProxyModel::StatusFilter;

namespace {

constexpr int kCustomers = 800;

QList<Customer> seedCustomers()
{
    QList<Customer> customers;
    for (const Sandbox::CustomerRecord& record : Sandbox::SandboxSeed::generate(7, kCustomers))
        customers.append(CustomerJson::fromJson(record.toApiJson()).value());
    return customers;
}

// SQLite's NOCASE: ASCII letters folded, then UTF-8 bytes.
QByteArray nameKey(const Customer& customer)
{
    QByteArray key = customer.name().toUtf8();
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return key;
}

QString updatedKey(const Customer& customer)
{
    return customer.updatedAt() ? CustomerJson::formatTimestamp(*customer.updatedAt()) : QString();
}

// The column's key, then the id: -1, 0 or 1.
int compareBy(int column, const Customer& a, const Customer& b)
{
    const auto three = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
    int order = 0;
    switch (column) {
    case CustomerListModel::NameColumn:
        order = three(nameKey(a), nameKey(b));
        break;
    case CustomerListModel::ActiveColumn:
        order = three(int(a.isActive()), int(b.isActive()));
        break;
    case CustomerListModel::UsersColumn:
        order = three(a.userCount(), b.userCount());
        break;
    case CustomerListModel::UpdatedColumn:
        order = three(updatedKey(a), updatedKey(b));
        break;
    default:
        break;
    }
    return order != 0 ? order : three(a.id(), b.id());
}

QStringList idsOf(QList<Customer> customers, int column, Qt::SortOrder order)
{
    std::sort(customers.begin(), customers.end(), [&](const Customer& a, const Customer& b) {
        const int c = compareBy(column, a, b);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QStringList ids;
    for (const Customer& customer : customers)
        ids.append(customer.id());
    return ids;
}

QStringList shownIds(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(CustomerListModel::CustomerIdRole).toString());
    return ids;
}

} // namespace

class tst_CustomerSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void countsEveryCustomerButHoldsOnlyTheBlocksItRead();
    void sortsByEveryColumnInBothDirections_data();
    void sortsByEveryColumnInBothDirections();
    void statusFilterAndSearchTextBecomeTheQuery();
    void eachSearchReportsItsTime();
    void refreshKeepsRowsOnTheirCustomers();
    void rowOfIdFindsOnlyCustomersAmongTheResults();
    void testerFindsNoFaultThroughSearchesSortsAndRefreshes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
    QList<Customer> m_customers;
};

void tst_CustomerSearchModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"workspace.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
    m_customers = seedCustomers();
    CustomerMirror mirror(m_store);
    const auto generation = mirror.beginSync();
    QVERIFY(generation.isOk());
    QVERIFY(!mirror.storePage(generation.value(), m_customers));
    QVERIFY(mirror.completeSync(generation.value(), kCustomers).isOk());
}

void tst_CustomerSearchModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_CustomerSearchModel::countsEveryCustomerButHoldsOnlyTheBlocksItRead()
{
    CustomerSearchModel model(m_store);
    QCOMPARE(model.rowCount(), kCustomers);
    QCOMPARE(model.heldRows(), CustomerSearchModel::kBlockSize); // the first rows, which a view shows first

    QVERIFY(model.index(250, 0).data().isValid());
    QCOMPARE(model.heldRows(), 2 * CustomerSearchModel::kBlockSize);

    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0).data(CustomerListModel::CustomerIdRole).toString().isEmpty());
    QCOMPARE_LE(model.heldRows(), CustomerSearchModel::kMaxBlocks * CustomerSearchModel::kBlockSize);
    QCOMPARE(model.lastError(), std::nullopt);
}

void tst_CustomerSearchModel::sortsByEveryColumnInBothDirections_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < CustomerListModel::ColumnCount; ++column) {
        const char* name = QMetaEnum::fromType<CustomerListModel::Column>().valueToKey(column);
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

void tst_CustomerSearchModel::sortsByEveryColumnInBothDirections()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    CustomerSearchModel model(m_store);
    model.sort(column, order);
    QCOMPARE(shownIds(model), idsOf(m_customers, column, order));
    model.sort(-1, Qt::AscendingOrder); // the default: by name
    QCOMPARE(shownIds(model), idsOf(m_customers, CustomerListModel::NameColumn, Qt::AscendingOrder));
}

void tst_CustomerSearchModel::statusFilterAndSearchTextBecomeTheQuery()
{
    CustomerSearchModel model(m_store);
    const qsizetype active =
        std::count_if(m_customers.cbegin(), m_customers.cend(), [](const Customer& c) { return c.isActive(); });
    QVERIFY(active > 0 && active < kCustomers);

    model.setStatusFilter(Status::Active);
    QCOMPARE(model.rowCount(), active);
    model.setStatusFilter(Status::Inactive);
    QCOMPARE(model.rowCount(), kCustomers - active);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0).data(CustomerListModel::IsActiveRole).toBool());
    QVERIFY(model.isFiltering());
    QCOMPARE(model.totalCount(), kCustomers);

    // The first word of a name finds that customer; with the status filter, only if its status matches.
    const Customer& wanted = m_customers.at(42);
    const QString word = wanted.name().section(u' ', 0, 0).toLower();
    model.setStatusFilter(Status::All);
    model.setSearchText(word);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < kCustomers);
    QVERIFY(shownIds(model).contains(wanted.id()));
    const CustomerSearch search(m_store);
    QCOMPARE(model.rowCount(), search.count(SearchQuery::parse(word)).value());
    model.setStatusFilter(wanted.isActive() ? Status::Inactive : Status::Active);
    QVERIFY(!shownIds(model).contains(wanted.id()));
    QCOMPARE(model.rowCount(),
        search.count(SearchQuery::parse(word + (wanted.isActive() ? u" is:inactive"_s : u" is:active"_s))).value());

    model.setSearchText(u"zzzznothing"_s);
    QCOMPARE(model.rowCount(), 0);
}

void tst_CustomerSearchModel::eachSearchReportsItsTime()
{
    CustomerSearchModel model(m_store);
    QSignalSpy searched(&model, &CustomerSearchModel::searched);
    model.setSearchText(u"a"_s);
    QCOMPARE(searched.size(), 1);
    QCOMPARE(searched.first().at(0).toLongLong(), model.rowCount());
    QVERIFY(searched.first().at(1).toDouble() > 0);
    QCOMPARE(model.lastSearchMs(), searched.first().at(1).toDouble());
    model.setSearchText(u"a"_s); // the same: no new search
    QCOMPARE(searched.size(), 1);
}

void tst_CustomerSearchModel::refreshKeepsRowsOnTheirCustomers()
{
    CustomerSearchModel model(m_store);
    const int row = 150;
    const QPersistentModelIndex kept = model.index(row, CustomerListModel::NameColumn);
    const QString keptId = kept.data(CustomerListModel::CustomerIdRole).toString();

    Customer first = m_customers.at(0);
    first.setId(u"cus_00000000000000000000000000000001"_s);
    first.setName(u"AAA the first"_s);
    CustomerMirror mirror(m_store);
    QVERIFY(!mirror.put(first));
    model.refresh();
    QCOMPARE(model.rowCount(), kCustomers + 1);
    QCOMPARE(kept.row(), row + 1);
    QCOMPARE(kept.data(CustomerListModel::CustomerIdRole).toString(), keptId);
    QCOMPARE(model.index(0, 0).data().toString(), u"AAA the first"_s);

    // A rename moves the row; its persistent index follows.
    Customer renamed = m_customers.at(0);
    const QPersistentModelIndex moved = model.index(model.rowOfId(renamed.id()), 0);
    renamed.setName(u"zzz last of all"_s);
    QVERIFY(!mirror.put(renamed));
    model.refresh();
    QCOMPARE(moved.row(), model.rowCount() - 1);
    QCOMPARE(moved.data().toString(), u"zzz last of all"_s);
}

void tst_CustomerSearchModel::rowOfIdFindsOnlyCustomersAmongTheResults()
{
    CustomerSearchModel model(m_store);
    model.sort(CustomerListModel::UsersColumn, Qt::DescendingOrder);
    for (int row : {0, 99, 100, 201, kCustomers - 1}) {
        const QString id = model.index(row, 0).data(CustomerListModel::CustomerIdRole).toString();
        QCOMPARE(model.rowOfId(id), row);
    }
    const auto inactive =
        std::find_if(m_customers.cbegin(), m_customers.cend(), [](const Customer& c) { return !c.isActive(); });
    model.setStatusFilter(Status::Active);
    QCOMPARE(model.rowOfId(inactive->id()), -1);
    QCOMPARE(model.rowOfId(u"cus_unknown"_s), -1);
}

void tst_CustomerSearchModel::testerFindsNoFaultThroughSearchesSortsAndRefreshes()
{
    CustomerSearchModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(u"a"_s);
    model.sort(CustomerListModel::UpdatedColumn, Qt::DescendingOrder);
    model.setStatusFilter(Status::Active);
    model.setSearchText(QString());
    CustomerMirror mirror(m_store);
    Customer added = m_customers.at(3);
    added.setId(u"cus_00000000000000000000000000000002"_s);
    QVERIFY(!mirror.put(added));
    model.refresh();
    model.sort(-1, Qt::AscendingOrder);
    model.setStatusFilter(Status::All);
    QCOMPARE(model.rowCount(), kCustomers + 1);
}

QTEST_MAIN(tst_CustomerSearchModel)
#include "tst_customersearchmodel.moc"
