// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// CustomerListModel and CustomerFilterProxyModel against an in-process sandbox of 250 customers: pages load one at
// a time as fetchMore() is called, failures keep what is loaded, and the filter searches every page.

#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"
#include "tests/ui/ToolTipRendering.h"
#include "ui/customerlist/CustomerFilterProxyModel.h"
#include "ui/customerlist/CustomerListModel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Sandbox::RequestRecord;

namespace {

constexpr int kCustomers = 250;
constexpr int kPageSize = CustomerListModel::DefaultPageSize;

QString cursorOf(const RequestRecord& record)
{
    return QUrlQuery(record.query).queryItemValue(u"cursor"_s);
}

QStringList idsOf(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(CustomerListModel::CustomerIdRole).toString());
    return ids;
}

} // namespace

class tst_CustomerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageLoadsOnFetchMore();
    void fetchesEveryCustomerExactlyOnceInServerOrder();
    void neverHasTwoPagesInFlight();
    void failedPageKeepsRowsAndRetryContinuesFromTheCursor();
    void updateCustomerChangesTheRowInPlace();
    void updateOfACustomerNotLoadedChangesNothing();
    void insertCustomerAppendsOnlyOnceEveryPageIsLoaded();
    void reloadStartsOverFromTheFirstPage();
    void reloadDuringALoadDropsTheOldPage();
    void displayData_data();
    void displayData();
    void nameThatLooksLikeMarkupShowsAsText();
    void nullUpdatedAtShowsADash();
    void rolesCarryIdCustomerAndActivity();
    void sortRoleHoldsTypedValues();
    void statusFilterKeepsActiveOrDeactivated();
    void inactiveRowsAreGreyed();
    void headerNamesEveryColumn();
    void filterMatchesNameOrId_data();
    void filterMatchesNameOrId();
    void filterSearchesThePagesNotLoadedYet();
    void clearingTheFilterStopsTheBackgroundSearch();

private:
    // Creates the model and the proxy, each with a fatal model tester. Constructing the tester calls
    // fetchMore() as a view does, which asks for the first page.
    void makeModels();
    bool waitIdle();
    bool loadAll();
    QList<RequestRecord> listRequests() const;
    QList<Sandbox::CustomerRecord> storeCustomers() const { return server().store().customers(); }

    Sandbox::SandboxServer& server() const { return m_bed.server(); }
    ExpressClient* client() const { return &m_bed.client(); }

    ClientTestBed m_bed;
    std::unique_ptr<CustomerListModel> m_model;
    std::unique_ptr<CustomerFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void tst_CustomerListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_CustomerListModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_bed.restart(1, kCustomers, [](ClientOptions& options) {
        options.attemptTimeout = std::chrono::milliseconds(5000);
        options.maxRetries = 0;
        options.retryBaseDelay = std::chrono::milliseconds(1);
        options.retryMaxDelay = std::chrono::milliseconds(2);
    }));
}

void tst_CustomerListModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    m_bed.stop();
}

void tst_CustomerListModel::makeModels()
{
    m_model = std::make_unique<CustomerListModel>(client());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxy = std::make_unique<CustomerFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

bool tst_CustomerListModel::waitIdle()
{
    return QTest::qWaitFor([this] { return !m_model->isLoading(); }, 10000);
}

bool tst_CustomerListModel::loadAll()
{
    for (int guard = 0; guard < 100 && (m_model->isLoading() || m_model->canFetchMore()); ++guard) {
        m_model->fetchMore();
        if (!waitIdle())
            return false;
    }
    return m_model->isComplete();
}

QList<RequestRecord> tst_CustomerListModel::listRequests() const
{
    QList<RequestRecord> list;
    for (const RequestRecord& record : m_bed.records("GET")) {
        if (record.path == u"/v1/express"_s)
            list.append(record);
    }
    return list;
}

void tst_CustomerListModel::firstPageLoadsOnFetchMore()
{
    m_model = std::make_unique<CustomerListModel>(client());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->canFetchMore());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->isComplete());
    QSignalSpy loading(m_model.get(), &CustomerListModel::loadingChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QCoreApplication::processEvents();
    QVERIFY(listRequests().isEmpty()); // nothing before fetchMore()

    // The tester calls fetchMore() at once, as a view does when it is shown; asking again changes nothing.
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->fetchMore();

    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore()); // while a page is on its way
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), kPageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), kPageSize - 1);
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    const QList<RequestRecord> requests = listRequests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(cursorOf(requests.first()).isEmpty());
    QCOMPARE(QUrlQuery(requests.first().query).queryItemValue(u"limit"_s), QString::number(kPageSize));
    QVERIFY(m_model->canFetchMore());
    QVERIFY(!m_model->isComplete());
}

void tst_CustomerListModel::fetchesEveryCustomerExactlyOnceInServerOrder()
{
    makeModels();
    int pages = 0;
    while (m_model->canFetchMore() || m_model->isLoading()) {
        m_model->fetchMore();
        QVERIFY(waitIdle());
        QVERIFY(++pages <= kCustomers / kPageSize + 1);
    }
    QVERIFY(m_model->isComplete());
    QVERIFY(!m_model->canFetchMore());
    QCOMPARE(m_model->rowCount(), kCustomers);
    const QStringList ids = idsOf(*m_model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kCustomers);
    QStringList expected;
    for (const Sandbox::CustomerRecord& record : storeCustomers())
        expected.append(record.id);
    QCOMPARE(ids, expected);
    QCOMPARE(listRequests().size(), kCustomers / kPageSize);
    m_model->fetchMore(); // at the end: nothing more is asked
    QVERIFY(!m_model->isLoading());
    QCOMPARE(listRequests().size(), kCustomers / kPageSize);
}

void tst_CustomerListModel::neverHasTwoPagesInFlight()
{
    QVERIFY(server().addFault(u"latency=20"_s));
    makeModels();
    // Ask for more as fast as possible, as a view being scrolled would, and watch the server.
    int maxPending = 0;
    int maxCalls = 0;
    QTimer hammer;
    hammer.setInterval(1);
    connect(&hammer, &QTimer::timeout, this, [&] {
        m_model->fetchMore();
        m_model->fetchMore();
        maxPending = qMax(maxPending, server().pendingCount());
        maxCalls = qMax(maxCalls, client()->callsInFlight());
    });
    hammer.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isComplete(), 20000);
    hammer.stop();
    QCOMPARE(maxPending, 1);
    QCOMPARE(maxCalls, 1);
    QCOMPARE(m_model->rowCount(), kCustomers);
    const QList<RequestRecord> requests = listRequests();
    QCOMPARE(requests.size(), kCustomers / kPageSize);
    QStringList cursors;
    for (const RequestRecord& record : requests)
        cursors.append(cursorOf(record));
    QCOMPARE(QSet<QString>(cursors.cbegin(), cursors.cend()).size(), cursors.size()); // no page asked twice
}

void tst_CustomerListModel::failedPageKeepsRowsAndRetryContinuesFromTheCursor()
{
    makeModels();
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), kPageSize);
    const QStringList firstPage = idsOf(*m_model);
    QVERIFY(server().addFault(u"status=500,count=3"_s));
    for (int i = 0; i < 3; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^customer list: a page failed"_s));
    QSignalSpy failed(m_model.get(), &CustomerListModel::loadFailed);

    m_model->fetchMore();
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(m_model->lastError()->httpStatus, 500);
    QCOMPARE(m_model->rowCount(), kPageSize);
    QCOMPARE(idsOf(*m_model), firstPage);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore()); // views must not retry on their own
    QVERIFY(!m_model->isComplete());

    for (int attempt = 2; attempt <= 3; ++attempt) {
        m_model->retry();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.size(), attempt);
        QCOMPARE(m_model->rowCount(), kPageSize);
    }
    m_model->retry();
    QVERIFY(waitIdle());
    QCOMPARE(failed.size(), 3);
    QVERIFY(!m_model->lastError());
    QCOMPARE(m_model->rowCount(), 2 * kPageSize);
    QCOMPARE(idsOf(*m_model).mid(0, kPageSize), firstPage);
    const QStringList ids = idsOf(*m_model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 2 * kPageSize);

    // One request for page 1, then four for page 2, all from the cursor page 1 gave.
    const QList<RequestRecord> requests = listRequests();
    QCOMPARE(requests.size(), 5);
    QVERIFY(cursorOf(requests.at(0)).isEmpty());
    const QString cursor = cursorOf(requests.at(1));
    QVERIFY(!cursor.isEmpty());
    for (int i = 1; i < requests.size(); ++i)
        QCOMPARE(cursorOf(requests.at(i)), cursor);
    QCOMPARE(requests.at(1).status, 500);
    QCOMPARE(requests.at(4).status, 200);
}

void tst_CustomerListModel::updateCustomerChangesTheRowInPlace()
{
    makeModels();
    QVERIFY(waitIdle());
    const int row = 3;
    Customer customer = m_model->customerAt(row);
    customer.setName(u"Renamed Imaging Center"_s);
    customer.setActive(!customer.isActive());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_model->updateCustomer(customer));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(row, CustomerListModel::ColumnCount - 1));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowOfId(customer.id()), row);
    QCOMPARE(m_model->index(row, CustomerListModel::NameColumn).data().toString(), u"Renamed Imaging Center"_s);
    QCOMPARE(m_model->index(row, 0).data(CustomerListModel::IsActiveRole).toBool(), customer.isActive());
    QCOMPARE(m_model->customerAt(row), customer);

    changed.clear();
    QVERIFY(m_model->updateCustomer(customer)); // the same again: nothing to repaint
    QCOMPARE(changed.size(), 0);
}

void tst_CustomerListModel::updateOfACustomerNotLoadedChangesNothing()
{
    makeModels();
    QVERIFY(waitIdle());
    Customer notLoaded;
    notLoaded.setId(storeCustomers().at(kPageSize + 10).id);
    notLoaded.setName(u"Elsewhere"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    QVERIFY(!m_model->updateCustomer(notLoaded));
    QVERIFY(!m_model->insertCustomer(notLoaded)); // its page will bring it, in its place

    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), kPageSize);
    QCOMPARE(m_model->rowOfId(notLoaded.id()), -1);
}

void tst_CustomerListModel::insertCustomerAppendsOnlyOnceEveryPageIsLoaded()
{
    makeModels();
    QVERIFY(loadAll());
    Customer created;
    created.setId(u"cus_0123456789abcdef0123456789abcdef"_s);
    created.setName(u"Brand New Clinic"_s);
    created.setActive(true);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    QVERIFY(m_model->insertCustomer(created));

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), kCustomers + 1);
    QCOMPARE(m_model->rowOfId(created.id()), kCustomers);
    created.setName(u"Brand New Clinic (renamed)"_s);
    QVERIFY(m_model->insertCustomer(created)); // known now: updated, not added twice
    QCOMPARE(m_model->rowCount(), kCustomers + 1);
    QCOMPARE(m_model->customerAt(kCustomers).name(), created.name());
}

void tst_CustomerListModel::reloadStartsOverFromTheFirstPage()
{
    makeModels();
    QVERIFY(waitIdle());
    m_model->fetchMore();
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), 2 * kPageSize);
    server().requestLog().clear();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->reload();

    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->isLoading());
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), kPageSize);
    const QList<RequestRecord> requests = listRequests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(cursorOf(requests.first()).isEmpty());
    QVERIFY(m_model->canFetchMore());
}

void tst_CustomerListModel::reloadDuringALoadDropsTheOldPage()
{
    makeModels();
    QVERIFY(waitIdle());
    QVERIFY(server().addFault(u"latency=200,count=1"_s));
    m_model->fetchMore(); // page 2, slow
    QVERIFY(m_model->isLoading());
    QSignalSpy loading(m_model.get(), &CustomerListModel::loadingChanged);
    QSignalSpy failed(m_model.get(), &CustomerListModel::loadFailed);

    m_model->reload();

    QVERIFY(m_model->isLoading());
    QCOMPARE(loading.size(), 0); // loading all along: no flicker
    QVERIFY(waitIdle());
    QCOMPARE(failed.size(), 0); // the cancelled page is no failure
    QTRY_COMPARE(server().pendingCount(), 0);
    QCOMPARE(m_model->rowCount(), kPageSize);
    QStringList expected;
    for (const Sandbox::CustomerRecord& record : storeCustomers().mid(0, kPageSize))
        expected.append(record.id);
    QCOMPARE(idsOf(*m_model), expected);
}

void tst_CustomerListModel::displayData_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("toolTip");

    const QDateTime updated(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC);
    const QString local = QLocale().toString(updated.toLocalTime().date(), QLocale::ShortFormat);
    QTest::newRow("name") << int(CustomerListModel::NameColumn) << u"Lakeside Imaging"_s << u"Lakeside Imaging"_s;
    QTest::newRow("id") << int(CustomerListModel::IdColumn) << u"cus_0123456789abcdef0123456789abcdef"_s
                        << u"cus_0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("active (deactivated)") << int(CustomerListModel::ActiveColumn) << u"No"_s << u"Deactivated"_s;
    QTest::newRow("users, locale digits") << int(CustomerListModel::UsersColumn) << u"1,234"_s << u"1,234 user"_s;
    QTest::newRow("updated, local date; tooltip local time and ISO UTC")
        << int(CustomerListModel::UpdatedColumn) << local
        << QLocale().toString(updated.toLocalTime(), QLocale::LongFormat) + u" (2024-03-05T14:07:09.123Z)"_s;
}

void tst_CustomerListModel::displayData()
{
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QString, toolTip);
    makeModels();
    QVERIFY(loadAll());
    Customer customer;
    customer.setId(u"cus_0123456789abcdef0123456789abcdef"_s);
    customer.setName(u"Lakeside Imaging"_s);
    customer.setActive(false);
    customer.setUserCount(1234);
    customer.setUpdatedAt(QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC));
    QVERIFY(m_model->insertCustomer(customer));
    const QModelIndex index = m_model->index(m_model->rowOfId(customer.id()), column);

    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QVERIFY2(ToolTipRendering::shownText(index.data(Qt::ToolTipRole).toString()).startsWith(toolTip),
        qPrintable(index.data(Qt::ToolTipRole).toString()));
    QCOMPARE(index.flags(), Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    QVERIFY(!index.data(Qt::EditRole).isValid() || index.data(Qt::EditRole) == index.data(Qt::DisplayRole));
}

void tst_CustomerListModel::nameThatLooksLikeMarkupShowsAsText()
{
    makeModels();
    QVERIFY(loadAll());
    Customer customer = m_model->customerAt(0);
    customer.setName(u"<b>x</b> & co"_s);
    QVERIFY(m_model->updateCustomer(customer));
    const QModelIndex index = m_model->index(0, CustomerListModel::NameColumn);
    QCOMPARE(index.data().toString(), u"<b>x</b> & co"_s);
    QCOMPARE(ToolTipRendering::shownText(index.data(Qt::ToolTipRole).toString()), u"<b>x</b> & co"_s);
}

void tst_CustomerListModel::nullUpdatedAtShowsADash()
{
    makeModels();
    QVERIFY(waitIdle());
    Customer customer = m_model->customerAt(0);
    customer.setUpdatedAt(std::nullopt);
    QVERIFY(m_model->updateCustomer(customer));
    const QModelIndex index = m_model->index(0, CustomerListModel::UpdatedColumn);
    QCOMPARE(index.data().toString(), u"\u2014"_s);
    QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_CustomerListModel::rolesCarryIdCustomerAndActivity()
{
    makeModels();
    QVERIFY(waitIdle());
    const QList<Sandbox::CustomerRecord> store = storeCustomers();
    for (int row = 0; row < kPageSize; ++row) {
        for (int column = 0; column < CustomerListModel::ColumnCount; ++column) {
            const QModelIndex index = m_model->index(row, column);
            QCOMPARE(index.data(CustomerListModel::CustomerIdRole).toString(), store.at(row).id);
            QCOMPARE(index.data(CustomerListModel::IsActiveRole).toBool(), store.at(row).active);
            const Customer customer = index.data(CustomerListModel::CustomerRole).value<Customer>();
            QCOMPARE(customer.id(), store.at(row).id);
            QCOMPARE(customer.name(), store.at(row).name);
            QCOMPARE(customer.userCount(), store.at(row).members.size());
        }
        QCOMPARE(m_model->rowOfId(store.at(row).id), row);
        QCOMPARE(m_model->index(row, CustomerListModel::ActiveColumn).data().toString(),
            store.at(row).active ? u"Yes"_s : u"No"_s);
    }
}

void tst_CustomerListModel::sortRoleHoldsTypedValues()
{
    makeModels();
    QVERIFY(waitIdle());
    const QList<Sandbox::CustomerRecord> store = storeCustomers();
    for (int row = 0; row < kPageSize; ++row) {
        const auto sortValue = [this, row](int column) {
            return m_model->index(row, column).data(CustomerListModel::SortRole);
        };
        QCOMPARE(sortValue(CustomerListModel::NameColumn), QVariant(store.at(row).name));
        QCOMPARE(sortValue(CustomerListModel::IdColumn), QVariant(store.at(row).id));
        QCOMPARE(sortValue(CustomerListModel::ActiveColumn), QVariant(store.at(row).active));
        // A number, not the display text ("1,234" sorts before "9" as text).
        QCOMPARE(sortValue(CustomerListModel::UsersColumn).typeId(), QMetaType::LongLong);
        QCOMPARE(sortValue(CustomerListModel::UsersColumn).toLongLong(), store.at(row).members.size());
        QCOMPARE(sortValue(CustomerListModel::UpdatedColumn).typeId(), QMetaType::QDateTime);
        const QDateTime updated = sortValue(CustomerListModel::UpdatedColumn).toDateTime();
        QCOMPARE(updated, store.at(row).updatedAt.isValid() ? store.at(row).updatedAt : QDateTime());
    }
}

void tst_CustomerListModel::statusFilterKeepsActiveOrDeactivated()
{
    makeModels();
    QVERIFY(loadAll());
    const QList<Sandbox::CustomerRecord> store = storeCustomers();
    const auto count = [&store](bool active) {
        return static_cast<int>(std::count_if(
            store.begin(), store.end(), [active](const Sandbox::CustomerRecord& r) { return r.active == active; }));
    };
    QVERIFY(count(false) > 0);

    m_proxy->setStatusFilter(CustomerFilterProxyModel::StatusFilter::Inactive);
    QVERIFY(m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(), count(false));
    m_proxy->setStatusFilter(CustomerFilterProxyModel::StatusFilter::Active);
    QCOMPARE(m_proxy->rowCount(), count(true));
    // A customer deactivated elsewhere leaves the active ones.
    Customer first = m_model->customerAt(m_model->rowOfId(store.at(0).active ? store.at(0).id : store.at(1).id));
    QVERIFY(first.isActive());
    first.setActive(false);
    QVERIFY(m_model->updateCustomer(first));
    QCOMPARE(m_proxy->rowCount(), count(true) - 1);
    m_proxy->setStatusFilter(CustomerFilterProxyModel::StatusFilter::All);
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(), static_cast<int>(store.size()));
}

void tst_CustomerListModel::inactiveRowsAreGreyed()
{
    makeModels();
    QVERIFY(waitIdle());
    Customer active = m_model->customerAt(0);
    active.setActive(true);
    Customer inactive = m_model->customerAt(1);
    inactive.setActive(false);
    QVERIFY(m_model->updateCustomer(active));
    QVERIFY(m_model->updateCustomer(inactive));
    const QColor disabledText = QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    for (int column = 0; column < CustomerListModel::ColumnCount; ++column) {
        QVERIFY(!m_model->index(0, column).data(Qt::ForegroundRole).isValid());
        QCOMPARE(m_model->index(1, column).data(Qt::ForegroundRole).value<QBrush>().color(), disabledText);
    }
}

void tst_CustomerListModel::headerNamesEveryColumn()
{
    makeModels();
    const QStringList expected {u"Name"_s, u"Id"_s, u"Active"_s, u"Users"_s, u"Updated"_s};
    QCOMPARE(m_model->columnCount(), expected.size());
    for (int column = 0; column < expected.size(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
        QCOMPARE(m_proxy->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
    QVERIFY(!m_model->headerData(CustomerListModel::ColumnCount, Qt::Horizontal).isValid());
}

void tst_CustomerListModel::filterMatchesNameOrId_data()
{
    QTest::addColumn<QString>("filter");

    QTest::newRow("part of a name, other case") << u"lAkEsIdE"_s;
    QTest::newRow("a word of a department") << u"cardiology"_s;
    QTest::newRow("an id prefix") << u"id-prefix"_s; // replaced by a real prefix below
    QTest::newRow("a whole id, padded") << u"whole-id"_s;
    QTest::newRow("nothing matches") << u"zzz-no-such-customer"_s;
}

void tst_CustomerListModel::filterMatchesNameOrId()
{
    QFETCH(QString, filter);
    const QList<Sandbox::CustomerRecord> store = storeCustomers();
    if (filter == u"id-prefix"_s)
        filter = store.at(7).id.left(7); // "cus_" and 3 hex digits
    else if (filter == u"whole-id"_s)
        filter = u"  "_s + store.at(42).id + u" "_s;
    makeModels();
    QVERIFY(loadAll());

    m_proxy->setFilterText(filter);

    const QString needle = filter.trimmed();
    QStringList expected;
    for (const Sandbox::CustomerRecord& record : store) {
        if (record.name.contains(needle, Qt::CaseInsensitive) || record.id.contains(needle, Qt::CaseInsensitive))
            expected.append(record.id);
    }
    QCOMPARE(idsOf(*m_proxy), expected);
    if (!filter.startsWith(u"zzz"_s))
        QVERIFY(!expected.isEmpty());
    QVERIFY(!m_proxy->isSearchingMore()); // everything is loaded

    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), kCustomers);
}

void tst_CustomerListModel::filterSearchesThePagesNotLoadedYet()
{
    makeModels();
    QVERIFY(waitIdle());
    QCOMPARE(m_model->rowCount(), kPageSize);
    const Sandbox::CustomerRecord last = storeCustomers().constLast();
    const QString prefix = last.id.left(10);
    QSignalSpy searching(m_proxy.get(), &CustomerFilterProxyModel::searchingMoreChanged);

    m_proxy->setFilterText(prefix);

    QVERIFY(m_proxy->isSearchingMore());
    QTRY_VERIFY_WITH_TIMEOUT(!m_proxy->isSearchingMore(), 20000);
    QVERIFY(m_model->isComplete());
    QCOMPARE(m_model->rowCount(), kCustomers);
    QVERIFY(idsOf(*m_proxy).contains(last.id));
    QCOMPARE(searching.size(), 2);
    QCOMPARE(listRequests().size(), kCustomers / kPageSize);
}

void tst_CustomerListModel::clearingTheFilterStopsTheBackgroundSearch()
{
    QVERIFY(server().addFault(u"latency=100"_s));
    makeModels();
    QVERIFY(waitIdle());
    m_proxy->setFilterText(u"zzz-no-such-customer"_s);
    // Clear the filter while the background search has a page on its way, before the last page.
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoading() && listRequests().size() >= 2 && listRequests().size() < 5, 10000);
    const qsizetype requested = listRequests().size();

    m_proxy->setFilterText(QString());

    QVERIFY(!m_proxy->isSearchingMore());
    QVERIFY(waitIdle());
    QCoreApplication::processEvents(); // the proxy decides on the next turn of the event loop
    QVERIFY(!m_model->isLoading());
    QCOMPARE(listRequests().size(), requested);
    QCOMPARE(m_model->rowCount(), int(requested) * kPageSize);
    QVERIFY(m_model->canFetchMore());
}

QTEST_MAIN(tst_CustomerListModel)
#include "tst_customerlistmodel.moc"
