// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The mirror's generations: a completed sync drops what it did not see, an unfinished one drops nothing; pages are
// stored whole; what the program writes shows at once.

#include "StoreTestData.h"

#include "core/store/CustomerMirror.h"
#include "core/store/CustomerSearch.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_CustomerMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void completedSyncDropsWhatItDidNotSee();
    void unfinishedSyncDropsNothing();
    void putShowsAtOnceAndSurvivesTheSyncUnderWay();

private:
    qint64 count(const QString& text) const { return CustomerSearch(m_store).count(SearchQuery::parse(text)).value(); }
    void syncAll(CustomerMirror& mirror, const QList<Customer>& customers);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
};

void tst_CustomerMirror::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"mirror.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
}

void tst_CustomerMirror::cleanup()
{
    m_store.reset();
}

void tst_CustomerMirror::syncAll(CustomerMirror& mirror, const QList<Customer>& customers)
{
    const qint64 generation = mirror.beginSync().value();
    for (qsizetype i = 0; i < customers.size(); i += 25)
        QVERIFY(!mirror.storePage(generation, customers.mid(i, 25)));
    QVERIFY(mirror.completeSync(generation, int(customers.size())).isOk());
}

void tst_CustomerMirror::completedSyncDropsWhatItDidNotSee()
{
    CustomerMirror mirror(m_store);
    QList<Customer> customers = StoreTestData::seedCustomers(2, 60);
    QVERIFY(!CustomerSearch(m_store).lastSync().value().completedAt);
    syncAll(mirror, customers);
    QCOMPARE(count({}), 60);
    const auto first = CustomerSearch(m_store).lastSync().value().completedAt;
    QVERIFY(first && qAbs(first->secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const QString gone = customers.takeLast().id();
    const QString oldName = u'"' + customers[0].name() + u'"';
    const qint64 withOldName = count(oldName);
    customers[0].setName(u"Renamed Quasar Clinic"_s);
    customers[1].setActive(!customers[1].isActive());
    const Result<qint64, StoreError> generation = mirror.beginSync();
    QVERIFY(!mirror.storePage(generation.value(), customers));
    QCOMPARE(mirror.completeSync(generation.value(), int(customers.size())).value(), 1);
    QCOMPARE(count({}), 59);
    // What a customer held before is no longer found: neither the dropped one, nor an old name, nor an old state.
    QCOMPARE(count(gone), 0);
    QCOMPARE(count(oldName), withOldName - 1);
    QCOMPARE(count(u"quasar"_s), 1);
    const qint64 active =
        std::count_if(customers.cbegin(), customers.cend(), [](const Customer& c) { return c.isActive(); });
    QCOMPARE(count(u"is:active"_s), active);
    QCOMPARE(count(u"is:inactive"_s), 59 - active);
}

void tst_CustomerMirror::unfinishedSyncDropsNothing()
{
    CustomerMirror mirror(m_store);
    const QList<Customer> customers = StoreTestData::seedCustomers(2, 60);
    syncAll(mirror, customers);
    const auto completed = CustomerSearch(m_store).lastSync().value().completedAt;

    const qint64 generation = mirror.beginSync().value();
    QVERIFY(!mirror.storePage(generation, customers.mid(0, 10)));
    // Never completed (cancelled, failed): the next sync starts over, and nothing was dropped.
    QCOMPARE(count({}), 60);
    QCOMPARE(CustomerSearch(m_store).lastSync().value().completedAt, completed);
}

void tst_CustomerMirror::putShowsAtOnceAndSurvivesTheSyncUnderWay()
{
    CustomerMirror mirror(m_store);
    QList<Customer> customers = StoreTestData::seedCustomers(2, 30);
    syncAll(mirror, customers);

    const qint64 generation = mirror.beginSync().value();
    QVERIFY(!mirror.storePage(generation, customers));
    Customer created = StoreTestData::seedCustomers(99, 1).first();
    created.setName(u"Created Meanwhile Zephyr"_s);
    QVERIFY(!mirror.put(created)); // written by the app while the sync ran past it
    QCOMPARE(count(u"zephyr"_s), 1);
    QVERIFY(mirror.completeSync(generation, int(customers.size())).isOk());
    QCOMPARE(count(u"zephyr"_s), 1);
}

QTEST_GUILESS_MAIN(tst_CustomerMirror)
#include "tst_customermirror.moc"
