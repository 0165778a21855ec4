// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The window's writes in the history: with a workspace, saving, deactivating and changing users in the real
// MainWindow leave completed history entries with each field's before and after, and the mirror shows the result; a
// save the history cannot record is not sent, and the edits stay.
#include "core/api/ExpressClient.h"
#include "core/store/CustomerSearch.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/JournaledWrites.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/FormInput.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerSession.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using State = HistoryEntry::State;
using Field = HistoryChange::Field;
using Changes = QList<HistoryChange>;

class tst_WindowHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void savingLeavesASucceededEntryWithBeforeAndAfter();
    void deactivatingAndUsersAreJournaled();
    void aSaveTheHistoryCannotRecordIsNotSent();

private:
    CustomerDetailWidget* detail() const { return m_window->detailWidget(); }
    CustomerSession* session() const { return m_window->session(); }
    MetadataTableModel* metadataModel() const { return detail()->metadataEditor()->model(); }
    QList<HistoryEntry> entries() const { return m_journaled->journal().entries({}).value(); }
    // Opens the first active customer with metadata, with the review turned off.
    Customer openEditable();
    void editName(const QString& suffix);
    void editValue(int row, const QString& text);
    int patchCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExpressClient> m_client;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<JournaledWrites> m_journaled;
    std::unique_ptr<MainWindow> m_window;
};

void tst_WindowHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_server = std::make_unique<Sandbox::SandboxServer>();
    m_server->store().reset(Sandbox::SandboxSeed::generate(11, 30));
    QVERIFY(m_server->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    ClientOptions options;
    options.baseUrl = m_server->baseUrl();
    options.apiKey = m_server->apiKey();
    m_client = std::make_unique<ExpressClient>(m_nam.get(), options);
    auto opened = WorkspaceStore::open(m_dir->filePath(u"workspace.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
    m_journaled = std::make_unique<JournaledWrites>(
        m_client.get(), m_store, HistoryOrigin {u"dana"_s, u"express-admin"_s, options.baseUrl.toString()});
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->setConnection(m_client.get(), ConnectionProfile::sandbox(m_server->baseUrl()));
    m_window->setWorkspace(m_store, m_journaled.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_WindowHistory::cleanup()
{
    m_window.reset();
    m_journaled.reset();
    m_store.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
    m_settings.reset();
}

Customer tst_WindowHistory::openEditable()
{
    QString id;
    for (const Sandbox::CustomerRecord& record : m_server->store().customers()) {
        if (record.active && record.metadata && !record.metadata->isEmpty()) {
            id = record.id;
            break;
        }
    }
    m_window->actions().reviewBeforeSaving->setChecked(false);
    m_window->openCustomer(id);
    if (!QTest::qWaitFor([&] { return session() && session()->state() == CustomerSession::State::Ready; }, 10000))
        qFatal("the customer did not open");
    return session()->customer();
}

void tst_WindowHistory::editName(const QString& suffix)
{
    FormInput::typeInName(detail(), suffix);
}

void tst_WindowHistory::editValue(int row, const QString& text)
{
    FormInput::editValue(detail(), row, text);
}

int tst_WindowHistory::patchCount() const
{
    int count = 0;
    for (const Sandbox::RequestRecord& record : m_server->requestLog().records())
        count += record.method == "PATCH" ? 1 : 0;
    return count;
}

void tst_WindowHistory::savingLeavesASucceededEntryWithBeforeAndAfter()
{
    const Customer before = openEditable();
    const QString key = before.metadata().firstKey();
    editName(u" Annex"_s);
    editValue(0, u"Edited Value"_s);
    m_window->actions().save->trigger();
    QTRY_VERIFY(!session()->isDirty() && session()->state() == CustomerSession::State::Ready);

    const QList<HistoryEntry> all = entries();
    QCOMPARE(all.size(), 1);
    const HistoryEntry& entry = all.first();
    QCOMPARE(entry.state, State::Succeeded);
    QCOMPARE(entry.operation, HistoryEntry::Operation::Update);
    QCOMPARE(entry.customerId, before.id());
    QCOMPARE(entry.customerName, before.name() + u" Annex"_s);
    QCOMPARE(entry.program, u"express-admin"_s);
    QCOMPARE(entry.changes,
        (Changes {{Field::Name, QString(), before.name(), before.name() + u" Annex"_s},
            {Field::MetadataKey, key, before.metadata().value(key), u"Edited Value"_s}}));
    QByteArray sent;
    for (const Sandbox::RequestRecord& record : m_server->requestLog().records())
        sent = record.method == "PATCH" ? record.body : sent;
    QCOMPARE(entry.requestBody->toUtf8(), sent);
    // The mirror shows the saved customer at once.
    QCOMPARE(CustomerSearch(m_store).count(SearchQuery::parse(before.id() + u" annex"_s)).value(), 1);
}

void tst_WindowHistory::deactivatingAndUsersAreJournaled()
{
    const Customer before = openEditable();
    const QString user = u"usr_0123456789abcdef0123456789abcdef"_s;
    session()->addUser(user);
    QTRY_COMPARE(session()->state(), CustomerSession::State::Ready);
    m_window->actions().deactivate->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = detail()->findChild<QMessageBox*>(u"deactivateConfirmation"_s)) != nullptr);
    QTest::mouseClick(box->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!session()->customer().isActive() && session()->state() == CustomerSession::State::Ready);

    const QList<HistoryEntry> all = entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].operation, HistoryEntry::Operation::Deactivate);
    QCOMPARE(all[0].state, State::Succeeded);
    QCOMPARE(all[0].changes, (Changes {{Field::Active, QString(), u"true"_s, u"false"_s}}));
    QCOMPARE(all[1].operation, HistoryEntry::Operation::AddUser);
    QCOMPARE(all[1].state, State::Succeeded);
    QCOMPARE(all[1].customerName, before.name());
    QCOMPARE(all[1].changes, (Changes {{Field::User, user, std::nullopt, user}}));
}

void tst_WindowHistory::aSaveTheHistoryCannotRecordIsNotSent()
{
    const Customer before = openEditable();
    QSqlQuery query(m_store->database());
    // As a full disk would: every insert into the history fails.
    QVERIFY(query.exec(u"CREATE TRIGGER refuse_history BEFORE INSERT ON history "
                       "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
    const int patches = patchCount();
    editName(u" Annex"_s);
    m_window->actions().save->trigger();
    QTRY_VERIFY(m_window->messageBar()->text().contains(u"not sent"_s));
    QCOMPARE(session()->state(), CustomerSession::State::Ready);
    QVERIFY(session()->isDirty());
    QCOMPARE(session()->name(), before.name() + u" Annex"_s);
    QCOMPARE(patchCount(), patches);
    QCOMPARE(m_server->store().find(before.id())->name, before.name());
    QVERIFY(entries().isEmpty());
}

QTEST_MAIN(tst_WindowHistory)
#include "tst_windowhistory.moc"
