// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/SecretStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private:
    // Runs one call and waits for its callback.
    template<typename Call>
    SecretStore::Result run(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result& r) { result = r; });
        // Never from within the call.
        if (result)
            qFatal("callback ran synchronously");
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
            return {};
        return *result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memoryBackendKeepsKeys()
    {
        SecretStore store(SecretStore::Backend::Memory);
        QCOMPARE(store.backend(), SecretStore::Backend::Memory);
        SecretStore::Result missing = run([&](auto done) { store.readKey(u"p1"_s, this, done); });
        QVERIFY(!missing.ok);
        QVERIFY(!missing.message.isEmpty());

        SecretStore::Result written = run([&](auto done) { store.writeKey(u"p1"_s, u"secret-1"_s, this, done); });
        QVERIFY(written.ok);
        QCOMPARE(written.storage, SecretStore::Storage::Memory);
        SecretStore::Result read = run([&](auto done) { store.readKey(u"p1"_s, this, done); });
        QVERIFY(read.ok);
        QCOMPARE(read.key, u"secret-1"_s);
        QVERIFY(!store.isSessionOnly());

        run([&](auto done) { store.removeKey(u"p1"_s, this, done); });
        QVERIFY(!run([&](auto done) { store.readKey(u"p1"_s, this, done); }).ok);
    }

    void aDestroyedContextGetsNoCallback()
    {
        SecretStore store(SecretStore::Backend::Memory);
        bool called = false;
        {
            QObject context;
            store.writeKey(u"p"_s, u"k"_s, &context, [&called](const SecretStore::Result&) { called = true; });
        }
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void keychainWithoutSecretServiceFallsBackToThisSession()
    {
        // In CI (and on a headless machine) no Secret Service runs: QtKeychain fails with OtherError. The store
        // must keep the key for this session only, and say so.
        if (qEnvironmentVariableIsSet("EXPRESSADMIN_TEST_REAL_KEYRING"))
            QSKIP("a real keyring is running (EXPRESSADMIN_TEST_REAL_KEYRING)");
        SecretStore store(SecretStore::Backend::Keychain);
        store.setServiceName(u"Express Admin tests"_s);
        QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);

        SecretStore::Result written =
            run([&](auto done) { store.writeKey(u"profile-x"_s, u"sk_session_only"_s, this, done); });
        QVERIFY(written.ok);
        if (written.storage == SecretStore::Storage::Keychain)
            QSKIP("this machine has a working keychain; the fallback cannot be observed");
        QCOMPARE(written.storage, SecretStore::Storage::Session);
        QCOMPARE(written.message, SecretStore::sessionOnlyText());
        QVERIFY(store.isSessionOnly());
        QCOMPARE(sessionOnly.count(), 1);
        QVERIFY(!store.sessionOnlyReason().isEmpty());

        // The session copy is found without asking the keychain again.
        SecretStore::Result read = run([&](auto done) { store.readKey(u"profile-x"_s, this, done); });
        QVERIFY(read.ok);
        QCOMPARE(read.key, u"sk_session_only"_s);
        QCOMPARE(read.storage, SecretStore::Storage::Session);

        // A profile never given a key this session: not found, and the message says why.
        SecretStore::Result other = run([&](auto done) { store.readKey(u"profile-y"_s, this, done); });
        QVERIFY(!other.ok);
        QVERIFY(!other.message.isEmpty());

        run([&](auto done) { store.removeKey(u"profile-x"_s, this, done); });
        SecretStore::Result gone = run([&](auto done) { store.readKey(u"profile-x"_s, this, done); });
        QVERIFY(!gone.ok);
    }
};

QTEST_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
