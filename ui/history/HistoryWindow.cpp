// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryWindow.h"

#include "core/store/StoreError.h"
#include "core/store/WorkspaceStore.h"
#include "ui/history/HistoryBrowser.h"
#include "ui/history/HistoryCsv.h"
#include "ui/history/HistoryTableModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

HistoryWindow::HistoryWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_customer(new QLineEdit)
    , m_text(new QLineEdit)
    , m_sinceCheck(new QCheckBox(tr("&From")))
    , m_since(new QDateEdit(QDate::currentDate().addDays(-30)))
    , m_untilCheck(new QCheckBox(tr("&To")))
    , m_until(new QDateEdit(QDate::currentDate()))
    , m_browser(new HistoryBrowser(true))
    , m_exportButton(new QPushButton(tr("&Export CSV…")))
    , m_status(new QLabel)
    , m_typing(new QTimer(this))
{
    setObjectName(u"historyWindow"_s);
    setWindowTitle(tr("History — Express Admin"));
    m_customer->setObjectName(u"historyCustomerFilter"_s);
    m_customer->setPlaceholderText(tr("cus_… (every customer)"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setAccessibleName(tr("Customer id"));
    m_text->setObjectName(u"historyTextFilter"_s);
    m_text->setPlaceholderText(tr("Name, user, key, value, request…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Text"));
    for (QDateEdit* edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    m_sinceCheck->setObjectName(u"historySinceCheck"_s);
    m_since->setObjectName(u"historySinceEdit"_s);
    m_since->setAccessibleName(tr("From date"));
    m_untilCheck->setObjectName(u"historyUntilCheck"_s);
    m_until->setObjectName(u"historyUntilEdit"_s);
    m_until->setAccessibleName(tr("To date"));
    m_exportButton->setObjectName(u"historyExportButton"_s);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QHBoxLayout;
    auto* customerLabel = new QLabel(tr("&Customer:"));
    customerLabel->setBuddy(m_customer);
    auto* textLabel = new QLabel(tr("Te&xt:"));
    textLabel->setBuddy(m_text);
    filters->addWidget(customerLabel);
    filters->addWidget(m_customer, 2);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 3);
    filters->addWidget(m_sinceCheck);
    filters->addWidget(m_since);
    filters->addWidget(m_untilCheck);
    filters->addWidget(m_until);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_browser, 1);
    layout->addLayout(bottom);

    // Results as you type, once typing pauses.
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &HistoryWindow::applyFilter);
    for (QLineEdit* edit : {m_customer, m_text})
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QDateEdit* edit : {m_since, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_sinceCheck, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_untilCheck, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    for (QCheckBox* check : {m_sinceCheck, m_untilCheck})
        connect(check, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    resize(1100, 680);
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::setStore(std::shared_ptr<WorkspaceStore> store)
{
    m_store = std::move(store);
    m_browser->setNotice(m_store ? QString() : tr("The history is not available: this connection has no workspace."));
    m_exportButton->setEnabled(m_store != nullptr);
    m_browser->model()->setStore(m_store);
    applyFilter();
}

HistoryFilter HistoryWindow::filter() const
{
    HistoryFilter filter;
    filter.customerId = m_customer->text().trimmed();
    filter.text = m_text->text().trimmed();
    // Dates are the user's local days: from the start of the first to the end of the last.
    if (m_sinceCheck->isChecked())
        filter.since = m_since->date().startOfDay().toUTC();
    if (m_untilCheck->isChecked())
        filter.until = m_until->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void HistoryWindow::applyFilter()
{
    m_typing->stop();
    const HistoryFilter next = filter();
    const HistoryFilter current = m_browser->model()->filter();
    if (next.customerId == current.customerId && next.text == current.text && next.since == current.since
        && next.until == current.until) {
        return;
    }
    m_browser->model()->setFilter(next);
}

void HistoryWindow::refresh()
{
    applyFilter();
    m_browser->refresh();
}

void HistoryWindow::exportCsv()
{
    if (!m_store || m_exportDialog)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = HistoryCsv::suggestedFileName(filter().customerId, QDate::currentDate());
    auto* dialog = new QFileDialog(this, tr("Export History"), QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    dialog->setObjectName(u"historyExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { writeCsv(path); });
    m_exportDialog = dialog;
    dialog->open();
}

bool HistoryWindow::writeCsv(const QString& path)
{
    applyFilter();
    StoreError error;
    const std::optional<QList<HistoryEntry>> entries = m_browser->model()->allMatching(&error);
    if (!entries) {
        showStatus(tr("Not exported: %1").arg(error.message));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(HistoryCsv::write(*entries).toUtf8()) < 0 || !file.commit()) {
        showStatus(
            tr("Not exported: %1 cannot be written (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showStatus(tr("Exported %n entries to %1.", nullptr, static_cast<int>(entries->size()))
                   .arg(QDir::toNativeSeparators(path)));
    return true;
}

void HistoryWindow::showStatus(const QString& text)
{
    m_status->setText(text);
}
