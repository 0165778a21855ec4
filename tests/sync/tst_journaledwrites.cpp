// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// JournaledWrites against a real in-process sandbox: every write is in the history (pending) before it is sent and
// completed after it (succeeded, failed, or uncertain when no answer came); what the server answers is in the mirror
// at once; when the history cannot record a write, it is not sent.

#include "core/io/CustomerJson.h"
#include "core/store/CustomerSearch.h"
#include "core/sync/JournaledWrites.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/CallRecorder.h"
#include "tests/support/ClientTestBed.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono;

using State = HistoryEntry::State;
using Field = HistoryChange::Field;
using Changes = QList<HistoryChange>;

class tst_JournaledWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void anUpdateIsJournaledBeforeItIsSentAndCompletedAfter();
    void aCreateLearnsItsCustomerFromTheAnswer();
    void activationAndUsersAreJournaled();
    void aUserAddedOrRemovedShowsInTheMirrorsUserCount();
    void aRefusedWriteIsFailed();
    void aWriteWhoseAnswerNeverCameIsUncertain();
    void nothingIsSentWhenTheHistoryCannotRecordIt();
    void theEntryIsCompletedWhenTheCallerIsGone();
    void theOriginNamesUserProgramAndConnection();

private:
    Customer fetch(const QString& id);
    HistoryEntry onlyEntry() const;
    qint64 found(const QString& query) const
    {
        return CustomerSearch(m_store).count(SearchQuery::parse(query)).value();
    }

    ClientTestBed m_bed;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<JournaledWrites> m_writes;
    QString m_firstId;
};

void tst_JournaledWrites::init()
{
    QVERIFY(m_bed.restart(7, 5));
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"writes.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
    HistoryOrigin origin {u"dana"_s, u"tst_journaledwrites"_s, m_bed.client().options().baseUrl.toString()};
    m_writes = std::make_unique<JournaledWrites>(&m_bed.client(), m_store, origin);
    m_firstId = m_bed.server().store().customers().first().id;
}

void tst_JournaledWrites::cleanup()
{
    m_writes.reset();
    m_store.reset();
    m_bed.stop();
}

Customer tst_JournaledWrites::fetch(const QString& id)
{
    CallRecorder<Customer> read;
    m_bed.client().retrieveCustomer(id, this, read.callback());
    if (!read.wait() || !read.isOk())
        qFatal("could not read %s", qPrintable(id));
    return read.result().value();
}

HistoryEntry tst_JournaledWrites::onlyEntry() const
{
    const QList<HistoryEntry> entries = m_writes->journal().entries({}).value();
    if (entries.size() != 1)
        qFatal("expected one history entry, found %d", int(entries.size()));
    return entries.first();
}

void tst_JournaledWrites::anUpdateIsJournaledBeforeItIsSentAndCompletedAfter()
{
    Customer before = fetch(m_firstId);
    before.setMetadata({{u"region"_s, u"south"_s}, {u"wing"_s, u"A"_s}});
    CustomerPatch prepared;
    prepared.replaceMetadata(before.metadata());
    CallRecorder<UpdateOutcome> setUp;
    m_bed.client().updateCustomer(m_firstId, prepared, this, setUp.callback());
    QVERIFY(setUp.wait() && setUp.isOk());
    const int requestsBefore = int(m_bed.records("PATCH").size());

    CustomerPatch patch;
    patch.setName(u"Quasar Cedar Clinic"_s);
    patch.replaceMetadata({{u"region"_s, u"northeast"_s}, {u"beds"_s, u"12"_s}});
    QSignalSpy changed(m_writes.get(), &JournaledWrites::historyChanged);
    CallRecorder<UpdateOutcome> updated;
    m_writes->updateCustomer(before, patch, this, updated.callback());

    // Stored before anything went out.
    const HistoryEntry pending = onlyEntry();
    QCOMPARE(pending.state, State::Pending);
    QCOMPARE(m_bed.records("PATCH").size(), requestsBefore);
    QCOMPARE(pending.operation, HistoryEntry::Operation::Update);
    QCOMPARE(pending.customerId, m_firstId);
    QCOMPARE(pending.customerName, before.name());
    QCOMPARE(pending.osUser, u"dana"_s);
    QCOMPARE(pending.program, u"tst_journaledwrites"_s);
    QCOMPARE(pending.connection, m_bed.client().options().baseUrl.toString());
    QCOMPARE(pending.changes,
        (Changes {{Field::Name, QString(), before.name(), u"Quasar Cedar Clinic"_s},
            {Field::MetadataKey, u"beds"_s, std::nullopt, u"12"_s},
            {Field::MetadataKey, u"region"_s, u"south"_s, u"northeast"_s},
            {Field::MetadataKey, u"wing"_s, u"A"_s, std::nullopt}}));
    QCOMPARE(changed.size(), 1);

    QVERIFY(updated.wait());
    QVERIFY2(updated.isOk(), updated.errorText());
    const HistoryEntry done = onlyEntry();
    QCOMPARE(done.state, State::Succeeded);
    QVERIFY(done.completedAt);
    QCOMPARE(done.customerName, u"Quasar Cedar Clinic"_s);
    QVERIFY(done.error.isEmpty());
    // Exactly the body the server received.
    QCOMPARE(done.requestBody->toUtf8(), m_bed.records("PATCH").last().body);
    QCOMPARE(changed.size(), 2);
    // The mirror shows it at once.
    QCOMPARE(found(u"quasar cedar region:northeast beds:12"_s), 1);
}

void tst_JournaledWrites::aCreateLearnsItsCustomerFromTheAnswer()
{
    CallRecorder<Customer> created;
    m_writes->createCustomer(u"Harbor Clinic"_s, {{u"wing"_s, u"B"_s}}, this, created.callback());
    QCOMPARE(onlyEntry().customerId, QString());
    QVERIFY(created.wait());
    QVERIFY2(created.isOk(), created.errorText());
    const HistoryEntry entry = onlyEntry();
    QCOMPARE(entry.operation, HistoryEntry::Operation::Create);
    QCOMPARE(entry.state, State::Succeeded);
    QCOMPARE(entry.customerId, created.result().value().id());
    QCOMPARE(entry.customerName, u"Harbor Clinic"_s);
    QCOMPARE(entry.requestBody->toUtf8(), m_bed.records("POST").last().body);
    QCOMPARE(entry.changes,
        (Changes {{Field::Name, QString(), std::nullopt, u"Harbor Clinic"_s},
            {Field::MetadataKey, u"wing"_s, std::nullopt, u"B"_s}}));
    QCOMPARE(found(u"harbor wing:b"_s), 1);
}

void tst_JournaledWrites::activationAndUsersAreJournaled()
{
    const Customer before = fetch(m_firstId);
    QVERIFY(before.isActive());
    CallRecorder<Customer> deactivated;
    m_writes->setActive(m_firstId, false, before, this, deactivated.callback());
    QVERIFY(deactivated.wait() && deactivated.isOk());
    QCOMPARE(found(u"is:inactive"_s), 1);
    CallRecorder<Customer> reactivated;
    m_writes->setActive(m_firstId, true, std::nullopt, this, reactivated.callback());
    QVERIFY(reactivated.wait() && reactivated.isOk());
    CallRecorder<OperationStatus> added;
    m_writes->changeUser(m_firstId, u"usr_0123456789abcdef0123456789abcdef"_s, true, before, this, added.callback());
    QVERIFY(added.wait());
    QVERIFY2(added.isOk(), added.errorText());
    CallRecorder<OperationStatus> removed;
    m_writes->changeUser(
        m_firstId, u"usr_0123456789abcdef0123456789abcdef"_s, false, std::nullopt, this, removed.callback());
    QVERIFY(removed.wait() && removed.isOk());

    const QList<HistoryEntry> entries = m_writes->journal().entriesFor(m_firstId).value();
    QCOMPARE(entries.size(), 4);
    for (const HistoryEntry& entry : entries) {
        QCOMPARE(entry.state, State::Succeeded);
        QCOMPARE(entry.customerId, m_firstId);
    }
    // Newest first.
    QCOMPARE(entries.at(3).operation, HistoryEntry::Operation::Deactivate);
    QCOMPARE(entries.at(3).changes, (Changes {{Field::Active, QString(), u"true"_s, u"false"_s}}));
    QVERIFY(!entries.at(3).requestBody);
    QCOMPARE(entries.at(2).operation, HistoryEntry::Operation::Reactivate);
    QCOMPARE(entries.at(2).changes, (Changes {{Field::Active, QString(), std::nullopt, u"true"_s}}));
    QCOMPARE(entries.at(2).customerName, before.name()); // learnt from the answer
    QCOMPARE(entries.at(1).operation, HistoryEntry::Operation::AddUser);
    QCOMPARE(entries.at(1).changes,
        (Changes {{Field::User, u"usr_0123456789abcdef0123456789abcdef"_s, std::nullopt,
            u"usr_0123456789abcdef0123456789abcdef"_s}}));
    QCOMPARE(entries.at(1).requestBody->toUtf8(), m_bed.records("POST").last().body);
    QCOMPARE(entries.at(0).operation, HistoryEntry::Operation::RemoveUser);
    QCOMPARE(entries.at(0).changes,
        (Changes {{Field::User, u"usr_0123456789abcdef0123456789abcdef"_s, u"usr_0123456789abcdef0123456789abcdef"_s,
            std::nullopt}}));
}

void tst_JournaledWrites::aUserAddedOrRemovedShowsInTheMirrorsUserCount()
{
    const Customer before = fetch(m_firstId);
    const auto mirrored = [this]() {
        const auto page = CustomerSearch(m_store).page(SearchQuery::parse(m_firstId), 0, 1);
        return page.isOk() && page.value().size() == 1 ? page.value().first().userCount() : -1;
    };
    const QString user = u"usr_0123456789abcdef0123456789abcdef"_s;
    CallRecorder<OperationStatus> added;
    m_writes->changeUser(m_firstId, user, true, before, this, added.callback());
    QVERIFY(added.wait() && added.isOk());
    QTRY_COMPARE(mirrored(), before.userCount() + 1);
    CallRecorder<OperationStatus> removed;
    m_writes->changeUser(m_firstId, user, false, std::nullopt, this, removed.callback());
    QVERIFY(removed.wait() && removed.isOk());
    QTRY_COMPARE(mirrored(), before.userCount());
}

void tst_JournaledWrites::aRefusedWriteIsFailed()
{
    const Customer before = fetch(m_firstId);
    QVERIFY(m_bed.server().addFault(u"status=422,method=PATCH"_s));
    CustomerPatch patch;
    patch.setName(u"Refused Name"_s);
    CallRecorder<UpdateOutcome> updated;
    m_writes->updateCustomer(before, patch, this, updated.callback());
    QVERIFY(updated.wait());
    QCOMPARE(updated.errorKind(), ApiError::Kind::UnprocessableEntity);
    const HistoryEntry entry = onlyEntry();
    QCOMPARE(entry.state, State::Failed);
    QCOMPARE(entry.error, updated.result().error().message);
    QVERIFY(entry.completedAt);
    QCOMPARE(found(u"refused"_s), 0);
}

void tst_JournaledWrites::aWriteWhoseAnswerNeverCameIsUncertain()
{
    m_bed.setOptions([](ClientOptions& options) { options.attemptTimeout = milliseconds(300); });
    QVERIFY(m_bed.server().addFault(u"close,count=always,method=POST"_s));
    CallRecorder<Customer> created;
    m_writes->createCustomer(u"Harbor Clinic"_s, {}, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY(created.result().isError());
    QVERIFY(created.result().error().mayHaveTakenEffect);
    const HistoryEntry entry = onlyEntry();
    QCOMPARE(entry.state, State::Uncertain);
    QCOMPARE(entry.error, created.result().error().message);
    QCOMPARE(entry.customerId, QString()); // not known: the answer never came
}

void tst_JournaledWrites::nothingIsSentWhenTheHistoryCannotRecordIt()
{
    const Customer before = fetch(m_firstId);
    // As a full disk would: every insert into the history fails.
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"CREATE TRIGGER refuse_history BEFORE INSERT ON history "
                       "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
    QSignalSpy notJournaled(m_writes.get(), &JournaledWrites::notJournaled);
    const qsizetype requests = m_bed.records().size();

    CustomerPatch patch;
    patch.setName(u"Never Sent"_s);
    CallRecorder<UpdateOutcome> updated;
    m_writes->updateCustomer(before, patch, this, updated.callback());
    QCOMPARE(notJournaled.size(), 1);
    QCOMPARE(updated.count(), 0); // later, as the client's own refusals come
    QVERIFY(updated.wait());
    QCOMPARE(updated.errorKind(), ApiError::Kind::InvalidRequest);
    const QString message = updated.result().error().message;
    QVERIFY2(message.contains(u"not sent"_s) && message.contains(u"disk is full"_s), qPrintable(message));
    QVERIFY(!updated.result().error().mayHaveTakenEffect);

    CallRecorder<Customer> deactivated;
    m_writes->setActive(m_firstId, false, before, this, deactivated.callback());
    QVERIFY(deactivated.wait());
    QCOMPARE(deactivated.errorKind(), ApiError::Kind::InvalidRequest);
    // A read afterwards: a write sent before it would be done by now.
    const Customer after = fetch(m_firstId);
    QCOMPARE(m_bed.records().size(), requests + 1);
    QCOMPARE(after.name(), before.name());
    QVERIFY(after.isActive());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(deactivated.count(), 1);
}

void tst_JournaledWrites::theEntryIsCompletedWhenTheCallerIsGone()
{
    const Customer before = fetch(m_firstId);
    CustomerPatch patch;
    patch.setName(u"Closed Window Clinic"_s);
    auto context = std::make_unique<QObject>();
    CallRecorder<UpdateOutcome> updated;
    m_writes->updateCustomer(before, patch, context.get(), updated.callback());
    context.reset();
    QTRY_COMPARE(onlyEntry().state, State::Succeeded);
    QCOMPARE(updated.count(), 0);
    QCOMPARE(found(u"closed window"_s), 1);
}

void tst_JournaledWrites::theOriginNamesUserProgramAndConnection()
{
    QProcessEnvironment environment;
    environment.insert(u"USERNAME"_s, u"robin"_s);
    const HistoryOrigin origin =
        HistoryOrigin::current(QUrl(u"https://someone:secret@api.example.com/base/?x=1#f"_s), environment);
    QCOMPARE(origin.osUser, u"robin"_s);
    QCOMPARE(origin.program, QCoreApplication::applicationName());
    QCOMPARE(origin.connection, u"https://api.example.com/base"_s);
    environment.insert(u"USER"_s, u"dana"_s);
    QCOMPARE(HistoryOrigin::current(QUrl(), environment).osUser, u"dana"_s);
    QVERIFY(!HistoryOrigin::current(QUrl(), QProcessEnvironment()).osUser.isEmpty());
}

QTEST_GUILESS_MAIN(tst_JournaledWrites)
#include "tst_journaledwrites.moc"
