// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The GUI acceptance tests: the real MainWindow against an in-process sandbox, driven like a user would.
#include "core/api/ExpressClient.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/CustomerSync.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/FormInput.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerSession.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/CustomerSearchModel.h"
#include "ui/customerlist/WorkspaceListController.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/save/ReviewChangesDialog.h"
#include "ui/save/SaveFlow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/UnsavedChangesGuard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExpressClient> m_client;
    std::unique_ptr<ExpressClient> m_otherAdmin;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    ClientOptions clientOptions() const
    {
        ClientOptions options;
        options.baseUrl = m_server->baseUrl();
        options.apiKey = m_server->apiKey();
        options.retryBaseDelay = std::chrono::milliseconds(5);
        options.retryMaxDelay = std::chrono::milliseconds(20);
        return options;
    }

    void start(int customers = 30)
    {
        m_server->store().reset(Sandbox::SandboxSeed::generate(11, customers));
        QVERIFY(m_server->start());
        m_client = std::make_unique<ExpressClient>(m_nam.get(), clientOptions());
        m_otherAdmin = std::make_unique<ExpressClient>(m_nam.get(), clientOptions());
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->setConnection(m_client.get(), ConnectionProfile::sandbox(m_server->baseUrl()));
        // Before the list's first page and the first customer.
        addTester(m_window->listPanel()->model());
        addTester(m_window->listPanel()->view()->model());
        addTester(m_window->detailWidget()->metadataEditor()->model());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(listModel()->rowCount() > 0);
    }

    void addTester(QAbstractItemModel* model)
    {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    CustomerListModel* listModel() const { return m_window->listPanel()->model(); }
    CustomerDetailWidget* detail() const { return m_window->detailWidget(); }
    MetadataTableModel* metadataModel() const { return detail()->metadataEditor()->model(); }
    const MainActions& actions() const { return m_window->actions(); }
    CustomerSession* session() const { return m_window->session(); }

    // The loaded customers with at least two metadata pairs, active, in list order.
    QStringList editableIds() const
    {
        QStringList ids;
        for (int row = 0; row < listModel()->rowCount(); ++row) {
            const Customer customer = listModel()->customerAt(row);
            if (customer.isActive() && customer.metadata().size() >= 2)
                ids.append(customer.id());
        }
        return ids;
    }

    // Makes the row current in the list and presses Enter on it, as a user would.
    void activateInList(const QString& id)
    {
        QVERIFY(m_window->listPanel()->selectCustomer(id));
        QTableView* view = m_window->listPanel()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
    }

    void openInList(const QString& id)
    {
        activateInList(id);
        QTRY_COMPARE(session()->customer().id(), id);
    }

    void typeInName(const QString& text) { FormInput::typeInName(detail(), text); }

    // Opens the first editable customer, turns the review off and appends suffix to its name; returns its id.
    QString editFirstNameWithoutReview(const QString& suffix)
    {
        const QString id = editableIds().first();
        openInList(id);
        m_window->actions().reviewBeforeSaving->setChecked(false);
        typeInName(suffix);
        return id;
    }

    // Edits a value cell through the view's editor: edit(), type, Enter.
    void editValue(int row, const QString& text) { FormInput::editValue(detail(), row, text); }

    QString keyAt(int row) const
    {
        return metadataModel()->data(metadataModel()->index(row, MetadataTableModel::KeyColumn)).toString();
    }

    ReviewChangesDialog* waitForReview()
    {
        ReviewChangesDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = m_window->reviewDialog();
                    return dialog && dialog->isVisible();
                },
                10000))
            return nullptr;
        return dialog;
    }

    void clickSend(ReviewChangesDialog* dialog)
    {
        auto* send = dialog->findChild<QPushButton*>(u"sendButton"_s);
        QVERIFY(send);
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
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

    int patchCount() const
    {
        int count = 0;
        for (const Sandbox::RequestRecord& record : m_server->requestLog().records())
            count += record.method == "PATCH" ? 1 : 0;
        return count;
    }

    // Every request made before this returns has reached the server (one client, requests in order).
    void roundTrip()
    {
        bool done = false;
        m_client->retrieveCustomer(
            listModel()->customerAt(0).id(), this, [&done](const ApiResult<Customer>&) { done = true; });
        QTRY_VERIFY(done);
    }

    void otherAdminPatches(const QString& id, const CustomerPatch& patch)
    {
        bool done = false;
        m_otherAdmin->updateCustomer(id, patch, this, [&done](const ApiResult<UpdateOutcome>& result) {
            QVERIFY(result.isOk());
            done = true;
        });
        QTRY_VERIFY(done);
    }

    // Opens the customer, appends suffix to its name (*edited: the name now) and turns the review off; the next
    // PATCH is stored but answered with the customer as it was (a stale answer).
    void editNameForAStaleSave(const QString& id, const QString& suffix, QString* edited)
    {
        openInList(id);
        *edited = session()->customer().name() + suffix;
        m_window->actions().reviewBeforeSaving->setChecked(false);
        typeInName(suffix);
        QVERIFY(m_server->addFault(u"stale,method=PATCH"_s));
    }

    // After its PATCH is answered, the stored name of the customer is changed as by another admin.
    void renameOnServerAfterThePatch(const QString& id, const QString& name)
    {
        connect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, [this, id, name] {
            if (m_server->requestLog().last()->method != "PATCH")
                return;
            Sandbox::CustomerPatch rename;
            rename.name = name;
            QVERIFY(m_server->store().update(id, rename).ok());
        });
    }

    QMessageBox* guardDialog() const { return m_window->guard()->dialog(); }

    void answerGuard(const QString& button)
    {
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = guardDialog()) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(session()->customer().name()), qPrintable(box->text()));
        QTest::mouseClick(box->findChild<QPushButton*>(button), Qt::LeftButton);
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
        m_otherAdmin.reset();
        m_client.reset();
        m_nam.reset();
        m_server.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void showsTheProfileAndTheList()
    {
        start();
        QVERIFY(m_window->windowTitle().contains(u"Sandbox"_s));
        auto* badge = m_window->findChild<QLabel*>(u"toolBarProfileBadge"_s);
        QVERIFY(badge);
        QCOMPARE(badge->text(), u"Sandbox"_s);
        QVERIFY(badge->styleSheet().contains(ConnectionProfile::sandbox({}).color));
        QVERIFY(m_window->findChild<QLabel*>(u"statusProfileBadge"_s)->isVisible());
        QVERIFY(!m_window->session());
        const MainActions& a = actions();
        for (QAction* action : {a.save, a.undo, a.redo, a.revertAll, a.copyId, a.deactivate, a.addUser}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            // Disabled looks disabled: the icon is drawn lighter than when enabled.
            const QImage normal = action->icon().pixmap(24, QIcon::Normal).toImage();
            const QImage disabled = action->icon().pixmap(24, QIcon::Disabled).toImage();
            QVERIFY2(normal != disabled, qPrintable(action->objectName()));
        }
        // Every action has a shortcut.
        for (QAction* each : a.all())
            QVERIFY2(!each->shortcut().isEmpty(), qPrintable(each->objectName()));
    }

    void tabGoesFromTheListToTheForm()
    {
        start();
        openInList(editableIds().first());
        QWidget* last = nullptr;
        for (QWidget* widget = m_window->listPanel()->nextInFocusChain(); widget != m_window->listPanel();
             widget = widget->nextInFocusChain()) {
            if (m_window->listPanel()->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus))
                last = widget;
        }
        QVERIFY(last);
        QCOMPARE(last->nextInFocusChain(), detail()->nameEdit());
        // Every field of the form has an accessible name.
        for (QLineEdit* edit : detail()->findChildren<QLineEdit*>()) {
            if (edit->isVisibleTo(detail()))
                QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
        }
    }

    void aSaveShowsInTheWorkspaceListAtOnce()
    {
        start();
        auto opened = WorkspaceStore::open(m_dir->filePath(u"workspace.sqlite"_s));
        QVERIFY(opened.isOk());
        m_window->setWorkspace(opened.value());
        CustomerSearchModel* listed = m_window->listPanel()->searchModel();
        QVERIFY(listed);
        QCOMPARE(m_window->listPanel()->view()->model(), listed);
        QTRY_VERIFY_WITH_TIMEOUT(listed->rowCount() == 30 && !m_window->workspaceList()->sync()->isRunning(), 10000);

        const QString id = editFirstNameWithoutReview(u" (North)"_s);
        QCOMPARE(m_window->listPanel()->currentCustomerId(), id);
        m_window->save();
        QTRY_VERIFY(session()->customer().name().endsWith(u" (North)"_s) && !session()->isDirty());
        // The server's answer is in the mirror, and the list shows it on the row, still current.
        const int row = listed->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(listed->index(row, CustomerListModel::NameColumn).data().toString(), session()->customer().name());
        QCOMPARE(m_window->listPanel()->view()->currentIndex().row(), row);
    }

    void editAndSaveSendsExactlyTheChanges()
    {
        start();
        const QString id = editableIds().first();
        openInList(id);
        const Customer loaded = session()->customer();
        QVERIFY(!m_window->isWindowModified());

        typeInName(u" (North)"_s);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(u"[*]"_s));
        QVERIFY(actions().save->isEnabled());
        const QString firstKey = keyAt(0);
        const QString secondKey = keyAt(1);
        editValue(0, u"Building B"_s);
        QVERIFY(metadataModel()->setData(metadataModel()->index(1, MetadataTableModel::ValueColumn), u"42"_s));
        const int added = metadataModel()->appendRow({u"contract"_s, u"2025-EX-114"_s});
        QCOMPARE(added, metadataModel()->rowCount() - 1);
        m_server->requestLog().clear();

        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        ReviewChangesDialog* review = waitForReview();
        QVERIFY(review);
        QCOMPARE(patchCount(), 0);
        clickSend(review);
        QTRY_COMPARE(patchCount(), 1);

        Metadata expectedMetadata = loaded.metadata();
        expectedMetadata.insert(firstKey, u"Building B"_s);
        expectedMetadata.insert(secondKey, u"42"_s);
        expectedMetadata.insert(u"contract"_s, u"2025-EX-114"_s);
        QJsonObject metadata;
        for (auto it = expectedMetadata.cbegin(); it != expectedMetadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        const QJsonObject expected {
            {u"expressCustomerName"_s, loaded.name() + u" (North)"_s},
            {u"metadata"_s, metadata},
        };
        const Sandbox::RequestRecord patch = *lastPatch();
        QCOMPARE(patch.path, u"/v1/express/"_s + id);
        QCOMPARE(QJsonDocument::fromJson(patch.body).object(), expected);

        // The form shows the server's answer, clean; the list row follows.
        QTRY_VERIFY(!session()->isDirty());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(session()->customer().name(), loaded.name() + u" (North)"_s);
        QCOMPARE(session()->undoStack()->count(), 0);
        const int row = listModel()->rowOfId(id);
        QCOMPARE(listModel()->customerAt(row).name(), loaded.name() + u" (North)"_s);
        QVERIFY(!actions().save->isEnabled());
        QVERIFY(!m_window->messageBar()->isVisible());
        QCOMPARE(m_server->store().find(id)->metadata.value(), expectedMetadata);
    }

    void onlyTheNameIsSentWhenOnlyTheNameChanged()
    {
        start();
        editFirstNameWithoutReview(u" II"_s);
        m_server->requestLog().clear();
        actions().save->trigger();
        QTRY_COMPARE(patchCount(), 1);
        QCOMPARE(QJsonDocument::fromJson(lastPatch()->body).object(),
            QJsonObject({{u"expressCustomerName"_s, session()->draft().name()}}));
    }

    void invalidEdits_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addRow("empty name") << u"name"_s;
        QTest::addRow("duplicate metadata key") << u"duplicate"_s;
        QTest::addRow("metadata value over 1000 characters") << u"long"_s;
    }

    void invalidEdits()
    {
        QFETCH(QString, what);
        start();
        openInList(editableIds().first());
        if (what == "name"_L1) {
            detail()->nameEdit()->setFocus();
            detail()->nameEdit()->selectAll();
            QTest::keyClick(detail()->nameEdit(), Qt::Key_Backspace);
        } else if (what == "duplicate"_L1) {
            metadataModel()->appendRow({keyAt(0), u"again"_s});
        } else {
            editValue(0, u"x"_s.repeated(1001));
        }
        QVERIFY(session()->isDirty());
        QVERIFY(!session()->isValid());
        QVERIFY(m_window->isWindowModified());
        QVERIFY(!actions().save->isEnabled());

        m_server->requestLog().clear();
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        m_window->save();
        QVERIFY(!(session() && session()->state() == CustomerSession::State::Saving));
        roundTrip();
        // Only the round trip's own GET reached the server.
        QCOMPARE(m_server->requestLog().size(), 1);
        QCOMPARE(m_server->requestLog().last()->method, QByteArray("GET"));
    }

    void conflicts_data()
    {
        QTest::addColumn<bool>("overlapping");
        QTest::addRow("another admin changed other fields") << false;
        QTest::addRow("another admin changed the same key") << true;
    }

    void conflicts()
    {
        QFETCH(bool, overlapping);
        start();
        const QString id = editableIds().first();
        openInList(id);
        const Customer loaded = session()->customer();
        const QString mineKey = keyAt(0);
        const QString theirKey = overlapping ? mineKey : keyAt(1);

        typeInName(u" (mine)"_s);
        editValue(0, u"my value"_s);

        // Between load and save, another admin PATCHes the same customer.
        Metadata theirs = loaded.metadata();
        theirs.insert(theirKey, u"their value"_s);
        theirs.insert(u"addedByThem"_s, u"yes"_s);
        CustomerPatch patch;
        patch.replaceMetadata(theirs);
        otherAdminPatches(id, patch);

        actions().save->trigger();
        ReviewChangesDialog* review = waitForReview();
        QVERIFY(review);
        if (overlapping) {
            // The conflict holds the server's value until a side is picked: Send waits for it.
            auto* choice = review->findChild<QWidget*>(u"conflictChoice_0"_s);
            QVERIFY(choice);
            auto* mine = choice->findChild<QRadioButton*>(u"keepMineRadio"_s);
            QVERIFY(mine);
            QTest::mouseClick(mine, Qt::LeftButton, {}, QPoint(4, mine->height() / 2));
            QTRY_VERIFY(mine->isChecked());
        }
        clickSend(review);
        QTRY_VERIFY(!session()->isDirty());

        const Sandbox::CustomerRecord stored = *m_server->store().find(id);
        QCOMPARE(stored.name, loaded.name() + u" (mine)"_s);
        QCOMPARE(stored.metadata->value(mineKey), u"my value"_s);
        // Nothing of theirs was lost.
        QCOMPARE(stored.metadata->value(u"addedByThem"_s), u"yes"_s);
        if (!overlapping)
            QCOMPARE(stored.metadata->value(theirKey), u"their value"_s);
        QCOMPARE(session()->customer().metadata(), stored.metadata.value());
    }

    void undoAndRedoThroughTheWindow()
    {
        start();
        openInList(editableIds().first());
        const Customer loaded = session()->customer();
        QVERIFY(!actions().undo->isEnabled());
        typeInName(u"!"_s);
        editValue(0, u"changed"_s);
        QVERIFY(actions().undo->isEnabled());

        // Focus in the metadata table: Ctrl+Z is the window's Undo (no ambiguity with the editor's own action).
        QTableView* view = detail()->metadataEditor()->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(metadataModel()->currentMetadata(), loaded.metadata());
        QCOMPARE(detail()->nameEdit()->text(), loaded.name() + u"!"_s);
        // Focus in the name: the customer's stack again, not the line edit's own history.
        detail()->nameEdit()->setFocus();
        QTest::keyClick(detail()->nameEdit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(detail()->nameEdit()->text(), loaded.name());
        QVERIFY(!session()->isDirty());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(!actions().save->isEnabled());

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(detail()->nameEdit()->text(), loaded.name() + u"!"_s);
        QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(metadataModel()->data(metadataModel()->index(0, 1)).toString(), u"changed"_s);
        QVERIFY(m_window->isWindowModified());

        actions().revertAll->trigger();
        QVERIFY(!session()->isDirty());
        QCOMPARE(detail()->nameEdit()->text(), loaded.name());
        actions().undo->trigger();
        QVERIFY(session()->isDirty());
    }

    void guardOnSwitchingCustomer()
    {
        start();
        const QStringList ids = editableIds();
        QVERIFY(ids.size() >= 3);
        openInList(ids.at(0));
        const QString firstName = session()->customer().name();
        typeInName(u" edited"_s);

        // Cancel: the edits stay, and so does the customer.
        activateInList(ids.at(1));
        answerGuard(u"cancelButton"_s);
        QTRY_VERIFY(!guardDialog());
        QCOMPARE(session()->customer().id(), ids.at(0));
        QCOMPARE(session()->draft().name(), firstName + u" edited"_s);
        QCOMPARE(m_window->listPanel()->currentCustomerId(), ids.at(0));

        // Discard: switches; nothing was sent.
        m_server->requestLog().clear();
        activateInList(ids.at(1));
        answerGuard(u"discardButton"_s);
        QTRY_COMPARE(session()->customer().id(), ids.at(1));
        QVERIFY(!session()->isDirty());
        QCOMPARE(patchCount(), 0);
        QCOMPARE(m_server->store().find(ids.at(0))->name, firstName);

        // Save: saves, then switches.
        const QString secondName = session()->customer().name();
        typeInName(u" saved"_s);
        activateInList(ids.at(2));
        answerGuard(u"saveButton"_s);
        ReviewChangesDialog* review = waitForReview();
        QVERIFY(review);
        clickSend(review);
        QTRY_COMPARE(session()->customer().id(), ids.at(2));
        QCOMPARE(m_server->store().find(ids.at(1))->name, secondName + u" saved"_s);
        QCOMPARE(patchCount(), 1);
    }

    void guardOnSaveThatFailsStaysPut()
    {
        start();
        const QStringList ids = editableIds();
        openInList(ids.at(0));
        typeInName(u" kept"_s);
        m_window->actions().reviewBeforeSaving->setChecked(false);
        QVERIFY(m_server->addFault(u"status=422,method=PATCH,count=1"_s));
        activateInList(ids.at(1));
        answerGuard(u"saveButton"_s);
        QTRY_VERIFY(m_window->messageBar()->isVisible());
        QCOMPARE(session()->customer().id(), ids.at(0));
        QVERIFY(session()->isDirty());
        QCOMPARE(session()->draft().name(), m_server->store().find(ids.at(0))->name + u" kept"_s);
    }

    void guardOnClosingTheWindow()
    {
        start();
        openInList(editableIds().first());
        typeInName(u" closing"_s);
        QVERIFY(!m_window->close());
        answerGuard(u"cancelButton"_s);
        QTRY_VERIFY(!guardDialog());
        QVERIFY(m_window->isVisible());
        QVERIFY(session()->isDirty());

        actions().quit->trigger();
        answerGuard(u"discardButton"_s);
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(patchCount(), 0);
    }

    void saveFailureKeepsTheEditsAndOffersRetry()
    {
        start();
        const QString id = editFirstNameWithoutReview(u" retried"_s);
        // More failures than the client retries.
        QVERIFY(m_server->addFault(u"status=503,method=PATCH,count=3"_s));
        actions().save->trigger();
        MessageBar* bar = m_window->messageBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY(bar->actions().testFlag(MessageBar::RetryAction));
        QVERIFY(session()->isDirty());
        QVERIFY(m_window->isWindowModified());

        QTest::mouseClick(bar->findChild<QPushButton*>(u"retryButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!session()->isDirty());
        QVERIFY(m_server->store().find(id)->name.endsWith(u" retried"_s));
        QVERIFY(!bar->isVisible());
    }

    void retryDuringASaveIsShownThenTheSaveProgressAgain()
    {
        start();
        const QString id = editFirstNameWithoutReview(u" retried"_s);
        QVERIFY(m_server->addFault(u"status=429,retry-after-ms=300,method=PATCH"_s));
        // The retried PATCH is slow, so the retry's message (1 s) ends while the save still runs.
        connect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, [this](qint64, int status) {
            if (status == 429)
                QVERIFY(m_server->addFault(u"latency=2500,method=PATCH,count=1"_s));
        });
        // Every status message, marked when it came while the save was running.
        const auto shown = std::make_shared<QStringList>();
        connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [this, shown](const QString& text) {
            shown->append(text
                + ((session() && session()->state() == CustomerSession::State::Saving) ? u" (saving)"_s : QString()));
        });

        actions().save->trigger();
        const QString retry = u"Rate limited; retrying in 1 s… (saving)"_s;
        QTRY_VERIFY2(shown->contains(retry), qPrintable(shown->join(u" | "_s)));
        QTRY_VERIFY2(
            shown->mid(shown->indexOf(retry)).contains(u"Saving… (saving)"_s), qPrintable(shown->join(u" | "_s)));
        QTRY_VERIFY(!session()->isDirty());
        QVERIFY(m_server->store().find(id)->name.endsWith(u" retried"_s));
        QCOMPARE(shown->filter(u"retrying"_s).size(), 1); // one listener writes it
        QObject::disconnect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, nullptr);
    }

    void staleAnswerIsCheckedByReadingTheCustomerAgain()
    {
        start();
        const QString id = editableIds().first();
        QString typed;
        editNameForAStaleSave(id, u" (stale)"_s, &typed);
        m_server->requestLog().clear();

        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);

        // The server says something else happened; reading again shows it stored everything.
        MessageBar* bar = m_window->messageBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->text().contains(u"answered with something other than what was sent"_s), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(u"your changes are stored"_s), qPrintable(bar->text()));
        QCOMPARE(m_server->store().find(id)->name, typed);
        QStringList methods;
        for (const Sandbox::RequestRecord& record : m_server->requestLog().records())
            methods.append(QString::fromLatin1(record.method));
        QCOMPARE(methods, (QStringList {u"GET"_s, u"PATCH"_s, u"GET"_s}));

        // The form shows what the server holds (which is what was typed), clean; the list row follows.
        QVERIFY(!session()->isDirty());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(detail()->nameEdit()->text(), typed);
        QCOMPARE(session()->customer().name(), typed);
        QCOMPARE(listModel()->customerAt(listModel()->rowOfId(id)).name(), typed);
    }

    void serverThatStoredSomethingElseKeepsTheEdits()
    {
        start();
        const QString id = editableIds().first();
        QString typed;
        editNameForAStaleSave(id, u" (mine)"_s, &typed);
        renameOnServerAfterThePatch(id, u"Renamed Elsewhere"_s);

        actions().save->trigger();

        MessageBar* bar = m_window->messageBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->text().contains(u"did something other than what was asked"_s), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(u"“Renamed Elsewhere”"_s), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(u"Your edits are kept"_s), qPrintable(bar->text()));
        // Nothing typed is lost: the edit is still in the form, unsaved; the list shows the server's state.
        QVERIFY(session()->isDirty());
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(detail()->nameEdit()->text(), typed);
        QCOMPARE(listModel()->customerAt(listModel()->rowOfId(id)).name(), u"Renamed Elsewhere"_s);

        // Saving again sets the user's edit against what the server holds, and stores it.
        QObject::disconnect(m_server.get(), &Sandbox::SandboxServer::requestFinished, this, nullptr);
        actions().save->trigger();
        ReviewChangesDialog* review = waitForReview();
        QVERIFY(review);
        auto* choice = review->findChild<QWidget*>(u"conflictChoice_0"_s);
        QVERIFY(choice);
        auto* mine = choice->findChild<QRadioButton*>(u"keepMineRadio"_s);
        QTest::mouseClick(mine, Qt::LeftButton, {}, QPoint(4, mine->height() / 2));
        QTRY_VERIFY(mine->isChecked());
        clickSend(review);
        QTRY_VERIFY(!session()->isDirty());
        QCOMPARE(m_server->store().find(id)->name, typed);
        QCOMPARE(detail()->nameEdit()->text(), typed);
    }

    void aRefusedKeyOffersToFixIt()
    {
        start();
        ClientOptions wrong = clientOptions();
        wrong.apiKey = u"sbx_wrong"_s;
        // A child of the window: the list panel that uses it goes first.
        auto* refused = new ExpressClient(m_nam.get(), wrong, m_window.get());
        m_window->setConnection(refused, ConnectionProfile::sandbox(m_server->baseUrl()));
        QSignalSpy fixKey(m_window.get(), &MainWindow::fixKeyRequested);
        m_window->openCustomer(m_server->store().customers().first().id);
        MessageBar* bar = m_window->messageBar();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->actions().testFlag(MessageBar::FixKeyAction));
        QTest::mouseClick(bar->findChild<QPushButton*>(u"fixKeyButton"_s), Qt::LeftButton);
        QCOMPARE(fixKey.count(), 1);
        // The status bar and its badge no longer claim a working connection.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"refused"_s),
            qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!m_window->statusBar()->currentMessage().contains(u"Connected"_s));
        QVERIFY(m_window->findChild<QLabel*>(u"statusProfileBadge"_s)->text().contains(u"key refused"_s));
        m_window->setConnection(m_client.get(), ConnectionProfile::sandbox(m_server->baseUrl()));
        QVERIFY(!m_window->findChild<QLabel*>(u"statusProfileBadge"_s)->text().contains(u"refused"_s));
    }

    void editsTypedWhileSavingAreNotLost()
    {
        // The data-loss scenario, by keyboard: a value changed, Ctrl+S, and while the PATCH is slow, Insert and a
        // new pair, and more of the name.
        start();
        const QString id = editFirstNameWithoutReview(QString());
        const QString name = session()->customer().name();
        const QString firstKey = keyAt(0);
        editValue(0, u"first save"_s);
        QVERIFY(m_server->addFault(u"latency=800,count=1,method=PATCH"_s));
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(m_server->pendingCount(), 1);
        QTableView* table = detail()->metadataEditor()->view();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);
        QTest::keyClicks(table->focusWidget(), u"wing"_s);
        QTest::keyClick(table->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(table->focusWidget(), u"Building B"_s);
        QTest::keyClick(table->focusWidget(), Qt::Key_Return);
        typeInName(u" North"_s);

        QTRY_COMPARE(session()->state(), CustomerSession::State::Ready);
        QCOMPARE(m_server->store().find(id)->metadata->value(firstKey), u"first save"_s);
        QVERIFY(!m_server->store().find(id)->metadata->contains(u"wing"_s));
        // Still on screen, still unsaved: the title says so and Save is there for them.
        QCOMPARE(detail()->nameEdit()->text(), name + u" North"_s);
        QCOMPARE(session()->draft().metadataMap().value(u"wing"_s), u"Building B"_s);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(actions().save->isEnabled());
        QVERIFY(actions().revertAll->isEnabled());
        QVERIFY2(actions().revertAll->text().contains(session()->customer().name().left(20)),
            qPrintable(actions().revertAll->text()));
        actions().save->trigger();
        QTRY_VERIFY(!session()->isDirty());
        QCOMPARE(m_server->store().find(id)->metadata->value(u"wing"_s), u"Building B"_s);
        QCOMPARE(m_server->store().find(id)->name, name + u" North"_s);
        QVERIFY(!m_window->isWindowModified());
    }

    void aFailureBarGoesOnceTheNextCallSucceeds()
    {
        start();
        openInList(editableIds().first());
        const QString user = u"usr_0123456789abcdef0123456789abcdef"_s;
        QVERIFY(m_server->addFault(u"status=409,should-retry=false,method=POST,count=1"_s));
        QTest::keyClicks(detail()->userIdEdit(), user);
        actions().addUser->trigger();
        MessageBar* bar = m_window->messageBar();
        QTRY_VERIFY(bar->isVisible());
        // The server said that retrying will not help: no Retry.
        QVERIFY(!bar->actions().testFlag(MessageBar::RetryAction));
        QTRY_VERIFY(!session()->isBusy());
        actions().addUser->trigger();
        QTRY_VERIFY(m_server->store().find(session()->customerId())->members.contains(user));
        QTRY_VERIFY(!bar->isVisible());
    }

    void everyMenuActionHasAShortcut()
    {
        start();
        openInList(editableIds().first());
        QStringList names;
        for (QMenu* menu : m_window->menuBar()->findChildren<QMenu*>()) {
            for (QAction* action : menu->actions()) {
                // Separators, and the menus themselves where the bar's overflow lists them.
                if (action->isSeparator() || action->menu())
                    continue;
                names.append(action->text().remove(u'&'));
                QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            }
        }
        for (const QString& expected : {u"Revert Row"_s, u"Import…"_s, u"Export…"_s, u"Add"_s, u"Paste"_s})
            QVERIFY2(names.contains(expected), qPrintable(names.join(u", "_s)));
    }

    void tabLeavesTheMetadataTable()
    {
        start();
        openInList(editableIds().first());
        QTableView* table = detail()->metadataEditor()->view();
        table->setFocus();
        table->setCurrentIndex(metadataModel()->index(0, MetadataTableModel::KeyColumn));
        QTest::keyClick(table, Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        QVERIFY(now);
        QVERIFY2(now != table && !table->isAncestorOf(now), qPrintable(now->objectName()));
        // Arrows still move between the cells.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex().column(), int(MetadataTableModel::ValueColumn));
    }

    void tabStopsOnlyOnWhatIsVisible()
    {
        start();
        openInList(editableIds().first());
        m_window->listPanel()->setFocus();
        QWidget* first = QApplication::focusWidget();
        QVERIFY(first);
        for (int step = 0; step < 40; ++step) {
            QWidget* before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            QVERIFY(now);
            const QString what = QString::fromLatin1(now->metaObject()->className()) + u' ' + now->objectName();
            QVERIFY2(now->isVisible() && !now->size().isEmpty(), qPrintable(what));
            // A stop shows where it is: a control that draws its focus, not a frame, label or scroll area. The tab bar
            // of the customer's tabs (Details, History) is one: the arrow keys switch tabs there.
            const bool control = qobject_cast<QLineEdit*>(now) || qobject_cast<QAbstractButton*>(now)
                || qobject_cast<QAbstractItemView*>(now) || qobject_cast<QComboBox*>(now)
                || qobject_cast<QPlainTextEdit*>(now) || qobject_cast<QTabBar*>(now);
            QVERIFY2(control, qPrintable(what));
            if (now == first)
                break;
        }
    }

    void deactivateFromTheMenuUpdatesTheListRow()
    {
        start();
        const QString id = editableIds().first();
        openInList(id);
        QVERIFY(actions().deactivate->isEnabled());
        actions().deactivate->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = detail()->findChild<QMessageBox*>(u"deactivateConfirmation"_s)) != nullptr);
        QTest::mouseClick(box->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!listModel()->customerAt(listModel()->rowOfId(id)).isActive());
        QVERIFY(!m_server->store().find(id)->active);
        QVERIFY(actions().reactivate->isEnabled());
        QVERIFY(!actions().deactivate->isEnabled());
    }

    void paginationAsTheListScrolls()
    {
        start(130);
        QTableView* view = m_window->listPanel()->view();
        QCOMPARE(listModel()->rowCount(), CustomerListModel::DefaultPageSize);
        QVERIFY(!listModel()->isComplete());
        view->scrollToBottom();
        QTRY_COMPARE(listModel()->rowCount(), 2 * CustomerListModel::DefaultPageSize);
        view->scrollToBottom();
        QTRY_COMPARE(listModel()->rowCount(), 130);
        QTRY_VERIFY(listModel()->isComplete());
        int lists = 0;
        for (const Sandbox::RequestRecord& record : m_server->requestLog().records())
            lists += record.method == "GET" && record.path == u"/v1/express"_s ? 1 : 0;
        QCOMPARE(lists, 3);
    }

    void geometrySplitterAndColumnsPersist()
    {
        start();
        auto* splitter = m_window->findChild<QSplitter*>(u"mainSplitter"_s);
        m_window->resize(1000, 640);
        splitter->setSizes({300, 700});
        QTRY_COMPARE(m_window->size(), QSize(1000, 640));
        const QList<int> sizes = splitter->sizes();
        QVERIFY(m_window->close());
        m_settings->sync();
        QVERIFY(m_settings->contains(u"mainWindow/geometry"_s));
        QVERIFY(m_settings->contains(u"mainWindow/splitter"_s));
        QVERIFY(m_settings->contains(u"mainWindow/customerListHeader"_s));

        MainWindow again(m_settings.get());
        again.setConnection(m_client.get(), ConnectionProfile::sandbox(m_server->baseUrl()));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1000, 640));
        QCOMPARE(again.findChild<QSplitter*>(u"mainSplitter"_s)->sizes(), sizes);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
