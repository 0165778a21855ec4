// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The concurrency limit of calls made side by side: halved once per burst of 429s, no new starts for as long as the
// server asked, one more after each full round of successes, never below one nor above the maximum.

#include "core/api/AdaptiveConcurrency.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class tst_AdaptiveConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAtTheMaximum();
    void aBurstOf429sHalvesOnce();
    void halvesDownToOneAndNoFurther();
    void nothingStartsForAsLongAsTheServerAsked();
    void aLongerWaitWinsOverAShorterOne();
    void growsBackOneAfterEachFullRoundOfSuccesses();
    void aFailureStartsTheRoundAgain();
    void resetGoesBackToTheMaximum();
};

void tst_AdaptiveConcurrency::startsAtTheMaximum()
{
    AdaptiveConcurrency limit(8);
    QCOMPARE(limit.limit(), 8);
    QVERIFY(limit.allows(7));
    QVERIFY(!limit.allows(8));
    limit.setMaximum(0);
    QCOMPARE(limit.maximum(), 1);
    QCOMPARE(limit.limit(), 1);
}

void tst_AdaptiveConcurrency::aBurstOf429sHalvesOnce()
{
    AdaptiveConcurrency limit(8);
    QSignalSpy changed(&limit, &AdaptiveConcurrency::limitChanged);
    for (int i = 0; i < 5; ++i) // the calls in flight together all get 429
        limit.recordRateLimit(200ms);
    QCOMPARE(limit.limit(), 4);
    QCOMPARE(changed.size(), 1);
    QVERIFY(limit.isPaused());
    QVERIFY(!limit.allows(0));
}

void tst_AdaptiveConcurrency::halvesDownToOneAndNoFurther()
{
    AdaptiveConcurrency limit(5);
    QSignalSpy resumed(&limit, &AdaptiveConcurrency::resumed);
    for (const int expected : {2, 1, 1}) {
        limit.recordRateLimit(1ms);
        QCOMPARE(limit.limit(), expected);
        QVERIFY(resumed.wait());
    }
}

void tst_AdaptiveConcurrency::nothingStartsForAsLongAsTheServerAsked()
{
    AdaptiveConcurrency limit(4);
    QSignalSpy resumed(&limit, &AdaptiveConcurrency::resumed);
    QElapsedTimer clock;
    clock.start();
    limit.recordRateLimit(150ms);
    QVERIFY(resumed.wait());
    QVERIFY2(clock.elapsed() >= 145, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!limit.isPaused());
    QVERIFY(limit.allows(1));
    QVERIFY(!limit.allows(2));

    limit.recordRateLimit(std::nullopt); // no delay named: a second
    QVERIFY(limit.isPaused());
    QVERIFY(!resumed.wait(500));
}

void tst_AdaptiveConcurrency::aLongerWaitWinsOverAShorterOne()
{
    AdaptiveConcurrency limit(4);
    QSignalSpy resumed(&limit, &AdaptiveConcurrency::resumed);
    QElapsedTimer clock;
    clock.start();
    limit.recordRateLimit(300ms);
    limit.recordRateLimit(10ms);
    QVERIFY(resumed.wait());
    QVERIFY2(clock.elapsed() >= 295, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(resumed.size(), 1);
}

void tst_AdaptiveConcurrency::growsBackOneAfterEachFullRoundOfSuccesses()
{
    AdaptiveConcurrency limit(8);
    limit.recordRateLimit(1ms);
    QCOMPARE(limit.limit(), 4);
    QList<int> limits;
    connect(&limit, &AdaptiveConcurrency::limitChanged, this, [&limits](int value) { limits.append(value); });
    for (int i = 0; i < 4 + 5 + 6 + 7 + 10; ++i)
        limit.recordSuccess();
    QCOMPARE(limits, QList<int>({5, 6, 7, 8}));
    QCOMPARE(limit.limit(), 8);
}

void tst_AdaptiveConcurrency::aFailureStartsTheRoundAgain()
{
    AdaptiveConcurrency limit(8);
    limit.recordRateLimit(1ms);
    for (int i = 0; i < 3; ++i)
        limit.recordSuccess();
    limit.recordFailure();
    for (int i = 0; i < 3; ++i)
        limit.recordSuccess();
    QCOMPARE(limit.limit(), 4);
    limit.recordSuccess();
    QCOMPARE(limit.limit(), 5);
}

void tst_AdaptiveConcurrency::resetGoesBackToTheMaximum()
{
    AdaptiveConcurrency limit(8);
    limit.recordRateLimit(10s);
    limit.reset();
    QCOMPARE(limit.limit(), 8);
    QVERIFY(!limit.isPaused());
    QVERIFY(limit.allows(7));
}

QTEST_GUILESS_MAIN(tst_AdaptiveConcurrency)
#include "tst_adaptiveconcurrency.moc"
