// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The workspace database: where it lives, how it is opened, migrated and recovered, and how failed writes come back.

#include "StoreTestData.h"

#include "core/store/CustomerMirror.h"
#include "core/store/CustomerSearch.h"
#include "core/store/HistoryJournal.h"
#include "core/store/SessionMarker.h"
#include "core/store/WorkspaceLocation.h"
#include "core/store/WorkspaceSchema.h"
#include "core/store/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

class tst_WorkspaceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void oneFilePerBaseUrlUnderXdgDataHome();
    void opensInWalModeWithBusyTimeoutAndForeignKeys();
    void versionFourDatabaseKeepsHistoryAndDraftsAndSyncsItsMirrorAgain();
    void versionSixHistoryIsFoundByItsTextInAnyCase();
    void damagedFileIsMovedAsideAndRebuilt_data();
    void damagedFileIsMovedAsideAndRebuilt();
    void cleanReopenSkipsTheIntegrityCheck();
    void uncleanEndIsCheckedAndADamagedFileMovedAside();
    void fullDiskIsATypedErrorAndStoresNothing();
    void readOnlyDatabaseIsATypedErrorAndStoresNothing();
    void unwritableFolderIsATypedError();
    void twoStoresShareOneFile();

private:
    std::shared_ptr<WorkspaceStore> openStore(const QString& path);
    static QVariant pragma(const WorkspaceStore& store, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_WorkspaceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->path()));
}

std::shared_ptr<WorkspaceStore> tst_WorkspaceStore::openStore(const QString& path)
{
    auto opened = WorkspaceStore::open(path);
    if (opened.isError())
        qWarning("%s", qPrintable(opened.error().message));
    return opened.isOk() ? opened.value() : nullptr;
}

QVariant tst_WorkspaceStore::pragma(const WorkspaceStore& store, const QString& name)
{
    QSqlQuery query(store.database());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0);
}

void tst_WorkspaceStore::oneFilePerBaseUrlUnderXdgDataHome()
{
    const QUrl api(u"https://api.avarasoftware.com"_s);
    QVERIFY2(
        WorkspaceLocation::pathFor(api).startsWith(m_dir->path() + u'/'), qPrintable(WorkspaceLocation::pathFor(api)));
    // The desktop app's data folder, whichever program asks.
    QCOMPARE(WorkspaceLocation::directory(), m_dir->path() + u"/Avara/express-admin/workspaces"_s);
    QVERIFY(WorkspaceLocation::fileNameFor(api).startsWith(u"api.avarasoftware.com-"_s));
    // The same connection however it is written; another one elsewhere.
    QCOMPARE(WorkspaceLocation::fileNameFor(QUrl(u"https://API.avarasoftware.com:443/"_s)),
        WorkspaceLocation::fileNameFor(api));
    QCOMPARE(WorkspaceLocation::fileNameFor(QUrl(u"https://user:secret@api.avarasoftware.com"_s)),
        WorkspaceLocation::fileNameFor(api));
    QVERIFY(WorkspaceLocation::fileNameFor(QUrl(u"https://api.avarasoftware.com/staging"_s))
        != WorkspaceLocation::fileNameFor(api));
    QVERIFY(WorkspaceLocation::fileNameFor(QUrl(u"http://127.0.0.1:8080"_s)).startsWith(u"127.0.0.1-8080-"_s));
    QVERIFY(WorkspaceLocation::sandboxPath().endsWith(u"/workspaces/sandbox.sqlite"_s));

    const auto store = openStore(WorkspaceLocation::pathFor(api));
    QVERIFY(store);
    QVERIFY(QFile::exists(WorkspaceLocation::pathFor(api)));
}

void tst_WorkspaceStore::opensInWalModeWithBusyTimeoutAndForeignKeys()
{
    const auto store = openStore(m_dir->filePath(u"a.sqlite"_s));
    QVERIFY(store);
    QVERIFY(store->recoveryNotice().isEmpty());
    QCOMPARE(pragma(*store, u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(*store, u"busy_timeout"_s).toInt(), 5000);
    QCOMPARE(pragma(*store, u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(*store, u"user_version"_s).toInt(), WorkspaceSchema::currentVersion());
}

void tst_WorkspaceStore::versionFourDatabaseKeepsHistoryAndDraftsAndSyncsItsMirrorAgain()
{
    const QString path = m_dir->filePath(u"v4.sqlite"_s);
    QVERIFY(StoreTestData::writeEarlierWorkspace(path, 4,
        {u"INSERT INTO customers (id, name, active, user_count, metadata, customer_json, "
         "synced_at, sync_generation) VALUES ('cus_1', 'Cedar Valley Clinic', 1, 0, "
         "'{\"region\":\"northeast\"}', '{\"expressCustomerId\":\"cus_1\"}', "
         "'2024-01-01T00:00:00Z', 1)"_s,
            u"INSERT INTO syncs (started_at, completed_at, customer_count) VALUES "
            "('2024-01-01T00:00:00Z', '2024-01-01T00:00:01Z', 1)"_s,
            u"INSERT INTO history (id, recorded_at, os_user, program, connection, customer_id, "
            "operation, state) VALUES ('h1', '2024-01-01T00:00:00Z', 'ana', 'express-admin', "
            "'http://127.0.0.1:1', 'cus_1', 'update', 'succeeded')"_s,
            u"INSERT INTO drafts VALUES ('cus_1', 'Cedar Valley Clinic', '2024-01-01T00:00:00Z', "
            "'{}', '{}')"_s}));

    const auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(pragma(*store, u"user_version"_s).toInt(), WorkspaceSchema::currentVersion());
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM history), (SELECT count(*) FROM drafts)"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 1);
    query.finish();

    // The mirror is a copy of the API's list: emptied by the migration, it says it was never synced, so that the
    // next start syncs it again; what that sync stores is found.
    const CustomerSearch search(store);
    QCOMPARE(search.count(SearchQuery()).value(), 0);
    QVERIFY(!search.lastSync().value().completedAt);
    CustomerMirror mirror(store);
    const qint64 generation = mirror.beginSync().value();
    Customer customer;
    customer.setId(u"cus_1"_s);
    customer.setName(u"Cedar Valley Clinic"_s);
    customer.setActive(true);
    customer.setMetadata({{u"region"_s, u"northeast"_s}});
    QVERIFY(!mirror.storePage(generation, {customer}));
    QVERIFY(mirror.completeSync(generation, 1).isOk());
    for (const QString& text : {u"cedar valley"_s, u"region:north"_s, u"cus_1"_s, u"c"_s, u"is:active"_s}) {
        const auto found = search.page(SearchQuery::parse(text), 0, 10);
        QVERIFY2(found.isOk(), qPrintable(text));
        QVERIFY2(search.count(SearchQuery::parse(text)).value() == 1, qPrintable(text));
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().name(), u"Cedar Valley Clinic"_s);
    }
    QCOMPARE(search.count(SearchQuery::parse(u"is:inactive"_s)).value(), 0);
}

void tst_WorkspaceStore::versionSixHistoryIsFoundByItsTextInAnyCase()
{
    const QString path = m_dir->filePath(u"v6.sqlite"_s);
    QVERIFY(StoreTestData::writeEarlierWorkspace(path, 6,
        {u"INSERT INTO history (id, recorded_at, os_user, program, connection, customer_id, "
         "customer_name, operation, state) VALUES ('h1', '2024-01-01T00:00:00Z', 'ana', "
         "'express-admin', 'http://127.0.0.1:1', 'cus_1', 'Ärztehaus Nord', 'update', "
         "'succeeded')"_s,
            u"INSERT INTO history_changes VALUES ('h1', 0, 'metadata', 'city', 'Zürich', "
            "'Genève')"_s,
            // Entries before and after it, each with changes of its own: each gets its own.
            u"INSERT INTO history (id, recorded_at, os_user, program, connection, customer_id, "
            "customer_name, operation, state) VALUES ('h0', '2024-01-01T00:00:00Z', 'ana', "
            "'express-admin', 'http://127.0.0.1:1', 'cus_0', 'Aspen Clinic', 'update', 'succeeded')"_s,
            u"INSERT INTO history_changes VALUES ('h0', 0, 'metadata', 'city', 'Luzern', 'Bern')"_s,
            u"INSERT INTO history_changes VALUES ('h0', 1, 'metadata', 'wing', 'Ost', 'Süd')"_s,
            u"INSERT INTO history (id, recorded_at, os_user, program, connection, customer_id, "
            "customer_name, operation, state) VALUES ('h9', '2024-01-01T00:00:00Z', 'ana', "
            "'express-admin', 'http://127.0.0.1:1', 'cus_9', 'Cedar Lab', 'update', 'succeeded')"_s,
            u"INSERT INTO history_changes VALUES ('h9', 0, 'metadata', 'city', 'Chur', 'Basel')"_s}));

    const auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(pragma(*store, u"user_version"_s).toInt(), WorkspaceSchema::currentVersion());
    const HistoryJournal journal(store);
    const auto found = [&journal](const QString& text) {
        HistoryFilter filter;
        filter.text = text;
        return journal.count(filter).value();
    };
    // Written before the search text was kept: the migration wrote it.
    for (const QString& text : {u"ÄRZTEHAUS"_s, u"ärztehaus nord"_s, u"ZÜRICH"_s, u"GENÈVE"_s, u"LUZERN"_s, u"SÜD"_s,
             u"CHUR"_s, u"BASEL"_s, u"CEDAR"_s})
        QVERIFY2(found(text) == 1, qPrintable(text));
    QCOMPARE(found(u"CITY"_s), 3);
    QCOMPARE(found(u"Genf"_s), 0);

    // An entry that an earlier program writes after the migration has no search text: it is found as then.
    QSqlQuery query(store->database());
    QVERIFY(query.exec(u"INSERT INTO history (id, recorded_at, os_user, program, connection, customer_id, "
                       "customer_name, operation, state) VALUES ('h2', '2024-01-02T00:00:00Z', 'ana', "
                       "'express-admin', 'http://127.0.0.1:1', 'cus_2', 'Birch Lab', 'update', 'succeeded')"_s));
    QCOMPARE(found(u"BIRCH"_s), 1);
    QCOMPARE(found(u"ÄRZTEHAUS"_s), 1);
    QCOMPARE(found(u"CITY"_s), 3);
}

void tst_WorkspaceStore::damagedFileIsMovedAsideAndRebuilt_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addRow("garbage") << QByteArray("\x01\x02 this is not a database \xff\xfe", 28).repeated(200);
    QTest::addRow("SQLite header, garbage pages") << QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a');
}

void tst_WorkspaceStore::damagedFileIsMovedAsideAndRebuilt()
{
    QFETCH(QByteArray, contents);
    const QString path = m_dir->filePath(u"damaged.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    const auto store = openStore(path);
    QVERIFY(store);
    QVERIFY2(store->recoveryNotice().contains(u"moved aside"_s), qPrintable(store->recoveryNotice()));
    const QStringList aside = QDir(m_dir->path()).entryList({u"damaged.sqlite.damaged-*"_s});
    QCOMPARE(aside.size(), 1);
    QVERIFY(store->recoveryNotice().contains(aside.first()));
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), contents);

    // The new database works.
    CustomerMirror mirror(store);
    QVERIFY(!mirror.put(StoreTestData::seedCustomers(1, 1).first()));
    QCOMPARE(CustomerSearch(store).lastSync().value().customers, 1);
}

void tst_WorkspaceStore::cleanReopenSkipsTheIntegrityCheck()
{
    const QString path = m_dir->filePath(u"clean.sqlite"_s);
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(!store->checkedIntegrity()); // a new file
        QVERIFY(!CustomerMirror(store).put(StoreTestData::seedCustomers(1, 1).first()));
    }
    const auto first = openStore(path);
    QVERIFY(first);
    QVERIFY(!first->checkedIntegrity());
    // Another program has it open: that is no unclean end either.
    const auto second = openStore(path);
    QVERIFY(second);
    QVERIFY(!second->checkedIntegrity());
    QCOMPARE(CustomerSearch(second).lastSync().value().customers, 1);
}

void tst_WorkspaceStore::uncleanEndIsCheckedAndADamagedFileMovedAside()
{
    const QString path = m_dir->filePath(u"crashed.sqlite"_s);
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(!CustomerMirror(store).storePage(1, StoreTestData::seedCustomers(5, 300)));
    }
    // Every page after the first (the schema) is overwritten: opening works, reading the customers does not.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8 * 4096);
    QVERIFY(file.seek(4096));
    file.write(QByteArray(size - 4096, '\x5a'));
    file.close();

    // The program that had it open was killed: its lock file stays, naming a process that is gone.
    QProcess gone;
    gone.start(u"true"_s);
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QFile lock(SessionMarker::folderFor(path) + u"/killed.lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nexpress-admin\n\n"); // pid, program, host (empty: this one)
    lock.close();

    const auto store = openStore(path);
    QVERIFY(store);
    QVERIFY(store->checkedIntegrity());
    QVERIFY2(store->recoveryNotice().contains(u"moved aside"_s), qPrintable(store->recoveryNotice()));
    QCOMPARE(QDir(m_dir->path()).entryList({u"crashed.sqlite.damaged-*"_s}).size(), 1);
    QVERIFY(!QFileInfo::exists(lock.fileName())); // cleared: the next start is clean again
    QCOMPARE(CustomerSearch(store).lastSync().value().customers, 0);
}

void tst_WorkspaceStore::fullDiskIsATypedErrorAndStoresNothing()
{
    const auto store = openStore(m_dir->filePath(u"full.sqlite"_s));
    QVERIFY(store);
    CustomerMirror mirror(store);
    const QList<Customer> customers = StoreTestData::seedCustomers(3, 400);
    QVERIFY(!mirror.storePage(1, customers.mid(0, 10)));
    // SQLite's own "database or disk is full": no page may be added beyond those in use now.
    const int pages = pragma(*store, u"page_count"_s).toInt();
    QVERIFY(pragma(*store, u"max_page_count = %1"_s.arg(pages)).isValid());

    const std::optional<StoreError> error = mirror.storePage(1, customers.mid(10));
    QVERIFY(error);
    QCOMPARE(error->kind, StoreError::Kind::DiskFull);
    QVERIFY2(error->message.contains(u"full"_s), qPrintable(error->message));
    QCOMPARE(CustomerSearch(store).lastSync().value().customers, 10); // all of the page, or none
}

void tst_WorkspaceStore::readOnlyDatabaseIsATypedErrorAndStoresNothing()
{
    const QString path = m_dir->filePath(u"readonly.sqlite"_s);
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(!CustomerMirror(store).put(StoreTestData::seedCustomers(1, 1).first()));
    }
    const auto store = openStore(path);
    QVERIFY(store);
    // A connection that may not write, as SQLite reports a read-only file (a chmod would not stop root).
    QSqlQuery(store->database()).exec(u"PRAGMA query_only = 1"_s);
    CustomerMirror mirror(store);
    const std::optional<StoreError> error = mirror.storePage(1, StoreTestData::seedCustomers(2, 5));
    QVERIFY(error);
    QCOMPARE(error->kind, StoreError::Kind::ReadOnly);
    QVERIFY2(
        error->message.contains(path) && error->message.contains(u"cannot be written"_s), qPrintable(error->message));
    QCOMPARE(CustomerSearch(store).lastSync().value().customers, 1);

    if (geteuid() != 0) {
        // The real thing, where permissions apply.
        QFile::setPermissions(path, QFile::ReadOwner);
        const auto readOnly = WorkspaceStore::open(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (readOnly.isOk()) {
            const auto failure = CustomerMirror(readOnly.value()).put(StoreTestData::seedCustomers(4, 1).first());
            QVERIFY(failure && failure->kind == StoreError::Kind::ReadOnly);
        }
    }
}

void tst_WorkspaceStore::unwritableFolderIsATypedError()
{
    // The data folder is a file: no workspace folder can be made there.
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    qputenv("XDG_DATA_HOME", QFile::encodeName(blocker.fileName()));
    const auto opened = WorkspaceStore::open(WorkspaceLocation::pathFor(QUrl(u"https://example.com"_s)));
    QVERIFY(opened.isError());
    QCOMPARE(opened.error().kind, StoreError::Kind::Unavailable);
    QVERIFY2(opened.error().message.contains(u"cannot be created"_s), qPrintable(opened.error().message));
}

void tst_WorkspaceStore::twoStoresShareOneFile()
{
    const QString path = m_dir->filePath(u"shared.sqlite"_s);
    const auto first = openStore(path);
    const auto second = openStore(path);
    QVERIFY(first && second);
    const QList<Customer> customers = StoreTestData::seedCustomers(5, 20);
    QVERIFY(!CustomerMirror(first).storePage(1, customers.mid(0, 10)));
    QVERIFY(!CustomerMirror(second).storePage(1, customers.mid(10)));
    QCOMPARE(CustomerSearch(first).lastSync().value().customers, 20);
    QCOMPARE(CustomerSearch(second).lastSync().value().customers, 20);
}

QTEST_GUILESS_MAIN(tst_WorkspaceStore)
#include "tst_workspacestore.moc"
