// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/settings/ProfileStore.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {
// The keychain service the app stores its keys under (SecretStore's default); the Secret Service here is a
// private one, so the real name is used.
const QString kService = u"Express Admin"_s;
} // namespace

// SecretStore on QtKeychain against a real Secret Service: gnome-keyring on a private D-Bus session, started by
// run-with-secret-service.sh (ctest label "keyring"). What the app stores is in the keychain, where another
// client finds it, and in no file.
class tst_SystemKeyring : public QObject
{
    Q_OBJECT

private:
    QString m_secretTool;

    // Runs one call of the store and waits for its callback.
    template<typename Call>
    SecretStore::Result run(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000)) {
            QTest::qFail("the store did not call back within 30 s", __FILE__, __LINE__);
            return {};
        }
        return *result;
    }
    SecretStore::Result write(SecretStore& store, const QString& profileId, const QString& key)
    {
        return run([&](auto done) { store.writeKey(profileId, key, this, done); });
    }
    SecretStore::Result read(SecretStore& store, const QString& profileId)
    {
        return run([&](auto done) { store.readKey(profileId, this, done); });
    }
    SecretStore::Result remove(SecretStore& store, const QString& profileId)
    {
        return run([&](auto done) { store.removeKey(profileId, this, done); });
    }

    // What another client of the Secret Service (secret-tool, on libsecret) finds for this profile under
    // QtKeychain's attributes: the key, or a null string when there is none.
    QString lookUp(const QString& profileId) const
    {
        QProcess tool;
        tool.start(m_secretTool, {u"lookup"_s, u"server"_s, kService, u"user"_s, profileId});
        if (!tool.waitForFinished(10000) || tool.exitStatus() != QProcess::NormalExit) {
            QTest::qFail("secret-tool lookup did not finish", __FILE__, __LINE__);
            return {};
        }
        if (tool.exitCode() != 0)
            return {};
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

    // The files under dir whose bytes hold text (the keyring's own files are encrypted).
    static QStringList filesHolding(const QString& dir, const QString& text)
    {
        QStringList found;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                found.append(file.fileName());
        }
        return found;
    }

    static QString noKeyText() { return SecretStore::tr("No API key is stored for this profile."); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!qEnvironmentVariableIsSet("EXPRESSADMIN_TEST_REAL_KEYRING"))
            QSKIP("needs a private Secret Service: run it with ctest -L keyring (tests/ui/run-with-secret-service.sh)");
        m_secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
        QVERIFY2(
            !m_secretTool.isEmpty(), "secret-tool is missing (libsecret-tools; scripts/install-deps.sh installs it)");
    }

    void aKeyGoesToTheSystemKeychain_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addRow("a live key") << u"sk_live_4eC39HqLyjWDarjtT1zdp7dc"_s;
        QTest::addRow("spaces and non-ASCII") << u"Schlüssel – mit Leerzeichen 🔑"_s;
        QTest::addRow("4096 characters") << u"sk_"_s + QString(4093, u'x');
    }

    void aKeyGoesToTheSystemKeychain()
    {
        QFETCH(QString, key);
        SecretStore store(SecretStore::Backend::Keychain);
        QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);

        const SecretStore::Result written = write(store, u"profile-1"_s, key);
        QVERIFY(written.ok);
        QCOMPARE(written.storage, SecretStore::Storage::Keychain);
        QCOMPARE(written.message, QString());
        // The app reports the keychain as working: no session-only fallback.
        QVERIFY2(!store.isSessionOnly(), qPrintable(store.sessionOnlyReason()));
        QCOMPARE(store.sessionOnlyReason(), QString());
        QCOMPARE(sessionOnly.count(), 0);

        // Another Secret Service client finds it ...
        QCOMPARE(lookUp(u"profile-1"_s), key);
        // ... and so does a new store, as at the app's next start.
        SecretStore later(SecretStore::Backend::Keychain);
        const SecretStore::Result readBack = read(later, u"profile-1"_s);
        QVERIFY(readBack.ok);
        QCOMPARE(readBack.key, key);
        QCOMPARE(readBack.storage, SecretStore::Storage::Keychain);
        QVERIFY(!later.isSessionOnly());
    }

    void writingAgainReplacesTheKey()
    {
        SecretStore store(SecretStore::Backend::Keychain);
        QVERIFY(write(store, u"profile-2"_s, u"sk_old"_s).ok);
        const SecretStore::Result written = write(store, u"profile-2"_s, u"sk_new"_s);
        QVERIFY(written.ok);
        QCOMPARE(written.storage, SecretStore::Storage::Keychain);

        QCOMPARE(lookUp(u"profile-2"_s), u"sk_new"_s);
        SecretStore later(SecretStore::Backend::Keychain);
        QCOMPARE(read(later, u"profile-2"_s).key, u"sk_new"_s);
    }

    void removingTheKeyLeavesNoKey()
    {
        SecretStore store(SecretStore::Backend::Keychain);
        QVERIFY(write(store, u"profile-3"_s, u"sk_to_remove"_s).ok);
        const SecretStore::Result removed = remove(store, u"profile-3"_s);
        QVERIFY(removed.ok);
        QCOMPARE(removed.storage, SecretStore::Storage::Keychain);
        QVERIFY(lookUp(u"profile-3"_s).isNull());

        // Reading it now is the keychain's "entry not found": the app's "no key", not a broken keychain.
        SecretStore later(SecretStore::Backend::Keychain);
        const SecretStore::Result missing = read(later, u"profile-3"_s);
        QVERIFY(!missing.ok);
        QCOMPARE(missing.key, QString());
        QCOMPARE(missing.storage, SecretStore::Storage::None);
        QCOMPARE(missing.message, noKeyText());
        QVERIFY2(!later.isSessionOnly(), qPrintable(later.sessionOnlyReason()));

        // Removing what is not there is fine too.
        const SecretStore::Result again = remove(later, u"profile-3"_s);
        QVERIFY(again.ok);
        QCOMPARE(again.storage, SecretStore::Storage::Keychain);
        QVERIFY(!later.isSessionOnly());
    }

    void keysOfTwoProfilesStayApart()
    {
        SecretStore store(SecretStore::Backend::Keychain);
        QVERIFY(write(store, u"profile-a"_s, u"sk_key_of_a"_s).ok);
        QVERIFY(write(store, u"profile-b"_s, u"sk_key_of_b"_s).ok);
        QCOMPARE(lookUp(u"profile-a"_s), u"sk_key_of_a"_s);
        QCOMPARE(lookUp(u"profile-b"_s), u"sk_key_of_b"_s);

        SecretStore later(SecretStore::Backend::Keychain);
        QCOMPARE(read(later, u"profile-a"_s).key, u"sk_key_of_a"_s);
        QCOMPARE(read(later, u"profile-b"_s).key, u"sk_key_of_b"_s);

        // Removing one leaves the other.
        QVERIFY(remove(later, u"profile-a"_s).ok);
        QVERIFY(lookUp(u"profile-a"_s).isNull());
        QCOMPARE(lookUp(u"profile-b"_s), u"sk_key_of_b"_s);
        QCOMPARE(read(later, u"profile-b"_s).key, u"sk_key_of_b"_s);
        QVERIFY(!read(later, u"profile-a"_s).ok);
    }

    void theConnectionDialogKeepsTheKeyInTheKeychainAndOutOfEveryFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QNetworkAccessManager nam;
        const QString key = u"sk_live_dialog_4eC39HqLyjWDarjtT1zdp7dc"_s;

        SecretStore secrets(SecretStore::Backend::Keychain);
        ConnectionDialog dialog(&profiles, &secrets, &nam, {}, {});
        dialog.open();
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"newProfileButton"_s), Qt::LeftButton);
        // Where the key is entered, the dialog promises the keychain, not "this session only", once it answered.
        QTRY_COMPARE(dialog.findChild<QLabel*>(u"keyStatus"_s)->text(),
            ConnectionDialog::tr("The key will be stored in the system keychain."));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"profileNameEdit"_s), u"Production"_s);
        auto* url = dialog.findChild<QLineEdit*>(u"baseUrlEdit"_s);
        url->selectAll();
        QTest::keyClicks(url, u"https://api.example.test"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"apiKeyEdit"_s), key);
        QSignalSpy connectRequested(&dialog, &ConnectionDialog::connectRequested);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
        QTRY_COMPARE(connectRequested.count(), 1);
        const QString id = connectRequested.first().at(0).value<ConnectionProfile>().id;
        QVERIFY(!secrets.isSessionOnly());

        // The profile is in the settings file; the key is in the keychain and in no file: not in the settings,
        // not anywhere in HOME (where the keyring keeps its encrypted files and QtKeychain's fallback would write).
        settings.sync();
        QVERIFY(filesHolding(dir.path(), u"Production"_s).contains(settings.fileName()));
        QCOMPARE(filesHolding(dir.path(), key), QStringList());
        QCOMPARE(filesHolding(QDir::homePath(), key), QStringList());
        QCOMPARE(lookUp(id), key);

        // Opened again (a new store, as after a restart): the key is read from the keychain, and it says so.
        SecretStore later(SecretStore::Backend::Keychain);
        ConnectionDialog again(&profiles, &later, &nam, {}, {});
        again.open();
        again.selectProfile(id);
        QTRY_COMPARE(again.findChild<QLineEdit*>(u"apiKeyEdit"_s)->text(), key);
        QCOMPARE(again.findChild<QLabel*>(u"keyStatus"_s)->text(),
            ConnectionDialog::tr("The key is stored in the system keychain."));

        // Deleting the profile deletes its key.
        QTest::mouseClick(again.findChild<QPushButton*>(u"deleteProfileButton"_s), Qt::LeftButton);
        QTRY_VERIFY(lookUp(id).isNull());
        QVERIFY(!later.isSessionOnly());
    }
};

QTEST_MAIN(tst_SystemKeyring)
#include "tst_systemkeyring.moc"
