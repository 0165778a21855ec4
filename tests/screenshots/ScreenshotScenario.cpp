// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ScreenshotScenario.h"

#include "BulkScreenshot.h"

#include "core/store/HistoryJournal.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/CustomerSearchModel.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/drafts/DraftRecovery.h"
#include "ui/history/HistoryBrowser.h"
#include "ui/history/HistoryController.h"
#include "ui/history/HistoryWindow.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/save/ReviewChangesDialog.h"
#include "ui/save/SaveFlow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

ScreenshotScenario::ScreenshotScenario(
    MainWindow* window, const QString& scenario, const QString& outFile, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_scenario(scenario)
    , m_outFile(outFile)
{
    connect(window, &MainWindow::customerOpened, this, &ScreenshotScenario::onCustomerOpened);
    if (BulkScreenshot::handles(scenario)) {
        m_bulk = new BulkScreenshot(window, scenario, this);
        connect(m_bulk, &BulkScreenshot::ready, this, &ScreenshotScenario::grabSoon);
        connect(m_bulk, &BulkScreenshot::failed, this, &ScreenshotScenario::fail);
    }
    // Give up rather than hang a script.
    QTimer::singleShot(std::chrono::seconds(20), this, [this] { fail(u"timed out"_s); });
}

QStringList ScreenshotScenario::scenarios()
{
    return {u"main-window"_s, u"metadata-validation"_s, u"review-dialog"_s, u"edited-rows"_s, u"history-window"_s,
        u"search-results"_s, u"restore-prompt"_s, u"bulk-preview"_s, u"bulk-progress"_s, u"bulk-quit-question"_s};
}

void ScreenshotScenario::onCustomerOpened(const QString& customerId)
{
    if (!m_window)
        return;
    if (customerId.isEmpty()) {
        // Connected (or reconnected): once the list shows customers (from the API's first page or from the
        // workspace), open the first active one with metadata, the usual sight; or search.
        if (!m_polling) {
            m_polling = true;
            QTimer::singleShot(100, this, &ScreenshotScenario::pollList);
        }
        return;
    }
    CustomerDetailWidget* detail = m_window->detailWidget();
    if (m_scenario == "main-window"_L1) {
        grabSoon();
    } else if (m_scenario == "metadata-validation"_L1) {
        MetadataTableModel* model = detail->metadataEditor()->model();
        // A duplicate key and a value over the limit: both are kept and flagged.
        const int row = model->appendRow({});
        model->setData(model->index(row, MetadataTableModel::KeyColumn),
            model->data(model->index(0, MetadataTableModel::KeyColumn)).toString());
        model->setData(model->index(row, MetadataTableModel::ValueColumn), u"Second floor"_s);
        QTableView* view = detail->metadataEditor()->view();
        view->setCurrentIndex(model->index(row, MetadataTableModel::KeyColumn));
        view->setFocus();
        grabSoon();
    } else if (m_scenario == "edited-rows"_L1) {
        // Every row marker at once (changed, added, removed, invalid), with the message bar and Save disabled:
        // the sight for checking colours against a theme (--palette dark).
        MetadataTableModel* model = detail->metadataEditor()->model();
        model->setData(model->index(0, MetadataTableModel::ValueColumn), u"Building B, 2nd floor"_s);
        if (model->rowCount() > 1)
            model->removeRowList({model->rowCount() - 1});
        model->appendRow({u"contract"_s, u"2025-EX-114"_s});
        const int invalid = model->appendRow({});
        model->setData(model->index(invalid, MetadataTableModel::KeyColumn),
            model->data(model->index(0, MetadataTableModel::KeyColumn)).toString());
        model->setData(model->index(invalid, MetadataTableModel::ValueColumn), u"Second floor"_s);
        m_window->messageBar()->showMessage(
            MessageBar::Kind::Warning, tr("Someone else changed this customer meanwhile."));
        grabSoon();
    } else if (m_scenario == "review-dialog"_L1) {
        detail->nameEdit()->setText(detail->nameEdit()->text() + u" (North)"_s);
        Q_EMIT detail->nameEdit()->textEdited(detail->nameEdit()->text());
        MetadataTableModel* model = detail->metadataEditor()->model();
        model->setData(model->index(0, MetadataTableModel::ValueColumn), u"Building B, 2nd floor"_s);
        const int row = model->appendRow({u"contract"_s, u"2025-EX-114"_s});
        Q_UNUSED(row);
        m_window->save();
        waitForDialog(100);
    } else if (m_scenario == "history-window"_L1) {
        showHistory();
    } else if (m_scenario == "restore-prompt"_L1) {
        if (m_restarted)
            return;
        // Edits kept as a draft, then the window as the next start after a crash finds it.
        detail->nameEdit()->setText(detail->nameEdit()->text() + u" (North)"_s);
        Q_EMIT detail->nameEdit()->textEdited(detail->nameEdit()->text());
        MetadataTableModel* model = detail->metadataEditor()->model();
        model->setData(model->index(0, MetadataTableModel::ValueColumn), u"Building B, 2nd floor"_s);
        auto* keeper = m_window->findChild<DraftKeeper*>();
        if (!keeper) {
            fail(u"no draft keeper"_s);
            return;
        }
        keeper->flush();
        const auto workspace = m_window->workspace();
        const auto journaled = m_window->journaledWrites();
        m_restarted = true;
        m_window->setConnection(m_window->client(), m_window->profile());
        m_window->setWorkspace(workspace, journaled);
        waitForDialog(100);
    } else {
        fail(u"unknown scenario %1 (known: %2)"_s.arg(m_scenario, scenarios().join(u", "_s)));
    }
}

void ScreenshotScenario::showHistory()
{
    if (!m_window->workspace()) {
        fail(u"no workspace"_s);
        return;
    }
    // A week of writes to a few customers, journaled as the app and the CLI journal them.
    HistoryJournal journal(m_window->workspace());
    const QAbstractItemModel* list = m_window->listPanel()->view()->model(); // the API's pages or the workspace
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto write = [&](int row, HistoryEntry::Operation operation, const QList<HistoryChange>& changes,
                     const QString& body, qint64 minutesAgo, HistoryEntry::State state, const QString& program,
                     const QString& error = {}) {
        const Customer customer =
            list->index(row % list->rowCount(), 0).data(CustomerListModel::CustomerRole).value<Customer>();
        HistoryEntry entry;
        entry.recordedAt = now.addSecs(-60 * minutesAgo);
        entry.osUser = u"mara"_s;
        entry.program = program;
        entry.connection = m_window->profile().baseUrl.toString();
        entry.customerId = customer.id();
        entry.customerName = customer.name();
        entry.operation = operation;
        if (!body.isEmpty())
            entry.requestBody = body;
        entry.changes = changes;
        for (const HistoryChange& change : changes) {
            if (change.field == HistoryChange::Field::Name && change.after)
                entry.customerName = *change.after; // the name the write gave it
        }
        const auto begun = journal.begin(entry);
        if (begun.isOk())
            journal.complete(begun.value().id, state, {}, {}, error);
    };
    using F = HistoryChange::Field;
    using Op = HistoryEntry::Operation;
    using S = HistoryEntry::State;
    const QString app = u"express-admin"_s;
    const QString cli = u"express-admin-cli"_s;
    write(3, Op::Update, {{F::MetadataKey, u"region"_s, u"northeast"_s, u"southwest"_s}},
        u"{\"metadata\":{\"region\":\"southwest\",\"tier\":\"gold\"}}"_s, 9000, S::Succeeded, cli);
    write(1, Op::Deactivate, {{F::Active, {}, u"true"_s, u"false"_s}}, {}, 4300, S::Succeeded, app);
    write(1, Op::Reactivate, {{F::Active, {}, u"false"_s, u"true"_s}}, {}, 4200, S::Succeeded, app);
    write(2, Op::AddUser, {{F::User, u"usr_2b7f0c9e41d84a6f9c03e5b7a1d2f480"_s, std::nullopt, u"member"_s}}, {}, 1500,
        S::Failed, app, tr("The server refused the request (404): no such user."));
    write(2, Op::AddUser, {{F::User, u"usr_2b7f0c9141d84a6f9c03e5b7a1d2f480"_s, std::nullopt, u"member"_s}}, {}, 1490,
        S::Succeeded, app);
    write(4, Op::Update, {{F::Name, {}, u"Harbor Dental"_s, u"Harbor Dental Group"_s}},
        u"{\"expressCustomerName\":\"Harbor Dental Group\"}"_s, 300, S::Uncertain, cli,
        tr("No answer from 127.0.0.1 within 30 s."));
    write(0, Op::Update,
        {{F::Name, {}, u"City Medical"_s, u"City Medical Center"_s},
            {F::MetadataKey, u"wing"_s, u"Building A"_s, u"Building B, 2nd floor"_s},
            {F::MetadataKey, u"contract"_s, std::nullopt, u"2025-EX-114"_s}},
        u"{\"expressCustomerName\":\"City Medical Center\",\"metadata\":{\"contract\":\"2025-EX-114\",\"wing\":"
        "\"Building B, 2nd floor\"}}"_s,
        12, S::Succeeded, app);
    m_window->actions().history->trigger();
    auto* controller = m_window->findChild<HistoryController*>();
    if (!controller || !controller->historyWindow()) {
        fail(u"the History window did not open"_s);
        return;
    }
    HistoryWindow* history = controller->historyWindow();
    history->move(0, 0);
    history->resize(1180, 720);
    history->browser()->view()->selectRow(0);
    grabSoon();
}

void ScreenshotScenario::pollList()
{
    CustomerListPanel* panel = m_window ? m_window->listPanel() : nullptr;
    const QAbstractItemModel* model = panel ? panel->view()->model() : nullptr;
    if (m_bulk) {
        // Every customer of the workspace's list, once it shows them all.
        if (panel && panel->searchModel() && panel->searchModel()->rowCount() >= 30 && !m_opened) {
            m_opened = true;
            m_bulk->start();
            return;
        }
    } else if (m_scenario == "search-results"_L1) {
        // The list from the workspace, searched by typing as a user would.
        if (panel && panel->searchModel() && panel->searchModel()->rowCount() > 0 && !m_opened) {
            m_opened = true;
            auto* filter = panel->findChild<QLineEdit*>(u"customerFilter"_s);
            QTest::keyClicks(filter, u"region:north"_s);
            QTimer::singleShot(1500, this, &ScreenshotScenario::grabAndQuit);
            return;
        }
    } else {
        for (int row = 0; model && row < model->rowCount() && !m_opened; ++row) {
            const auto customer = model->index(row, 0).data(CustomerListModel::CustomerRole).value<Customer>();
            if (customer.isActive() && !customer.metadata().isEmpty()) {
                m_opened = true;
                m_window->openCustomer(customer.id());
            }
        }
    }
    if (!m_opened)
        QTimer::singleShot(100, this, &ScreenshotScenario::pollList);
}

QWidget* ScreenshotScenario::dialog() const
{
    if (m_scenario == "review-dialog"_L1)
        return m_window->reviewDialog();
    if (m_scenario == "restore-prompt"_L1)
        return m_window->findChild<DraftRecovery*>()->question();
    if (m_bulk)
        return m_bulk->question();
    return nullptr;
}

void ScreenshotScenario::waitForDialog(int attemptsLeft)
{
    if (!m_window)
        return;
    if (dialog() && dialog()->isVisible()) {
        grabSoon();
        return;
    }
    if (attemptsLeft <= 0) {
        fail(u"the dialog did not open"_s);
        return;
    }
    QTimer::singleShot(50, this, [this, attemptsLeft] { waitForDialog(attemptsLeft - 1); });
}

void ScreenshotScenario::grabSoon()
{
    // Layouts settle and the window paints the new state first.
    QTimer::singleShot(400, this, &ScreenshotScenario::grabAndQuit);
}

void ScreenshotScenario::grabAndQuit()
{
    if (!m_window)
        return;
    auto* history = m_window->findChild<HistoryController*>();
    QPixmap shot = m_scenario == "history-window"_L1 && history && history->historyWindow()
        ? history->historyWindow()->grab()
        : (m_bulk && m_bulk->grabbed() ? m_bulk->grabbed()->grab() : m_window->grab());
    // A dialog is a window of its own: draw it over the main window where it would appear, centred.
    if (QWidget* shown = dialog()) {
        const QPixmap dialogShot = shown->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 70));
        const QPoint topLeft((shot.width() - dialogShot.width()) / 2, (shot.height() - dialogShot.height()) / 2);
        painter.setPen(m_window->palette().color(QPalette::Shadow));
        painter.drawRect(QRect(topLeft, dialogShot.size()).adjusted(-1, -1, 0, 0));
        painter.drawPixmap(topLeft, dialogShot);
    }
    if (!shot.save(m_outFile, "PNG")) {
        fail(u"cannot write %1"_s.arg(m_outFile));
        return;
    }
    std::printf("screenshot: %s\n", qPrintable(m_outFile));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

void ScreenshotScenario::fail(const QString& message)
{
    std::fprintf(stderr, "express-admin: screenshot %s: %s\n", qPrintable(m_scenario), qPrintable(message));
    QCoreApplication::exit(1);
}
