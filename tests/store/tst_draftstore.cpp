// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The unsaved edits kept in the workspace: what goes in comes out exactly, invalid input too; one draft per
// customer; a failed write keeps the draft that was there.

#include "StoreTestData.h"

#include "core/store/DraftClaim.h"
#include "core/store/DraftStore.h"
#include "core/store/SessionMarker.h"
#include "core/store/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_DraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keepsTheEditsExactlyAsTyped_data();
    void keepsTheEditsExactlyAsTyped();
    void keepsTheBaselineExactly();
    void oneDraftPerCustomerTheLatestWins();
    void listsTheNewestFirst();
    void removeDeletesOnlyThatCustomersDraft();
    void aFullDiskIsATypedErrorAndKeepsThePreviousDraft();
    void aRowThisVersionCannotReadIsSkipped();
    void anotherConnectionSeesTheDraft();
    void aClaimIsHeldUntilGivenBackAndOneLeftByAGoneProgramIsFree();

private:
    static CustomerDraft draftOf(const QString& name, const QList<MetadataEntry>& rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
    QList<Customer> m_customers;
};

void tst_DraftStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = WorkspaceStore::open(m_dir->filePath(u"drafts.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
    m_customers = StoreTestData::seedCustomers(7, 3);
}

void tst_DraftStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

CustomerDraft tst_DraftStore::draftOf(const QString& name, const QList<MetadataEntry>& rows)
{
    CustomerDraft draft;
    draft.setName(name);
    draft.setMetadata(rows);
    return draft;
}

void tst_DraftStore::keepsTheEditsExactlyAsTyped_data()
{
    QTest::addColumn<CustomerDraft>("edits");
    QTest::addRow("a renamed customer and a changed value")
        << draftOf(u"Cedar Valley Clinic (North)"_s, {{u"region"_s, u"northeast"_s}, {u"tier"_s, u"gold"_s}});
    QTest::addRow("no metadata at all") << draftOf(u"Cedar"_s, {});
    QTest::addRow("an empty name") << draftOf(QString(), {{u"region"_s, u"x"_s}});
    QTest::addRow("rows in the order typed, not sorted")
        << draftOf(u"A"_s, {{u"zeta"_s, u"1"_s}, {u"alpha"_s, u"2"_s}, {u"mid"_s, u"3"_s}});
    QTest::addRow("a duplicate key, both rows")
        << draftOf(u"A"_s, {{u"region"_s, u"north"_s}, {u"region"_s, u"south"_s}});
    QTest::addRow("an empty key and an empty value") << draftOf(u"A"_s, {{QString(), u"orphan"_s}, {u"k"_s, {}}});
    QTest::addRow("spaces kept, leading and trailing") << draftOf(u"  padded name  "_s, {{u" key "_s, u"  value\t"_s}});
    QTest::addRow("an over-long value and a key with forbidden characters")
        << draftOf(u"A"_s, {{u"bad key!\"{}"_s, QString(600, u'v')}});
    QTest::addRow("unicode and line breaks")
        << draftOf(u"Zürich “Süd” 診療所"_s, {{u"note"_s, u"line one\nline two\r\n\u2028"_s}});
}

void tst_DraftStore::keepsTheEditsExactlyAsTyped()
{
    QFETCH(CustomerDraft, edits);
    DraftStore drafts(m_store);
    QVERIFY(!drafts.save(m_customers.at(0), edits));

    const auto loaded = drafts.load(m_customers.at(0).id());
    QVERIFY(loaded.isOk());
    QVERIFY(loaded.value().has_value());
    QCOMPARE(loaded.value()->edits, edits);
    QCOMPARE(loaded.value()->customerId, m_customers.at(0).id());
    QCOMPARE(loaded.value()->customerName, m_customers.at(0).name());
    QVERIFY(qAbs(loaded.value()->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void tst_DraftStore::keepsTheBaselineExactly()
{
    Customer baseline = m_customers.at(1);
    baseline.unsetCreatedByUserId(Customer::FieldState::Null);
    baseline.setExtraFields({{u"futureField"_s, 42}});
    DraftStore drafts(m_store);
    QVERIFY(!drafts.save(baseline, CustomerDraft::fromCustomer(baseline)));
    QCOMPARE(drafts.load(baseline.id()).value()->baseline, baseline);
}

void tst_DraftStore::oneDraftPerCustomerTheLatestWins()
{
    DraftStore drafts(m_store);
    QVERIFY(!drafts.save(m_customers.at(0), draftOf(u"first"_s, {})));
    Customer newer = m_customers.at(0);
    newer.setName(u"Renamed meanwhile"_s);
    QVERIFY(!drafts.save(newer, draftOf(u"second"_s, {{u"k"_s, u"v"_s}})));

    const auto all = drafts.list();
    QVERIFY(all.isOk());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().first().edits, draftOf(u"second"_s, {{u"k"_s, u"v"_s}}));
    QCOMPARE(all.value().first().baseline, newer);
    QCOMPARE(all.value().first().customerName, u"Renamed meanwhile"_s);
}

void tst_DraftStore::listsTheNewestFirst()
{
    DraftStore drafts(m_store);
    QVERIFY(drafts.list().value().isEmpty());
    QVERIFY(!drafts.load(u"cus_none"_s).value().has_value());
    for (const Customer& customer : std::as_const(m_customers)) {
        QVERIFY(!drafts.save(customer, draftOf(customer.name() + u" edited"_s, {})));
        QTest::qWait(5); // distinct times (milliseconds)
    }
    QStringList ids;
    const QList<DraftStore::Draft> listed = drafts.list().value();
    for (const DraftStore::Draft& draft : listed)
        ids.append(draft.customerId);
    QCOMPARE(ids, QStringList({m_customers.at(2).id(), m_customers.at(1).id(), m_customers.at(0).id()}));
}

void tst_DraftStore::removeDeletesOnlyThatCustomersDraft()
{
    DraftStore drafts(m_store);
    QVERIFY(!drafts.save(m_customers.at(0), draftOf(u"a"_s, {})));
    QVERIFY(!drafts.save(m_customers.at(1), draftOf(u"b"_s, {})));
    QVERIFY(!drafts.remove(m_customers.at(0).id()));
    QVERIFY(!drafts.remove(u"cus_never_had_one"_s));
    QVERIFY(!drafts.load(m_customers.at(0).id()).value().has_value());
    QCOMPARE(drafts.list().value().size(), 1);
    QCOMPARE(drafts.list().value().first().customerId, m_customers.at(1).id());
}

void tst_DraftStore::aFullDiskIsATypedErrorAndKeepsThePreviousDraft()
{
    DraftStore drafts(m_store);
    const CustomerDraft small = draftOf(u"small"_s, {{u"k"_s, u"v"_s}});
    QVERIFY(!drafts.save(m_customers.at(0), small));
    // SQLite's own "database or disk is full": no page may be added beyond those in use now.
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
    QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(query.value(0).toInt())));

    QList<MetadataEntry> many;
    for (int i = 0; i < 50; ++i)
        many.append({u"key%1"_s.arg(i), QString(500, u'x')});
    const std::optional<StoreError> error = drafts.save(m_customers.at(0), draftOf(u"large"_s, many));
    QVERIFY(error);
    QCOMPARE(error->kind, StoreError::Kind::DiskFull);
    QVERIFY2(error->message.contains(u"full"_s), qPrintable(error->message));
    QCOMPARE(drafts.load(m_customers.at(0).id()).value()->edits, small);
}

void tst_DraftStore::aRowThisVersionCannotReadIsSkipped()
{
    DraftStore drafts(m_store);
    QVERIFY(!drafts.save(m_customers.at(0), draftOf(u"readable"_s, {})));
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(u"INSERT INTO drafts VALUES ('cus_future', 'Future', '2030-01-01T00:00:00Z', '{}', "
                       "'{\"version\": 99}')"_s));
    const auto all = drafts.list();
    QVERIFY(all.isOk());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().first().customerId, m_customers.at(0).id());
    QVERIFY(!drafts.load(u"cus_future"_s).value().has_value());
}

void tst_DraftStore::anotherConnectionSeesTheDraft()
{
    auto other = WorkspaceStore::open(m_store->path());
    QVERIFY(other.isOk());
    QVERIFY(!DraftStore(m_store).save(m_customers.at(2), draftOf(u"from the app"_s, {})));
    const auto seen = DraftStore(other.value()).load(m_customers.at(2).id());
    QVERIFY(seen.isOk() && seen.value());
    QCOMPARE(seen.value()->edits.name(), u"from the app"_s);
}

void tst_DraftStore::aClaimIsHeldUntilGivenBackAndOneLeftByAGoneProgramIsFree()
{
    const QString path = m_dir->filePath(u"drafts.sqlite"_s);
    const QString id = u"cus_0123456789abcdef0123456789abcdef"_s;
    QVERIFY(!DraftClaim::isHeld(path, id));
    {
        DraftClaim claim(path, id);
        QVERIFY(claim.claim());
        QVERIFY(DraftClaim::isHeld(path, id));
        DraftClaim second(path, id); // another instance
        QVERIFY(!second.claim());
        QVERIFY(!DraftClaim::isHeld(path, u"cus_fedcba9876543210fedcba9876543210"_s));
    }
    QVERIFY(!DraftClaim::isHeld(path, id));

    // A claim whose program was killed: its lock file stays, naming a process that has ended. It is free.
    QProcess gone;
    gone.start(u"true"_s, {});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QString lockFile = QDir(SessionMarker::folderFor(path)).filePath(u"draft-"_s + id + u".lock"_s);
    QList<QByteArray> lines;
    {
        DraftClaim claim(path, id);
        QVERIFY(claim.claim());
        QFile file(lockFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        lines = file.readAll().split('\n');
    }
    lines[0] = QByteArray::number(pid);
    QFile file(lockFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
    file.close();
    QVERIFY(QFile::exists(lockFile));
    QVERIFY(!DraftClaim::isHeld(path, id));
}

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
