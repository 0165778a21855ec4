// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ScreenshotScenario.h"

#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/drafts/DraftRecovery.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/save/ReviewChangesDialog.h"
#include "ui/save/SaveFlow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QTableView>
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
    // Give up rather than hang a script.
    QTimer::singleShot(std::chrono::seconds(20), this, [this] { fail(u"timed out"_s); });
}

QStringList ScreenshotScenario::scenarios()
{
    return {u"main-window"_s, u"metadata-validation"_s, u"review-dialog"_s, u"edited-rows"_s, u"restore-prompt"_s};
}

void ScreenshotScenario::onCustomerOpened(const QString& customerId)
{
    if (!m_window)
        return;
    if (customerId.isEmpty()) {
        // Connected (or reconnected): open the first customer once the first page is there.
        CustomerListModel* model = m_window->listPanel() ? m_window->listPanel()->model() : nullptr;
        if (!model)
            return;
        // The first active customer with metadata: the usual sight.
        auto openFirst = [this, model] {
            for (int row = 0; row < model->rowCount() && !m_opened; ++row) {
                const Customer customer = model->customerAt(row);
                if (customer.isActive() && !customer.metadata().isEmpty()) {
                    m_opened = true;
                    m_window->openCustomer(customer.id());
                }
            }
        };
        connect(model, &CustomerListModel::pageLoaded, this, openFirst);
        openFirst();
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
        m_restarted = true;
        m_window->setConnection(m_window->client(), m_window->profile());
        m_window->setWorkspace(workspace);
        waitForDialog(100);
    } else {
        fail(u"unknown scenario %1 (known: %2)"_s.arg(m_scenario, scenarios().join(u", "_s)));
    }
}

QWidget* ScreenshotScenario::dialog() const
{
    if (m_scenario == "review-dialog"_L1)
        return m_window->reviewDialog();
    if (m_scenario == "restore-prompt"_L1)
        return m_window->findChild<DraftRecovery*>()->question();
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
    QPixmap shot = m_window->grab();
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
