// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The history journal: a write is stored pending before it is sent, completed after; reads come newest first, in
// pages, filtered by customer, text and time; another program on the same database sees the same history.

#include "core/store/HistoryJournal.h"
#include "core/store/HistoryJson.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

using State = HistoryEntry::State;
using Field = HistoryChange::Field;

class tst_HistoryJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void beginStoresAPendingEntryWithItsChanges();
    void beginKeepsAbsentApartFromEmpty();
    void completeRecordsHowTheWriteEnded_data();
    void completeRecordsHowTheWriteEnded();
    void completeOfAnUnknownEntryIsAnError();
    void aFailedBeginStoresNothingOfIt();
    void entriesComeNewestFirstInPages();
    void filtersSelectEntries_data();
    void filtersSelectEntries();
    void anotherProgramOnTheSameDatabaseSeesTheHistory();
    void jsonSpellsEveryFieldAndNullForAbsent();

private:
    static HistoryEntry sample(const QString& customerId, const QString& name, const QDateTime& recordedAt = {});
    QStringList customerNames(const HistoryFilter& filter) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
};

HistoryEntry tst_HistoryJournal::sample(const QString& customerId, const QString& name, const QDateTime& recordedAt)
{
    HistoryEntry entry;
    entry.recordedAt = recordedAt;
    entry.osUser = u"dana"_s;
    entry.program = u"express-admin-cli"_s;
    entry.connection = u"http://127.0.0.1:4000"_s;
    entry.customerId = customerId;
    entry.customerName = name;
    entry.operation = HistoryEntry::Operation::Update;
    entry.requestBody = u"{\"expressCustomerName\":\"%1\"}"_s.arg(name);
    entry.changes = {{Field::Name, QString(), u"Old %1"_s.arg(name), name},
        {Field::MetadataKey, u"region"_s, std::nullopt, u"northeast"_s}};
    return entry;
}

QStringList tst_HistoryJournal::customerNames(const HistoryFilter& filter) const
{
    QStringList names;
    const auto entries = HistoryJournal(m_store).entries(filter);
    if (entries.isError())
        qWarning() << entries.error().message;
    for (const HistoryEntry& entry : entries.valueOr({}))
        names.append(entry.customerName);
    return names;
}

void tst_HistoryJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"history.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
}

void tst_HistoryJournal::cleanup()
{
    m_store.reset();
}

void tst_HistoryJournal::beginStoresAPendingEntryWithItsChanges()
{
    HistoryJournal journal(m_store);
    HistoryEntry asked = sample(u"cus_1"_s, u"Cedar Valley"_s);
    asked.state = State::Succeeded; // begin always stores Pending
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const auto begun = journal.begin(asked);
    QVERIFY(begun.isOk());
    const HistoryEntry& entry = begun.value();
    QVERIFY(!QUuid::fromString(entry.id).isNull());
    QCOMPARE(entry.state, State::Pending);
    QVERIFY(entry.recordedAt >= before && entry.recordedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!entry.completedAt);
    QCOMPARE(entry.changes, asked.changes);

    const auto stored = journal.entry(entry.id);
    QVERIFY(stored.isOk() && stored.value());
    QCOMPARE(*stored.value(), entry);
    QVERIFY(!journal.entry(u"no-such-entry"_s).value());
}

void tst_HistoryJournal::beginKeepsAbsentApartFromEmpty()
{
    HistoryJournal journal(m_store);
    HistoryEntry asked = sample(QString(), u"New Clinic"_s);
    asked.operation = HistoryEntry::Operation::Deactivate;
    asked.requestBody.reset();
    asked.changes = {
        {Field::MetadataKey, u"wing"_s, u""_s, std::nullopt}, {Field::Active, QString(), std::nullopt, u"false"_s}};
    const HistoryEntry entry = journal.begin(asked).value();
    const HistoryEntry stored = *journal.entry(entry.id).value();
    QVERIFY(!stored.requestBody);
    QCOMPARE(stored.changes.at(0).before, std::optional(u""_s));
    QVERIFY(!stored.changes.at(0).after);
    QVERIFY(!stored.changes.at(1).before);
    QCOMPARE(stored.operation, HistoryEntry::Operation::Deactivate);
}

void tst_HistoryJournal::completeRecordsHowTheWriteEnded_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("expectedError");
    QTest::addRow("succeeded") << State::Succeeded << u""_s << u""_s;
    QTest::addRow("succeeded, with a note")
        << State::Succeeded << u"the server kept wing"_s << u"the server kept wing"_s;
    QTest::addRow("failed") << State::Failed << u"422: name too long"_s << u"422: name too long"_s;
    QTest::addRow("may have been applied") << State::Uncertain << u"connection reset"_s << u"connection reset"_s;
}

void tst_HistoryJournal::completeRecordsHowTheWriteEnded()
{
    QFETCH(State, state);
    QFETCH(QString, error);
    QFETCH(QString, expectedError);
    HistoryJournal journal(m_store);
    const HistoryEntry entry = journal.begin(sample(u"cus_1"_s, u"Cedar Valley"_s)).value();
    QVERIFY(!journal.complete(entry.id, state, QString(), QString(), error));
    const HistoryEntry stored = *journal.entry(entry.id).value();
    QCOMPARE(stored.state, state);
    QCOMPARE(stored.error, expectedError);
    QVERIFY(stored.completedAt && *stored.completedAt >= entry.recordedAt);
    QCOMPARE(stored.customerId, u"cus_1"_s);
    QCOMPARE(stored.changes, entry.changes);
}

void tst_HistoryJournal::completeOfAnUnknownEntryIsAnError()
{
    HistoryJournal journal(m_store);
    const auto failure = journal.complete(u"no-such-entry"_s, State::Succeeded);
    QVERIFY(failure);
    QVERIFY(failure->message.contains(u"no-such-entry"_s));

    // A create learns its customer's id and name from the answer.
    HistoryEntry create = sample(QString(), QString());
    create.operation = HistoryEntry::Operation::Create;
    const HistoryEntry begun = journal.begin(create).value();
    QVERIFY(!journal.complete(begun.id, State::Succeeded, u"cus_new"_s, u"Fresh Clinic"_s));
    const HistoryEntry stored = *journal.entry(begun.id).value();
    QCOMPARE(stored.customerId, u"cus_new"_s);
    QCOMPARE(stored.customerName, u"Fresh Clinic"_s);
}

void tst_HistoryJournal::aFailedBeginStoresNothingOfIt()
{
    HistoryJournal journal(m_store);
    const HistoryEntry first = journal.begin(sample(u"cus_1"_s, u"Cedar Valley"_s)).value();
    HistoryEntry clash = sample(u"cus_2"_s, u"Other"_s);
    clash.id = first.id;
    clash.changes.append({Field::User, u"user_9"_s, std::nullopt, u"user_9"_s});
    const auto failed = journal.begin(clash);
    QVERIFY(failed.isError());
    QVERIFY(!failed.error().message.isEmpty());
    QCOMPARE(*journal.entry(first.id).value(), first);
    QCOMPARE(journal.count({}).value(), 1);
}

void tst_HistoryJournal::entriesComeNewestFirstInPages()
{
    HistoryJournal journal(m_store);
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i) // recorded out of order
        QVERIFY(
            journal.begin(sample(u"cus_1"_s, u"E%1"_s.arg((i * 3) % 5), start.addMSecs(((i * 3) % 5) * 10))).isOk());
    HistoryFilter page;
    page.limit = 2;
    QCOMPARE(customerNames(page), (QStringList {u"E4"_s, u"E3"_s}));
    page.offset = 2;
    QCOMPARE(customerNames(page), (QStringList {u"E2"_s, u"E1"_s}));
    page.offset = 4;
    QCOMPARE(customerNames(page), (QStringList {u"E0"_s}));
    page.limit = 0;
    page.offset = 1;
    QCOMPARE(customerNames(page).size(), 4);
    QCOMPARE(journal.count(page).value(), 5);
    QCOMPARE(journal.entriesFor(u"cus_1"_s, 1).value().first().customerName, u"E4"_s);
    QVERIFY(journal.entriesFor(u"cus_2"_s).value().isEmpty());
}

void tst_HistoryJournal::filtersSelectEntries_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sinceDay");
    QTest::addColumn<int>("untilDay");
    QTest::addColumn<QStringList>("expected");
    const QStringList all {u"Delta 100% Care"_s, u"Cedar Valley"_s, u"Birch Lab"_s, u"Aspen Clinic"_s};
    QTest::addRow("no condition") << u""_s << u""_s << 0 << 0 << all;
    QTest::addRow("one customer") << u"cus_b"_s << u""_s << 0 << 0 << QStringList {u"Birch Lab"_s};
    QTest::addRow("text in the name, any case") << u""_s << u"VALLEY"_s << 0 << 0 << QStringList {u"Cedar Valley"_s};
    QTest::addRow("text in the id") << u""_s << u"cus_a"_s << 0 << 0 << QStringList {u"Aspen Clinic"_s};
    QTest::addRow("text in a changed key") << u""_s << u"wing"_s << 0 << 0 << QStringList {u"Birch Lab"_s};
    QTest::addRow("a value before, any case beyond ASCII")
        << u""_s << u"ZÜRICH"_s << 0 << 0 << QStringList {u"Birch Lab"_s};
    QTest::addRow("a value after, any case beyond ASCII")
        << u""_s << u"GENÈVE"_s << 0 << 0 << QStringList {u"Birch Lab"_s};
    QTest::addRow("an accent is a letter of its own") << u""_s << u"geneve"_s << 0 << 0 << QStringList();
    QTest::addRow("text in a value before") << u""_s << u"old cedar"_s << 0 << 0 << QStringList {u"Cedar Valley"_s};
    QTest::newRow("a % is just a character") << u""_s << u"100%"_s << 0 << 0 << QStringList {u"Delta 100% Care"_s};
    QTest::addRow("an _ is just a character") << u""_s << u"s_a"_s << 0 << 0 << QStringList {u"Aspen Clinic"_s};
    QTest::addRow("text in the error") << u""_s << u"timed out"_s << 0 << 0 << QStringList {u"Cedar Valley"_s};
    QTest::addRow("text in the error, any case")
        << u""_s << u"TIMED OUT"_s << 0 << 0 << QStringList {u"Cedar Valley"_s};
    QTest::addRow("since a day") << u""_s << u""_s << 3 << 0 << all.mid(0, 2);
    QTest::addRow("until a day (before it)") << u""_s << u""_s << 0 << 3 << all.mid(2);
    QTest::addRow("since includes its moment") << u""_s << u""_s << -3 << 0 << all.mid(0, 2);
    QTest::addRow("until excludes its moment") << u""_s << u""_s << 0 << -3 << all.mid(2);
    QTest::addRow("between") << u""_s << u""_s << 2 << 4 << all.mid(1, 2);
    QTest::addRow("all at once") << u"cus_c"_s << u"northeast"_s << 3 << 4 << QStringList {u"Cedar Valley"_s};
    QTest::addRow("nothing") << u""_s << u"nowhere"_s << 0 << 0 << QStringList();
}

void tst_HistoryJournal::filtersSelectEntries()
{
    QFETCH(QString, customerId);
    QFETCH(QString, text);
    QFETCH(int, sinceDay);
    QFETCH(int, untilDay);
    QFETCH(QStringList, expected);
    HistoryJournal journal(m_store);
    const auto day = [](int d) { return QDateTime(QDate(2026, 3, d), QTime(12, 0), Qt::UTC); };
    HistoryEntry aspen = sample(u"cus_a"_s, u"Aspen Clinic"_s, day(1));
    aspen.changes.append({Field::MetadataKey, u"beds"_s, u"100"_s, u"120"_s});
    QVERIFY(journal.begin(aspen).isOk());
    HistoryEntry birch = sample(u"cus_b"_s, u"Birch Lab"_s, day(2));
    birch.changes.append({Field::MetadataKey, u"wing"_s, u"A"_s, u"B"_s});
    birch.changes.append({Field::MetadataKey, u"city"_s, u"Zürich"_s, u"Genève"_s});
    QVERIFY(journal.begin(birch).isOk());
    const HistoryEntry cedar = journal.begin(sample(u"cus_c"_s, u"Cedar Valley"_s, day(3))).value();
    QVERIFY(!journal.complete(cedar.id, State::Uncertain, QString(), QString(), u"the request timed out"_s));
    QVERIFY(journal.begin(sample(u"cus_d"_s, u"Delta 100% Care"_s, day(4))).isOk());

    HistoryFilter filter;
    filter.customerId = customerId;
    filter.text = text;
    // A negative day: that day's moment exactly.
    if (sinceDay)
        filter.since = sinceDay > 0 ? day(sinceDay).addSecs(-3600) : day(-sinceDay);
    if (untilDay)
        filter.until = untilDay > 0 ? day(untilDay).addSecs(-3600) : day(-untilDay);
    QCOMPARE(customerNames(filter), expected);
    QCOMPARE(journal.count(filter).value(), expected.size());
}

void tst_HistoryJournal::anotherProgramOnTheSameDatabaseSeesTheHistory()
{
    auto other = WorkspaceStore::open(m_store->path());
    QVERIFY(other.isOk());
    HistoryJournal mine(m_store);
    HistoryJournal theirs(other.value());
    const HistoryEntry entry = mine.begin(sample(u"cus_1"_s, u"Cedar Valley"_s)).value();
    QCOMPARE(theirs.entry(entry.id).value()->state, State::Pending);
    QVERIFY(!theirs.complete(entry.id, State::Succeeded));
    QCOMPARE(mine.entry(entry.id).value()->state, State::Succeeded);
    QVERIFY(theirs.begin(sample(u"cus_2"_s, u"Birch Lab"_s)).isOk());
    QCOMPARE(mine.count({}).value(), 2);
}

void tst_HistoryJournal::jsonSpellsEveryFieldAndNullForAbsent()
{
    HistoryEntry entry = sample(QString(), u"Harbor"_s, QDateTime(QDate(2026, 3, 1), QTime(9, 0, 0, 5), Qt::UTC));
    entry.id = u"e1"_s;
    entry.operation = HistoryEntry::Operation::AddUser;
    entry.state = State::Uncertain;
    entry.error = u"no answer"_s;
    entry.changes = {{Field::User, u"usr_1"_s, std::nullopt, u"usr_1"_s}, {Field::Name, QString(), u"A"_s, u"B"_s}};
    const QJsonObject json = HistoryJson::toJson(entry);
    QCOMPARE(json,
        (QJsonObject {{u"id"_s, u"e1"_s}, {u"recordedAt"_s, u"2026-03-01T09:00:00.005Z"_s},
            {u"completedAt"_s, QJsonValue::Null}, {u"osUser"_s, u"dana"_s}, {u"program"_s, u"express-admin-cli"_s},
            {u"connection"_s, u"http://127.0.0.1:4000"_s}, {u"customerId"_s, QJsonValue::Null},
            {u"customerName"_s, u"Harbor"_s}, {u"operation"_s, u"add_user"_s}, {u"requestBody"_s, *entry.requestBody},
            {u"state"_s, u"uncertain"_s}, {u"error"_s, u"no answer"_s},
            {u"changes"_s,
                QJsonArray {QJsonObject {{u"field"_s, u"user"_s}, {u"key"_s, u"usr_1"_s},
                                {u"before"_s, QJsonValue::Null}, {u"after"_s, u"usr_1"_s}},
                    QJsonObject {{u"field"_s, u"name"_s}, {u"key"_s, QJsonValue::Null}, {u"before"_s, u"A"_s},
                        {u"after"_s, u"B"_s}}}}}));
    QCOMPARE(HistoryJson::toJson(QList<HistoryEntry> {entry, entry}).size(), 2);
}

QTEST_GUILESS_MAIN(tst_HistoryJournal)
#include "tst_historyjournal.moc"
