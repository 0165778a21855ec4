// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// CustomerSync against a real in-process sandbox: the mirror holds what the API lists after each sync, a cancelled or
// failed sync keeps the rows it had, and the API key never reaches the database file.

#include "core/io/CustomerJson.h"
#include "core/store/CustomerSearch.h"
#include "core/sync/CustomerSync.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Customers = QMap<QString, Customer>;

} // namespace

class tst_CustomerSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void mirrorFollowsChangesDeletionsAndAdditions();
    void cancelledSyncKeepsTheOldRows();
    void failedWriteStopsTheSyncAndDropsNothing();
    void apiKeyNeverReachesTheDatabase();

private:
    // Runs a sync to its end; the outcome.
    SyncOutcome sync(int pageSize, const std::function<void(CustomerSync&, int)>& onProgress = {});
    Customers mirrored() const;
    Customers listed() const;

    ClientTestBed m_bed;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
};

void tst_CustomerSync::init()
{
    QVERIFY(m_bed.restart(21, 250));
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"sync.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
}

void tst_CustomerSync::cleanup()
{
    m_store.reset();
    m_bed.stop();
}

SyncOutcome tst_CustomerSync::sync(int pageSize, const std::function<void(CustomerSync&, int)>& onProgress)
{
    CustomerSync sync(&m_bed.client(), m_store);
    if (onProgress)
        connect(&sync, &CustomerSync::progress, this, [&](int customers) { onProgress(sync, customers); });
    QSignalSpy finished(&sync, &CustomerSync::finished);
    sync.start(pageSize);
    if (finished.isEmpty() && !finished.wait(20000))
        qFatal("the sync did not finish");
    return finished.first().first().value<SyncOutcome>();
}

Customers tst_CustomerSync::mirrored() const
{
    Customers result;
    const QList<Customer> customers = CustomerSearch(m_store).page(SearchQuery(), 0, 100000).value();
    for (const Customer& customer : customers)
        result.insert(customer.id(), customer);
    return result;
}

Customers tst_CustomerSync::listed() const
{
    Customers result;
    for (const Sandbox::CustomerRecord& record : m_bed.server().store().customers())
        result.insert(record.id, CustomerJson::fromJson(record.toApiJson()).value());
    return result;
}

void tst_CustomerSync::mirrorFollowsChangesDeletionsAndAdditions()
{
    QList<int> progress;
    SyncOutcome outcome = sync(50, [&](CustomerSync&, int customers) { progress.append(customers); });
    QCOMPARE(outcome.status, SyncOutcome::Status::Completed);
    QCOMPARE(outcome.customers, 250);
    QCOMPARE(progress, (QList<int> {50, 100, 150, 200, 250}));
    QCOMPARE(mirrored(), listed());

    // Another admin changes one, deletes two and adds one.
    QList<Sandbox::CustomerRecord> records = m_bed.server().store().customers();
    records[10].name = u"Renamed Nebula Imaging"_s;
    records[20].metadata = QMap<QString, QString> {{u"region"_s, u"antarctica"_s}};
    records.removeAt(200);
    records.removeAt(3);
    QVERIFY(m_bed.server().store().reset(records));
    Sandbox::CustomerPatch added;
    added.name = u"Added Pulsar Clinic"_s;
    QVERIFY(m_bed.server().store().create(added, m_bed.server().apiKeyId()).ok());

    outcome = sync(50);
    QCOMPARE(outcome.status, SyncOutcome::Status::Completed);
    QCOMPARE(outcome.customers, 249);
    QCOMPARE(outcome.dropped, 2);
    QCOMPARE(mirrored(), listed());
    const CustomerSearch search(m_store);
    QCOMPARE(search.count(SearchQuery::parse(u"nebula"_s)).value(), 1);
    QCOMPARE(search.count(SearchQuery::parse(u"region:antarctica"_s)).value(), 1);
    QCOMPARE(search.count(SearchQuery::parse(u"pulsar"_s)).value(), 1);
}

void tst_CustomerSync::cancelledSyncKeepsTheOldRows()
{
    QCOMPARE(sync(100).status, SyncOutcome::Status::Completed);
    const Customers before = mirrored();
    QCOMPARE(before.size(), 250);
    // Had it completed, this sync would drop 150 customers.
    QVERIFY(m_bed.server().store().reset(m_bed.server().store().customers().mid(0, 100)));

    const SyncOutcome outcome = sync(20, [](CustomerSync& running, int customers) {
        if (customers == 40)
            running.cancel();
    });
    QCOMPARE(outcome.status, SyncOutcome::Status::Cancelled);
    QCOMPARE(outcome.customers, 40);
    QCOMPARE(mirrored(), before);
}

void tst_CustomerSync::failedWriteStopsTheSyncAndDropsNothing()
{
    QCOMPARE(sync(100).status, SyncOutcome::Status::Completed);
    const QList<Sandbox::CustomerRecord> kept = m_bed.server().store().customers().mid(0, 100);
    QVERIFY(m_bed.server().store().reset(kept));
    // The database refuses to write the second page's first customer, for every connection (the pages are written on
    // the sync's own connection, on a thread of its own).
    QVERIFY(QSqlQuery(m_store->database())
                .exec(u"CREATE TRIGGER refuse BEFORE UPDATE ON customers WHEN new.id = '%1' "
                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s.arg(kept.at(20).id)));

    const SyncOutcome outcome = sync(20);
    QCOMPARE(outcome.customers, 20);
    QCOMPARE(outcome.status, SyncOutcome::Status::Failed);
    QVERIFY(outcome.storeError);
    QVERIFY2(outcome.message().contains(u"refused by the test"_s), qPrintable(outcome.message()));
    QCOMPARE(mirrored().size(), 250);
}

void tst_CustomerSync::apiKeyNeverReachesTheDatabase()
{
    const QByteArray key = m_bed.client().options().apiKey.toUtf8();
    QVERIFY(key.size() > 8);
    QCOMPARE(sync(100).status, SyncOutcome::Status::Completed);
    QByteArray bytes;
    for (const QString& suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_store->path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.size() > 10000);
    QVERIFY(bytes.contains("cus_")); // what is there can be found
    QVERIFY(!bytes.contains(key));
    QVERIFY(!bytes.contains(QByteArray(key).toBase64()));
}

QTEST_GUILESS_MAIN(tst_CustomerSync)
#include "tst_customersync.moc"
