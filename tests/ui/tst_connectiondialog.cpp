// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/settings/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/SecretStore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    // The sandbox the profiles point at, and the QNAM the dialog tests connections with.
    ClientTestBed m_bed;

    Sandbox::SandboxServer& server() const { return m_bed.server(); }

    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }

    std::unique_ptr<ConnectionDialog> makeDialog(
        SecretStore* secrets, const ConnectionProfile& environment = {}, const QString& environmentKey = {})
    {
        auto dialog =
            std::make_unique<ConnectionDialog>(m_profiles.get(), secrets, &m_bed.nam(), environment, environmentKey);
        dialog->open();
        return dialog;
    }

    void fillNewProfile(ConnectionDialog* dialog, const QString& name, const QString& key)
    {
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"newProfileButton"_s), Qt::LeftButton);
        auto* nameEdit = dialog->findChild<QLineEdit*>(u"profileNameEdit"_s);
        auto* urlEdit = dialog->findChild<QLineEdit*>(u"baseUrlEdit"_s);
        auto* keyEdit = dialog->findChild<QLineEdit*>(u"apiKeyEdit"_s);
        QTest::keyClicks(nameEdit, name);
        urlEdit->selectAll();
        QTest::keyClicks(urlEdit, server().baseUrl().toString());
        QTest::keyClicks(keyEdit, key);
        // Production red, as a user marking their live system would.
        dialog->findChild<QComboBox*>(u"colorBox"_s)->setCurrentIndex(0);
    }

    QByteArray iniBytes() const
    {
        m_settings->sync();
        QFile file(iniPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        QVERIFY(m_bed.restart(1, 5));
    }

    void cleanup()
    {
        m_bed.stop();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void offersTheSandboxAndTheEnvironment()
    {
        SecretStore secrets(SecretStore::Backend::Memory);
        QProcessEnvironment environment;
        environment.insert(u"AVARA_API_KEY"_s, u"env-key"_s);
        auto dialog = makeDialog(&secrets, ConnectionProfile::fromEnvironment(environment), u"env-key"_s);
        auto* list = dialog->findChild<QListWidget*>(u"profileList"_s);
        QStringList ids;
        for (int row = 0; row < list->count(); ++row)
            ids.append(list->item(row)->data(Qt::UserRole).toString());
        QCOMPARE(ids, QStringList({ConnectionProfile::kEnvironmentId, ConnectionProfile::kSandboxId}));

        QSignalSpy sandbox(dialog.get(), &ConnectionDialog::sandboxRequested);
        dialog->selectProfile(ConnectionProfile::kSandboxId);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
        QCOMPARE(sandbox.count(), 1);
    }

    void testConnection_data()
    {
        QTest::addColumn<bool>("rightKey");
        QTest::addRow("the right key") << true;
        QTest::addRow("a wrong key") << false;
    }

    void testConnection()
    {
        QFETCH(bool, rightKey);
        server().requestLog().clear();
        SecretStore secrets(SecretStore::Backend::Memory);
        auto dialog = makeDialog(&secrets);
        fillNewProfile(dialog.get(), u"Local"_s, rightKey ? server().apiKey() : u"sbx_wrong"_s);
        QSignalSpy finished(dialog.get(), &ConnectionDialog::testFinished);
        auto* test = dialog->findChild<QPushButton*>(u"testConnectionButton"_s);
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), rightKey);
        const QString text = finished.first().at(1).toString();
        QCOMPARE(dialog->findChild<QLabel*>(u"testResult"_s)->text(), text);
        // One customer was listed.
        QCOMPARE(server().requestLog().size(), 1);
        QCOMPARE(server().requestLog().last()->query, u"limit=1"_s);
        if (!rightKey) {
            QVERIFY2(text.contains(u"Local"_s), qPrintable(text)); // the ApiError message names the profile
            QVERIFY(!text.contains(u"sbx_wrong"_s));
        }
    }

    void testingTheEnvironmentProfileSendsItsExtraHeadersAndNoOtherDoes()
    {
        QProcessEnvironment environment;
        environment.insert(u"AVARA_API_KEY"_s, server().apiKey());
        environment.insert(u"AVARA_BASE_URL"_s, server().baseUrl().toString());
        SecretStore secrets(SecretStore::Backend::Memory);
        auto dialog = makeDialog(&secrets, ConnectionProfile::fromEnvironment(environment), server().apiKey());
        dialog->setEnvironmentHeaders({{"X-Tenant"_ba, "blue"_ba}});
        QSignalSpy finished(dialog.get(), &ConnectionDialog::testFinished);
        auto* test = dialog->findChild<QPushButton*>(u"testConnectionButton"_s);

        server().requestLog().clear();
        server().requestLog().showHeaderValues({"X-Tenant"_ba}); // the log redacts values outside its allow-list
        dialog->selectProfile(ConnectionProfile::kEnvironmentId);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(server().requestLog().last()->header("x-tenant"_ba), "blue"_ba);

        fillNewProfile(dialog.get(), u"Local"_s, server().apiKey());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(server().requestLog().size(), 2);
        QVERIFY(server().requestLog().last()->header("x-tenant"_ba).isEmpty());
    }

    void connectSavesTheProfileAndKeepsTheKeyOutOfTheFile_data()
    {
        QTest::addColumn<bool>("realKeychain");
        QTest::addRow("in-memory store") << false;
        QTest::addRow("QtKeychain (session-only without a Secret Service)") << true;
    }

    void connectSavesTheProfileAndKeepsTheKeyOutOfTheFile()
    {
        QFETCH(bool, realKeychain);
        SecretStore secrets(realKeychain ? SecretStore::Backend::Keychain : SecretStore::Backend::Memory);
        secrets.setServiceName(u"Express Admin tests"_s);
        const QString key = server().apiKey();
        auto dialog = makeDialog(&secrets);
        fillNewProfile(dialog.get(), u"Production"_s, key);
        QSignalSpy connectRequested(dialog.get(), &ConnectionDialog::connectRequested);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
        QTRY_COMPARE(connectRequested.count(), 1);
        const auto profile = connectRequested.first().at(0).value<ConnectionProfile>();
        QCOMPARE(connectRequested.first().at(1).toString(), key);
        QCOMPARE(profile.name, u"Production"_s);
        QCOMPARE(profile.baseUrl, server().baseUrl());
        QCOMPARE(profile.color, ConnectionDialog::colorChoices().first().first);
        QVERIFY(!dialog->isVisible());

        // The profile is in the settings, the key is not; the store has it.
        QCOMPARE(m_profiles->profiles().size(), 1);
        // Not the last-used one yet: the controller records that once connected (tst_startup).
        QVERIFY(m_profiles->lastUsedId().isEmpty());
        const QByteArray bytes = iniBytes();
        QVERIFY(bytes.contains("Production"));
        QVERIFY(!bytes.contains(key.toUtf8()));
        std::optional<SecretStore::Result> read;
        secrets.readKey(profile.id, this, [&read](const SecretStore::Result& result) { read = result; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->key, key);
        if (realKeychain && read->storage == SecretStore::Storage::Session) {
            // Said plainly where the key is entered.
            auto again = makeDialog(&secrets);
            again->selectProfile(profile.id);
            QTRY_COMPARE(again->findChild<QLabel*>(u"keyStatus"_s)->text(), SecretStore::sessionOnlyText());
            QTRY_COMPARE(again->findChild<QLineEdit*>(u"apiKeyEdit"_s)->text(), key);
        }
    }

    // Without a Secret Service (CI, a headless machine) the dialog must not promise the keychain for a new key: it
    // says "checking" until the keychain has answered, then "kept for this session only".
    void aNewProfileIsPromisedOnlyTheStorageThatWorks()
    {
        if (qEnvironmentVariableIsSet("EXPRESSADMIN_TEST_REAL_KEYRING"))
            QSKIP("a real keyring is running (EXPRESSADMIN_TEST_REAL_KEYRING)");
        SecretStore secrets(SecretStore::Backend::Keychain);
        secrets.setServiceName(u"Express Admin tests"_s);
        const QString promise = ConnectionDialog::tr("The key will be stored in the system keychain.");
        auto dialog = makeDialog(&secrets);
        auto* keyStatus = dialog->findChild<QLabel*>(u"keyStatus"_s);
        QVERIFY(keyStatus);

        QTest::mouseClick(dialog->findChild<QPushButton*>(u"newProfileButton"_s), Qt::LeftButton);

        if (secrets.availability() == SecretStore::Availability::Unknown)
            QVERIFY2(keyStatus->text() != promise, qPrintable(keyStatus->text()));
        QTRY_VERIFY(secrets.availability() != SecretStore::Availability::Unknown);
        if (secrets.availability() == SecretStore::Availability::Keychain)
            QSKIP("this machine has a working keychain; tst_systemkeyring covers the promise");
        QCOMPARE(keyStatus->text(), SecretStore::sessionOnlyText());
        QVERIFY(keyStatus->text().contains(u"for this session only"_s));
        // Opened again, after the answer: said at once.
        auto again = makeDialog(&secrets);
        QTest::mouseClick(again->findChild<QPushButton*>(u"newProfileButton"_s), Qt::LeftButton);
        QCOMPARE(again->findChild<QLabel*>(u"keyStatus"_s)->text(), SecretStore::sessionOnlyText());
    }

    void connectNeedsANameAUrlAndAKey()
    {
        SecretStore secrets(SecretStore::Backend::Memory);
        auto dialog = makeDialog(&secrets);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"newProfileButton"_s), Qt::LeftButton);
        auto* connect = dialog->findChild<QPushButton*>(u"connectButton"_s);
        QVERIFY(!connect->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"profileNameEdit"_s), u"Staging"_s);
        QVERIFY(!connect->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"apiKeyEdit"_s), u"k"_s);
        QVERIFY(connect->isEnabled());
    }

    void aKeyPromptStaysAboveWhatTheKeychainSaysLater()
    {
        SecretStore secrets(SecretStore::Backend::Memory);
        ConnectionProfile production;
        production.name = u"Production"_s;
        production.baseUrl = server().baseUrl();
        production.color = u"#c62828"_s;
        const QString id = m_profiles->save(production);
        auto dialog = makeDialog(&secrets);
        auto* keyStatus = dialog->findChild<QLabel*>(u"keyStatus"_s);
        QVERIFY(keyStatus);

        // As the app does at start-up when the last profile has no key: select it, then ask. The keychain's
        // own answer ("no key stored") arrives after the prompt and joins it below; it does not replace it.
        dialog->selectProfile(id);
        dialog->focusKey(u"Enter the API key of “Production”."_s);
        QTRY_VERIFY2(keyStatus->text().contains(u"No API key is stored"_s), qPrintable(keyStatus->text()));
        QCOMPARE(keyStatus->text(), u"Enter the API key of “Production”.\nNo API key is stored for this profile."_s);

        // The prompt belongs to that profile: choosing another one drops it.
        dialog->selectProfile(ConnectionProfile::kSandboxId);
        QVERIFY(!keyStatus->text().contains(u"Enter the API key"_s));
        dialog->selectProfile(id);
        QTRY_VERIFY(keyStatus->text().contains(u"No API key is stored"_s));
        QVERIFY(!keyStatus->text().contains(u"Enter the API key"_s));
    }
};

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
