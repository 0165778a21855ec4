// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// A bulk change run by BulkSession against a real in-process sandbox: every customer read fresh and changed once
// (edits made meanwhile survive), many at a time within the limit, slowing down on 429 and trying again, pause,
// cancel and retry, every state in the journal and every change in the history, and a run resumed after a crash that
// neither skips a customer nor changes one twice.

#include "core/bulk/BulkSession.h"
#include "core/store/HistoryJournal.h"
#include "core/sync/JournaledWrites.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

using Op = BulkOperation;
using ItemState = BulkItemRecord::State;
using State = BulkSession::State;

namespace {

// The notes every customer starts with; the replace below would change its own result again ("Ann" → "Ann Lee" →
// "Ann Lee Lee"), so a customer changed twice shows.
const QString kNotes = u"call Ann"_s;
const Op kReplace = Op::replaceText(u"notes"_s, u"Ann"_s, u"Ann Lee"_s);
const QString kReplaced = u"call Ann Lee"_s;

} // namespace

class tst_BulkSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyCustomerIsChangedOnceAndJournaled();
    void aCustomerAlreadyAsAskedIsSkippedWithNothingSent();
    void editsMadeMeanwhileByOthersSurvive();
    void neverMoreInFlightThanTheLimit();
    void moreThanSixAtOnceReachTheServerAtOnce();
    void rateLimitedCustomersAreTriedAgainWhileTheLimitHalves();
    void deactivateSendsOnlyForActiveCustomers();
    void anInvalidCustomerFailsWithItsReasonAndNothingIsSent();
    void pauseLetsTheCustomersInFlightFinish();
    void cancelLeavesTheRestPlanned();
    void retryFailedTriesOnlyTheFailedOnes();
    void aRunResumedAfterACrashJudgesWhatWasInFlight();
    void excludedCustomersAreNotTouched();
    void nothingIsSentWhenTheHistoryCannotRecordIt();
    void progressCountsAddUp();

private:
    std::unique_ptr<BulkSession> newSession();
    // Creates a run of these operations over these customers (all the sandbox's when empty) and runs it to the end.
    bool runToEnd(BulkSession& session, int timeoutMs = 30000);
    QStringList ids() const;
    Sandbox::CustomerRecord stored(const QString& id) const { return *m_bed.server().store().find(id); }
    int requests(const QByteArray& method) const { return int(m_bed.records(method).size()); }
    QStringList patchedIds() const;
    qint64 historyCount() const { return HistoryJournal(m_store).count({}).value(); }

    ClientTestBed m_bed;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<JournaledWrites> m_writes;
};

void tst_BulkSession::init()
{
    QVERIFY(m_bed.restart(3, 0, [](ClientOptions& options) {
        options.retryBaseDelay = 5ms;
        options.retryMaxDelay = 20ms;
    }));
    QList<Sandbox::CustomerRecord> records = Sandbox::SandboxSeed::generate(3, 40);
    for (int i = 0; i < records.size(); ++i) {
        records[i].metadata = QMap<QString, QString> {{u"notes"_s, kNotes}, {u"region"_s, u"north"_s}};
        records[i].active = i % 4 != 0;
    }
    m_bed.server().store().reset(records);
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"bulk.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
    const HistoryOrigin origin {u"dana"_s, u"tst_bulksession"_s, m_bed.client().options().baseUrl.toString()};
    m_writes = std::make_unique<JournaledWrites>(&m_bed.client(), m_store, origin);
}

void tst_BulkSession::cleanup()
{
    m_writes.reset();
    m_store.reset();
    m_bed.stop();
}

std::unique_ptr<BulkSession> tst_BulkSession::newSession()
{
    return std::make_unique<BulkSession>(&m_bed.client(), m_writes.get(), m_store);
}

bool tst_BulkSession::runToEnd(BulkSession& session, int timeoutMs)
{
    QSignalSpy finished(&session, &BulkSession::finished);
    session.start();
    return finished.wait(timeoutMs) && session.state() == State::Finished;
}

QStringList tst_BulkSession::ids() const
{
    QStringList all;
    for (const Sandbox::CustomerRecord& record : m_bed.server().store().customers())
        all.append(record.id);
    return all;
}

QStringList tst_BulkSession::patchedIds() const
{
    QStringList patched;
    for (const Sandbox::RequestRecord& record : m_bed.records("PATCH"))
        patched.append(record.path.section(u'/', -1));
    return patched;
}

void tst_BulkSession::everyCustomerIsChangedOnceAndJournaled()
{
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {kReplace, Op::setValue(u"tier"_s, u"gold"_s)};
    run.selection = BulkRunRecord::Selection::Search;
    run.selectionText = u"region:north"_s;
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    QCOMPARE(session->state(), State::Idle);
    QCOMPARE(requests({}), 0); // nothing before start()
    QVERIFY(runToEnd(*session));

    QStringList patched = patchedIds();
    QCOMPARE(patched.size(), 40);
    patched.removeDuplicates();
    QCOMPARE(patched.size(), 40); // one PATCH per customer
    QCOMPARE(requests("GET"), 40); // one read per customer
    for (const QString& id : ids()) {
        QCOMPARE(stored(id).metadata->value(u"notes"_s), kReplaced);
        QCOMPARE(stored(id).metadata->value(u"tier"_s), u"gold"_s);
        QCOMPARE(stored(id).metadata->value(u"region"_s), u"north"_s);
    }
    QCOMPARE(historyCount(), 40);

    const BulkJournal journal(m_store);
    const BulkRunRecord storedRun = *journal.run(session->run().id).value();
    QCOMPARE(storedRun.state, BulkRunRecord::State::Finished);
    QCOMPARE(storedRun.operations, run.operations);
    QCOMPARE(storedRun.program, u"tst_bulksession"_s);
    QCOMPARE(storedRun.concurrency, BulkSession::kDefaultConcurrency);
    const QList<BulkItemRecord> journaled = journal.items(session->run().id).value();
    for (const BulkItemRecord& item : journaled) {
        QCOMPARE(item.state, ItemState::Succeeded);
        QVERIFY(!item.customerName.isEmpty());
        QCOMPARE(item.plannedAfter->metadata().value(u"notes"_s), kReplaced);
        QCOMPARE(item.plannedBefore->metadata().value(u"notes"_s), kNotes);
    }
    QCOMPARE(session->items().size(), journaled.size());
    for (int i = 0; i < journaled.size(); ++i) { // what the session shows is what the journal holds
        QCOMPARE(session->items().at(i).state, journaled.at(i).state);
        QCOMPARE(session->items().at(i).customerName, journaled.at(i).customerName);
        QCOMPARE(session->items().at(i).plannedAfter, journaled.at(i).plannedAfter);
    }
    const BulkProgress progress = session->progress();
    QCOMPARE(progress.succeeded, 40);
    QCOMPARE(progress.left(), 0);
}

void tst_BulkSession::aCustomerAlreadyAsAskedIsSkippedWithNothingSent()
{
    const QStringList all = ids();
    QVERIFY(m_bed.server()
                .store()
                .update(all.at(1), {std::nullopt, true, QMap<QString, QString> {{u"tier"_s, u"gold"_s}}})
                .ok());
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {Op::setValue(u"tier"_s, u"gold"_s)};
    QVERIFY(!session->create(run, BulkSession::itemsFor(all.mid(0, 3))));
    QVERIFY(runToEnd(*session));
    QCOMPARE(session->items().at(1).state, ItemState::Skipped);
    QCOMPARE(session->progress().skipped, 1);
    QCOMPARE(session->progress().succeeded, 2);
    QVERIFY(!patchedIds().contains(all.at(1)));
    QCOMPARE(historyCount(), 2);
}

void tst_BulkSession::editsMadeMeanwhileByOthersSurvive()
{
    const QStringList all = ids();
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {Op::setValue(u"tier"_s, u"gold"_s)};
    QVERIFY(!session->create(run, BulkSession::itemsFor(all)));
    // After the run was planned (and previewed), someone changes another key of one customer and adds one to another.
    QVERIFY(m_bed.server()
                .store()
                .update(all.at(5),
                    {std::nullopt, true, QMap<QString, QString> {{u"notes"_s, kNotes}, {u"region"_s, u"south"_s}}})
                .ok());
    QVERIFY(m_bed.server()
                .store()
                .update(all.at(6),
                    {std::nullopt, true,
                        QMap<QString, QString> {{u"notes"_s, kNotes}, {u"region"_s, u"north"_s}, {u"wing"_s, u"B"_s}}})
                .ok());
    QVERIFY(runToEnd(*session));
    QCOMPARE(stored(all.at(5)).metadata->value(u"region"_s), u"south"_s);
    QCOMPARE(stored(all.at(5)).metadata->value(u"tier"_s), u"gold"_s);
    QCOMPARE(stored(all.at(6)).metadata->value(u"wing"_s), u"B"_s);
    QCOMPARE(stored(all.at(6)).metadata->value(u"tier"_s), u"gold"_s);
}

void tst_BulkSession::neverMoreInFlightThanTheLimit()
{
    QVERIFY(m_bed.server().addFault(u"latency=20,count=always"_s));
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {Op::setValue(u"tier"_s, u"gold"_s)};
    run.concurrency = 3;
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    int most = 0;
    int mostInFlight = 0;
    connect(&m_bed.server(), &Sandbox::SandboxServer::requestFinished, this,
        [&most, this] { most = qMax(most, m_bed.server().pendingCount() + 1); });
    connect(session.get(), &BulkSession::progressChanged, this,
        [&mostInFlight](const BulkProgress& progress) { mostInFlight = qMax(mostInFlight, progress.inFlight); });
    QVERIFY(runToEnd(*session));
    QVERIFY2(most <= 3, qPrintable(QString::number(most)));
    QCOMPARE(mostInFlight, 3);
    QCOMPARE(session->progress().succeeded, 40);
}

void tst_BulkSession::moreThanSixAtOnceReachTheServerAtOnce()
{
    // Qt 6.4 sends at most six requests at once to one host through one network access manager; the session adds
    // lanes of its own, and what they write reaches the same history, announced through the caller's writes.
    QVERIFY(m_bed.server().addFault(u"latency=40,count=always"_s));
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {kReplace};
    run.concurrency = 10;
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    int most = 0;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&most, this] { most = qMax(most, m_bed.server().pendingCount()); });
    watch.start(5);
    QSignalSpy historyChanged(m_writes.get(), &JournaledWrites::historyChanged);
    QVERIFY(runToEnd(*session));
    QCOMPARE(most, 10);
    QCOMPARE(historyChanged.size(), 2 * 40); // begun and completed
    QCOMPARE(historyCount(), 40);
    for (const QString& id : ids())
        QCOMPARE(stored(id).metadata->value(u"notes"_s), kReplaced);
}

void tst_BulkSession::rateLimitedCustomersAreTriedAgainWhileTheLimitHalves()
{
    // The client does not retry here, so the session itself must try the customers again.
    m_bed.setOptions([](ClientOptions& options) { options.maxRetries = 0; });
    QVERIFY(m_bed.server().addFault(u"latency=5,count=always"_s));
    QVERIFY(m_bed.server().addFault(u"status=429,count=6,method=PATCH,retry-after-ms=150"_s));
    QVERIFY(m_bed.server().addFault(u"status=429,count=3,method=GET,after=10,retry-after-ms=50"_s));
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {kReplace};
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    QCOMPARE(session->progress().limit, 8);
    QList<int> limits;
    connect(session.get(), &BulkSession::progressChanged, this, [&limits](const BulkProgress& progress) {
        if (limits.isEmpty() || limits.last() != progress.limit)
            limits.append(progress.limit);
    });
    QVERIFY(runToEnd(*session));
    QCOMPARE(session->progress().succeeded, 40);
    for (const QString& id : ids())
        QCOMPARE(stored(id).metadata->value(u"notes"_s), kReplaced); // changed once, whatever was refused
    QVERIFY2(limits.contains(4), qPrintable(QString::number(limits.size())));
    QCOMPARE(requests("PATCH"), 40 + 6);
    QCOMPARE(historyCount(), 40 + 6); // the refused ones are in the history as failed
}

void tst_BulkSession::deactivateSendsOnlyForActiveCustomers()
{
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {Op::deactivate()};
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    QVERIFY(runToEnd(*session));
    QCOMPARE(session->progress().succeeded, 30);
    QCOMPARE(session->progress().skipped, 10); // every fourth was inactive
    QCOMPARE(requests("POST"), 30);
    QCOMPARE(requests("PATCH"), 0);
    for (const QString& id : ids())
        QVERIFY(!stored(id).active);
}

void tst_BulkSession::anInvalidCustomerFailsWithItsReasonAndNothingIsSent()
{
    const QString id = ids().at(2);
    QVERIFY(m_bed.server()
                .store()
                .update(id,
                    {std::nullopt, true,
                        QMap<QString, QString> {{u"notes"_s, kNotes}, {u"region"_s, u"north"_s}, {u"area"_s, u"x"_s}}})
                .ok());
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {Op::renameKey(u"region"_s, u"area"_s)};
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids().mid(0, 3))));
    QVERIFY(runToEnd(*session));
    const BulkItemRecord item = session->items().at(2);
    QCOMPARE(item.state, ItemState::Failed);
    QCOMPARE(item.errorKind, u"InvalidInput"_s);
    QCOMPARE(item.error, u"“region” cannot be renamed to “area”: the customer already has a key “area” (“x”)."_s);
    QVERIFY(!patchedIds().contains(id));
    QCOMPARE(session->progress().failed, 1);
    QCOMPARE(session->progress().succeeded, 2);
}

void tst_BulkSession::pauseLetsTheCustomersInFlightFinish()
{
    QVERIFY(m_bed.server().addFault(u"latency=30,count=always"_s));
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {kReplace};
    run.concurrency = 4;
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    QList<State> states;
    connect(session.get(), &BulkSession::stateChanged, this, [&states](State state) { states.append(state); });
    connect(session.get(), &BulkSession::itemChanged, this, [&session] {
        if (session->progress().settled() == 6)
            session->pause();
    });
    QSignalSpy stateChanged(session.get(), &BulkSession::stateChanged);
    session->start();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Paused, 20000);
    QCOMPARE(states, QList<State>({State::Running, State::Pausing, State::Paused}));
    QCOMPARE(m_bed.server().pendingCount(), 0);
    const int settled = session->progress().settled();
    QVERIFY2(settled >= 6 && settled <= 6 + 4, qPrintable(QString::number(settled)));
    const int sent = int(m_bed.records().size());
    QTest::qWait(150);
    QCOMPARE(int(m_bed.records().size()), sent); // nothing while paused
    QCOMPARE(BulkJournal(m_store).run(session->run().id).value()->state, BulkRunRecord::State::Paused);

    QVERIFY(runToEnd(*session));
    for (const QString& id : ids())
        QCOMPARE(stored(id).metadata->value(u"notes"_s), kReplaced);
    QCOMPARE(requests("PATCH"), 40);
}

void tst_BulkSession::cancelLeavesTheRestPlanned()
{
    QVERIFY(m_bed.server().addFault(u"latency=30,count=always"_s));
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {kReplace};
    run.concurrency = 4;
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    connect(session.get(), &BulkSession::itemChanged, this, [&session] {
        if (session->progress().settled() == 5)
            session->cancel();
    });
    QSignalSpy finished(session.get(), &BulkSession::finished);
    session->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(session->state(), State::Cancelled);
    QCOMPARE(m_bed.server().pendingCount(), 0);
    const QList<BulkItemRecord> journaled = BulkJournal(m_store).items(session->run().id).value();
    const int planned = int(std::count_if(journaled.cbegin(), journaled.cend(),
        [](const BulkItemRecord& item) { return item.state == ItemState::Planned; }));
    const int succeeded = int(std::count_if(journaled.cbegin(), journaled.cend(),
        [](const BulkItemRecord& item) { return item.state == ItemState::Succeeded; }));
    QCOMPARE(planned + succeeded, 40);
    QVERIFY2(planned >= 40 - 5 - 4, qPrintable(QString::number(planned)));
    QCOMPARE(requests("PATCH"), succeeded);
    QCOMPARE(BulkJournal(m_store).run(session->run().id).value()->state, BulkRunRecord::State::Cancelled);
    QCOMPARE(BulkJournal(m_store).latestUnfinished().value(), std::nullopt); // a cancelled run is not resumed

    QVERIFY(runToEnd(*session)); // start() goes on with the rest
    QCOMPARE(requests("PATCH"), 40);
}

void tst_BulkSession::retryFailedTriesOnlyTheFailedOnes()
{
    m_bed.setOptions([](ClientOptions& options) { options.maxRetries = 0; });
    QVERIFY(m_bed.server().addFault(u"status=404,count=2,method=GET,after=3"_s));
    QVERIFY(m_bed.server().addFault(u"status=422,count=1,method=PATCH,after=10"_s));
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {kReplace};
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    QVERIFY(runToEnd(*session));
    QCOMPARE(session->progress().failed, 3);
    QCOMPARE(session->progress().succeeded, 37);
    QStringList kinds;
    for (const BulkItemRecord& item : session->items()) {
        if (item.state == ItemState::Failed)
            kinds.append(item.errorKind);
    }
    kinds.sort();
    QCOMPARE(kinds, QStringList({u"NotFound"_s, u"NotFound"_s, u"UnprocessableEntity"_s}));

    m_bed.server().requestLog().clear();
    QSignalSpy finished(session.get(), &BulkSession::finished);
    session->retryFailed();
    QVERIFY(finished.wait(20000));
    QCOMPARE(session->state(), State::Finished);
    QCOMPARE(session->progress().succeeded, 40);
    QCOMPARE(requests("GET"), 3);
    QCOMPARE(requests("PATCH"), 3);
    for (const QString& id : ids())
        QCOMPARE(stored(id).metadata->value(u"notes"_s), kReplaced);
}

void tst_BulkSession::aRunResumedAfterACrashJudgesWhatWasInFlight()
{
    const QStringList all = ids().mid(0, 4);
    QString runId;
    {
        // What a crashed run leaves: 0 in flight and its change made, 1 in flight and its change not made, 2 in flight
        // and changed meanwhile by someone else, 3 never tried.
        auto crashed = newSession();
        BulkRunRecord run;
        run.operations = {kReplace};
        QVERIFY(!crashed->create(run, BulkSession::itemsFor(all)));
        runId = crashed->run().id;
    }
    BulkJournal journal(m_store);
    const auto customer = [this](const QString& id, const QString& notes) {
        const Sandbox::CustomerRecord record = stored(id);
        Customer c;
        c.setId(id);
        c.setName(record.name);
        c.setActive(record.active);
        c.setMetadata({{u"notes"_s, notes}, {u"region"_s, u"north"_s}});
        return c;
    };
    for (int i = 0; i < 3; ++i)
        QVERIFY(!journal.beginItem(runId, i, customer(all.at(i), kNotes), customer(all.at(i), kReplaced)));
    QVERIFY(m_bed.server()
                .store()
                .update(all.at(0),
                    {std::nullopt, true, QMap<QString, QString> {{u"notes"_s, kReplaced}, {u"region"_s, u"north"_s}}})
                .ok());
    QVERIFY(m_bed.server()
                .store()
                .update(all.at(2),
                    {std::nullopt, true, QMap<QString, QString> {{u"notes"_s, u"other"_s}, {u"region"_s, u"north"_s}}})
                .ok());
    QCOMPARE(journal.latestUnfinished().value()->id, runId);

    auto resumed = newSession();
    QVERIFY(!resumed->open(runId));
    QCOMPARE(resumed->progress().left(), 4);
    QVERIFY(runToEnd(*resumed));
    QCOMPARE(resumed->items().at(0).state, ItemState::Succeeded);
    QVERIFY(resumed->items().at(0).error.startsWith(u"Found changed as asked"_s));
    QCOMPARE(resumed->items().at(1).state, ItemState::Succeeded);
    QCOMPARE(resumed->items().at(2).state, ItemState::Uncertain);
    QCOMPARE(resumed->items().at(3).state, ItemState::Succeeded);
    // Sent at once, so they may reach the server in either order.
    QStringList patched = patchedIds();
    patched.sort();
    QStringList expected {all.at(1), all.at(3)};
    expected.sort();
    QCOMPARE(patched, expected);
    QCOMPARE(stored(all.at(0)).metadata->value(u"notes"_s), kReplaced); // not "call Ann Lee Lee"
    QCOMPARE(stored(all.at(1)).metadata->value(u"notes"_s), kReplaced);
    QCOMPARE(stored(all.at(2)).metadata->value(u"notes"_s), u"other"_s);
    QCOMPARE(journal.items(runId).value().at(2).state, ItemState::Uncertain);
    QCOMPARE(journal.latestUnfinished().value(), std::nullopt);
}

void tst_BulkSession::excludedCustomersAreNotTouched()
{
    const QStringList all = ids().mid(0, 5);
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {kReplace};
    QVERIFY(!session->create(run, BulkSession::itemsFor(all, {all.at(1), all.at(3)})));
    QCOMPARE(session->progress().total, 3);
    QCOMPARE(session->progress().excluded, 2);
    QVERIFY(runToEnd(*session));
    QStringList patched = patchedIds();
    patched.sort();
    QStringList expected {all.at(0), all.at(2), all.at(4)};
    expected.sort();
    QCOMPARE(patched, expected);
    QCOMPARE(requests("GET"), 3);
    QCOMPARE(session->items().at(1).state, ItemState::Excluded);
}

void tst_BulkSession::nothingIsSentWhenTheHistoryCannotRecordIt()
{
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {kReplace};
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids().mid(0, 5))));
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"CREATE TRIGGER refuse_history BEFORE INSERT ON history "
                       "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
    QSignalSpy storeFailed(session.get(), &BulkSession::storeFailed);
    session->start();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), State::Paused, 10000);
    QVERIFY(!storeFailed.isEmpty());
    QCOMPARE(requests("PATCH"), 0);
    const QList<BulkItemRecord> journaled = BulkJournal(m_store).items(session->run().id).value();
    for (const BulkItemRecord& item : journaled)
        QCOMPARE(item.state, ItemState::Planned); // nothing of it was sent

    QVERIFY(query.exec(u"DROP TRIGGER refuse_history"_s));
    QVERIFY(runToEnd(*session));
    QCOMPARE(requests("PATCH"), 5);
}

void tst_BulkSession::progressCountsAddUp()
{
    QVERIFY(m_bed.server().addFault(u"latency=10,count=always"_s));
    QVERIFY(m_bed.server().addFault(u"status=404,count=1,method=GET,after=4"_s));
    m_bed.setOptions([](ClientOptions& options) { options.maxRetries = 0; });
    auto session = newSession();
    BulkRunRecord run;
    run.operations = {Op::deactivate()};
    QVERIFY(!session->create(run, BulkSession::itemsFor(ids())));
    QList<BulkProgress> seen;
    connect(session.get(), &BulkSession::progressChanged, this,
        [&seen](const BulkProgress& progress) { seen.append(progress); });
    QVERIFY(runToEnd(*session));
    QVERIFY(seen.size() >= 40);
    for (const BulkProgress& progress : std::as_const(seen)) {
        QCOMPARE(progress.total, 40);
        QCOMPARE(progress.succeeded + progress.skipped + progress.failed + progress.left(), 40);
        QVERIFY(progress.inFlight <= progress.left());
    }
    const BulkProgress last = seen.last();
    QCOMPARE(last.failed, 1);
    QCOMPARE(last.succeeded + last.skipped, 39);
    QVERIFY(last.rate > 0);
    QCOMPARE(last.timeLeft, std::optional(0s));
    QVERIFY(
        std::any_of(seen.cbegin(), seen.cend(), [](const BulkProgress& p) { return p.timeLeft && *p.timeLeft > 0s; }));
}

QTEST_GUILESS_MAIN(tst_BulkSession)
#include "tst_bulksession.moc"
