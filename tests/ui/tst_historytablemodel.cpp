// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The history's table model over a real workspace database (HistoryJournal), checked by QAbstractItemModelTester:
// newest first, page by page, filtered, read again for new entries and states; and the CSV export read back.
#include "core/io/CsvReader.h"
#include "core/store/HistoryJournal.h"
#include "core/store/WorkspaceStore.h"
#include "ui/history/HistoryCsv.h"
#include "ui/history/HistoryTableModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

HistoryEntry entry(const QString& customerId, const QString& name, const QDateTime& at,
    HistoryEntry::Operation operation = HistoryEntry::Operation::Update)
{
    HistoryEntry e;
    e.recordedAt = at;
    e.osUser = u"mara"_s;
    e.program = u"express-admin"_s;
    e.connection = u"http://127.0.0.1:1"_s;
    e.customerId = customerId;
    e.customerName = name;
    e.operation = operation;
    e.requestBody = u"{\"expressCustomerName\":\"%1\"}"_s.arg(name);
    e.changes = {{HistoryChange::Field::Name, {}, u"Old %1"_s.arg(name), name},
        {HistoryChange::Field::MetadataKey, u"region"_s, std::nullopt, u"northeast"_s}};
    return e;
}

} // namespace

class tst_HistoryTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<HistoryJournal> m_journal;
    const QDateTime m_start = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);

    // Journaled and completed as a write is.
    QString record(const HistoryEntry& e, HistoryEntry::State state = HistoryEntry::State::Succeeded)
    {
        auto begun = m_journal->begin(e);
        if (begun.isError())
            qFatal("begin: %s", qPrintable(begun.error().message));
        if (state != HistoryEntry::State::Pending && m_journal->complete(begun.value().id, state))
            qFatal("complete failed");
        return begun.value().id;
    }

    static QString text(const HistoryTableModel& model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role).toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = WorkspaceStore::open(m_dir->filePath(u"workspace.sqlite"_s));
        QVERIFY(opened.isOk());
        m_store = opened.value();
        m_journal = std::make_unique<HistoryJournal>(m_store);
    }

    void cleanup()
    {
        m_journal.reset();
        m_store.reset();
        m_dir.reset();
    }

    void showsEntriesNewestFirstWithEveryColumn()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        record(entry(u"cus_a"_s, u"Alder Clinic"_s, m_start));
        record(entry(u"cus_b"_s, u"Birch Labs"_s, m_start.addSecs(60)), HistoryEntry::State::Failed);
        const QString newest =
            record(entry(u"cus_c"_s, u"Cedar Valley"_s, m_start.addSecs(120)), HistoryEntry::State::Uncertain);

        model.setStore(m_store);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(HistoryTableModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, 0), HistoryTableModel::EntryIdRole).toString(), newest);
        QCOMPARE(text(model, 0, HistoryTableModel::CustomerColumn), u"Cedar Valley"_s);
        QCOMPARE(text(model, 2, HistoryTableModel::CustomerColumn), u"Alder Clinic"_s);
        QCOMPARE(text(model, 0, HistoryTableModel::UserColumn), u"mara"_s);
        QCOMPARE(text(model, 0, HistoryTableModel::ProgramColumn), u"express-admin"_s);
        QCOMPARE(text(model, 0, HistoryTableModel::OperationColumn), u"Update"_s);
        QCOMPARE(
            text(model, 0, HistoryTableModel::ChangesColumn), QLocale().createSeparatedList({u"name"_s, u"region"_s}));
        // Before and after in the tooltip, absent spelled out.
        QCOMPARE(text(model, 0, HistoryTableModel::ChangesColumn, Qt::ToolTipRole),
            u"Name: “Old Cedar Valley” → “Cedar Valley”\nMetadata “region”: (absent) → “northeast”"_s);
        // The time is local and short; the tooltip has it exactly, in UTC too.
        QCOMPARE(text(model, 2, HistoryTableModel::TimeColumn),
            QLocale().toString(m_start.toLocalTime(), QLocale::ShortFormat));
        QVERIFY2(text(model, 2, HistoryTableModel::TimeColumn, Qt::ToolTipRole).contains(u"2026-11-02T09:30:00.000Z"_s),
            qPrintable(text(model, 2, HistoryTableModel::TimeColumn, Qt::ToolTipRole)));

        // Each state has its words, its icon and (for failures and doubts) its colour.
        QCOMPARE(text(model, 0, HistoryTableModel::StateColumn), u"May have been applied"_s);
        QCOMPARE(text(model, 1, HistoryTableModel::StateColumn), u"Failed"_s);
        QCOMPARE(text(model, 2, HistoryTableModel::StateColumn), u"Succeeded"_s);
        QCOMPARE(model.data(model.index(1, HistoryTableModel::StateColumn), HistoryTableModel::StateRole).toInt(),
            int(HistoryEntry::State::Failed));
        for (int row = 0; row < 3; ++row) {
            const QIcon icon =
                model.data(model.index(row, HistoryTableModel::StateColumn), Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
        }
        QVERIFY(model.data(model.index(1, HistoryTableModel::StateColumn), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(2, HistoryTableModel::StateColumn), Qt::ForegroundRole).isValid());
        QVERIFY(text(model, 0, HistoryTableModel::StateColumn, Qt::ToolTipRole).contains(u"may or may not"_s));
        const HistoryEntry held = model.data(model.index(0, 3), HistoryTableModel::EntryRole).value<HistoryEntry>();
        QCOMPARE(held.id, newest);
        QCOMPARE(held.changes.size(), 2);
    }

    void readsPageByPage()
    {
        for (int i = 0; i < 250; ++i)
            record(entry(u"cus_%1"_s.arg(i), u"Customer %1"_s.arg(i), m_start.addSecs(i)));
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store);
        QCOMPARE(model.rowCount(), HistoryTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.size(), 2);
        // Newest first across pages.
        QCOMPARE(text(model, 0, HistoryTableModel::CustomerColumn), u"Customer 249"_s);
        QCOMPARE(text(model, 249, HistoryTableModel::CustomerColumn), u"Customer 0"_s);
        // Reading again keeps as many rows as were loaded.
        model.refresh();
        QCOMPARE(model.rowCount(), 250);
    }

    void filtersByCustomerTextAndTime()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        record(entry(u"cus_a"_s, u"Alder Clinic"_s, m_start));
        record(entry(u"cus_a"_s, u"Alder Clinic North"_s, m_start.addDays(2)));
        record(entry(u"cus_b"_s, u"Birch Labs"_s, m_start.addDays(4)));
        model.setStore(m_store);
        QCOMPARE(model.rowCount(), 3);

        HistoryFilter filter;
        filter.customerId = u"cus_a"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        filter.text = u"clinic north"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, HistoryTableModel::CustomerColumn), u"Alder Clinic North"_s);

        filter = {};
        filter.since = m_start.addDays(1);
        filter.until = m_start.addDays(3);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        StoreError error;
        QCOMPARE(model.allMatching(&error)->size(), 1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void refreshShowsNewEntriesAndCompletedStates()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString pending = record(entry(u"cus_a"_s, u"Alder Clinic"_s, m_start), HistoryEntry::State::Pending);
        model.setStore(m_store);
        QCOMPARE(text(model, 0, HistoryTableModel::StateColumn), u"Pending"_s);

        QVERIFY(!m_journal->complete(pending, HistoryEntry::State::Succeeded));
        record(entry(u"cus_b"_s, u"Birch Labs"_s, m_start.addSecs(5)));
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 1, HistoryTableModel::StateColumn), u"Succeeded"_s);
        QCOMPARE(model.rowOfId(pending), 1);
    }

    void withoutAWorkspaceItIsEmpty()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        record(entry(u"cus_a"_s, u"Alder Clinic"_s, m_start));
        model.setStore(m_store);
        QCOMPARE(model.rowCount(), 1);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.hasStore());
    }

    void csvKeepsEveryFieldThroughQuotingAndLineBreaks()
    {
        HistoryEntry tricky = entry(u"cus_a"_s, u"Alder, \"North\"\nClinic"_s, m_start);
        tricky.error = u"refused, \"twice\""_s;
        tricky.completedAt = m_start.addSecs(1);
        tricky.state = HistoryEntry::State::Failed;
        tricky.id = u"id-1"_s;
        HistoryEntry deactivation =
            entry(u"cus_b"_s, u"Birch"_s, m_start.addSecs(9), HistoryEntry::Operation::Deactivate);
        deactivation.requestBody.reset();
        deactivation.changes = {{HistoryChange::Field::Active, {}, u"true"_s, u"false"_s}};
        deactivation.id = u"id-2"_s;

        const QString csv = HistoryCsv::write({tricky, deactivation});
        const auto records = CsvReader::read(csv, u',');
        QVERIFY(records.isOk());
        QCOMPARE(records.value().size(), 3);
        QCOMPARE(records.value().at(0).fields, HistoryCsv::header());
        const QStringList first = records.value().at(1).fields;
        QCOMPARE(first.size(), HistoryCsv::header().size());
        QCOMPARE(first.at(0), u"2026-11-02T09:30:00.000Z"_s);
        QCOMPARE(first.at(1), u"2026-11-02T09:30:01.000Z"_s);
        QCOMPARE(first.at(6), tricky.customerName);
        QCOMPARE(first.at(7), u"update"_s);
        QCOMPARE(first.at(8), u"failed"_s);
        QCOMPARE(first.at(9), tricky.error);
        QCOMPARE(first.at(10),
            u"name: \"Old Alder, \"North\"\nClinic\" -> \"Alder, \"North\"\nClinic\"\nmetadata region: absent -> \"northeast\""_s);
        QCOMPARE(first.at(11), *tricky.requestBody);
        QCOMPARE(first.at(12), u"id-1"_s);
        const QStringList second = records.value().at(2).fields;
        QCOMPARE(second.at(7), u"deactivate"_s);
        QCOMPARE(second.at(10), u"active: \"true\" -> \"false\""_s);
        QCOMPARE(second.at(11), QString());
        QVERIFY(csv.endsWith(u"\r\n"_s));
        QCOMPARE(HistoryCsv::suggestedFileName(u"cus_a"_s, QDate(2026, 12, 4)),
            u"express-admin-history-cus_a-2026-12-04.csv"_s);
    }
};

QTEST_MAIN(tst_HistoryTableModel)
#include "tst_historytablemodel.moc"
