// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Where express-admin connects at start (StartupPlan) and the real flow behind it (ConnectionController with a
// MainWindow, the first-run and connection dialogs and the embedded sandbox), with the environment, the settings
// and the keychain injected.
#include "core/settings/ProfileStore.h"
#include "core/store/WorkspaceLocation.h"
#include "core/store/WorkspaceStore.h"
#include "sandbox/EmbeddedSandbox.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "ui/connection/ConnectionController.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/FirstRunDialog.h"
#include "ui/connection/SecretStore.h"
#include "ui/connection/StartupPlan.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerSession.h"
#include "ui/customerlist/CustomerListModel.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/UnsavedChangesGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString actionName(StartupPlan::Action action)
{
    switch (action) {
    case StartupPlan::Action::Sandbox:
        return u"sandbox"_s;
    case StartupPlan::Action::Environment:
        return u"environment"_s;
    case StartupPlan::Action::StoredProfile:
        return u"stored"_s;
    case StartupPlan::Action::FirstRun:
        return u"first-run"_s;
    }
    return {};
}

// A good line, one the client refuses (it carries a key) and one without a colon.
const QString kCustomHeaders = u"X-Tenant: north\nAuthorization: Bearer not-the-key\nnonsense"_s;

QProcessEnvironment environmentWith(const QString& key, const QString& baseUrl)
{
    // Nothing of the machine's own environment leaks in.
    QProcessEnvironment environment;
    if (!key.isEmpty())
        environment.insert(u"AVARA_API_KEY"_s, key);
    if (!baseUrl.isEmpty())
        environment.insert(u"AVARA_BASE_URL"_s, baseUrl);
    return environment;
}

} // namespace

class tst_Startup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    // The environment's server and the saved profile's: which one is asked tells where the app connected.
    std::unique_ptr<Sandbox::SandboxServer> m_environmentServer;
    std::unique_ptr<Sandbox::SandboxServer> m_savedServer;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionController> m_controller;
    // Destroyed before the controller, whose client it uses.
    std::unique_ptr<MainWindow> m_window;

    QString saveProfile(const QString& name, const QUrl& baseUrl)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.baseUrl = baseUrl;
        profile.color = u"#2e7d32"_s;
        return m_profiles->save(profile);
    }

    // Stores the key as the connection dialog would, and waits for the store to confirm.
    void storeKey(const QString& profileId, const QString& key)
    {
        bool written = false;
        m_secrets->writeKey(
            profileId, key, this, [&written](const SecretStore::Result& result) { written = result.ok; });
        QTRY_VERIFY(written);
    }

    // The window and its controller, as AppController makes them, started like express-admin would be.
    void startApp(const QProcessEnvironment& environment, bool sandboxOption = false)
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_controller = std::make_unique<ConnectionController>(
            m_window.get(), m_profiles.get(), m_secrets.get(), m_nam.get(), environment);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_controller->start(sandboxOption);
    }

    int loadedRows() const
    {
        // The rows the list shows: the API's pages, or the workspace's mirror.
        return m_window && m_window->listPanel() ? m_window->listPanel()->view()->model()->rowCount() : 0;
    }

    // Asked for customers, with the right key (answered 200).
    static bool askedForCustomers(const Sandbox::SandboxServer& server)
    {
        const auto records = server.requestLog().records();
        return std::any_of(records.begin(), records.end(), [](const Sandbox::RequestRecord& record) {
            return record.method == "GET"_ba && record.path.startsWith("/v1/express"_L1) && record.status == 200;
        });
    }

    // Opens the environment server's first customer and edits its name, so that leaving it asks first.
    void openAndEditACustomer()
    {
        QTRY_VERIFY(loadedRows() > 0);
        const QString id =
            m_window->listPanel()->view()->model()->index(0, 0).data(CustomerListModel::CustomerIdRole).toString();
        m_window->openCustomer(id);
        QTRY_VERIFY(m_window->session() && m_window->session()->hasCustomer());
        QCOMPARE(m_window->session()->customer().id(), id);
        QTest::keyClicks(m_window->detailWidget()->nameEdit(), u" edited"_s);
        QVERIFY(m_window->session()->isDirty());
    }

    // Opens the connection dialog on profileId (as Connect… does) and clicks Connect once it can be clicked.
    void connectFromTheDialog(const QString& profileId)
    {
        m_controller->openConnectionDialog(profileId, {});
        ConnectionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_controller->connectionDialog()) && dialog->isVisible());
        QCOMPARE(dialog->currentProfile().id, profileId);
        auto* connect = dialog->findChild<QPushButton*>(u"connectButton"_s);
        QTRY_VERIFY(connect->isEnabled()); // a stored key is read first
        QTest::mouseClick(connect, Qt::LeftButton);
    }

    void answerGuard(const QString& button)
    {
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->guard()->dialog()) && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton*>(button), Qt::LeftButton);
        QTRY_VERIFY(!m_window->guard()->dialog());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_environmentServer = std::make_unique<Sandbox::SandboxServer>();
        m_environmentServer->store().reset(Sandbox::SandboxSeed::generate(3, 5));
        QVERIFY(m_environmentServer->start());
        m_savedServer = std::make_unique<Sandbox::SandboxServer>();
        m_savedServer->store().reset(Sandbox::SandboxSeed::generate(4, 5));
        QVERIFY(m_savedServer->start());
        // The request logs redact header values outside their allow-list unless asked to show them.
        m_environmentServer->requestLog().showHeaderValues({"X-Tenant"_ba});
        m_savedServer->requestLog().showHeaderValues({"X-Tenant"_ba});
        m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::Memory);
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_secrets.reset();
        m_savedServer.reset();
        m_environmentServer.reset();
        m_nam.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void plan_data()
    {
        QTest::addColumn<bool>("sandboxOption");
        QTest::addColumn<QString>("environmentKey");
        QTest::addColumn<QString>("environmentUrl");
        // Saved profiles by name; lastUsed names one of them, or is "sandbox", "environment", "gone" or empty.
        QTest::addColumn<QStringList>("saved");
        QTest::addColumn<QString>("lastUsed");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("profileName");

        const QStringList two {u"Staging"_s, u"Production"_s};
        QTest::addRow("nothing at all: first run")
            << false << QString() << QString() << QStringList() << QString() << u"first-run"_s << QString();
        QTest::addRow("--sandbox beats the environment and a saved profile")
            << true << u"env-key"_s << QString() << two << u"Production"_s << u"sandbox"_s << QString();
        QTest::addRow("environment key beats the last-used profile")
            << false << u"env-key"_s << u"https://staging.example.com"_s << two << u"Production"_s << u"environment"_s
            << u"Environment"_s;
        QTest::addRow("environment key beats a sandbox used last")
            << false << u"env-key"_s << QString() << QStringList() << u"sandbox"_s << u"environment"_s
            << u"Environment"_s;
        QTest::addRow("a base URL without a key is no profile")
            << false << QString() << u"https://staging.example.com"_s << QStringList() << QString() << u"first-run"_s
            << QString();
        QTest::addRow("last-used profile")
            << false << QString() << QString() << two << u"Staging"_s << u"stored"_s << u"Staging"_s;
        QTest::addRow("sandbox used last")
            << false << QString() << QString() << two << u"sandbox"_s << u"sandbox"_s << QString();
        QTest::addRow("last-used profile deleted: the first by name")
            << false << QString() << QString() << two << u"gone"_s << u"stored"_s << u"Production"_s;
        QTest::addRow("environment used last but unset now: the first by name")
            << false << QString() << QString() << two << u"environment"_s << u"stored"_s << u"Production"_s;
        QTest::addRow("environment used last, nothing saved: first run")
            << false << QString() << QString() << QStringList() << u"environment"_s << u"first-run"_s << QString();
    }

    void plan()
    {
        QFETCH(bool, sandboxOption);
        QFETCH(QString, environmentKey);
        QFETCH(QString, environmentUrl);
        QFETCH(QStringList, saved);
        QFETCH(QString, lastUsed);
        QFETCH(QString, action);
        QFETCH(QString, profileName);

        QHash<QString, QString> ids;
        for (const QString& name : saved)
            ids.insert(name, saveProfile(name, QUrl(u"https://%1.example.com"_s.arg(name.toLower()))));
        m_profiles->setLastUsedId(ids.value(lastUsed, lastUsed == "gone"_L1 ? u"no-such-profile"_s : lastUsed));

        const StartupPlan plan =
            StartupPlan::choose(sandboxOption, environmentWith(environmentKey, environmentUrl), *m_profiles);
        QCOMPARE(actionName(plan.action), action);
        QCOMPARE(plan.profile.name, profileName);
        if (plan.action == StartupPlan::Action::Environment) {
            QCOMPARE(plan.apiKey, environmentKey);
            QCOMPARE(plan.profile.source, ConnectionProfile::Source::Environment);
            QCOMPARE(plan.profile.baseUrl,
                environmentUrl.isEmpty() ? ClientOptions::defaultBaseUrl() : QUrl(environmentUrl));
        } else {
            // A stored key is read from the keychain by the caller, never carried here.
            QVERIFY(plan.apiKey.isEmpty());
        }
        if (plan.action == StartupPlan::Action::StoredProfile)
            QCOMPARE(plan.profile.id, ids.value(profileName));
    }

    void environmentKeyWinsOverASavedProfile()
    {
        const QString savedId = saveProfile(u"Production"_s, m_savedServer->baseUrl());
        storeKey(savedId, m_savedServer->apiKey());
        m_profiles->setLastUsedId(savedId);

        startApp(environmentWith(m_environmentServer->apiKey(), m_environmentServer->baseUrl().toString()));
        QTRY_VERIFY(loadedRows() > 0);
        QCOMPARE(m_window->profile().source, ConnectionProfile::Source::Environment);
        QCOMPARE(m_window->profile().name, u"Environment"_s);
        QVERIFY(askedForCustomers(*m_environmentServer));
        QVERIFY(!askedForCustomers(*m_savedServer));
        // This run's choice only: next time without the variables, the saved profile is used again.
        QCOMPARE(m_profiles->lastUsedId(), savedId);
    }

    void lastUsedProfileConnectsWithItsStoredKey()
    {
        saveProfile(u"Another"_s, m_environmentServer->baseUrl());
        const QString savedId = saveProfile(u"Production"_s, m_savedServer->baseUrl());
        storeKey(savedId, m_savedServer->apiKey());
        m_profiles->setLastUsedId(savedId);

        startApp(environmentWith({}, {}));
        QTRY_VERIFY(loadedRows() > 0);
        QCOMPARE(m_window->profile().id, savedId);
        QVERIFY(askedForCustomers(*m_savedServer));
        QVERIFY(!askedForCustomers(*m_environmentServer));
        QVERIFY(!m_controller->firstRunDialog());
        QVERIFY(!m_controller->connectionDialog());
    }

    void savedProfileWithoutAKeyAsksForIt_data()
    {
        QTest::addColumn<bool>("realKeychain");
        QTest::addRow("no key in the store") << false;
        QTest::addRow("QtKeychain (no entry, or no Secret Service)") << true;
    }

    void savedProfileWithoutAKeyAsksForIt()
    {
        QFETCH(bool, realKeychain);
        if (realKeychain) {
            m_secrets = std::make_unique<SecretStore>(SecretStore::Backend::Keychain);
            // A service no one else uses: no entry for this id, whatever the machine's keychain holds.
            m_secrets->setServiceName(u"Express Admin tests %1"_s.arg(QCoreApplication::applicationPid()));
        }
        const QString savedId = saveProfile(u"Production"_s, m_savedServer->baseUrl());
        m_profiles->setLastUsedId(savedId);

        startApp(environmentWith({}, {}));
        // The connection dialog opens on that profile with the cursor in the key field and says why.
        QTRY_VERIFY(m_controller->connectionDialog() && m_controller->connectionDialog()->isVisible());
        ConnectionDialog* dialog = m_controller->connectionDialog();
        QCOMPARE(dialog->currentProfile().id, savedId);
        auto* keyStatus = dialog->findChild<QLabel*>(u"keyStatus"_s);
        QVERIFY(keyStatus);
        QVERIFY2(keyStatus->text().contains(u"Enter the API key of “Production”"_s), qPrintable(keyStatus->text()));
        QVERIFY(!m_window->client());
        QVERIFY(!askedForCustomers(*m_savedServer));

        // Typing the key and connecting gets there.
        auto* keyEdit = dialog->findChild<QLineEdit*>(u"apiKeyEdit"_s);
        keyEdit->selectAll();
        QTest::keyClicks(keyEdit, m_savedServer->apiKey());
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
        QTRY_VERIFY(loadedRows() > 0);
        QCOMPARE(m_window->profile().id, savedId);
        QVERIFY(askedForCustomers(*m_savedServer));
    }

    void firstRunTrySandboxConnectsToAWorkingSandbox()
    {
        startApp(environmentWith({}, {}));
        QTRY_VERIFY(m_controller->firstRunDialog() && m_controller->firstRunDialog()->isVisible());
        QVERIFY(!m_window->client());
        auto* trySandbox = m_controller->firstRunDialog()->findChild<QPushButton*>(u"trySandboxButton"_s);
        QVERIFY(trySandbox);
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
        QTest::mouseClick(trySandbox, Qt::LeftButton);
        QTRY_VERIFY(!m_controller->firstRunDialog());
        QTRY_VERIFY_WITH_TIMEOUT(loadedRows() > 0, 20000);
        QCOMPARE(connected.count(), 1);
        QCOMPARE(m_window->profile().source, ConnectionProfile::Source::Sandbox);
        QVERIFY(m_controller->sandbox() && m_controller->sandbox()->isRunning());
        // Next start goes straight to the sandbox.
        QCOMPARE(m_profiles->lastUsedId(), ConnectionProfile::kSandboxId);
        QVERIFY(!askedForCustomers(*m_savedServer));
    }

    void firstRunConnectOpensTheConnectionDialogOnANewProfile()
    {
        startApp(environmentWith({}, {}));
        QTRY_VERIFY(m_controller->firstRunDialog() && m_controller->firstRunDialog()->isVisible());
        QTest::mouseClick(m_controller->firstRunDialog()->findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_controller->connectionDialog() && m_controller->connectionDialog()->isVisible());
        QTRY_VERIFY(!m_controller->firstRunDialog());
        ConnectionDialog* dialog = m_controller->connectionDialog();
        QVERIFY(dialog->currentProfile().id.isEmpty());
        QVERIFY(dialog->findChild<QLineEdit*>(u"profileNameEdit"_s)->text().isEmpty());
        QVERIFY(!m_window->client());
        QVERIFY(!m_controller->sandbox());
    }

    void sandboxOptionConnectsToTheSandboxWhateverElseIsSet()
    {
        const QString savedId = saveProfile(u"Production"_s, m_savedServer->baseUrl());
        storeKey(savedId, m_savedServer->apiKey());
        m_profiles->setLastUsedId(savedId);

        startApp(environmentWith(m_environmentServer->apiKey(), m_environmentServer->baseUrl().toString()), true);
        QTRY_VERIFY_WITH_TIMEOUT(loadedRows() > 0, 20000);
        QCOMPARE(m_window->profile().source, ConnectionProfile::Source::Sandbox);
        QVERIFY(!askedForCustomers(*m_environmentServer));
        QVERIFY(!askedForCustomers(*m_savedServer));
        QVERIFY(!m_controller->firstRunDialog());
    }

    // Each connection has its own workspace database, the one the CLI uses for the same server; the sandbox has one
    // of its own whatever its port.
    void eachConnectionOpensItsOwnWorkspace()
    {
        startApp(environmentWith(m_environmentServer->apiKey(), m_environmentServer->baseUrl().toString()));
        QTRY_VERIFY(loadedRows() > 0);
        QVERIFY(m_window->workspace());
        QCOMPARE(m_window->workspace()->path(), WorkspaceLocation::pathFor(m_environmentServer->baseUrl()));
        QVERIFY(QFileInfo::exists(m_window->workspace()->path()));
        QCOMPARE(m_window->messageBar()->text(), QString());

        m_controller->connectSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->profile().source == ConnectionProfile::Source::Sandbox, 20000);
        QVERIFY(m_window->workspace());
        QCOMPARE(m_window->workspace()->path(), WorkspaceLocation::sandboxPath());
    }

    // A workspace that cannot be opened turns off what needs it, says so, and the customers are still there.
    void aWorkspaceThatCannotBeOpenedIsNoDeadEnd()
    {
        const QString folder = WorkspaceLocation::directory();
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(QFileInfo(folder).path()));
        QFile blocker(folder); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto removeBlocker = qScopeGuard([&] { QFile::remove(folder); });

        startApp(environmentWith(m_environmentServer->apiKey(), m_environmentServer->baseUrl().toString()));
        QTRY_VERIFY(loadedRows() > 0);
        QVERIFY(!m_window->workspace());
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(m_window->messageBar()->text().startsWith(u"Search, history and drafts are off for this connection"_s),
            qPrintable(m_window->messageBar()->text()));
    }

    // The profile used last is the one connected last: recorded by the controller once connected, never when the
    // unsaved-changes question is cancelled, and never the environment (it is this run's choice only).
    void connectingFromTheDialogRecordsTheProfileOnceConnected_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("lastUsedAfter");
        QTest::addRow("another stored profile") << u"Staging"_s << u"Staging"_s;
        QTest::addRow("the sandbox") << u"sandbox"_s << u"sandbox"_s;
        QTest::addRow("the environment: the stored profile stays") << u"environment"_s << u"Production"_s;
    }

    void connectingFromTheDialogRecordsTheProfileOnceConnected()
    {
        QFETCH(QString, target);
        QFETCH(QString, lastUsedAfter);
        QHash<QString, QString> ids {
            {u"sandbox"_s, ConnectionProfile::kSandboxId}, {u"environment"_s, ConnectionProfile::kEnvironmentId}};
        ids.insert(u"Production"_s, saveProfile(u"Production"_s, m_savedServer->baseUrl()));
        storeKey(ids.value(u"Production"_s), m_savedServer->apiKey());
        ids.insert(u"Staging"_s, saveProfile(u"Staging"_s, m_savedServer->baseUrl()));
        storeKey(ids.value(u"Staging"_s), m_savedServer->apiKey());
        m_profiles->setLastUsedId(ids.value(u"Production"_s));

        // Started on the environment, with an edited customer open.
        startApp(environmentWith(m_environmentServer->apiKey(), m_environmentServer->baseUrl().toString()));
        openAndEditACustomer();
        QCOMPARE(m_window->profile().source, ConnectionProfile::Source::Environment);
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);

        // Cancelled: still where it was, and nothing recorded.
        connectFromTheDialog(ids.value(target));
        answerGuard(u"cancelButton"_s);
        QTRY_VERIFY(!m_controller->connectionDialog());
        QCOMPARE(connected.count(), 0);
        QCOMPARE(m_window->profile().source, ConnectionProfile::Source::Environment);
        QVERIFY(m_window->session()->isDirty());
        QCOMPARE(m_profiles->lastUsedId(), ids.value(u"Production"_s));

        // Edits discarded: connected, and recorded unless it is the environment.
        connectFromTheDialog(ids.value(target));
        answerGuard(u"discardButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() == 1, 20000);
        QCOMPARE(connected.first().at(0).value<ConnectionProfile>().id, ids.value(target));
        QCOMPARE(m_profiles->lastUsedId(), ids.value(lastUsedAfter));
    }

    // The list in the running app: one click opens a customer (the pane no longer says "Choose a customer");
    // another row asks about unsaved edits first, and Cancel keeps the open one, selected; a click on the open
    // customer's own row asks nothing, keeps the edits and reads nothing again.
    void aClickInTheListOpensTheCustomerWithTheUnsavedChangesGuard()
    {
        startApp(environmentWith(m_environmentServer->apiKey(), m_environmentServer->baseUrl().toString()));
        QTRY_VERIFY(loadedRows() > 1);
        CustomerListPanel* panel = m_window->listPanel();
        QTableView* view = panel->view();
        const auto clickRow = [view](int row) {
            const QModelIndex index = view->model()->index(row, CustomerListModel::NameColumn);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        };
        const auto rowId = [view](int row) {
            return view->model()->index(row, 0).data(CustomerListModel::CustomerIdRole).toString();
        };
        const auto reads = [this](const QString& id) {
            const auto records = m_environmentServer->requestLog().records();
            return std::count_if(records.begin(), records.end(), [&id](const Sandbox::RequestRecord& record) {
                return record.method == "GET"_ba && record.path == u"/v1/express/"_s + id;
            });
        };

        clickRow(0);
        QTRY_VERIFY(m_window->session() && m_window->session()->hasCustomer());
        QCOMPARE(m_window->session()->customerId(), rowId(0));
        QVERIFY(m_window->detailWidget()->isVisibleTo(m_window.get()));
        QTest::keyClicks(m_window->detailWidget()->nameEdit(), u" edited"_s);
        QVERIFY(m_window->session()->isDirty());
        const auto readsOfFirst = reads(rowId(0));

        clickRow(0);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
            view->visualRect(view->model()->index(0, CustomerListModel::NameColumn)).center());
        QCoreApplication::processEvents();
        QVERIFY(!m_window->guard()->dialog());
        QVERIFY(m_window->session()->isDirty());
        QCOMPARE(m_window->session()->customerId(), rowId(0));
        QCOMPARE(reads(rowId(0)), readsOfFirst);

        clickRow(1);
        answerGuard(u"cancelButton"_s);
        QCOMPARE(m_window->session()->customerId(), rowId(0));
        QVERIFY(m_window->session()->isDirty());
        QCOMPARE(panel->currentCustomerId(), rowId(0));

        clickRow(1);
        answerGuard(u"discardButton"_s);
        QTRY_VERIFY(
            m_window->session() && m_window->session()->customerId() == rowId(1) && m_window->session()->hasCustomer());
        QCOMPARE(panel->currentCustomerId(), rowId(1));
    }

    // A sandbox that could not start (here: its port is taken) is no dead end: each request tries a new one and
    // says why when that fails too.
    void sandboxThatCouldNotStartIsTriedAfreshOnTheNextRequest()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const quint16 port = taken.serverPort();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_controller = std::make_unique<ConnectionController>(
            m_window.get(), m_profiles.get(), m_secrets.get(), m_nam.get(), environmentWith({}, {}));
        m_controller->setSandboxPort(port);
        QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
        const auto failures = [&messages] {
            QStringList shown;
            for (const QList<QVariant>& message : std::as_const(messages)) {
                if (message.first().toString().contains(u"could not start"_s))
                    shown.append(message.first().toString());
            }
            return shown;
        };
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        m_controller->start(true);
        QTRY_COMPARE_WITH_TIMEOUT(failures().size(), 1, 20000);
        QVERIFY2(failures().first().contains(QString::number(port)), qPrintable(failures().first()));
        QVERIFY(!m_controller->sandbox());
        QVERIFY(!m_window->client());

        m_controller->connectSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(failures().size(), 2, 20000);
        QVERIFY(!m_window->client());

        // Any free port now (the one taken is never handed back: another program could take it in between).
        m_controller->setSandboxPort(0);
        m_controller->connectSandbox();
        QTRY_VERIFY_WITH_TIMEOUT(loadedRows() > 0, 20000);
        QCOMPARE(m_window->profile().source, ConnectionProfile::Source::Sandbox);
        QVERIFY(m_controller->sandbox()->baseUrl().port() != port);
        QCOMPARE(failures().size(), 2);
    }

    // AVARA_CUSTOM_HEADERS: sent by the Environment profile only, and each ignored line shown in the message bar.
    void environmentProfileSendsTheCustomHeadersAndShowsIgnoredLines()
    {
        QProcessEnvironment environment =
            environmentWith(m_environmentServer->apiKey(), m_environmentServer->baseUrl().toString());
        environment.insert(u"AVARA_CUSTOM_HEADERS"_s, kCustomHeaders);
        startApp(environment);
        QTRY_VERIFY(loadedRows() > 0); // with the environment's key, not line 2's
        QCOMPARE(m_window->profile().source, ConnectionProfile::Source::Environment);
        const auto records = m_environmentServer->requestLog().records();
        QVERIFY(!records.isEmpty());
        for (const Sandbox::RequestRecord& record : records)
            QCOMPARE(record.header("X-Tenant"), "north"_ba);
        const MessageBar* bar = m_window->messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->text().contains(u"“Authorization”"_s), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(u"Line 3 "_s), qPrintable(bar->text()));
        QVERIFY2(!bar->text().contains(u"not-the-key"_s), qPrintable(bar->text()));
    }

    void storedProfileSendsNoCustomHeaders()
    {
        const QString savedId = saveProfile(u"Production"_s, m_savedServer->baseUrl());
        storeKey(savedId, m_savedServer->apiKey());
        m_profiles->setLastUsedId(savedId);
        QProcessEnvironment environment = environmentWith({}, {});
        environment.insert(u"AVARA_CUSTOM_HEADERS"_s, kCustomHeaders);
        startApp(environment);
        QTRY_VERIFY(loadedRows() > 0);
        QCOMPARE(m_window->profile().id, savedId);
        for (const Sandbox::RequestRecord& record : m_savedServer->requestLog().records())
            QVERIFY(record.header("X-Tenant").isEmpty());
        QVERIFY(!m_window->messageBar()->isVisible());
    }
};

QTEST_MAIN(tst_Startup)
#include "tst_startup.moc"
