// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// bench_bulkjournal: what Apply costs before the first request of a bulk change goes out: BulkJournal::create() of a
// run over COUNT customers (one transaction, one row each); reading its customers back (BulkJournal::items(), as a
// resumed run does); and counting those left (BulkJournal::counts(), as the offer to resume does at start), against the
// same COUNT rows of id and name written into a plain table and read back through the same Qt Sql connection in one
// transaction (the floor), in one run. Three rounds, alternating; the medians' ratios. Usage: bench_bulkjournal [COUNT]
// (default 100000)

#include "core/model/BulkOperation.h"
#include "core/store/BulkJournal.h"
#include "core/store/WorkspaceStore.h"
#include "tests/bench/BenchOutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString randomId()
{
    QString id = u"cus_"_s;
    for (int i = 0; i < 32; ++i)
        id += QChar(u"0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
    return id;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The floor: the same rows, plain, written and read back in one transaction each.
qint64 plainRows(WorkspaceStore& store, const QList<BulkItemRecord>& items, int round)
{
    QElapsedTimer clock;
    clock.start();
    const QString table = u"floor_%1"_s.arg(round);
    QSqlQuery query(store.database());
    query.exec(u"CREATE TABLE %1 (position INTEGER PRIMARY KEY, customer_id TEXT, customer_name TEXT)"_s.arg(table));
    store.transaction([&]() -> std::optional<QSqlError> {
        query.prepare(u"INSERT INTO %1 VALUES (?, ?, ?)"_s.arg(table));
        for (qsizetype position = 0; position < items.size(); ++position) {
            query.addBindValue(int(position));
            query.addBindValue(items.at(position).customerId);
            query.addBindValue(items.at(position).customerName);
            if (!query.exec())
                return query.lastError();
        }
        return std::nullopt;
    });
    query.setForwardOnly(true);
    query.exec(u"SELECT position, customer_id, customer_name FROM %1 ORDER BY position"_s.arg(table));
    qsizetype read = 0;
    while (query.next())
        read += query.value(1).toString().size() > 0 ? 1 : 0;
    if (read != items.size())
        qFatal("the floor read %lld rows of %lld", qint64(read), qint64(items.size()));
    return clock.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    QTemporaryDir dir;
    auto opened = WorkspaceStore::open(dir.filePath(u"bench.sqlite"_s));
    if (opened.isError())
        qFatal("%s", qPrintable(opened.error().message));
    const std::shared_ptr<WorkspaceStore> store = opened.value();
    QList<BulkItemRecord> items;
    for (int i = 0; i < count; ++i) {
        BulkItemRecord item;
        item.customerId = randomId();
        item.customerName = u"Lakeside Imaging - Emergency Imaging %1"_s.arg(i);
        items.append(item);
    }
    BulkJournal journal(store);
    QList<qint64> floors, creates, reads, counts;
    for (int round = 0; round < 3; ++round) {
        floors.append(plainRows(*store, items, round));
        BulkRunRecord run;
        run.operations = {BulkOperation::setValue(u"contractTier"_s, u"premium"_s)};
        run.osUser = u"bench"_s;
        run.program = u"bench_bulkjournal"_s;
        run.connection = u"http://127.0.0.1:1"_s;
        QElapsedTimer clock;
        clock.start();
        const auto created = journal.create(run, items);
        creates.append(clock.elapsed());
        if (created.isError())
            qFatal("%s", qPrintable(created.error().message));
        clock.restart();
        const auto read = journal.items(created.value().id);
        reads.append(clock.elapsed());
        if (read.isError() || read.value().size() != items.size())
            qFatal("the journal did not read its customers back");
        clock.restart();
        const auto counted = journal.counts(created.value().id);
        counts.append(clock.elapsed());
        if (counted.isError() || counted.value().left != items.size())
            qFatal("the journal did not count its customers");
    }
    const qint64 floor = median(floors);
    printLine(u"%1 customers: plain rows written and read back (the floor): %2 ms"_s.arg(count).arg(floor));
    printLine(u"BulkJournal::create (what Apply waits for): %1 ms (%2 x the floor)"_s.arg(median(creates))
                  .arg(double(median(creates)) / double(qMax<qint64>(1, floor)), 0, 'f', 2));
    printLine(u"BulkJournal::items (what a resume reads): %1 ms (%2 x the floor)"_s.arg(median(reads))
                  .arg(double(median(reads)) / double(qMax<qint64>(1, floor)), 0, 'f', 2));
    printLine(
        u"BulkJournal::counts (what the offer to resume reads at start): %1 ms (%2 x the floor)"_s.arg(median(counts))
            .arg(double(median(counts)) / double(qMax<qint64>(1, floor)), 0, 'f', 2));
    return 0;
}
