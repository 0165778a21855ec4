// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The history in the real MainWindow against an in-process sandbox and a real workspace database: the History tab
// beside the open customer, the History window (filters, CSV export read back), and "Undo this change" (the inverse
// as ordinary edits in the form, sent by the normal save; the opposite action for a deactivation).
#include "core/io/CsvReader.h"
#include "core/store/HistoryJournal.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/JournaledWrites.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerPane.h"
#include "ui/customer/CustomerSession.h"
#include "ui/history/HistoryBrowser.h"
#include "ui/history/HistoryController.h"
#include "ui/history/HistoryDetailView.h"
#include "ui/history/HistoryTableModel.h"
#include "ui/history/HistoryWindow.h"
#include "ui/save/RequestBodyView.h"
#include "ui/save/ReviewChangesDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnsavedChangesGuard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

class tst_History : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExpressClient> m_client;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<HistoryJournal> m_journal;
    std::unique_ptr<JournaledWrites> m_journaled;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    void start()
    {
        m_server->store().reset(Sandbox::SandboxSeed::generate(11, 12));
        QVERIFY(m_server->start());
        ClientOptions options;
        options.baseUrl = m_server->baseUrl();
        options.apiKey = m_server->apiKey();
        m_client = std::make_unique<ExpressClient>(m_nam.get(), options);
        auto opened = WorkspaceStore::open(m_dir->filePath(u"workspace.sqlite"_s));
        QVERIFY(opened.isOk());
        m_store = opened.value();
        m_journal = std::make_unique<HistoryJournal>(m_store);
        m_journaled = std::make_unique<JournaledWrites>(
            m_client.get(), m_store, HistoryOrigin {u"dana"_s, u"express-admin"_s, options.baseUrl.toString()});
        m_window = std::make_unique<MainWindow>(m_settings.get());
        addTester(controller()->tab()->model());
        m_window->setConnection(m_client.get(), ConnectionProfile::sandbox(m_server->baseUrl()));
        m_window->setWorkspace(m_store, m_journaled.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void addTester(QAbstractItemModel* model)
    {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    HistoryController* controller() const { return m_window->findChild<HistoryController*>(); }
    HistoryBrowser* tab() const { return controller()->tab(); }
    CustomerSession* session() const { return m_window->session(); }

    // Active customers of the sandbox with at least two metadata pairs.
    QStringList editableIds() const
    {
        QStringList ids;
        for (const Sandbox::CustomerRecord& record : m_server->store().customers()) {
            if (record.active && record.metadata && record.metadata->size() >= 2)
                ids.append(record.id);
        }
        return ids;
    }

    void open(const QString& id)
    {
        m_window->openCustomer(id);
        QTRY_VERIFY(session() && session()->customerId() == id && session()->hasCustomer()
            && session()->state() == CustomerSession::State::Ready);
    }

    HistoryEntry update(const QString& id, const QString& name, const QList<HistoryChange>& changes,
        const QDateTime& at = QDateTime::currentDateTimeUtc())
    {
        HistoryEntry entry;
        entry.recordedAt = at;
        entry.osUser = u"mara"_s;
        entry.program = u"express-admin-cli"_s;
        entry.connection = m_server->baseUrl().toString();
        entry.customerId = id;
        entry.customerName = name;
        entry.operation = HistoryEntry::Operation::Update;
        entry.requestBody = u"{\"expressCustomerName\":\"%1\"}"_s.arg(name);
        entry.changes = changes;
        return entry;
    }

    // As a write is journaled: begun (pending) before it is sent, completed after.
    HistoryEntry journal(const HistoryEntry& entry, HistoryEntry::State state = HistoryEntry::State::Succeeded)
    {
        auto begun = m_journal->begin(entry);
        if (begun.isError())
            qFatal("begin: %s", qPrintable(begun.error().message));
        if (m_journal->complete(begun.value().id, state))
            qFatal("complete failed");
        return begun.value();
    }

    HistoryWindow* showHistoryWindow()
    {
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        HistoryWindow* window = controller()->historyWindow();
        if (window && !QTest::qWaitForWindowExposed(window))
            return nullptr;
        return window;
    }

    std::optional<Sandbox::RequestRecord> lastPatch() const
    {
        const QList<Sandbox::RequestRecord> records = m_server->requestLog().records();
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if (it->method == "PATCH")
                return *it;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_server = std::make_unique<Sandbox::SandboxServer>();
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_testers.clear();
        m_window.reset();
        m_journaled.reset();
        m_journal.reset();
        m_store.reset();
        m_client.reset();
        m_nam.reset();
        m_server.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void theTabShowsASaveMadeInTheWindow()
    {
        start();
        const QString id = editableIds().first();
        open(id);
        QTabWidget* tabs = m_window->pane()->tabs();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), u"History"_s);
        QCOMPARE(tab()->model()->rowCount(), 0);
        tabs->setCurrentWidget(tab());

        // A save made in the window: the window's JournaledWrites records it, and the tab follows.
        const QString before = session()->customer().name();
        const QString after = before + u" (North)"_s;
        m_window->actions().reviewBeforeSaving->setChecked(false);
        session()->setName(after);
        m_window->save();
        QTRY_VERIFY(!session()->isDirty());

        // Read again after the write: the tab shows it, completed.
        QTRY_COMPARE(tab()->model()->rowCount(), 1);
        QTRY_COMPARE(tab()->model()->entryAt(0).state, HistoryEntry::State::Succeeded);
        const HistoryEntry saved = tab()->model()->entryAt(0);
        QCOMPARE(saved.operation, HistoryEntry::Operation::Update);
        QCOMPARE(saved.osUser, u"dana"_s);
        QVERIFY(tab()->selectEntry(saved.id));
        QTableWidget* changes = tab()->detail()->changesTable();
        QCOMPARE(changes->rowCount(), 1);
        QCOMPARE(changes->item(0, 1)->text(), u"“%1”"_s.arg(before));
        QCOMPARE(changes->item(0, 2)->text(), u"“%1”"_s.arg(after));
        QCOMPARE(tab()->detail()->bodyView()->toPlainText(), *saved.requestBody);
        QCOMPARE(QJsonDocument::fromJson(tab()->detail()->bodyView()->toPlainText().toUtf8()).object(),
            QJsonObject({{u"expressCustomerName"_s, after}}));

        // Another customer's tab shows only its own entries.
        open(editableIds().at(1));
        QCOMPARE(tab()->model()->rowCount(), 0);
    }

    void theWindowFiltersAndExportsACsv()
    {
        start();
        const QStringList ids = editableIds();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        journal(update(ids.at(0), u"Alder Clinic"_s, {{HistoryChange::Field::Name, {}, u"Alder"_s, u"Alder Clinic"_s}},
            now.addDays(-3)));
        journal(update(ids.at(0), u"Alder Clinic, North"_s,
            {{HistoryChange::Field::Name, {}, u"Alder Clinic"_s, u"Alder Clinic, North"_s}}, now.addSecs(-60)));
        journal(update(ids.at(1), u"Birch Labs"_s,
                    {{HistoryChange::Field::MetadataKey, u"region"_s, std::nullopt, u"northeast \"NE\""_s}}, now),
            HistoryEntry::State::Uncertain);

        HistoryWindow* window = showHistoryWindow();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        HistoryTableModel* model = window->browser()->model();
        addTester(model);
        QCOMPARE(model->rowCount(), 3);

        QTest::keyClicks(window->customerEdit(), ids.at(0));
        QTRY_COMPARE(model->rowCount(), 2);
        window->customerEdit()->clear();
        QTest::keyClicks(window->textEdit(), u"northeast"_s);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->entryAt(0).customerId, ids.at(1));
        window->textEdit()->clear();
        QTRY_COMPARE(model->rowCount(), 3);
        // From today: the entry of three days ago goes.
        window->sinceEdit()->setDate(QDate::currentDate());
        window->sinceCheck()->setChecked(true);
        QCOMPARE(model->rowCount(), 2);
        window->untilEdit()->setDate(QDate::currentDate().addDays(-1));
        window->untilCheck()->setChecked(true);
        QCOMPARE(model->rowCount(), 0);
        window->untilCheck()->setChecked(false);
        QCOMPARE(model->rowCount(), 2);

        // Export what the filter matches, to the file chosen in the dialog.
        QTest::mouseClick(window->findChild<QPushButton*>(u"historyExportButton"_s), Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->exportDialog()) != nullptr);
        QVERIFY(!dialog->selectedFiles().isEmpty());
        QVERIFY2(dialog->selectedFiles().constFirst().endsWith(
                     u"express-admin-history-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate))),
            qPrintable(dialog->selectedFiles().constFirst()));
        const QString path = m_dir->filePath(u"history.csv"_s);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto records = CsvReader::read(QString::fromUtf8(file.readAll()), u',');
        QVERIFY(records.isOk());
        QCOMPARE(records.value().size(), 3); // header and the two entries of today
        QCOMPARE(records.value().at(0).fields.at(0), u"recorded_at"_s);
        QCOMPARE(records.value().at(1).fields.at(6), u"Birch Labs"_s);
        QCOMPARE(records.value().at(1).fields.at(8), u"uncertain"_s);
        QCOMPARE(records.value().at(1).fields.at(10), u"metadata region: absent -> \"northeast \"NE\"\""_s);
        QCOMPARE(records.value().at(2).fields.at(6), u"Alder Clinic, North"_s);
    }

    void undoThisChangePutsTheInverseInTheFormAndTheSaveSendsIt()
    {
        start();
        const QStringList ids = editableIds();
        const QString id = ids.at(0);
        // The change to undo: it renamed the customer, changed one key, added "contract" and removed "wing".
        Sandbox::CustomerPatch applied;
        QMap<QString, QString> metadata = *m_server->store().find(id)->metadata;
        const QString changedKey = metadata.firstKey();
        metadata.insert(u"contract"_s, u"2025-EX-114"_s);
        metadata.remove(u"wing"_s);
        applied.name = u"Alder Clinic North"_s;
        applied.hasMetadata = true;
        applied.metadata = metadata;
        QVERIFY(m_server->store().update(id, applied).ok());
        const HistoryEntry entry = journal(update(id, u"Alder Clinic North"_s,
            {{HistoryChange::Field::Name, {}, u"Alder Clinic"_s, u"Alder Clinic North"_s},
                {HistoryChange::Field::MetadataKey, changedKey, u"former value"_s, metadata.value(changedKey)},
                {HistoryChange::Field::MetadataKey, u"contract"_s, std::nullopt, u"2025-EX-114"_s},
                {HistoryChange::Field::MetadataKey, u"wing"_s, u"Building A"_s, std::nullopt}}));

        // Another customer is open with an unsaved edit: the guard asks first.
        open(ids.at(1));
        session()->setName(session()->name() + u" (typed)"_s);
        HistoryWindow* window = showHistoryWindow();
        QVERIFY(window);
        QVERIFY(window->browser()->selectEntry(entry.id));
        QPushButton* undo = window->browser()->undoButton();
        QVERIFY(undo->isEnabled());
        m_server->requestLog().clear();
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY(m_window->guard()->dialog());
        QTest::mouseClick(m_window->guard()->dialog()->findChild<QPushButton*>(u"discardButton"_s), Qt::LeftButton);

        // The inverse is in the form as unsaved edits, one undo step, and nothing was sent.
        QTRY_VERIFY(session() && session()->customerId() == id && session()->isDirty());
        QCOMPARE(m_window->pane()->tabs()->currentIndex(), 0);
        QCOMPARE(session()->name(), u"Alder Clinic"_s);
        QMap<QString, QString> expected = metadata;
        expected.insert(changedKey, u"former value"_s);
        expected.remove(u"contract"_s);
        expected.insert(u"wing"_s, u"Building A"_s);
        QCOMPARE(session()->draft().metadataMap(), expected);
        QCOMPARE(session()->undoStack()->count(), 1);
        QVERIFY(!lastPatch());

        // The normal save, with its review, sends exactly the inverse.
        m_window->actions().reviewBeforeSaving->setChecked(true);
        m_window->save();
        ReviewChangesDialog* review = nullptr;
        QTRY_VERIFY((review = m_window->reviewDialog()) != nullptr && review->isVisible());
        QTest::mouseClick(review->findChild<QPushButton*>(u"sendButton"_s), Qt::LeftButton);
        QTRY_VERIFY(lastPatch());
        QJsonObject expectedMetadata;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            expectedMetadata.insert(it.key(), it.value());
        const QJsonObject body {{u"expressCustomerName"_s, u"Alder Clinic"_s}, {u"metadata"_s, expectedMetadata}};
        QCOMPARE(lastPatch()->path, u"/v1/express/"_s + id);
        QCOMPARE(QJsonDocument::fromJson(lastPatch()->body).object(), body);
        QTRY_VERIFY(!session()->isDirty());
        QCOMPARE(m_server->store().find(id)->name, u"Alder Clinic"_s);
    }

    void cancellingTheGuardDropsTheUndo()
    {
        start();
        const QStringList ids = editableIds();
        const QString name = m_server->store().find(ids.at(0))->name;
        const HistoryEntry entry =
            journal(update(ids.at(0), name, {{HistoryChange::Field::Name, {}, u"Alder Clinic"_s, name}}));
        open(ids.at(1));
        session()->setName(session()->name() + u" (typed)"_s);
        HistoryWindow* window = showHistoryWindow();
        QVERIFY(window);
        QVERIFY(window->browser()->selectEntry(entry.id));
        QTest::mouseClick(window->browser()->undoButton(), Qt::LeftButton);
        QTRY_VERIFY(m_window->guard()->dialog());
        QTest::mouseClick(m_window->guard()->dialog()->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->guard()->dialog());
        QCOMPARE(session()->customerId(), ids.at(1));
        // Opening that customer later by hand shows it as the server has it: the undo was dropped.
        session()->revertAll();
        open(ids.at(0));
        QVERIFY(!session()->isDirty());
        QCOMPARE(session()->name(), name);
    }

    void undoAddingAUserAsksToRemoveIt()
    {
        start();
        const QString id = editableIds().first();
        const QString userId = u"usr_0123456789abcdef0123456789abcdef"_s;
        QVERIFY(m_server->store().addUser(id, userId).ok());
        HistoryEntry entry =
            update(id, u"Alder Clinic"_s, {{HistoryChange::Field::User, userId, std::nullopt, userId}});
        entry.operation = HistoryEntry::Operation::AddUser;
        entry = journal(entry);
        open(id);
        m_window->pane()->tabs()->setCurrentWidget(tab());
        QVERIFY(tab()->selectEntry(entry.id));
        m_server->requestLog().clear();
        QTest::mouseClick(tab()->undoButton(), Qt::LeftButton);
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = m_window->findChild<QMessageBox*>(u"removeUserConfirmation"_s)) != nullptr);
        QTRY_VERIFY(question->isVisible());
        QCOMPARE(m_server->requestLog().records().size(), 0);
        QTest::mouseClick(question->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_server->store().find(id)->members.contains(userId));
    }

    void undoADeactivationOffersReactivateWithItsQuestion()
    {
        start();
        const QString id = editableIds().first();
        QVERIFY(m_server->store().setActive(id, false).ok());
        HistoryEntry entry = update(id, u"Alder Clinic"_s, {{HistoryChange::Field::Active, {}, u"true"_s, u"false"_s}});
        entry.operation = HistoryEntry::Operation::Deactivate;
        entry.requestBody.reset();
        entry = journal(entry);
        HistoryEntry failed = entry;
        failed.id.clear();
        failed = journal(failed, HistoryEntry::State::Failed);
        open(id);
        m_window->pane()->tabs()->setCurrentWidget(tab());
        QCOMPARE(tab()->model()->rowCount(), 2);
        // A failed write changed nothing: there is nothing to undo.
        QVERIFY(tab()->selectEntry(failed.id));
        QVERIFY(!tab()->undoButton()->isEnabled());
        QVERIFY(tab()->selectEntry(entry.id));
        QVERIFY(tab()->undoButton()->isEnabled());
        m_server->requestLog().clear();
        QTest::mouseClick(tab()->undoButton(), Qt::LeftButton);
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = m_window->findChild<QMessageBox*>(u"reactivateConfirmation"_s)) != nullptr);
        QTRY_VERIFY(question->isVisible());
        QCOMPARE(m_server->requestLog().records().size(), 0);
        QTest::mouseClick(question->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_server->store().find(id)->active);
    }
};

QTEST_MAIN(tst_History)
#include "tst_history.moc"
