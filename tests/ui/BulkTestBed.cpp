// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkTestBed.h"

#include "core/api/ExpressClient.h"
#include "core/bulk/BulkSession.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/JournaledWrites.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkController.h"
#include "ui/bulk/BulkPreviewLoader.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/CustomerSearchModel.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

BulkTestBed::BulkTestBed() = default;

BulkTestBed::~BulkTestBed()
{
    m_window.reset();
    m_writes.reset();
    m_store.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

bool BulkTestBed::start(int customers)
{
    m_customers = customers;
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_server = std::make_unique<Sandbox::SandboxServer>();
    QList<Sandbox::CustomerRecord> records = Sandbox::SandboxSeed::generate(5, customers);
    for (int i = 0; i < records.size(); ++i) {
        records[i].metadata =
            QMap<QString, QString> {{u"notes"_s, kNotes}, {u"region"_s, i % 2 == 0 ? u"north"_s : u"south"_s}};
        records[i].active = true;
    }
    m_server->store().reset(records);
    if (!m_server->start()) {
        qWarning("the sandbox does not listen");
        return false;
    }
    m_nam = std::make_unique<QNetworkAccessManager>();
    ClientOptions options;
    options.baseUrl = m_server->baseUrl();
    options.apiKey = m_server->apiKey();
    options.retryBaseDelay = 5ms;
    options.retryMaxDelay = 20ms;
    m_client = std::make_unique<ExpressClient>(m_nam.get(), options);
    auto opened = WorkspaceStore::open(m_dir->filePath(u"workspace.sqlite"_s));
    if (opened.isError()) {
        qWarning("the workspace does not open");
        return false;
    }
    m_store = opened.value();
    m_writes = std::make_unique<JournaledWrites>(
        m_client.get(), m_store, HistoryOrigin {u"dana"_s, u"express-admin"_s, options.baseUrl.toString()});
    return startWindow();
}

bool BulkTestBed::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->actions().reviewBeforeSaving->setChecked(false);
    m_window->setConnection(m_client.get(), ConnectionProfile::sandbox(m_server->baseUrl()));
    m_window->setWorkspace(m_store, m_writes.get());
    m_window->show();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("the window is not active");
    // The list is served from the workspace, synced from the sandbox once the window has painted.
    const bool filled = QTest::qWaitFor(
        [this] { return panel() && panel()->searchModel() && panel()->searchModel()->rowCount() == m_customers; },
        10000);
    if (!filled)
        qWarning("the list did not fill");
    return filled;
}

void BulkTestBed::crashWindow()
{
    m_window.reset();
}

CustomerListPanel* BulkTestBed::panel() const
{
    return m_window ? m_window->listPanel() : nullptr;
}

QTableView* BulkTestBed::list() const
{
    return panel()->view();
}

BulkController* BulkTestBed::controller() const
{
    return m_window->findChild<BulkController*>();
}

BulkChangeDialog* BulkTestBed::dialog() const
{
    return controller()->dialog();
}

QStringList BulkTestBed::listIds() const
{
    QStringList ids;
    const QAbstractItemModel* model = list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(CustomerListModel::CustomerIdRole).toString());
    return ids;
}

Sandbox::CustomerRecord BulkTestBed::stored(const QString& id) const
{
    return *m_server->store().find(id);
}

int BulkTestBed::requests(const QByteArray& method) const
{
    int count = 0;
    for (const Sandbox::RequestRecord& record : m_server->requestLog().records())
        count += record.method == method ? 1 : 0;
    return count;
}

void BulkTestBed::changeOnServer(const QString& id, const QString& key, const QString& value)
{
    QMap<QString, QString> metadata = *stored(id).metadata;
    metadata.insert(key, value);
    Sandbox::CustomerPatch patch;
    patch.hasMetadata = true;
    patch.metadata = metadata;
    QVERIFY(m_server->store().update(id, patch).ok());
}

BulkChangeDialog* BulkTestBed::openDialogByKeyboard()
{
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    BulkChangeDialog* shown = nullptr;
    if (!QTest::qWaitFor([&] { return (shown = dialog()) && shown->isVisible(); }, 5000))
        return nullptr;
    return QTest::qWaitForWindowExposed(shown) ? shown : nullptr;
}

void BulkTestBed::typeOperation(
    BulkChangeDialog* dialog, int kindSteps, const QString& key, const QString& second, const QString& third)
{
    auto* kind = dialog->findChild<QComboBox*>(u"operationKind"_s);
    kind->setFocus(Qt::TabFocusReason);
    QTest::keyClick(kind, Qt::Key_Home);
    for (int step = 0; step < kindSteps; ++step)
        QTest::keyClick(kind, Qt::Key_Down);
    QLineEdit* last = nullptr;
    for (const auto& [name, text] : {std::pair {u"operationKey"_s, key}, std::pair {u"operationValue"_s, second},
             std::pair {u"operationReplacement"_s, third}}) {
        auto* edit = dialog->findChild<QLineEdit*>(name);
        if (!edit->isVisible())
            continue;
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(edit, text);
        last = edit;
    }
    QTest::keyClick(last ? static_cast<QWidget*>(last) : kind, Qt::Key_Return);
}

bool BulkTestBed::previewByKeyboard(BulkChangeDialog* dialog)
{
    QSignalSpy finished(dialog->previewLoader(), &BulkPreviewLoader::finished);
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    return (finished.count() > 0 || finished.wait(10000)) && dialog->step() == BulkChangeDialog::Step::Preview;
}

BulkSession* BulkTestBed::apply(BulkChangeDialog* dialog)
{
    auto* button = dialog->findChild<QPushButton*>(u"applyButton"_s);
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([dialog] { return dialog->session() != nullptr; }, 10000))
        return nullptr;
    return dialog->session();
}

bool BulkTestBed::applyAndWait(BulkChangeDialog* dialog, int timeoutMs)
{
    if (!apply(dialog))
        return false;
    return QTest::qWaitFor([dialog] { return !dialog->hasActiveRun(); }, timeoutMs);
}
