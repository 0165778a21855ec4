// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ui/connection/SecretStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private:
    // Runs one call and waits for its callback: empty when none came (the caller fails on that, never reads a
    // made-up "not ok" result).
    template<typename Call>
    std::optional<SecretStore::Result> run(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result& r) { result = r; });
        // Never from within the call.
        if (result)
            qFatal("callback ran synchronously");
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
            return std::nullopt;
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memoryBackendKeepsKeys()
    {
        SecretStore store(SecretStore::Backend::Memory);
        QCOMPARE(store.backend(), SecretStore::Backend::Memory);
        const std::optional<SecretStore::Result> missing = run([&](auto done) { store.readKey(u"p1"_s, this, done); });
        QVERIFY2(missing, "no answer");
        QVERIFY(!missing->ok);
        QVERIFY(!missing->message.isEmpty());

        const std::optional<SecretStore::Result> written =
            run([&](auto done) { store.writeKey(u"p1"_s, u"secret-1"_s, this, done); });
        QVERIFY2(written, "no answer");
        QVERIFY(written->ok);
        QCOMPARE(written->storage, SecretStore::Storage::Memory);
        const std::optional<SecretStore::Result> read = run([&](auto done) { store.readKey(u"p1"_s, this, done); });
        QVERIFY2(read, "no answer");
        QVERIFY(read->ok);
        QCOMPARE(read->key, u"secret-1"_s);
        QVERIFY(!store.isSessionOnly());

        const std::optional<SecretStore::Result> removed =
            run([&](auto done) { store.removeKey(u"p1"_s, this, done); });
        QVERIFY2(removed, "no answer");
        QVERIFY(removed->ok);
        const std::optional<SecretStore::Result> gone = run([&](auto done) { store.readKey(u"p1"_s, this, done); });
        QVERIFY2(gone, "no answer");
        QVERIFY(!gone->ok);
    }

    void checkingTheKeychainSaysWhereKeysWillGo()
    {
        SecretStore memory(SecretStore::Backend::Memory);
        QCOMPARE(memory.availability(), SecretStore::Availability::Keychain);

        SecretStore store(SecretStore::Backend::Keychain);
        store.setServiceName(u"Express Admin tests"_s);
        QSignalSpy answered(&store, &SecretStore::availabilityChanged);
        QCOMPARE(store.availability(), SecretStore::Availability::Unknown);
        store.checkKeychain();
        store.checkKeychain(); // asked once
        QVERIFY(answered.wait(30000));
        QCOMPARE(answered.size(), 1);
        const auto availability = answered.first().at(0).value<SecretStore::Availability>();
        QCOMPARE(store.availability(), availability);
        QCOMPARE(availability == SecretStore::Availability::SessionOnly, store.isSessionOnly());
        if (qEnvironmentVariableIsSet("EXPRESSADMIN_TEST_REAL_KEYRING"))
            QCOMPARE(availability, SecretStore::Availability::Keychain);
        store.checkKeychain(); // known now: not asked again
        QCoreApplication::processEvents();
        QCOMPARE(answered.size(), 1);
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

        const std::optional<SecretStore::Result> written =
            run([&](auto done) { store.writeKey(u"profile-x"_s, u"sk_session_only"_s, this, done); });
        QVERIFY2(written, "no answer");
        QVERIFY(written->ok);
        if (written->storage == SecretStore::Storage::Keychain)
            QSKIP("this machine has a working keychain; the fallback cannot be observed");
        QCOMPARE(written->storage, SecretStore::Storage::Session);
        QCOMPARE(written->message, SecretStore::sessionOnlyText());
        QVERIFY(store.isSessionOnly());
        QCOMPARE(sessionOnly.count(), 1);
        QVERIFY(!store.sessionOnlyReason().isEmpty());

        // The session copy is found without asking the keychain again.
        const std::optional<SecretStore::Result> read =
            run([&](auto done) { store.readKey(u"profile-x"_s, this, done); });
        QVERIFY2(read, "no answer");
        QVERIFY(read->ok);
        QCOMPARE(read->key, u"sk_session_only"_s);
        QCOMPARE(read->storage, SecretStore::Storage::Session);

        // A profile never given a key this session: not found, and the message says why.
        const std::optional<SecretStore::Result> other =
            run([&](auto done) { store.readKey(u"profile-y"_s, this, done); });
        QVERIFY2(other, "no answer");
        QVERIFY(!other->ok);
        QVERIFY(!other->message.isEmpty());

        const std::optional<SecretStore::Result> removed =
            run([&](auto done) { store.removeKey(u"profile-x"_s, this, done); });
        QVERIFY2(removed, "no answer");
        QVERIFY(removed->ok);
        const std::optional<SecretStore::Result> gone =
            run([&](auto done) { store.readKey(u"profile-x"_s, this, done); });
        QVERIFY2(gone, "no answer");
        QVERIFY(!gone->ok);
    }
};

QTEST_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
