// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// RetryPolicy: the vendor SDKs' retry rules, and ours for create, as pure functions.

#include "core/api/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;
using Failure = RetryPolicy::Failure;

Q_DECLARE_METATYPE(RetryPolicy::Attempt)

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 3, 15), QTime(14, 20, 0), QTimeZone::utc());

RetryPolicy policyWithJitter(double factor)
{
    RetryPolicy policy;
    policy.setJitter([factor] { return factor; });
    policy.setClock([] { return kNow; });
    return policy;
}

RetryPolicy::Attempt status(int httpStatus, const QByteArray& shouldRetry = {})
{
    RetryPolicy::Attempt attempt;
    attempt.failure = Failure::HttpStatus;
    attempt.httpStatus = httpStatus;
    attempt.shouldRetry = shouldRetry;
    return attempt;
}

RetryPolicy::Attempt failure(Failure kind)
{
    RetryPolicy::Attempt attempt;
    attempt.failure = kind;
    return attempt;
}

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffPerRetry_data();
    void backoffPerRetry();
    void defaultJitterStaysInRange();
    void serverDelay_data();
    void serverDelay();
    void serverDelayIsUsedForTheRetry();
    void whichStatusesRetry_data();
    void whichStatusesRetry();
    void shouldRetryHeaderOverrides_data();
    void shouldRetryHeaderOverrides();
    void createIsRetriedOnlyWhenNotProcessed_data();
    void createIsRetriedOnlyWhenNotProcessed();
    void retriesStopAtTheLimit();
    void zeroRetriesDisables();
    void mayHaveTakenEffect_data();
    void mayHaveTakenEffect();
};

void tst_RetryPolicy::backoffPerRetry_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("lowestMs"); // jitter 0.75
    QTest::addColumn<qint64>("highestMs"); // jitter 1

    QTest::addRow("1st retry") << 1 << qint64(375) << qint64(500);
    QTest::addRow("2nd retry") << 2 << qint64(750) << qint64(1000);
    QTest::addRow("3rd retry") << 3 << qint64(1500) << qint64(2000);
    QTest::addRow("5th retry") << 5 << qint64(6000) << qint64(8000);
    QTest::addRow("6th retry, capped at 8 s") << 6 << qint64(6000) << qint64(8000);
    QTest::addRow("20th retry, capped at 8 s") << 20 << qint64(6000) << qint64(8000);
}

void tst_RetryPolicy::backoffPerRetry()
{
    QFETCH(int, retry);
    QFETCH(qint64, lowestMs);
    QFETCH(qint64, highestMs);
    QCOMPARE(policyWithJitter(0.75).backoff(retry).count(), lowestMs);
    QCOMPARE(policyWithJitter(1.0).backoff(retry).count(), highestMs);
}

void tst_RetryPolicy::defaultJitterStaysInRange()
{
    const RetryPolicy policy;
    for (int i = 0; i < 500; ++i) {
        const qint64 ms = policy.backoff(2).count();
        QVERIFY2(ms >= 750 && ms <= 1000, qPrintable(QString::number(ms)));
    }
}

void tst_RetryPolicy::serverDelay_data()
{
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expectedMs"); // -1: none usable

    QTest::addRow("none") << QByteArray() << QByteArray() << qint64(-1);
    QTest::addRow("seconds") << QByteArray() << "2"_ba << qint64(2000);
    QTest::addRow("decimal seconds") << QByteArray() << "1.5"_ba << qint64(1500);
    QTest::addRow("60 s is still honoured") << QByteArray() << "60"_ba << qint64(60000);
    QTest::addRow("over 60 s") << QByteArray() << "61"_ba << qint64(-1);
    QTest::addRow("zero") << QByteArray() << "0"_ba << qint64(-1);
    QTest::addRow("negative") << QByteArray() << "-3"_ba << qint64(-1);
    QTest::addRow("garbage") << QByteArray() << "soon"_ba << qint64(-1);
    QTest::addRow("HTTP date 30 s ahead") << QByteArray() << "Fri, 15 Mar 2024 14:20:30 GMT"_ba << qint64(30000);
    QTest::addRow("HTTP date in the past") << QByteArray() << "Fri, 15 Mar 2024 14:19:00 GMT"_ba << qint64(-1);
    QTest::addRow("HTTP date 2 min ahead") << QByteArray() << "Fri, 15 Mar 2024 14:22:00 GMT"_ba << qint64(-1);
    QTest::addRow("retry-after-ms") << "1500"_ba << QByteArray() << qint64(1500);
    QTest::addRow("retry-after-ms wins over Retry-After") << "250"_ba
                                                          << "5"_ba << qint64(250);
    QTest::addRow("retry-after-ms out of range still wins") << "90000"_ba
                                                            << "5"_ba << qint64(-1);
    QTest::addRow("unparsable retry-after-ms falls back") << "abc"_ba
                                                          << "3"_ba << qint64(3000);
    QTest::addRow("retry-after-ms with decimals") << "12.5"_ba << QByteArray() << qint64(13);
    QTest::addRow("spaces around") << QByteArray() << " 4 "_ba << qint64(4000);
}

void tst_RetryPolicy::serverDelay()
{
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expectedMs);
    const auto delay = policyWithJitter(1.0).serverDelay(retryAfterMs, retryAfter);
    QCOMPARE(delay ? delay->count() : qint64(-1), expectedMs);
}

void tst_RetryPolicy::serverDelayIsUsedForTheRetry()
{
    RetryPolicy::Attempt attempt = status(429);
    attempt.retryAfter = "7"_ba;
    const RetryPolicy policy = policyWithJitter(1.0);
    QCOMPARE(policy.decide(attempt, 0, false).delay, milliseconds(7000));
    attempt.retryAfter = "600"_ba; // too long: the computed backoff applies
    QCOMPARE(policy.decide(attempt, 1, false).delay, milliseconds(1000));
}

void tst_RetryPolicy::whichStatusesRetry_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("retried");
    for (int code : {408, 409, 429, 500, 502, 503, 504, 599})
        QTest::addRow("%d", code) << code << true;
    for (int code : {400, 401, 403, 404, 405, 410, 413, 422, 451})
        QTest::addRow("%d", code) << code << false;
}

void tst_RetryPolicy::whichStatusesRetry()
{
    QFETCH(int, httpStatus);
    QFETCH(bool, retried);
    QCOMPARE(RetryPolicy::isRetryableStatus(httpStatus), retried);
    QCOMPARE(policyWithJitter(1.0).decide(status(httpStatus), 0, false).retry, retried);
}

void tst_RetryPolicy::shouldRetryHeaderOverrides_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("retried");
    QTest::addRow("false stops a 503") << 503 << "false"_ba << false;
    QTest::addRow("false stops a 429") << 429 << "false"_ba << false;
    QTest::addRow("false stops a 409") << 409 << "false"_ba << false;
    QTest::addRow("true forces a 400") << 400 << "true"_ba << true;
    QTest::addRow("true forces a 404") << 404 << "TRUE"_ba << true;
    QTest::addRow("garbage is ignored (503)") << 503 << "maybe"_ba << true;
    QTest::addRow("garbage is ignored (400)") << 400 << "yes"_ba << false;
}

void tst_RetryPolicy::shouldRetryHeaderOverrides()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, header);
    QFETCH(bool, retried);
    QCOMPARE(policyWithJitter(1.0).decide(status(httpStatus, header), 0, false).retry, retried);
}

void tst_RetryPolicy::createIsRetriedOnlyWhenNotProcessed_data()
{
    QTest::addColumn<RetryPolicy::Attempt>("attempt");
    QTest::addColumn<bool>("retried");
    QTest::addRow("connection refused (not sent)") << failure(Failure::NotSent) << true;
    QTest::addRow("429") << status(429) << true;
    QTest::addRow("429 with X-Should-Retry false") << status(429, "false"_ba) << false;
    QTest::addRow("connection lost") << failure(Failure::Connection) << false;
    QTest::addRow("timeout") << failure(Failure::Timeout) << false;
    QTest::addRow("500") << status(500) << false;
    QTest::addRow("503") << status(503) << false;
    QTest::addRow("503 with X-Should-Retry true") << status(503, "true"_ba) << false;
    QTest::addRow("409") << status(409) << false;
    QTest::addRow("408") << status(408) << false;
}

void tst_RetryPolicy::createIsRetriedOnlyWhenNotProcessed()
{
    QFETCH(RetryPolicy::Attempt, attempt);
    QFETCH(bool, retried);
    QCOMPARE(policyWithJitter(1.0).decide(attempt, 0, true).retry, retried);
    // Every other operation retries all of these except the explicit "false".
    QCOMPARE(RetryPolicy::isRetryable(attempt, false), attempt.shouldRetry != "false");
}

void tst_RetryPolicy::retriesStopAtTheLimit()
{
    RetryPolicy policy = policyWithJitter(1.0);
    QCOMPARE(policy.maxRetries(), 2);
    QVERIFY(policy.decide(status(503), 0, false).retry);
    QVERIFY(policy.decide(status(503), 1, false).retry);
    QVERIFY(!policy.decide(status(503), 2, false).retry);
    policy.setMaxRetries(5);
    QVERIFY(policy.decide(failure(Failure::Timeout), 4, false).retry);
    QVERIFY(!policy.decide(failure(Failure::Timeout), 5, false).retry);
}

void tst_RetryPolicy::zeroRetriesDisables()
{
    RetryPolicy policy = policyWithJitter(1.0);
    policy.setMaxRetries(0);
    QVERIFY(!policy.decide(status(503), 0, false).retry);
    QVERIFY(!policy.decide(failure(Failure::NotSent), 0, true).retry);
}

void tst_RetryPolicy::mayHaveTakenEffect_data()
{
    QTest::addColumn<RetryPolicy::Attempt>("attempt");
    QTest::addColumn<bool>("expected");
    QTest::addRow("not sent") << failure(Failure::NotSent) << false;
    QTest::addRow("connection lost") << failure(Failure::Connection) << true;
    QTest::addRow("timeout") << failure(Failure::Timeout) << true;
    QTest::addRow("500") << status(500) << true;
    QTest::addRow("429") << status(429) << false;
    QTest::addRow("422") << status(422) << false;
}

void tst_RetryPolicy::mayHaveTakenEffect()
{
    QFETCH(RetryPolicy::Attempt, attempt);
    QFETCH(bool, expected);
    QCOMPARE(RetryPolicy::mayHaveTakenEffect(attempt), expected);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
