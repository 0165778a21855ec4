// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/settings/ConnectionProfile.h"
#include "core/settings/ProfileStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }

    static ConnectionProfile profile(const QString& name, const QString& url, const QString& color)
    {
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = QUrl(url);
        p.color = color;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    // QSettings writes on destruction, creating its directory again: it goes before the directory does.
    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void emptyAtFirst()
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.isEmpty());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.lastUsedId().isEmpty());
        QVERIFY(!store.profile(u"nope"_s));
    }

    void roundTripsThroughTheIniFile()
    {
        QString productionId;
        QString testId;
        {
            ProfileStore store(m_settings.get());
            productionId = store.save(profile(u"Production"_s, u"https://api.avarasoftware.com"_s, u"#c62828"_s));
            testId = store.save(profile(u"  test system "_s, u"https://test.example.org/api"_s, u"#2e7d32"_s));
            store.setLastUsedId(testId);
            QVERIFY(!productionId.isEmpty());
            QVERIFY(productionId != testId);
            m_settings->sync();
        }
        // A new QSettings on the same file: everything came from disk.
        QSettings reread(iniPath(), QSettings::IniFormat);
        ProfileStore store(&reread);
        const QList<ConnectionProfile> profiles = store.profiles();
        QCOMPARE(profiles.size(), 2);
        // Sorted by name, case-insensitively; names are stored trimmed.
        QCOMPARE(profiles.at(0).name, u"Production"_s);
        QCOMPARE(profiles.at(1).name, u"test system"_s);
        QCOMPARE(profiles.at(0).id, productionId);
        QCOMPARE(profiles.at(0).baseUrl, QUrl(u"https://api.avarasoftware.com"_s));
        QCOMPARE(profiles.at(0).color, u"#c62828"_s);
        QCOMPARE(profiles.at(1).baseUrl, QUrl(u"https://test.example.org/api"_s));
        QCOMPARE(profiles.at(1).source, ConnectionProfile::Source::Stored);
        QVERIFY(profiles.at(0).isValid());
        QCOMPARE(store.lastUsedId(), testId);
        QCOMPARE(store.profile(testId)->name, u"test system"_s);
    }

    void saveReplacesAProfileWithTheSameId()
    {
        ProfileStore store(m_settings.get());
        ConnectionProfile p = profile(u"Staging"_s, u"https://staging.example.org"_s, u"#b26a00"_s);
        p.id = store.save(p);
        p.name = u"Staging EU"_s;
        p.baseUrl = QUrl(u"https://eu.staging.example.org"_s);
        QCOMPARE(store.save(p), p.id);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profile(p.id)->name, u"Staging EU"_s);
        QCOMPARE(store.profile(p.id)->baseUrl, QUrl(u"https://eu.staging.example.org"_s));
    }

    void removeForgetsTheProfileAndTheLastUsedId()
    {
        ProfileStore store(m_settings.get());
        const QString id = store.save(profile(u"Old"_s, u"https://old.example.org"_s, {}));
        store.setLastUsedId(id);
        store.remove(id);
        QVERIFY(store.isEmpty());
        QVERIFY(!store.profile(id));
        QVERIFY(store.lastUsedId().isEmpty());
    }

    void idsWithSlashesAreRefused()
    {
        ProfileStore store(m_settings.get());
        ConnectionProfile p = profile(u"Sneaky"_s, u"https://example.org"_s, {});
        p.id = u"../escape"_s;
        const QString id = store.save(p);
        QVERIFY(!id.contains(u'/'));
        QVERIFY(!store.profile(u"../escape"_s));
    }

    void isValid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addRow("https") << u"Production"_s << u"https://api.avarasoftware.com"_s << true;
        QTest::addRow("http on loopback") << u"Local"_s << u"http://127.0.0.1:8080"_s << true;
        QTest::addRow("blank name") << u"   "_s << u"https://api.avarasoftware.com"_s << false;
        QTest::addRow("no host") << u"Broken"_s << u"https://"_s << false;
        QTest::addRow("ftp") << u"Odd"_s << u"ftp://example.org"_s << false;
    }

    void isValid()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(bool, valid);
        ConnectionProfile p = profile(name, url, {});
        p.id = u"x"_s;
        QCOMPARE(p.isValid(), valid);
    }

    void environmentProfileNeedsAKey()
    {
        QProcessEnvironment empty;
        QVERIFY(!ConnectionProfile::fromEnvironment(empty).isValid());
        QProcessEnvironment environment;
        environment.insert(u"AVARA_API_KEY"_s, u"key-from-env"_s);
        environment.insert(u"AVARA_BASE_URL"_s, u"https://eu.api.example.org"_s);
        const ConnectionProfile p = ConnectionProfile::fromEnvironment(environment);
        QVERIFY(p.isValid());
        QCOMPARE(p.id, ConnectionProfile::kEnvironmentId);
        QCOMPARE(p.source, ConnectionProfile::Source::Environment);
        QCOMPARE(p.baseUrl, QUrl(u"https://eu.api.example.org"_s));
        // The key is never part of a profile.
        const ClientOptions options = p.clientOptions(u"the-key"_s);
        QCOMPARE(options.apiKey, u"the-key"_s);
        QCOMPARE(options.profileName, p.name);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
