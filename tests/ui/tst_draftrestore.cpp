// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Unsaved edits survive a crash: edited in the window, kept in the workspace, the window gone without saving, and
// the next window on the same workspace offers them back, merged with what the server holds now.
#include "core/api/ExpressClient.h"
#include "core/store/DraftStore.h"
#include "core/store/WorkspaceStore.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/FormInput.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerSession.h"
#include "ui/drafts/DraftRecovery.h"
#include "ui/drafts/RestoreConflictsDialog.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/UnsavedChangesGuard.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_DraftRestore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExpressClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<WorkspaceStore> m_probe; // the test's own connection to the workspace
    QString m_id; // an active customer with at least two metadata pairs
    QStringList m_keys; // its keys, as the form sorts them

    void startWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->actions().reviewBeforeSaving->setChecked(false);
        m_window->setConnection(m_client.get(), ConnectionProfile::sandbox(m_server->baseUrl()));
        auto opened = WorkspaceStore::open(workspacePath());
        QVERIFY(opened.isOk());
        m_window->setWorkspace(opened.value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Gone without a question, as in a crash: nothing saved, nothing discarded.
    void crash() { m_window.reset(); }

    QString workspacePath() const { return m_dir->filePath(u"workspace.sqlite"_s); }
    DraftRecovery* recovery() const { return m_window->findChild<DraftRecovery*>(); }
    CustomerSession* session() const { return m_window->session(); }
    CustomerDetailWidget* detail() const { return m_window->detailWidget(); }
    MetadataTableModel* metadataModel() const { return detail()->metadataEditor()->model(); }

    std::optional<DraftStore::Draft> storedDraft() const
    {
        const auto loaded = DraftStore(m_probe).load(m_id);
        return loaded.isOk() ? loaded.value() : std::nullopt;
    }

    QString valueOf(const QString& key) const
    {
        for (int row = 0; row < metadataModel()->rowCount(); ++row) {
            if (metadataModel()->index(row, MetadataTableModel::KeyColumn).data().toString() == key)
                return metadataModel()->index(row, MetadataTableModel::ValueColumn).data().toString();
        }
        return u"<no row>"_s;
    }

    void openInWindow()
    {
        m_window->openCustomer(m_id);
        QTRY_VERIFY(session() && session()->hasCustomer() && !session()->isBusy());
    }

    void typeInName(const QString& text) { FormInput::typeInName(detail(), text); }

    // Edits a value cell through the view's editor: edit(), type, Enter.
    void editValue(int row, const QString& text) { FormInput::editValue(detail(), row, text); }

    // Opens the customer, renames it and changes its first value in the form, and waits until the edits are kept
    // (about a second at most). *name: the name as typed.
    void editAndWaitForTheDraft(const QString& firstValue, QString* name = nullptr)
    {
        openInWindow();
        typeInName(u" (unsaved)"_s);
        editValue(0, firstValue);
        if (name)
            *name = session()->name();
        QTRY_VERIFY_WITH_TIMEOUT(storedDraft() && storedDraft()->edits == session()->draft(), 1500);
    }

    // Another admin changes the customer's metadata meanwhile.
    void changeOnServer(const QMap<QString, QString>& changes)
    {
        QMap<QString, QString> metadata = *m_server->store().find(m_id)->metadata;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            metadata.insert(it.key(), it.value());
        Sandbox::CustomerPatch patch;
        patch.hasMetadata = true;
        patch.metadata = metadata;
        QVERIFY(m_server->store().update(m_id, patch).ok());
    }

    QMessageBox* waitForQuestion()
    {
        QMessageBox* box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = recovery()->question()) && box->isVisible(); }, 5000))
            return nullptr;
        return box;
    }

    void answer(QMessageBox* box, const QString& button)
    {
        QVERIFY(box);
        auto* pushButton = box->findChild<QPushButton*>(button);
        QVERIFY2(pushButton, qPrintable(button));
        QTest::mouseClick(pushButton, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_server = std::make_unique<Sandbox::SandboxServer>();
        const QList<Sandbox::CustomerRecord> customers = Sandbox::SandboxSeed::generate(17, 30);
        m_id.clear();
        for (const Sandbox::CustomerRecord& record : customers) {
            if (m_id.isEmpty() && record.active && record.metadata && record.metadata->size() >= 2) {
                m_id = record.id;
                m_keys = record.metadata->keys();
            }
        }
        QVERIFY(!m_id.isEmpty());
        m_server->store().reset(customers);
        QVERIFY(m_server->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        ClientOptions options;
        options.baseUrl = m_server->baseUrl();
        options.apiKey = m_server->apiKey();
        m_client = std::make_unique<ExpressClient>(m_nam.get(), options);
        auto probe = WorkspaceStore::open(workspacePath());
        QVERIFY(probe.isOk());
        m_probe = probe.value();
    }

    void cleanup()
    {
        m_window.reset();
        m_probe.reset();
        m_client.reset();
        m_nam.reset();
        m_server.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void restoreBringsTheEditsBackMergedWithTheServer()
    {
        startWindow();
        QCoreApplication::processEvents();
        QVERIFY(!recovery()->question()); // nothing to restore
        QString name;
        editAndWaitForTheDraft(u"edited before the crash"_s, &name);
        crash();
        changeOnServer({{m_keys.at(1), u"changed on the server"_s}, {u"addedOnServer"_s, u"yes"_s}});

        startWindow();
        QMessageBox* box = waitForQuestion();
        QVERIFY(box);
        const QString original = m_server->store().find(m_id)->name;
        QCOMPARE(box->text(), u"Restore your unsaved edits of “%1”?"_s.arg(original));
        answer(box, u"restoreButton"_s);

        // Fresh from the API, with the edits on top: ordinary unsaved edits.
        QTRY_VERIFY(session() && session()->isDirty());
        QCOMPARE(session()->customerId(), m_id);
        QCOMPARE(session()->customer().metadata().value(u"addedOnServer"_s), u"yes"_s);
        QCOMPARE(detail()->nameEdit()->text(), name);
        QCOMPARE(valueOf(m_keys.at(0)), u"edited before the crash"_s);
        QCOMPARE(valueOf(m_keys.at(1)), u"changed on the server"_s);
        QCOMPARE(valueOf(u"addedOnServer"_s), u"yes"_s);
        QVERIFY2(m_window->messageBar()->text().contains(u"combined"_s), qPrintable(m_window->messageBar()->text()));

        // Saved through the normal save, the draft goes.
        m_window->save();
        QTRY_VERIFY(!session()->isDirty() && !session()->isBusy());
        const Sandbox::CustomerRecord held = *m_server->store().find(m_id);
        QCOMPARE(held.name, name);
        QCOMPARE(held.metadata->value(m_keys.at(0)), u"edited before the crash"_s);
        QCOMPARE(held.metadata->value(m_keys.at(1)), u"changed on the server"_s);
        QCOMPARE(held.metadata->value(u"addedOnServer"_s), u"yes"_s);
        QTRY_VERIFY(!storedDraft());
    }

    void aConflictIsDecidedAsWhenSaving_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("expected");
        QTest::addRow("keep mine") << u"keepMineRadio"_s << u"mine"_s;
        QTest::addRow("take the server's") << u"takeServersRadio"_s << u"theirs"_s;
    }

    void aConflictIsDecidedAsWhenSaving()
    {
        QFETCH(QString, choice);
        QFETCH(QString, expected);
        startWindow();
        QString name;
        editAndWaitForTheDraft(u"mine"_s, &name);
        crash();
        changeOnServer({{m_keys.at(0), u"theirs"_s}});

        startWindow();
        answer(waitForQuestion(), u"restoreButton"_s);
        RestoreConflictsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = recovery()->conflictsDialog()) && dialog->isVisible());
        auto* restore = dialog->findChild<QPushButton*>(u"restoreButton"_s);
        QVERIFY(!restore->isEnabled()); // no side is taken for the user
        QWidget* conflict = dialog->findChild<QWidget*>(u"conflictChoice_0"_s);
        QVERIFY(conflict);
        auto* radio = conflict->findChild<QRadioButton*>(choice);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // With the keyboard: Tab to the side, Space picks it.
        radio->setFocus(Qt::TabFocusReason);
        QTest::keyClick(radio, Qt::Key_Space);
        QTRY_VERIFY(radio->isChecked());
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);

        QTRY_COMPARE(valueOf(m_keys.at(0)), expected);
        QCOMPARE(session()->customer().metadata().value(m_keys.at(0)), u"theirs"_s);
        QCOMPARE(detail()->nameEdit()->text(), name); // the edit that did not conflict is back either way
        QVERIFY(session()->isDirty());
    }

    void discardOrLater_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("kept");
        QTest::addRow("discard") << u"discardButton"_s << false;
        QTest::addRow("later") << u"laterButton"_s << true;
    }

    void discardOrLater()
    {
        QFETCH(QString, button);
        QFETCH(bool, kept);
        startWindow();
        editAndWaitForTheDraft(u"edited"_s);
        crash();

        startWindow();
        answer(waitForQuestion(), button);
        QTRY_VERIFY(!recovery()->question());
        QVERIFY(!session()); // nothing was opened
        QCOMPARE(storedDraft().has_value(), kept);

        crash();
        startWindow();
        if (kept) {
            QVERIFY(waitForQuestion());
        } else {
            QCoreApplication::processEvents();
            QVERIFY(!recovery()->question());
        }
    }

    void laterAsksAgainWhenThatCustomerIsOpened()
    {
        startWindow();
        editAndWaitForTheDraft(u"kept for later"_s);
        crash();

        startWindow();
        answer(waitForQuestion(), u"laterButton"_s);
        QTRY_VERIFY(!recovery()->question());
        // Opening it asks before anything could be typed over the kept edits.
        m_window->openCustomer(m_id);
        answer(waitForQuestion(), u"restoreButton"_s);
        QTRY_COMPARE(valueOf(m_keys.at(0)), u"kept for later"_s);
        QVERIFY(session()->isDirty());
    }

    void aDraftAnotherRunningInstanceKeepsIsNotOffered()
    {
        startWindow();
        editAndWaitForTheDraft(u"still being typed"_s);

        // A second instance of the app on the same workspace, while the first one keeps the edits.
        MainWindow second(m_settings.get());
        second.setConnection(m_client.get(), ConnectionProfile::sandbox(m_server->baseUrl()));
        auto opened = WorkspaceStore::open(workspacePath());
        QVERIFY(opened.isOk());
        second.setWorkspace(opened.value());
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QTest::qWait(200);
        auto* secondRecovery = second.findChild<DraftRecovery*>();
        QVERIFY(secondRecovery);
        QVERIFY(!secondRecovery->question());
        QVERIFY(storedDraft()); // untouched

        // Once the first one is gone (as after a crash), the draft is offered.
        crash();
        startWindow();
        QVERIFY(waitForQuestion());
    }

    void aWorkspaceThatCannotBeWrittenIsShownAndTheEditsStay()
    {
        startWindow();
        openInWindow();
        // As SQLite reports a read-only file or a full disk: every write fails whole.
        QVERIFY(QSqlQuery(m_window->workspace()->database()).exec(u"PRAGMA query_only = 1"_s));
        typeInName(u" (unsaved)"_s);
        const CustomerDraft edits = session()->draft();
        MessageBar* bar = m_window->messageBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->text().contains(u"could not be kept"_s) && bar->text().contains(u"cannot be written"_s),
            qPrintable(bar->text()));
        QCOMPARE(session()->draft(), edits);
        QVERIFY(session()->isDirty());
        QVERIFY(!storedDraft());
    }

    void discardingInTheGuardRemovesTheDraft()
    {
        startWindow();
        editAndWaitForTheDraft(u"not wanted"_s);
        m_window->close();
        QMessageBox* guard = nullptr;
        QTRY_VERIFY((guard = m_window->guard()->dialog()) && guard->isVisible());
        QTest::mouseClick(guard->findChild<QPushButton*>(u"discardButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(!storedDraft());
    }
};

QTEST_MAIN(tst_DraftRestore)
#include "tst_draftrestore.moc"
