// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The customer list served from the workspace (WorkspaceListController, CustomerListPanel, SyncIndicator) against an
// in-process sandbox of 250 customers: a sync fills the store and the list, typing in the filter box searches the
// store, the status filter and header clicks become the query, a warm start shows the mirror while the network stays
// silent, the selection stays on its customer while pages arrive, and without a workspace the list pages the API.

#include "core/store/CustomerSearch.h"
#include "core/sync/CustomerSync.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"
#include "ui/customerlist/CustomerFilterProxyModel.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/CustomerSearchModel.h"
#include "ui/customerlist/ListArea.h"
#include "ui/customerlist/SyncIndicator.h"
#include "ui/customerlist/WorkspaceListController.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kCustomers = 250;

} // namespace

class tst_WorkspaceList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void syncFillsTheListAndTypingSearchesTheStore();
    void statusFilterAndHeaderClicksQueryTheStore();
    void warmStartShowsTheMirrorBeforeTheNetworkAnswers();
    void selectionStaysOnItsCustomerWhilePagesArrive();
    void aSavedCustomerShowsInTheListAtOnce();
    void reloadSyncsAgain();
    void withoutAWorkspaceTheListPagesTheApi();

private:
    void connectList(bool workspace = true);
    SyncOutcome waitForSync();
    CustomerListPanel* panel() const { return m_area->panel(); }
    CustomerSearchModel* model() const { return panel()->searchModel(); }
    QTableView* view() const { return panel()->view(); }
    QLineEdit* filter() const { return panel()->findChild<QLineEdit*>(u"customerFilter"_s); }
    QString statusText() const { return panel()->findChild<QLabel*>(u"customerStatus"_s)->text(); }
    qint64 storeCount(const QString& text) const
    {
        return CustomerSearch(m_store).count(SearchQuery::parse(text)).value();
    }

    ClientTestBed m_bed;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<QWidget> m_window;
    ListArea* m_area = nullptr;
    QStatusBar* m_bar = nullptr;
    WorkspaceListController* m_controller = nullptr;
    std::unique_ptr<QSignalSpy> m_finished;
};

void tst_WorkspaceList::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_WorkspaceList::init()
{
    QVERIFY(m_bed.restart(5, kCustomers, [](ClientOptions& options) { options.maxRetries = 0; }));
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"workspace.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
    m_window = std::make_unique<QWidget>();
    m_area = new ListArea;
    m_bar = new QStatusBar;
    auto* layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_area, 1);
    layout->addWidget(m_bar);
    m_controller = new WorkspaceListController(m_area, m_bar, m_window.get());
    m_finished = std::make_unique<QSignalSpy>(m_controller, &WorkspaceListController::syncFinished);
    m_window->resize(900, 600);
}

void tst_WorkspaceList::cleanup()
{
    m_finished.reset();
    m_window.reset();
    m_store.reset();
    m_dir.reset();
    m_bed.stop();
}

void tst_WorkspaceList::connectList(bool workspace)
{
    m_area->setClient(&m_bed.client(), {}, {});
    m_controller->setWorkspace(&m_bed.client(), workspace ? m_store : nullptr);
    m_window->show();
}

SyncOutcome tst_WorkspaceList::waitForSync()
{
    const qsizetype before = m_finished->size();
    if (!QTest::qWaitFor([&] { return m_finished->size() > before; }, 20000))
        qFatal("the sync did not finish");
    return m_finished->last().first().value<SyncOutcome>();
}

void tst_WorkspaceList::syncFillsTheListAndTypingSearchesTheStore()
{
    connectList();
    QCOMPARE(waitForSync().status, SyncOutcome::Status::Completed);
    QVERIFY(model());
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view()->model(), model());
    QCOMPARE(model()->rowCount(), kCustomers);
    QVERIFY2(
        statusText().startsWith(u"250 customer"_s) && !statusText().contains(u" as of "_s), qPrintable(statusText()));
    QVERIFY2(filter()->placeholderText().contains(u"key:value"_s), qPrintable(filter()->placeholderText()));
    QVERIFY(filter()->toolTip().contains(u"is:active"_s));

    // A prefix of a name's first word, typed key by key: the list shows what the store finds.
    const QString name = model()->index(7, 0).data().toString();
    const QString prefix = name.section(u' ', 0, 0).left(3).toLower();
    QTest::keyClicks(filter(), prefix);
    QTRY_COMPARE(model()->searchText(), prefix);
    QCOMPARE(model()->rowCount(), storeCount(prefix));
    QVERIFY(model()->rowCount() < kCustomers);
    QVERIFY2(statusText().contains(u" of 250 customer"_s) && statusText().contains(u" match ("_s)
            && statusText().endsWith(u" ms)"_s),
        qPrintable(statusText()));

    // A metadata key of a customer: "key:" finds every customer that has it.
    QString key;
    for (int row = 0; row < model()->rowCount() && key.isEmpty(); ++row) {
        const auto customer = model()->index(row, 0).data(CustomerListModel::CustomerRole).value<Customer>();
        if (!customer.metadata().isEmpty())
            key = customer.metadata().keys().first();
    }
    QVERIFY(!key.isEmpty());
    QTest::keyClick(filter(), Qt::Key_Escape); // clears the box
    QTest::keyClicks(filter(), key + u':');
    QTRY_COMPARE(model()->searchText(), key + u':');
    QCOMPARE(model()->rowCount(), storeCount(key + u':'));
    QVERIFY(model()->rowCount() > 0);
}

void tst_WorkspaceList::statusFilterAndHeaderClicksQueryTheStore()
{
    connectList();
    QCOMPARE(waitForSync().status, SyncOutcome::Status::Completed);
    auto* status = panel()->findChild<QComboBox*>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(QVariant::fromValue(CustomerFilterProxyModel::StatusFilter::Inactive)));
    QCOMPARE(model()->rowCount(), storeCount(u"is:inactive"_s));
    QVERIFY(model()->rowCount() > 0);
    for (int row = 0; row < model()->rowCount(); ++row)
        QVERIFY(!model()->index(row, 0).data(CustomerListModel::IsActiveRole).toBool());

    QHeaderView* header = view()->horizontalHeader();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const int x = header->sectionViewportPosition(CustomerListModel::UsersColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(model()->order().key, SearchOrder::Key::Users);
    qint64 previous = -1;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const qint64 users =
            model()->index(row, CustomerListModel::UsersColumn).data(CustomerListModel::SortRole).toLongLong();
        QCOMPARE_GE(users, previous);
        previous = users;
    }
}

void tst_WorkspaceList::warmStartShowsTheMirrorBeforeTheNetworkAnswers()
{
    {
        CustomerSync first(&m_bed.client(), m_store);
        QSignalSpy done(&first, &CustomerSync::finished);
        first.start();
        QVERIFY(done.wait(20000));
    }
    QVERIFY(m_bed.server().addFault(u"hang,count=always"_s));
    connectList();
    // At once, before any answer: the mirror, marked with its age.
    QCOMPARE(model()->rowCount(), kCustomers);
    QVERIFY2(statusText().startsWith(u"250 customer"_s) && statusText().endsWith(u" as of just now — syncing…"_s),
        qPrintable(statusText()));

    auto* indicator = m_controller->indicator();
    QTRY_VERIFY(m_controller->sync()->isRunning());
    QVERIFY(indicator->isVisible());
    QVERIFY2(indicator->label()->text() == u"Syncing customers… 0 of 250"_s, qPrintable(indicator->label()->text()));
    QTest::qWait(200);
    QCOMPARE(m_finished->size(), 0); // the network stays silent

    QVERIFY(indicator->cancelButton()->isVisible());
    QTest::mouseClick(indicator->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(m_finished->size(), 1); // at once
    QCOMPARE(m_finished->first().first().value<SyncOutcome>().status, SyncOutcome::Status::Cancelled);
    QVERIFY(!m_controller->sync()->isRunning());
    QCOMPARE(model()->rowCount(), kCustomers);
    QVERIFY2(statusText().startsWith(u"250 customer"_s) && statusText().endsWith(u" as of just now"_s),
        qPrintable(statusText()));
}

void tst_WorkspaceList::selectionStaysOnItsCustomerWhilePagesArrive()
{
    QVERIFY(m_bed.server().addFault(u"latency=100,count=always"_s));
    connectList();
    QTRY_VERIFY(model()->rowCount() > 0);
    QVERIFY(model()->rowCount() < kCustomers);
    QVERIFY2(statusText().endsWith(u"so far — syncing…"_s), qPrintable(statusText()));
    const QModelIndex chosen = model()->index(model()->rowCount() / 2, CustomerListModel::NameColumn);
    const QString id = chosen.data(CustomerListModel::CustomerIdRole).toString();
    view()->setCurrentIndex(chosen);

    QCOMPARE(waitForSync().status, SyncOutcome::Status::Completed);
    QCOMPARE(model()->rowCount(), kCustomers);
    QCOMPARE(view()->currentIndex().data(CustomerListModel::CustomerIdRole).toString(), id);
    QCOMPARE(panel()->currentCustomerId(), id);
    QVERIFY(view()->selectionModel()->isRowSelected(view()->currentIndex().row()));
    QVERIFY2(statusText().startsWith(u"250 customer"_s) && !statusText().contains(u"sync"_s), qPrintable(statusText()));
}

void tst_WorkspaceList::aSavedCustomerShowsInTheListAtOnce()
{
    connectList();
    QCOMPARE(waitForSync().status, SyncOutcome::Status::Completed);
    auto customer = model()->index(3, 0).data(CustomerListModel::CustomerRole).value<Customer>();
    view()->setCurrentIndex(model()->index(3, 0));
    customer.setName(u"Zz renamed in this app"_s);
    customer.setActive(!customer.isActive());
    m_controller->showCustomer(customer);
    const int row = model()->rowOfId(customer.id());
    QCOMPARE(model()->index(row, 0).data().toString(), u"Zz renamed in this app"_s);
    QCOMPARE(model()->index(row, 0).data(CustomerListModel::IsActiveRole).toBool(), customer.isActive());
    QCOMPARE(view()->currentIndex().row(), row); // the selection went with it
}

void tst_WorkspaceList::reloadSyncsAgain()
{
    connectList();
    QCOMPARE(waitForSync().status, SyncOutcome::Status::Completed);
    QTRY_VERIFY(!m_controller->sync()->isRunning());
    m_controller->reload();
    QVERIFY(m_controller->sync()->isRunning());
    QCOMPARE(waitForSync().status, SyncOutcome::Status::Completed);
    QCOMPARE(m_finished->size(), 2);
}

void tst_WorkspaceList::withoutAWorkspaceTheListPagesTheApi()
{
    connectList(false);
    QVERIFY(!m_controller->isServingFromStore());
    QCOMPARE(model(), nullptr);
    QCOMPARE(view()->model(), panel()->proxyModel());
    QTRY_COMPARE(panel()->model()->rowCount(), CustomerListModel::DefaultPageSize);
    QVERIFY(filter()->placeholderText().contains(u"name or id"_s));
    QVERIFY(!m_controller->indicator()->isVisible());
    QTest::qWait(100);
    QCOMPARE(m_finished->size(), 0);
}

QTEST_MAIN(tst_WorkspaceList)
#include "tst_workspacelist.moc"
