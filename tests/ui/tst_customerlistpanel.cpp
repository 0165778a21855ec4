// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// CustomerListPanel driven through its widgets against an in-process sandbox of 250 customers: the table loads
// pages as it scrolls, the filters narrow it, headers sort it, "open by id" checks what is typed, and rows open
// on a click and on Enter.

#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"
#include "ui/customerlist/CustomerFilterProxyModel.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Sandbox::RequestRecord;

namespace {

constexpr int kCustomers = 250;
constexpr int kPageSize = CustomerListModel::DefaultPageSize;

} // namespace

class tst_CustomerListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showingLoadsOnePageAndScrollingLoadsTheNext();
    void busyIndicatorShowsWhilePagesLoad();
    void typingInTheFilterNarrowsRowsAcrossAllPages();
    void escapeClearsTheFilterAndDownGoesToTheList();
    void invalidIdIsFlaggedAndEnterOpensNothing_data();
    void invalidIdIsFlaggedAndEnterOpensNothing();
    void pastedIdWithSpacesOpensTheTrimmedId();
    void aClickOrEnterOpensARow_data();
    void aClickOrEnterOpensARow();
    void arrowKeysMoveWithoutOpening();
    void clickingAHeaderSortsTheLoadedRows();
    void sortingKeepsPagesComingAndSortsThemIn();
    void statusFilterCombinesWithTheTextFilter();
    void theListAsksForRoomForUsualNames();
    void everyTabStopIsVisible();
    void currentRowIsReported();
    void ctrlFFocusesTheFilter();
    void failedPageShowsAnErrorLineAndRetryContinues();
    void headerStateRoundTrips();
    void everyInputHasAnAccessibleName();

private:
    bool showPanel();
    QList<RequestRecord> listRequests() const;
    QString statusText() const;

    Sandbox::SandboxServer& server() const { return m_bed.server(); }
    ExpressClient* client() const { return &m_bed.client(); }

    ClientTestBed m_bed;
    std::unique_ptr<CustomerListPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLineEdit* m_openById = nullptr;
};

void tst_CustomerListPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_CustomerListPanel::init()
{
    // Any warning fails, except the offscreen platform's own notes ("This plugin does not support ...").
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
    QVERIFY(m_bed.restart(1, kCustomers, [](ClientOptions& options) {
        options.attemptTimeout = std::chrono::milliseconds(5000);
        options.maxRetries = 0;
    }));
    m_panel = std::make_unique<CustomerListPanel>(client());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_panel->proxyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_view = m_panel->findChild<QTableView*>(u"customerList"_s);
    m_filter = m_panel->findChild<QLineEdit*>(u"customerFilter"_s);
    m_openById = m_panel->findChild<QLineEdit*>(u"openById"_s);
    QVERIFY(m_view);
    QVERIFY(m_filter);
    QVERIFY(m_openById);
}

void tst_CustomerListPanel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_panel.reset();
    m_bed.stop();
}

bool tst_CustomerListPanel::showPanel()
{
    m_panel->resize(900, 500);
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    if (!QTest::qWaitForWindowActive(m_panel.get()))
        return false;
    // The view asks for the first page once it is laid out; it fills the viewport, so one page is enough.
    return QTest::qWaitFor(
        [this] { return m_panel->model()->rowCount() == kPageSize && !m_panel->model()->isLoading(); }, 10000);
}

QList<RequestRecord> tst_CustomerListPanel::listRequests() const
{
    QList<RequestRecord> list;
    for (const RequestRecord& record : m_bed.records("GET")) {
        if (record.path == u"/v1/express"_s)
            list.append(record);
    }
    return list;
}

QString tst_CustomerListPanel::statusText() const
{
    const auto* label = m_panel->findChild<QLabel*>(u"customerStatus"_s);
    return label != nullptr ? label->text() : u"<no status label>"_s;
}

void tst_CustomerListPanel::showingLoadsOnePageAndScrollingLoadsTheNext()
{
    QVERIFY(listRequests().isEmpty()); // nothing loads before the panel is shown
    QVERIFY(showPanel());
    QCoreApplication::processEvents();
    QCOMPARE(listRequests().size(), 1);
    QVERIFY2(statusText().startsWith(u"50 customer"_s), qPrintable(statusText()));
    QVERIFY2(statusText().contains(u"more available"_s), qPrintable(statusText()));

    m_view->scrollToBottom();
    QTRY_COMPARE(m_panel->model()->rowCount(), 2 * kPageSize);
    QTRY_VERIFY(!m_panel->model()->isLoading());
    QCOMPARE(listRequests().size(), 2);

    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_End);
    QCOMPARE(m_view->currentIndex().row(), 2 * kPageSize - 1); // End goes to the last row, not the last column
    QTRY_COMPARE(m_panel->model()->rowCount(), 3 * kPageSize);
    QTRY_VERIFY2(statusText().startsWith(u"150 customer"_s), qPrintable(statusText()));

    // Down to the end: the last page says hasMore false, and the status says so.
    while (!m_panel->model()->isComplete()) {
        const int before = m_panel->model()->rowCount();
        QTest::keyClick(m_view, Qt::Key_End);
        QTRY_VERIFY(m_panel->model()->rowCount() > before && !m_panel->model()->isLoading());
    }
    QCOMPARE(m_panel->model()->rowCount(), kCustomers);
    QCOMPARE(listRequests().size(), kCustomers / kPageSize);
    QVERIFY2(!statusText().contains(u"more available"_s), qPrintable(statusText()));
    QVERIFY2(statusText().startsWith(u"250 customer"_s), qPrintable(statusText()));
}

void tst_CustomerListPanel::busyIndicatorShowsWhilePagesLoad()
{
    auto* busy = m_panel->findChild<QProgressBar*>(u"loadingIndicator"_s);
    QVERIFY(busy);
    QVERIFY(server().addFault(u"latency=300,count=2"_s));
    m_panel->resize(900, 500);
    m_panel->show();
    QTRY_VERIFY(m_panel->model()->isLoading());
    QVERIFY(busy->isVisible());
    QVERIFY2(statusText().startsWith(u"Loading"_s), qPrintable(statusText()));
    QVERIFY(m_filter->isEnabled()); // never blocks: typing goes on while a page loads
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()->isLoading(), 10000);
    QVERIFY(!busy->isVisible());
}

void tst_CustomerListPanel::typingInTheFilterNarrowsRowsAcrossAllPages()
{
    QVERIFY(showPanel());
    const QString needle = u"lakeside"_s;
    int expected = 0;
    for (const Sandbox::CustomerRecord& record : server().store().customers())
        expected += record.name.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
    QVERIFY(expected > 0);

    m_filter->setFocus();
    QTest::keyClicks(m_filter, u"LakeSide"_s);

    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->isComplete() && !m_panel->proxyModel()->isSearchingMore(), 20000);
    QAbstractItemModel* shown = m_view->model();
    QCOMPARE(shown->rowCount(), expected);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(
            shown->index(row, CustomerListModel::NameColumn).data().toString().contains(needle, Qt::CaseInsensitive));
    QCOMPARE(statusText(), u"Showing %1 of 250 customer(s)"_s.arg(expected));
    QCOMPARE(listRequests().size(), kCustomers / kPageSize);
}

void tst_CustomerListPanel::escapeClearsTheFilterAndDownGoesToTheList()
{
    QVERIFY(showPanel());
    m_filter->setFocus();
    QTest::keyClicks(m_filter, u"imaging"_s);
    QTRY_VERIFY(m_view->model()->rowCount() < m_panel->model()->rowCount() || m_panel->model()->isComplete());
    QTest::keyClick(m_filter, Qt::Key_Down);
    QVERIFY(m_view->hasFocus());
    QCOMPARE(m_view->currentIndex().row(), 0);
    m_filter->setFocus();
    QTest::keyClick(m_filter, Qt::Key_Escape);
    QVERIFY(m_filter->text().isEmpty());
    QCOMPARE(m_view->model()->rowCount(), m_panel->model()->rowCount());
}

void tst_CustomerListPanel::invalidIdIsFlaggedAndEnterOpensNothing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("flaggedWhileTyping");

    QTest::newRow("uppercase hex") << u"cus_9F3A"_s << true;
    QTest::newRow("a user id") << u"usr_0123456789abcdef0123456789abcdef"_s << true;
    QTest::newRow("one digit too many") << u"cus_0123456789abcdef0123456789abcdef0"_s << true;
    QTest::newRow("a name") << u"Lakeside"_s << true;
    QTest::newRow("incomplete: flagged only on Enter") << u"cus_9f3"_s << false;
}

void tst_CustomerListPanel::invalidIdIsFlaggedAndEnterOpensNothing()
{
    QFETCH(QString, typed);
    QFETCH(bool, flaggedWhileTyping);
    QVERIFY(showPanel());
    QSignalSpy opened(m_panel.get(), &CustomerListPanel::openRequested);
    const QString neutralToolTip = m_openById->toolTip();
    m_openById->setFocus();

    QTest::keyClicks(m_openById, typed);

    QCOMPARE(m_openById->property("invalid").toBool(), flaggedWhileTyping);
    QTest::keyClick(m_openById, Qt::Key_Return);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(m_openById->text(), typed); // kept as typed, never refused
    QVERIFY(m_openById->property("invalid").toBool());
    QVERIFY(m_openById->toolTip() != neutralToolTip);
    QVERIFY(!m_openById->toolTip().isEmpty());
    QVERIFY(!m_openById->accessibleDescription().isEmpty());

    // Fixing it clears the flag.
    m_openById->selectAll();
    QTest::keyClicks(m_openById, server().store().customers().at(0).id);
    QVERIFY(!m_openById->property("invalid").toBool());
    QCOMPARE(m_openById->toolTip(), neutralToolTip);
}

void tst_CustomerListPanel::pastedIdWithSpacesOpensTheTrimmedId()
{
    QVERIFY(showPanel());
    // Not loaded yet (page 5): opening by id does not need the row.
    const QString id = server().store().customers().at(kCustomers - 1).id;
    QSignalSpy opened(m_panel.get(), &CustomerListPanel::openRequested);
    QApplication::clipboard()->setText(u"  "_s + id + u"\t "_s);
    m_openById->setFocus();

    QTest::keyClick(m_openById, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(!m_openById->property("invalid").toBool());
    QTest::keyClick(m_openById, Qt::Key_Return);

    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), id);
}

void tst_CustomerListPanel::aClickOrEnterOpensARow_data()
{
    QTest::addColumn<QString>("gesture");

    QTest::newRow("Enter") << u"enter"_s;
    QTest::newRow("keypad Enter") << u"keypad"_s;
    QTest::newRow("one click") << u"click"_s;
    QTest::newRow("double-click: opened once") << u"double"_s;
}

void tst_CustomerListPanel::aClickOrEnterOpensARow()
{
    QFETCH(QString, gesture);
    QVERIFY(showPanel());
    const QString id = server().store().customers().at(2).id;
    QSignalSpy opened(m_panel.get(), &CustomerListPanel::openRequested);
    const QModelIndex index = m_view->model()->index(2, CustomerListModel::NameColumn);
    const QPoint center = m_view->visualRect(index).center();

    if (gesture == u"click"_s) {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, center);
    } else if (gesture == u"double"_s) {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, center);
    } else {
        m_view->setFocus();
        m_view->setCurrentIndex(index);
        QTest::keyClick(m_view, gesture == u"keypad"_s ? Qt::Key_Enter : Qt::Key_Return,
            gesture == u"keypad"_s ? Qt::KeypadModifier : Qt::NoModifier);
    }

    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), id);
    QCOMPARE(m_panel->currentCustomerId(), id);
}

void tst_CustomerListPanel::arrowKeysMoveWithoutOpening()
{
    QVERIFY(showPanel());
    const QList<Sandbox::CustomerRecord> store = server().store().customers();
    QSignalSpy opened(m_panel.get(), &CustomerListPanel::openRequested);
    m_view->setFocus();
    m_view->setCurrentIndex(m_view->model()->index(0, CustomerListModel::NameColumn));

    QTest::keyClick(m_view, Qt::Key_Down);
    QTest::keyClick(m_view, Qt::Key_Down);
    QTest::keyClick(m_view, Qt::Key_Up);

    QCOMPARE(m_panel->currentCustomerId(), store.at(1).id);
    QCOMPARE(opened.size(), 0);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), store.at(1).id);
}

namespace {

// The values of a column, top to bottom, as the view shows them, read by what they sort by.
QVariantList columnSortValues(const QAbstractItemModel* model, int column)
{
    QVariantList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data(CustomerListModel::SortRole));
    return values;
}

QStringList columnIds(const QAbstractItemModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(CustomerListModel::CustomerIdRole).toString());
    return ids;
}

// Null when the values are in this order, else the first pair that is not.
QString firstOutOfOrder(const QVariantList& values, Qt::SortOrder order)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (qsizetype i = 1; i < values.size(); ++i) {
        const QVariant& before = values.at(i - 1);
        const QVariant& after = values.at(i);
        int comparison = 0;
        if (before.typeId() == QMetaType::QString)
            comparison = collator.compare(before.toString(), after.toString());
        else if (before.typeId() == QMetaType::QDateTime)
            comparison = before.toDateTime() < after.toDateTime() ? -1 : (after.toDateTime() < before.toDateTime());
        else
            comparison = before.toLongLong() < after.toLongLong() ? -1 : (after.toLongLong() < before.toLongLong());
        if (order == Qt::AscendingOrder ? comparison > 0 : comparison < 0)
            return u"row %1: %2 then %3"_s.arg(i).arg(before.toString(), after.toString());
    }
    return {};
}

} // namespace

void tst_CustomerListPanel::clickingAHeaderSortsTheLoadedRows()
{
    QVERIFY(showPanel());
    QHeaderView* header = m_view->horizontalHeader();
    const QStringList serverOrder = columnIds(m_view->model());
    QVERIFY(!header->isSortIndicatorShown() || header->sortIndicatorSection() < 0); // the server's order at first
    const auto clickHeader = [header](int column) {
        const QPoint point(
            header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
    };

    struct Step
    {
        int column;
        Qt::SortOrder order;
    };
    const QList<Step> steps {{CustomerListModel::NameColumn, Qt::AscendingOrder},
        {CustomerListModel::UsersColumn, Qt::AscendingOrder}, {CustomerListModel::UsersColumn, Qt::DescendingOrder},
        {CustomerListModel::UpdatedColumn, Qt::AscendingOrder}, {CustomerListModel::IdColumn, Qt::AscendingOrder},
        {CustomerListModel::ActiveColumn, Qt::AscendingOrder}};
    for (const Step& step : steps) {
        clickHeader(step.column);
        QVERIFY(header->isSortIndicatorShown());
        QCOMPARE(header->sortIndicatorSection(), step.column);
        QCOMPARE(header->sortIndicatorOrder(), step.order);
        QCOMPARE(m_view->model()->rowCount(), kPageSize);
        const QString wrong = firstOutOfOrder(columnSortValues(m_view->model(), step.column), step.order);
        QVERIFY2(wrong.isNull(), qPrintable(u"column %1: %2"_s.arg(step.column).arg(wrong)));
        // Only a page is loaded: the status says the order covers those.
        QVERIFY2(statusText().contains(u"sorted among those loaded"_s), qPrintable(statusText()));
    }
    // Numbers sort as numbers: the Users column holds counts of more than one digit.
    clickHeader(CustomerListModel::UsersColumn);
    const QVariantList users = columnSortValues(m_view->model(), CustomerListModel::UsersColumn);
    QVERIFY(users.first().toLongLong() <= users.last().toLongLong());

    // A third click on the same header: back to the server's order, and the status stops mentioning sorting.
    clickHeader(CustomerListModel::UsersColumn);
    clickHeader(CustomerListModel::UsersColumn);
    QCOMPARE(header->sortIndicatorSection(), -1);
    QCOMPARE(columnIds(m_view->model()), serverOrder);
    QVERIFY2(!statusText().contains(u"sorted"_s), qPrintable(statusText()));

    // The sort survives the header's state; a state saved before the list sorted restores no sort.
    clickHeader(CustomerListModel::NameColumn);
    CustomerListPanel other(client());
    QVERIFY(other.restoreState(m_panel->saveState()));
    QCOMPARE(other.view()->horizontalHeader()->sortIndicatorSection(), int(CustomerListModel::NameColumn));
    QCOMPARE(other.proxyModel()->sortColumn(), int(CustomerListModel::NameColumn));
    CustomerListPanel older(client());
    QHeaderView unsortedHeader(Qt::Horizontal);
    unsortedHeader.setModel(m_panel->model());
    QVERIFY(older.restoreState(unsortedHeader.saveState()));
    QCOMPARE(older.proxyModel()->sortColumn(), -1);
}

void tst_CustomerListPanel::sortingKeepsPagesComingAndSortsThemIn()
{
    QVERIFY(showPanel());
    m_view->sortByColumn(CustomerListModel::NameColumn, Qt::DescendingOrder);
    while (!m_panel->model()->isComplete()) {
        const int before = m_panel->model()->rowCount();
        m_view->scrollToBottom();
        QTRY_VERIFY(m_panel->model()->rowCount() > before && !m_panel->model()->isLoading());
    }
    QCOMPARE(m_view->model()->rowCount(), kCustomers);
    const QString wrong =
        firstOutOfOrder(columnSortValues(m_view->model(), CustomerListModel::NameColumn), Qt::DescendingOrder);
    QVERIFY2(wrong.isNull(), qPrintable(wrong));
    QVERIFY2(!statusText().contains(u"sorted"_s), qPrintable(statusText())); // every customer is sorted now
    QVERIFY2(statusText().startsWith(u"250 customer"_s), qPrintable(statusText()));

    // A row changed elsewhere moves to its place, and selectCustomer() finds it there.
    Customer renamed = m_panel->model()->customerAt(7);
    renamed.setName(u"ZZZ moved to the top"_s);
    QVERIFY(m_panel->model()->updateCustomer(renamed));
    QCOMPARE(m_view->model()->index(0, CustomerListModel::NameColumn).data().toString(), renamed.name());
    QVERIFY(m_panel->selectCustomer(renamed.id()));
    QCOMPARE(m_view->currentIndex().row(), 0);
}

void tst_CustomerListPanel::statusFilterCombinesWithTheTextFilter()
{
    QVERIFY(showPanel());
    auto* status = m_panel->findChild<QComboBox*>(u"statusFilter"_s);
    QVERIFY(status);
    QVERIFY(!status->accessibleName().isEmpty());
    const QList<Sandbox::CustomerRecord> store = server().store().customers();
    const auto expectedCount = [&store](bool active, const QString& text) {
        return static_cast<int>(std::count_if(store.begin(), store.end(), [&](const Sandbox::CustomerRecord& r) {
            return r.active == active && r.name.contains(text, Qt::CaseInsensitive);
        }));
    };
    const auto shownAreAll = [this](bool active) {
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            if (m_view->model()->index(row, 0).data(CustomerListModel::IsActiveRole).toBool() != active)
                return false;
        }
        return true;
    };
    const auto searchedEverything = [this] {
        return m_panel->model()->isComplete() && !m_panel->proxyModel()->isSearchingMore();
    };
    QVERIFY(expectedCount(false, {}) > 0);

    // From the text filter, Tab reaches the status; Down picks the next choice, as in any combo box.
    m_filter->setFocus();
    QTest::keyClick(m_filter, Qt::Key_Tab);
    QVERIFY(status->hasFocus());
    QTest::keyClick(status, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(status->currentText(), u"Deactivated"_s);
    // Only deactivated customers, searched across every page.
    QTRY_VERIFY_WITH_TIMEOUT(searchedEverything(), 20000);
    QCOMPARE(m_view->model()->rowCount(), expectedCount(false, {}));
    QVERIFY(shownAreAll(false));
    QVERIFY2(statusText().startsWith(u"Showing %1 of 250"_s.arg(expectedCount(false, {}))), qPrintable(statusText()));

    // With a text: both must match.
    m_filter->setFocus();
    QTest::keyClicks(m_filter, u"imaging"_s);
    QCOMPARE(m_view->model()->rowCount(), expectedCount(false, u"imaging"_s));
    QVERIFY(shownAreAll(false));

    QTest::keyClick(status, Qt::Key_Up);
    QCOMPARE(status->currentText(), u"Active"_s);
    QCOMPARE(m_view->model()->rowCount(), expectedCount(true, u"imaging"_s));
    QVERIFY(shownAreAll(true));

    QTest::keyClick(status, Qt::Key_Up);
    QTest::keyClick(m_filter, Qt::Key_Escape);
    QCOMPARE(m_view->model()->rowCount(), kCustomers);
    QVERIFY(!m_panel->proxyModel()->isFiltering());
}

void tst_CustomerListPanel::theListAsksForRoomForUsualNames()
{
    // A usual name is an institution's, perhaps with its site ("Pinecrest Children's Hospital (site 2)"); a
    // department after " - " may be cut.
    const QSize hint = m_panel->sizeHint();
    m_panel->resize(hint);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY(m_panel->model()->rowCount() > 0 && !m_panel->model()->isLoading());
    QCOMPARE(m_panel->width(), hint.width());
    QVERIFY(m_panel->minimumSizeHint().width() < m_panel->sizeHint().width());
    const int nameWidth = m_view->columnWidth(CustomerListModel::NameColumn);
    const QFontMetrics metrics = m_view->fontMetrics();
    int usual = 0;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const QString name = m_view->model()->index(row, CustomerListModel::NameColumn).data().toString();
        if (name.contains(u" - "_s))
            continue;
        ++usual;
        // The text with the item's margins on both sides.
        const int needed = metrics.horizontalAdvance(name) + 8;
        QVERIFY2(needed <= nameWidth,
            qPrintable(u"%1 needs %2 px, the column has %3"_s.arg(name).arg(needed).arg(nameWidth)));
    }
    QVERIFY(usual > 5);
}

void tst_CustomerListPanel::everyTabStopIsVisible()
{
    QVERIFY(showPanel());
    m_filter->setFocus();
    QVERIFY(m_filter->hasFocus());
    QList<QWidget*> stops;
    for (int step = 0; step < 20; ++step) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (!stops.isEmpty() && focus == stops.first())
            break;
        QVERIFY2(m_panel->isAncestorOf(focus), focus->metaObject()->className());
        QVERIFY2(focus->isVisible() && !focus->visibleRegion().isEmpty(),
            qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(focus->metaObject()->className()), focus->objectName())));
        stops.append(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList names;
    for (const QWidget* stop : std::as_const(stops))
        names.append(stop->objectName());
    QCOMPARE(names, (QStringList {u"customerFilter"_s, u"statusFilter"_s, u"customerList"_s, u"openById"_s}));

    // Focus given to the panel (the main window's "focus the list") goes to the list.
    m_filter->setFocus();
    m_panel->setFocus(Qt::ShortcutFocusReason);
    QVERIFY(m_view->hasFocus());
}

void tst_CustomerListPanel::currentRowIsReported()
{
    QVERIFY(showPanel());
    const QList<Sandbox::CustomerRecord> store = server().store().customers();
    QSignalSpy current(m_panel.get(), &CustomerListPanel::currentCustomerChanged);
    m_view->setFocus();
    m_view->setCurrentIndex(m_view->model()->index(0, 0));
    QTest::keyClick(m_view, Qt::Key_Down);

    QCOMPARE(current.size(), 2);
    QCOMPARE(current.at(0).at(0).toString(), store.at(0).id);
    QCOMPARE(current.at(1).at(0).toString(), store.at(1).id);
    QVERIFY(m_panel->selectCustomer(store.at(5).id));
    QCOMPARE(current.last().at(0).toString(), store.at(5).id);
    QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
    QVERIFY(!m_panel->selectCustomer(store.at(kCustomers - 1).id)); // not loaded
}

void tst_CustomerListPanel::ctrlFFocusesTheFilter()
{
    QVERIFY(showPanel());
    m_view->setFocus();
    QVERIFY(m_view->hasFocus());

    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);

    QTRY_VERIFY(m_filter->hasFocus());
    QTest::keyClick(m_filter, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_openById->hasFocus());
}

void tst_CustomerListPanel::failedPageShowsAnErrorLineAndRetryContinues()
{
    QVERIFY(showPanel());
    auto* errorLine = m_panel->findChild<QWidget*>(u"loadErrorLine"_s);
    auto* errorText = m_panel->findChild<QLabel*>(u"loadError"_s);
    auto* retry = m_panel->findChild<QPushButton*>(u"retryButton"_s);
    QVERIFY(errorLine && errorText && retry);
    QVERIFY(!errorLine->isVisible());
    QVERIFY(server().addFault(u"status=503,count=1"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"a page failed"_s));

    m_view->scrollToBottom();

    QTRY_VERIFY(errorLine->isVisible());
    QVERIFY2(errorText->text().startsWith(u"Could not load more customers."_s), qPrintable(errorText->text()));
    QCOMPARE(m_panel->model()->rowCount(), kPageSize);
    QVERIFY(m_filter->isEnabled());

    QTest::mouseClick(retry, Qt::LeftButton);

    QVERIFY(!errorLine->isVisible());
    QTRY_COMPARE(m_panel->model()->rowCount(), 2 * kPageSize);
    const QList<RequestRecord> requests = listRequests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).query, requests.at(2).query); // the same cursor again
    QCOMPARE(requests.at(1).status, 503);
    QCOMPARE(requests.at(2).status, 200);
}

void tst_CustomerListPanel::headerStateRoundTrips()
{
    QVERIFY(showPanel());
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(CustomerListModel::IdColumn, 211);
    header->resizeSection(CustomerListModel::UpdatedColumn, 187);
    header->moveSection(CustomerListModel::UsersColumn, CustomerListModel::IdColumn);
    const QByteArray state = m_panel->saveState();
    QVERIFY(!state.isEmpty());

    CustomerListPanel other(client());
    QHeaderView* otherHeader = other.view()->horizontalHeader();
    QVERIFY(otherHeader->sectionSize(CustomerListModel::IdColumn) != 211);
    QVERIFY(other.restoreState(state));
    QCOMPARE(otherHeader->sectionSize(CustomerListModel::IdColumn), 211);
    QCOMPARE(otherHeader->sectionSize(CustomerListModel::UpdatedColumn), 187);
    QCOMPARE(otherHeader->visualIndex(CustomerListModel::UsersColumn), int(CustomerListModel::IdColumn));
    QVERIFY(!other.restoreState("not a header state"_ba));
}

void tst_CustomerListPanel::everyInputHasAnAccessibleName()
{
    const QList<QWidget*> widgets = m_panel->findChildren<QWidget*>();
    int inputs = 0;
    for (QWidget* widget : widgets) {
        if (!qobject_cast<QLineEdit*>(widget) && !qobject_cast<QAbstractButton*>(widget)
            && !qobject_cast<QAbstractItemView*>(widget) && !qobject_cast<QProgressBar*>(widget)
            && !qobject_cast<QComboBox*>(widget))
            continue;
        if (widget->parentWidget() != m_panel.get() && widget->parentWidget()->objectName() != u"loadErrorLine"_s)
            continue; // parts of Qt's own widgets (the header's corner button, the line edits' clear buttons)
        ++inputs;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    }
    QVERIFY(inputs >= 6);
}

QTEST_MAIN(tst_CustomerListPanel)
#include "tst_customerlistpanel.moc"
