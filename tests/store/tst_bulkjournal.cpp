// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The journal of bulk changes: a run and its customers stored all or nothing, each customer's state written as the
// run goes (in flight with what it was planned from and to), the latest unfinished run found again by another
// program after a crash, and a workspace of an earlier version migrated keeping what it held.

#include "StoreTestData.h"

#include "core/store/BulkJournal.h"
#include "core/store/HistoryJournal.h"
#include "core/store/WorkspaceSchema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

using RunState = BulkRunRecord::State;
using ItemState = BulkItemRecord::State;
using Selection = BulkRunRecord::Selection;

namespace {

BulkRunRecord sampleRun(const QString& connection = u"http://127.0.0.1:4000"_s)
{
    BulkRunRecord run;
    run.osUser = u"dana"_s;
    run.program = u"express-admin-cli"_s;
    run.connection = connection;
    run.operations = {BulkOperation::setValue(u"tier"_s, u"gold"_s), BulkOperation::deactivate()};
    run.selection = Selection::Search;
    run.selectionText = u"region:northeast"_s;
    run.concurrency = 6;
    return run;
}

QList<BulkItemRecord> sampleItems(int count)
{
    QList<BulkItemRecord> items;
    for (int i = 0; i < count; ++i) {
        BulkItemRecord item;
        item.customerId = u"cus_%1"_s.arg(i, 32, 10, QChar(u'0'));
        item.customerName = i % 2 ? u"Clinic %1"_s.arg(i) : QString();
        items.append(item);
    }
    return items;
}

Customer customer(const QString& id, const QString& name, const Metadata& metadata, bool active)
{
    Customer c;
    c.setId(id);
    c.setName(name);
    c.setActive(active);
    c.setMetadata(metadata);
    c.setCreatedAt(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    c.setUpdatedAt(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    return c;
}

} // namespace

class tst_BulkJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createStoresTheRunAndEveryCustomerPlannedInOrder();
    void excludedCustomersStayExcluded();
    void theJournaledItemsAreWhatItemsReadsBack();
    void countsSayHowManyAreLeft();
    void anItemInFlightKeepsWhatItWasPlannedFromAndTo();
    void eachStateOfACustomerIsStored_data();
    void eachStateOfACustomerIsStored();
    void aNewStateClearsTheOldErrorAndPlannedAgainThePlan();
    void theRunsStateAndConcurrencyAreStored();
    void latestUnfinishedIsTheNewestRunningOrPausedRun();
    void latestUnfinishedOnOneConnection();
    void anotherProgramFindsTheRunAfterACrash();
    void aFailedCreateStoresNothingOfIt();
    void unknownRunsAndCustomersAreErrors();
    void aVersionFourWorkspaceGainsTheJournalKeepingItsData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
};

void tst_BulkJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"bulk.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
}

void tst_BulkJournal::cleanup()
{
    m_store.reset();
}

void tst_BulkJournal::createStoresTheRunAndEveryCustomerPlannedInOrder()
{
    BulkJournal journal(m_store);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    BulkRunRecord asked = sampleRun();
    asked.state = RunState::Finished; // a new run is always running
    const BulkRunRecord run = journal.create(asked, sampleItems(3)).value();
    QVERIFY(!QUuid::fromString(run.id).isNull());
    QCOMPARE(run.state, RunState::Running);
    QVERIFY(run.createdAt >= before && run.createdAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(run.updatedAt, run.createdAt);
    QCOMPARE(journal.run(run.id).value(), std::optional(run));

    const QList<BulkItemRecord> items = journal.items(run.id).value();
    QCOMPARE(items.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(items.at(i).position, i);
        QCOMPARE(items.at(i).customerId, sampleItems(3).at(i).customerId);
        QCOMPARE(items.at(i).customerName, sampleItems(3).at(i).customerName);
        QCOMPARE(items.at(i).state, ItemState::Planned);
        QVERIFY(items.at(i).error.isEmpty() && items.at(i).errorKind.isEmpty());
        QVERIFY(!items.at(i).plannedBefore && !items.at(i).plannedAfter);
        QVERIFY(!items.at(i).isSettled());
    }
}

void tst_BulkJournal::excludedCustomersStayExcluded()
{
    BulkJournal journal(m_store);
    QList<BulkItemRecord> items = sampleItems(3);
    items[1].state = ItemState::Excluded;
    items[2].state = ItemState::Succeeded; // nothing is done before the run is created
    const BulkRunRecord run = journal.create(sampleRun(), items).value();
    const QList<BulkItemRecord> stored = journal.items(run.id).value();
    QCOMPARE(stored.at(0).state, ItemState::Planned);
    QCOMPARE(stored.at(1).state, ItemState::Excluded);
    QVERIFY(stored.at(1).isSettled());
    QCOMPARE(stored.at(2).state, ItemState::Planned);
}

void tst_BulkJournal::theJournaledItemsAreWhatItemsReadsBack()
{
    BulkJournal journal(m_store);
    QList<BulkItemRecord> items = sampleItems(4);
    items[1].state = ItemState::Excluded;
    items[2].state = ItemState::Failed;
    items[3].customerName.clear();
    const BulkRunRecord run = journal.create(sampleRun(), items).value();
    const QList<BulkItemRecord> journaled = BulkJournal::journaledItems(run, items);
    const QList<BulkItemRecord> stored = journal.items(run.id).value();
    QCOMPARE(journaled.size(), stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QCOMPARE(journaled.at(i).position, stored.at(i).position);
        QCOMPARE(journaled.at(i).customerId, stored.at(i).customerId);
        QCOMPARE(journaled.at(i).customerName, stored.at(i).customerName);
        QCOMPARE(journaled.at(i).state, stored.at(i).state);
        QCOMPARE(journaled.at(i).error, stored.at(i).error);
        QCOMPARE(journaled.at(i).plannedBefore.has_value(), stored.at(i).plannedBefore.has_value());
        QCOMPARE(journaled.at(i).updatedAt, stored.at(i).updatedAt);
    }
}

void tst_BulkJournal::countsSayHowManyAreLeft()
{
    BulkJournal journal(m_store);
    QList<BulkItemRecord> items = sampleItems(7);
    items[6].state = ItemState::Excluded;
    const BulkRunRecord run = journal.create(sampleRun(), items).value();
    QCOMPARE(journal.counts(run.id).value().total, 6);
    QCOMPARE(journal.counts(run.id).value().left, 6);
    QVERIFY(!journal.setItemState(run.id, 0, ItemState::Succeeded));
    QVERIFY(!journal.setItemState(run.id, 1, ItemState::Failed, u"invalid"_s));
    QVERIFY(!journal.setItemState(run.id, 2, ItemState::Failed, u"refused"_s));
    QVERIFY(!journal.setItemState(run.id, 3, ItemState::Uncertain, u"no answer"_s));
    QVERIFY(!journal.beginItem(run.id, 4, Customer(), Customer()));
    const BulkJournal::Counts counts = journal.counts(run.id).value();
    QCOMPARE(counts.total, 6);
    QCOMPARE(counts.left, 3); // uncertain, in flight and planned
    QCOMPARE(journal.counts(u"no-such-run"_s).value().total, 0);
}

void tst_BulkJournal::anItemInFlightKeepsWhatItWasPlannedFromAndTo()
{
    BulkJournal journal(m_store);
    const BulkRunRecord run = journal.create(sampleRun(), sampleItems(2)).value();
    const QString id = sampleItems(2).at(1).customerId;
    const Customer before = customer(id, u"Cedar Valley"_s, {{u"tier"_s, u"silver"_s}}, true);
    const Customer after = customer(id, u"Cedar Valley"_s, {{u"tier"_s, u"gold"_s}}, false);
    QVERIFY(!journal.beginItem(run.id, 1, before, after));

    const BulkItemRecord item = journal.items(run.id).value().at(1);
    QCOMPARE(item.state, ItemState::InFlight);
    QCOMPARE(item.customerName, u"Cedar Valley"_s);
    QCOMPARE(item.plannedBefore, std::optional(before));
    QCOMPARE(item.plannedAfter, std::optional(after));
    QVERIFY(!item.isSettled());
    QCOMPARE(journal.items(run.id).value().at(0).state, ItemState::Planned);
}

void tst_BulkJournal::eachStateOfACustomerIsStored_data()
{
    QTest::addColumn<ItemState>("state");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("errorKind");
    QTest::addRow("planned again") << ItemState::Planned << QString() << QString();
    QTest::addRow("excluded") << ItemState::Excluded << QString() << QString();
    QTest::addRow("succeeded with a note") << ItemState::Succeeded << u"Found already changed."_s << QString();
    QTest::addRow("skipped") << ItemState::Skipped << QString() << QString();
    QTest::addRow("failed") << ItemState::Failed << u"Not found (404)."_s << u"NotFound"_s;
    QTest::addRow("uncertain") << ItemState::Uncertain << u"No answer within 60 s."_s << u"Timeout"_s;
}

void tst_BulkJournal::eachStateOfACustomerIsStored()
{
    QFETCH(ItemState, state);
    QFETCH(QString, error);
    QFETCH(QString, errorKind);
    BulkJournal journal(m_store);
    const BulkRunRecord run = journal.create(sampleRun(), sampleItems(1)).value();
    QVERIFY(!journal.setItemState(run.id, 0, state, error, errorKind, u"Cedar Valley"_s));
    const BulkItemRecord item = journal.items(run.id).value().first();
    QCOMPARE(item.state, state);
    QCOMPARE(item.error, error);
    QCOMPARE(item.errorKind, errorKind);
    QCOMPARE(item.customerName, u"Cedar Valley"_s);
    QCOMPARE(BulkItemRecord::stateFromName(BulkItemRecord::stateName(state)), std::optional(state));
}

void tst_BulkJournal::aNewStateClearsTheOldErrorAndPlannedAgainThePlan()
{
    BulkJournal journal(m_store);
    const BulkRunRecord run = journal.create(sampleRun(), sampleItems(1)).value();
    const Customer planned = customer(sampleItems(1).at(0).customerId, u"Cedar"_s, {}, true);
    QVERIFY(!journal.beginItem(run.id, 0, planned, planned));
    QVERIFY(!journal.setItemState(run.id, 0, ItemState::Failed, u"Refused"_s, u"RateLimited"_s));
    QCOMPARE(journal.items(run.id).value().first().plannedAfter, std::optional(planned)); // kept: it may be judged
    QVERIFY(!journal.setItemState(run.id, 0, ItemState::Planned));
    const BulkItemRecord item = journal.items(run.id).value().first();
    QCOMPARE(item.state, ItemState::Planned);
    QVERIFY(item.error.isEmpty() && item.errorKind.isEmpty());
    QVERIFY(!item.plannedBefore && !item.plannedAfter); // nothing of it was sent
    QCOMPARE(item.customerName, u"Cedar"_s); // kept when no name is given
}

void tst_BulkJournal::theRunsStateAndConcurrencyAreStored()
{
    BulkJournal journal(m_store);
    const BulkRunRecord run = journal.create(sampleRun(), sampleItems(1)).value();
    QThread::msleep(2); // updatedAt moves
    QVERIFY(!journal.setRunState(run.id, RunState::Paused));
    QVERIFY(!journal.setConcurrency(run.id, 3));
    const BulkRunRecord stored = *journal.run(run.id).value();
    QCOMPARE(stored.state, RunState::Paused);
    QVERIFY(stored.isUnfinished());
    QCOMPARE(stored.concurrency, 3);
    QVERIFY(stored.updatedAt > run.updatedAt);
    QCOMPARE(stored.createdAt, run.createdAt);
    QCOMPARE(stored.operations, sampleRun().operations);
    QCOMPARE(stored.selection, Selection::Search);
    QCOMPARE(stored.selectionText, u"region:northeast"_s);
    for (const RunState state : {RunState::Running, RunState::Paused, RunState::Finished, RunState::Cancelled})
        QCOMPARE(BulkRunRecord::stateFromName(BulkRunRecord::stateName(state)), std::optional(state));
}

void tst_BulkJournal::latestUnfinishedIsTheNewestRunningOrPausedRun()
{
    BulkJournal journal(m_store);
    QCOMPARE(journal.latestUnfinished().value(), std::nullopt);
    const BulkRunRecord paused = journal.create(sampleRun(), sampleItems(1)).value();
    QVERIFY(!journal.setRunState(paused.id, RunState::Paused));
    QThread::msleep(2);
    const BulkRunRecord running = journal.create(sampleRun(), sampleItems(1)).value();
    QThread::msleep(2);
    const BulkRunRecord finished = journal.create(sampleRun(), sampleItems(1)).value();
    QVERIFY(!journal.setRunState(finished.id, RunState::Finished));
    QThread::msleep(2);
    const BulkRunRecord cancelled = journal.create(sampleRun(), sampleItems(1)).value();
    QVERIFY(!journal.setRunState(cancelled.id, RunState::Cancelled));

    QCOMPARE(journal.latestUnfinished().value()->id, running.id);
    QVERIFY(!journal.setRunState(running.id, RunState::Finished));
    QCOMPARE(journal.latestUnfinished().value()->id, paused.id);
    QVERIFY(!journal.setRunState(paused.id, RunState::Cancelled));
    QCOMPARE(journal.latestUnfinished().value(), std::nullopt);
}

void tst_BulkJournal::latestUnfinishedOnOneConnection()
{
    BulkJournal journal(m_store);
    const BulkRunRecord here = journal.create(sampleRun(u"https://api.avarasoftware.com"_s), sampleItems(1)).value();
    QThread::msleep(2);
    const BulkRunRecord there = journal.create(sampleRun(u"http://127.0.0.1:4000"_s), sampleItems(1)).value();
    QCOMPARE(journal.latestUnfinished(u"https://api.avarasoftware.com"_s).value()->id, here.id);
    QCOMPARE(journal.latestUnfinished(u"http://127.0.0.1:4000"_s).value()->id, there.id);
    QCOMPARE(journal.latestUnfinished().value()->id, there.id);
    QCOMPARE(journal.latestUnfinished(u"http://127.0.0.1:4001"_s).value(), std::nullopt);
}

void tst_BulkJournal::anotherProgramFindsTheRunAfterACrash()
{
    QString runId;
    const Customer before = customer(sampleItems(2).at(0).customerId, u"A"_s, {}, true);
    {
        BulkJournal journal(m_store);
        runId = journal.create(sampleRun(), sampleItems(2)).value().id;
        QVERIFY(!journal.beginItem(runId, 0, before, before));
    }
    // The same file, through a connection of its own, as the next program to start would open it.
    auto other = WorkspaceStore::open(m_store->path());
    QVERIFY(other.isOk());
    const BulkJournal reader(other.value());
    QCOMPARE(reader.latestUnfinished().value()->id, runId);
    QCOMPARE(reader.items(runId).value().at(0).state, ItemState::InFlight);
    QCOMPARE(reader.items(runId).value().at(0).plannedBefore, std::optional(before));
}

void tst_BulkJournal::aFailedCreateStoresNothingOfIt()
{
    BulkJournal journal(m_store);
    const BulkRunRecord first = journal.create(sampleRun(), sampleItems(2)).value();
    BulkRunRecord clash = sampleRun();
    clash.id = first.id;
    const auto failed = journal.create(clash, sampleItems(5));
    QVERIFY(failed.isError());
    QVERIFY(!failed.error().message.isEmpty());
    QCOMPARE(journal.items(first.id).value().size(), 2);

    // A customer given twice is fine (its positions differ); the whole run is one transaction either way.
    QList<BulkItemRecord> twice = sampleItems(1) + sampleItems(1);
    QCOMPARE(journal.items(journal.create(sampleRun(), twice).value().id).value().size(), 2);
}

void tst_BulkJournal::unknownRunsAndCustomersAreErrors()
{
    BulkJournal journal(m_store);
    const BulkRunRecord run = journal.create(sampleRun(), sampleItems(1)).value();
    QVERIFY(journal.setRunState(u"no-such-run"_s, RunState::Paused));
    QVERIFY(journal.setItemState(run.id, 7, ItemState::Skipped));
    QVERIFY(journal.beginItem(u"no-such-run"_s, 0, Customer(), Customer()));
    QCOMPARE(journal.run(u"no-such-run"_s).value(), std::nullopt);
    QVERIFY(journal.items(u"no-such-run"_s).value().isEmpty());
}

void tst_BulkJournal::aVersionFourWorkspaceGainsTheJournalKeepingItsData()
{
    const QString path = m_dir->filePath(u"v4.sqlite"_s);
    QVERIFY(StoreTestData::writeEarlierWorkspace(path, 4,
        {u"INSERT INTO history (id, recorded_at, os_user, program, connection, operation, state) "
         "VALUES ('h1', '2026-01-01T00:00:00.000Z', 'dana', 'express-admin', 'http://x', "
         "'deactivate', 'succeeded')"_s}));

    auto opened = WorkspaceStore::open(path);
    QVERIFY(opened.isOk());
    QSqlQuery query(opened.value()->database());
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), WorkspaceSchema::currentVersion());
    query.finish();
    QCOMPARE(HistoryJournal(opened.value()).entry(u"h1"_s).value()->osUser, u"dana"_s);
    BulkJournal journal(opened.value());
    const BulkRunRecord run = journal.create(sampleRun(), sampleItems(2)).value();
    QCOMPARE(journal.latestUnfinished().value()->id, run.id);

    // The versions stay in order, each above the one before.
    int last = 0;
    for (const WorkspaceSchema::Migration& migration : WorkspaceSchema::migrations()) {
        QVERIFY(migration.version > last);
        last = migration.version;
    }
}

QTEST_GUILESS_MAIN(tst_BulkJournal)
#include "tst_bulkjournal.moc"
