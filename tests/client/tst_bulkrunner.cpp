// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// BulkRunner against the sandbox: a concurrency limit that holds, one result per item in input order
// whatever fails, slowing down on 429, and cancellation that loses nothing.

#include "core/api/BulkRunner.h"
#include "core/api/ExpressClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestCase.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;
using Kind = ApiError::Kind;

namespace {

// Counts the calls a runner has started and not yet seen finish.
struct InFlight
{
    int now = 0;
    int most = 0;
    int started = 0;
};

BulkRunner::Item renameItem(const QString& id, const QString& name, const std::shared_ptr<InFlight>& counter)
{
    return BulkRunner::Item {
        id, [id, name, counter](ExpressClient& client, QObject* context, BulkRunner::Finish finish) {
            ++counter->started;
            counter->most = qMax(counter->most, ++counter->now);
            CustomerPatch patch;
            patch.setName(name);
            return client.updateCustomer(
                id, patch, context, [counter, finish = std::move(finish)](const ApiResult<UpdateOutcome>& result) {
                    --counter->now;
                    finish(result.isOk() ? std::nullopt : std::optional(result.error()));
                });
        }};
}

} // namespace

class tst_BulkRunner : public ClientTestCase
{
    Q_OBJECT

public:
    tst_BulkRunner()
        : ClientTestCase(5, 100, [](ClientOptions& options) {
            options.attemptTimeout = milliseconds(5000);
            options.retryBaseDelay = milliseconds(5);
            options.retryMaxDelay = milliseconds(40);
        })
    { }

private Q_SLOTS:
    void hundredUpdatesWithFailuresKeepEveryResultInOrder();
    void neverMoreThanTheLimitInFlight_data();
    void neverMoreThanTheLimitInFlight();
    void slowsDownOnRateLimitsAndRecovers();
    void cancelMidRunEndsTheRestCancelled();
    void anEmptyRunFinishes();

private:
    QList<BulkRunner::Item> renameAll(int count, const std::shared_ptr<InFlight>& counter) const;
};

QList<BulkRunner::Item> tst_BulkRunner::renameAll(int count, const std::shared_ptr<InFlight>& counter) const
{
    QList<BulkRunner::Item> items;
    const QList<Sandbox::CustomerRecord> customers = server().store().customers();
    for (int i = 0; i < count; ++i)
        items.append(renameItem(customers.at(i).id, u"Bulk %1"_s.arg(i), counter));
    return items;
}

void tst_BulkRunner::hundredUpdatesWithFailuresKeepEveryResultInOrder()
{
    setOptions([](ClientOptions& options) { options.maxRetries = 0; });
    QVERIFY(server().addFault(u"latency=15,count=always"_s));
    QVERIFY(server().addFault(u"status=500,count=5,method=PATCH"_s));
    QVERIFY(server().addFault(u"status=429,count=3,method=PATCH,retry-after-ms=50"_s));

    BulkRunner runner(&client());
    QCOMPARE(runner.concurrency(), 6);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    QSignalSpy progress(&runner, &BulkRunner::progress);
    QSignalSpy limits(&runner, &BulkRunner::concurrencyChanged);
    auto counter = std::make_shared<InFlight>();
    const QList<BulkRunner::Item> items = renameAll(100, counter);
    runner.run(items);
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!runner.isRunning());

    const auto results = finished.at(0).at(0).value<QList<BulkRunner::ItemResult>>();
    QCOMPARE(results.size(), 100);
    int serverErrors = 0;
    int rateLimited = 0;
    for (int i = 0; i < results.size(); ++i) {
        QCOMPARE(results.at(i).label, items.at(i).label);
        const auto stored = server().store().find(items.at(i).label);
        if (results.at(i).error) {
            serverErrors += results.at(i).error->kind == Kind::ServerError;
            rateLimited += results.at(i).error->kind == Kind::RateLimited;
            QVERIFY(stored->name != u"Bulk %1"_s.arg(i)); // faults never reach the store
        } else {
            QCOMPARE(stored->name, u"Bulk %1"_s.arg(i));
        }
    }
    QCOMPARE(serverErrors, 5);
    QCOMPARE(rateLimited, 3);
    QCOMPARE(progress.size(), 100);
    QCOMPARE(progress.last().at(0).toInt(), 100);
    QCOMPARE(progress.last().at(1).toInt(), 100);
    QCOMPARE(progress.last().at(2).toInt(), 8);
    QVERIFY2(counter->most <= 6, qPrintable(QString::number(counter->most)));
    QVERIFY2(counter->most >= 2, "the items never ran side by side");
    QVERIFY(!limits.isEmpty());
    QCOMPARE(limits.first().at(0).toInt(), 3); // halved by the first 429
    QCOMPARE(server().requestLog().size(), 100);
}

void tst_BulkRunner::neverMoreThanTheLimitInFlight_data()
{
    QTest::addColumn<int>("limit");
    QTest::addRow("1") << 1;
    QTest::addRow("2") << 2;
    QTest::addRow("6") << 6;
    QTest::addRow("10") << 10;
}

void tst_BulkRunner::neverMoreThanTheLimitInFlight()
{
    QFETCH(int, limit);
    QVERIFY(server().addFault(u"latency=10,count=always"_s));
    BulkRunner runner(&client());
    runner.setConcurrency(limit);
    QSignalSpy finished(&runner, &BulkRunner::finished);
    auto counter = std::make_shared<InFlight>();
    // The server sees it too: requests waiting in its latency holder at once.
    int mostAtServer = 0;
    connect(&runner, &BulkRunner::progress, this,
        [&mostAtServer, this] { mostAtServer = qMax(mostAtServer, server().pendingCount()); });
    runner.run(renameAll(30, counter));
    QVERIFY(finished.wait(30000));
    QCOMPARE(counter->most, limit);
    QVERIFY(mostAtServer <= limit);
    QCOMPARE(counter->started, 30);
}

void tst_BulkRunner::slowsDownOnRateLimitsAndRecovers()
{
    // Retries on: the runner sees the 429s through retryScheduled and still slows down.
    QVERIFY(server().addFault(u"latency=5,count=always"_s));
    QVERIFY(server().addFault(u"status=429,count=2,method=PATCH,retry-after-ms=100"_s));
    BulkRunner runner(&client());
    QSignalSpy finished(&runner, &BulkRunner::finished);
    QList<int> limits;
    connect(&runner, &BulkRunner::concurrencyChanged, this, [&limits](int limit) { limits.append(limit); });
    auto counter = std::make_shared<InFlight>();
    runner.run(renameAll(60, counter));
    QVERIFY(finished.wait(30000));
    const auto results = finished.at(0).at(0).value<QList<BulkRunner::ItemResult>>();
    QCOMPARE(results.size(), 60);
    for (const BulkRunner::ItemResult& result : results)
        QVERIFY2(!result.error, result.error ? qPrintable(result.error->message) : "");
    QVERIFY(!limits.isEmpty());
    QCOMPARE(limits.first(), 3);
    QVERIFY(*std::min_element(limits.cbegin(), limits.cend()) < 6);
    QVERIFY2(limits.last() > limits.first(), "the runner never sped up again");
}

void tst_BulkRunner::cancelMidRunEndsTheRestCancelled()
{
    QVERIFY(server().addFault(u"latency=40,count=always"_s));
    BulkRunner runner(&client());
    QSignalSpy finished(&runner, &BulkRunner::finished);
    int doneAtCancel = -1;
    connect(&runner, &BulkRunner::progress, this, [&runner, &doneAtCancel](int done, int, int) {
        if (done == 6 && doneAtCancel < 0) {
            doneAtCancel = done;
            runner.cancel(); // from a slot of the runner's own signal
        }
    });
    auto counter = std::make_shared<InFlight>();
    runner.run(renameAll(60, counter));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
    const auto results = finished.at(0).at(0).value<QList<BulkRunner::ItemResult>>();
    QCOMPARE(results.size(), 60);
    int succeeded = 0;
    int cancelled = 0;
    for (const BulkRunner::ItemResult& result : results) {
        if (!result.error)
            ++succeeded;
        else if (result.error->kind == Kind::Cancelled)
            ++cancelled;
    }
    QCOMPARE(succeeded, 6);
    QCOMPARE(cancelled, 54);
    QCOMPARE(counter->now, 0);
    QVERIFY(!client().isBusy());
    // Nothing starts after the cancel: at most the calls in flight then were sent.
    QVERIFY(counter->started <= 6 + 6);
    QTRY_COMPARE(server().pendingCount(), 0);
    QVERIFY(server().requestLog().size() <= 12);
    QCOMPARE(finished.size(), 1);
}

void tst_BulkRunner::anEmptyRunFinishes()
{
    BulkRunner runner(&client());
    QSignalSpy finished(&runner, &BulkRunner::finished);
    runner.run({});
    QCOMPARE(finished.size(), 0); // never inside run()
    QVERIFY(finished.wait());
    QVERIFY(finished.at(0).at(0).value<QList<BulkRunner::ItemResult>>().isEmpty());
}

QTEST_GUILESS_MAIN(tst_BulkRunner)
#include "tst_bulkrunner.moc"
