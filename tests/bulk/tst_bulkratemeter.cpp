// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The pace of a bulk change: customers settled per second over the last ten seconds, and the time the rest takes.

#include "core/bulk/BulkRateMeter.h"

#include <QTest>

using namespace std::chrono_literals;

class tst_BulkRateMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPaceBeforeTheFirstCustomer();
    void thePaceOverTheTimeSoFar();
    void thePaceOverTheLastTenSeconds();
    void theTimeLeftAtThatPace();
    void restartForgetsThePace();

private:
    qint64 m_now = 0;
    BulkRateMeter meter()
    {
        return BulkRateMeter(10s, [this] { return m_now; });
    }
};

void tst_BulkRateMeter::noPaceBeforeTheFirstCustomer()
{
    m_now = 1000;
    const BulkRateMeter pace = meter();
    m_now = 5000;
    QCOMPARE(pace.rate(), 0.0);
    QCOMPARE(pace.timeLeft(10), std::nullopt);
}

void tst_BulkRateMeter::thePaceOverTheTimeSoFar()
{
    m_now = 0;
    BulkRateMeter pace = meter();
    for (int i = 0; i < 20; ++i) {
        m_now += 100;
        pace.recordSettled();
    }
    QCOMPARE(pace.rate(), 10.0); // 20 in 2 s
    m_now = 0;
    BulkRateMeter burst = meter();
    burst.recordSettled();
    burst.recordSettled();
    QCOMPARE(burst.rate(), 20.0); // over a tenth of a second at least, not "infinitely fast"
}

void tst_BulkRateMeter::thePaceOverTheLastTenSeconds()
{
    m_now = 0;
    BulkRateMeter pace = meter();
    for (int i = 0; i < 100; ++i) { // fast for 10 s
        m_now += 100;
        pace.recordSettled();
    }
    for (int i = 0; i < 10; ++i) { // then slow for 10 s
        m_now += 1000;
        pace.recordSettled();
    }
    QCOMPARE(pace.rate(), 1.0);
}

void tst_BulkRateMeter::theTimeLeftAtThatPace()
{
    m_now = 0;
    BulkRateMeter pace = meter();
    for (int i = 0; i < 8; ++i) {
        m_now += 250;
        pace.recordSettled();
    }
    QCOMPARE(pace.timeLeft(100), std::optional(25s)); // 4 per second
    QCOMPARE(pace.timeLeft(3), std::optional(1s)); // rounded up
    QCOMPARE(pace.timeLeft(0), std::optional(0s));
}

void tst_BulkRateMeter::restartForgetsThePace()
{
    m_now = 0;
    BulkRateMeter pace = meter();
    m_now = 1000;
    pace.recordSettled();
    pace.restart();
    QCOMPARE(pace.rate(), 0.0);
}

QTEST_GUILESS_MAIN(tst_BulkRateMeter)
#include "tst_bulkratemeter.moc"
