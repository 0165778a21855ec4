// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// ExpressClient when things go wrong, through the sandbox's fault injection: retries exactly as the vendor
// SDKs (and never a blind retry of create), timeouts, broken answers, cancellation, destroyed contexts, the
// response size cap and redirects that must not carry the key away.

#include "core/api/ExpressClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/CallRecorder.h"
#include "tests/support/ClientTestCase.h"
#include "tests/support/ClosedPort.h"
#include "tests/support/RecordingHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Sandbox::RequestRecord;
using Sandbox::SandboxServer;
using std::chrono::milliseconds;
using Kind = ApiError::Kind;

class tst_ClientFailures : public ClientTestCase
{
    Q_OBJECT

public:
    tst_ClientFailures()
        : ClientTestCase(3, 150, [](ClientOptions& options) {
            options.profileName = u"Production"_s;
            options.attemptTimeout = milliseconds(3000);
            // Fast backoff; a server's Retry-After is still used as given.
            options.retryBaseDelay = milliseconds(5);
            options.retryMaxDelay = milliseconds(40);
        })
    { }

private Q_SLOTS:
    void retryableStatusIsRetriedThenStops_data();
    void retryableStatusIsRetriedThenStops();
    void otherStatusesAreNotRetried_data();
    void otherStatusesAreNotRetried();
    void zeroRetriesDisablesRetrying();
    void recoversAfterTransientFailures();
    void honoursRetryAfterMs();
    void reallyWaitsForRetryAfterSeconds();
    void shouldRetryFalseStopsRetries();
    void shouldRetryTrueForcesARetryOfA400();
    void createIsNotRetriedOnceItMayHaveArrived_data();
    void createIsNotRetriedOnceItMayHaveArrived();
    void createIsRetriedAfterA429();
    void createIsRetriedWhenTheConnectionIsRefused();
    void aHangIsReportedAsATimeout();
    void aReadIsRetriedAfterATimeout();
    void anUnreadableAnswerIsAnInvalidResponse_data();
    void anUnreadableAnswerIsAnInvalidResponse();
    void anUnreadableAnswerToAChangeThatCannotBeReadAgain();
    void aConnectionClosedMidResponseIsAConnectionError();
    void cancelDeliversOneCancelledAtOnce();
    void cancelDuringTheRetryWait();
    void cancelAllEndsEveryCall();
    void aDestroyedContextGetsNoCallback();
    void theResponseSizeCapHolds();
    void aRedirectToAnotherOriginDoesNotCarryTheKey();

private:
    QString customerId() const;
    void addFault(const QString& spec);
    // Adds the fault (if any), retrieves customerId() and waits for the callback; false when it never came.
    bool retrieve(const CallRecorder<Customer>& recorder, const QString& fault = {});
    // A GET answered once by a 429 carrying the fault's Retry-After: one retry, exactly that wait later, succeeds.
    void retriesOnceAfter(const QString& fault, milliseconds wait);
};

QString tst_ClientFailures::customerId() const
{
    return server().store().customers().first().id;
}

void tst_ClientFailures::addFault(const QString& spec)
{
    QString error;
    QVERIFY2(server().addFault(spec, &error), qPrintable(error));
}

void tst_ClientFailures::retriesOnceAfter(const QString& fault, milliseconds wait)
{
    addFault(fault);
    QSignalSpy retries(&client(), &ExpressClient::retryScheduled);
    QElapsedTimer timer;
    timer.start();
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved));
    QVERIFY2(retrieved.isOk(), retrieved.errorText());
    QVERIFY2(timer.elapsed() >= wait.count(), qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.at(0).at(2).value<milliseconds>(), wait);
    QCOMPARE(retries.at(0).at(3).value<ApiError>().retryAfter, std::optional(wait));
    const QList<RequestRecord> sent = records();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).status, 429);
    QCOMPARE(sent.at(1).status, 200);
}

bool tst_ClientFailures::retrieve(const CallRecorder<Customer>& recorder, const QString& fault)
{
    if (!fault.isEmpty())
        addFault(fault);
    client().retrieveCustomer(customerId(), this, recorder.callback());
    return recorder.wait();
}

void tst_ClientFailures::retryableStatusIsRetriedThenStops_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addRow("408") << 408 << Kind::ClientError;
    QTest::addRow("409") << 409 << Kind::Conflict;
    QTest::addRow("429") << 429 << Kind::RateLimited;
    QTest::addRow("500") << 500 << Kind::ServerError;
    QTest::addRow("502") << 502 << Kind::ServerError;
    QTest::addRow("503") << 503 << Kind::ServerError;
    QTest::addRow("504") << 504 << Kind::ServerError;
}

void tst_ClientFailures::retryableStatusIsRetriedThenStops()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    addFault(u"status=%1,count=always"_s.arg(status));
    QSignalSpy retries(&client(), &ExpressClient::retryScheduled);
    CallRecorder<Customer> retrieved;
    const ExpressClient::CallId call = client().retrieveCustomer(customerId(), this, retrieved.callback());
    QVERIFY(retrieved.wait());
    const ApiError error = retrieved.result().error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.attempts, 3);
    QVERIFY(!error.mayHaveTakenEffect); // a GET changes nothing

    const QList<RequestRecord> sent = records();
    QCOMPARE(sent.size(), 3);
    for (int i = 0; i < sent.size(); ++i)
        QCOMPARE(sent.at(i).header("x-stainless-retry-count"), QByteArray::number(i));
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).at(0).value<ExpressClient::CallId>(), call);
    QCOMPARE(retries.at(0).at(1).toInt(), 2);
    QCOMPARE(retries.at(1).at(1).toInt(), 3);
    QCOMPARE(retries.at(1).at(3).value<ApiError>().httpStatus, status);
    QCOMPARE(retrieved.count(), 1);
}

void tst_ClientFailures::otherStatusesAreNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("400") << 400 << Kind::BadRequest << u"(400)"_s;
    QTest::addRow("401") << 401 << Kind::Unauthorized << u"Check the key for profile “Production”."_s;
    QTest::addRow("403") << 403 << Kind::Forbidden
                         << u"(403). Check the permissions of the key for profile “Production”"_s;
    QTest::addRow("404") << 404 << Kind::NotFound << u"Not found (404)"_s;
    QTest::addRow("422") << 422 << Kind::UnprocessableEntity << u"(422)"_s;
}

void tst_ClientFailures::otherStatusesAreNotRetried()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);
    addFault(u"status=%1,count=always"_s.arg(status));
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved));
    const ApiError error = retrieved.result().error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.attempts, 1);
    QCOMPARE(records().size(), 1);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    // The sandbox's own words come along.
    QVERIFY2(error.serverMessage.startsWith(u"Injected fault"_s), qPrintable(error.serverMessage));
    QVERIFY(error.message.contains(error.serverMessage));
}

void tst_ClientFailures::zeroRetriesDisablesRetrying()
{
    setOptions([](ClientOptions& options) { options.maxRetries = 0; });
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved, u"status=503,count=always"_s));
    QCOMPARE(retrieved.errorKind(), Kind::ServerError);
    QCOMPARE(retrieved.result().error().attempts, 1);
    QCOMPARE(records().size(), 1);
}

void tst_ClientFailures::recoversAfterTransientFailures()
{
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved, u"status=503,count=2"_s));
    QVERIFY2(retrieved.isOk(), retrieved.errorText());
    QCOMPARE(records().size(), 3);
    QCOMPARE(records().last().status, 200);
}

void tst_ClientFailures::honoursRetryAfterMs()
{
    retriesOnceAfter(u"status=429,count=1,retry-after-ms=300,retry-after=30"_s, milliseconds(300));
}

void tst_ClientFailures::reallyWaitsForRetryAfterSeconds()
{
    retriesOnceAfter(u"status=429,count=1,retry-after=1"_s, milliseconds(1000));
}

void tst_ClientFailures::shouldRetryFalseStopsRetries()
{
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved, u"status=503,count=always,should-retry=false"_s));
    QCOMPARE(retrieved.errorKind(), Kind::ServerError);
    QCOMPARE(records().size(), 1);
}

void tst_ClientFailures::shouldRetryTrueForcesARetryOfA400()
{
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved, u"status=400,count=1,should-retry=true"_s));
    QVERIFY2(retrieved.isOk(), retrieved.errorText());
    QCOMPARE(records().size(), 2);
}

void tst_ClientFailures::createIsNotRetriedOnceItMayHaveArrived_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("customersCreated");
    QTest::addRow("503") << u"status=503,count=always,method=POST"_s << Kind::ServerError << 0;
    QTest::addRow("500 with X-Should-Retry true")
        << u"status=500,count=always,method=POST,should-retry=true"_s << Kind::ServerError << 0;
    QTest::addRow("timeout") << u"hang,count=always,method=POST"_s << Kind::Timeout << 0;
    QTest::addRow("connection closed mid-response") << u"close,count=always,method=POST"_s << Kind::Connection << 1;
}

void tst_ClientFailures::createIsNotRetriedOnceItMayHaveArrived()
{
    QFETCH(QString, fault);
    QFETCH(Kind, kind);
    QFETCH(int, customersCreated);
    setOptions([](ClientOptions& options) { options.attemptTimeout = milliseconds(300); });
    addFault(fault);
    const qsizetype before = server().store().size();
    QSignalSpy retries(&client(), &ExpressClient::retryScheduled);
    CallRecorder<Customer> created;
    client().createCustomer(u"Harbor Clinic"_s, {}, this, created.callback());
    QVERIFY(created.wait());
    const ApiError error = created.result().error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(records("POST").size(), 1);
    QCOMPARE(retries.size(), 0);
    QVERIFY(error.mayHaveTakenEffect);
    QVERIFY2(error.message.endsWith(u"The customer may have been created; check the list before trying again."_s),
        qPrintable(error.message));
    QCOMPARE(server().store().size(), before + customersCreated);
}

void tst_ClientFailures::createIsRetriedAfterA429()
{
    addFault(u"status=429,count=1,method=POST,retry-after-ms=20"_s);
    const qsizetype before = server().store().size();
    CallRecorder<Customer> created;
    client().createCustomer(u"Harbor Clinic"_s, {}, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.isOk(), created.errorText());
    QCOMPARE(records("POST").size(), 2);
    QCOMPARE(server().store().size(), before + 1); // exactly one customer
}

void tst_ClientFailures::createIsRetriedWhenTheConnectionIsRefused()
{
    const ClosedPort closed;
    QVERIFY2(closed.isValid(), qPrintable(closed.errorString()));
    setOptions([&closed](ClientOptions& options) { options.baseUrl = closed.url(); });

    QSignalSpy retries(&client(), &ExpressClient::retryScheduled);
    CallRecorder<Customer> created;
    client().createCustomer(u"Harbor Clinic"_s, {}, this, created.callback());
    QVERIFY(created.wait());
    const ApiError error = created.result().error();
    QCOMPARE(error.kind, Kind::Connection);
    QCOMPARE(error.attempts, 3);
    QCOMPARE(retries.size(), 2);
    QVERIFY(!error.mayHaveTakenEffect);
    QVERIFY2(error.message.contains(u"profile “Production”"_s), qPrintable(error.message));
    // The server by host and port, and whole sentences: "… refused (3 attempts)."
    QVERIFY2(error.message.contains(u"127.0.0.1:%1"_s.arg(closed.port())), qPrintable(error.message));
    QVERIFY2(error.message.endsWith(u")."_s), qPrintable(error.message));
}

void tst_ClientFailures::aHangIsReportedAsATimeout()
{
    setOptions([](ClientOptions& options) {
        options.attemptTimeout = milliseconds(300);
        options.maxRetries = 0;
    });
    addFault(u"hang,count=always"_s);
    QElapsedTimer timer;
    timer.start();
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved));
    QCOMPARE(retrieved.errorKind(), Kind::Timeout);
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY2(retrieved.result().error().message.contains(u"300 millisecond"_s), retrieved.errorText());
    QCOMPARE(records().size(), 1);
}

void tst_ClientFailures::aReadIsRetriedAfterATimeout()
{
    setOptions([](ClientOptions& options) { options.attemptTimeout = milliseconds(300); });
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved, u"hang,count=1"_s));
    QVERIFY2(retrieved.isOk(), retrieved.errorText());
    QCOMPARE(records().size(), 2);
    QCOMPARE(records().last().header("x-stainless-retry-count"), "1"_ba);
}

void tst_ClientFailures::anUnreadableAnswerIsAnInvalidResponse_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addRow("truncated body") << u"truncate"_s;
    QTest::addRow("malformed body") << u"malformed"_s;
}

void tst_ClientFailures::anUnreadableAnswerIsAnInvalidResponse()
{
    QFETCH(QString, fault);
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved, fault));
    QCOMPARE(retrieved.errorKind(), Kind::InvalidResponse);
    QCOMPARE(records().size(), 1);

    // The same for a page of the list.
    addFault(fault);
    CallRecorder<CustomerPage> listed;
    client().listCustomers({}, 10, this, listed.callback());
    QVERIFY(listed.wait());
    QCOMPARE(listed.errorKind(), Kind::InvalidResponse);
    QVERIFY(!listed.result().error().mayHaveTakenEffect);

    // A change answered 2xx was made: the customer is read again and delivered as the server holds it.
    addFault(fault + u",method=POST"_s);
    CallRecorder<Customer> deactivated;
    client().deactivateCustomer(customerId(), this, deactivated.callback());
    QVERIFY(deactivated.wait());
    QVERIFY2(deactivated.isOk(), deactivated.errorText());
    QVERIFY(!deactivated.result().value().isActive());
    QCOMPARE(records().last().method, "GET"_ba);

    // When that read fails too, the unreadable answer is all there is: the change was made.
    addFault(fault + u",method=POST"_s);
    addFault(u"status=404,method=GET"_s);
    CallRecorder<Customer> reactivated;
    client().reactivateCustomer(customerId(), this, reactivated.callback());
    QVERIFY(reactivated.wait());
    QCOMPARE(reactivated.errorKind(), Kind::InvalidResponse);
    QVERIFY(reactivated.result().error().mayHaveTakenEffect);
}

void tst_ClientFailures::anUnreadableAnswerToAChangeThatCannotBeReadAgain()
{
    // The PATCH was answered 200 but unreadably, and the customer cannot be read again: there is no outcome to
    // deliver, only the unreadable answer, which was a 2xx, so the change was made.
    addFault(u"malformed,method=PATCH"_s);
    addFault(u"status=404,count=always,method=GET"_s);
    CustomerPatch patch;
    patch.setName(u"Renamed"_s);
    CallRecorder<UpdateOutcome> updated;
    client().updateCustomer(customerId(), patch, this, updated.callback());
    QVERIFY(updated.wait());
    QCOMPARE(updated.errorKind(), Kind::InvalidResponse);
    QCOMPARE(updated.result().error().httpStatus, 200);
    QVERIFY(updated.result().error().mayHaveTakenEffect);
    QCOMPARE(records("PATCH").size(), 1);
    QCOMPARE(records("GET").size(), 1);
}

void tst_ClientFailures::aConnectionClosedMidResponseIsAConnectionError()
{
    setOptions([](ClientOptions& options) { options.maxRetries = 0; });
    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved, u"close,count=always"_s));
    QCOMPARE(retrieved.errorKind(), Kind::Connection);
    QCOMPARE(retrieved.result().error().httpStatus, 0);
}

void tst_ClientFailures::cancelDeliversOneCancelledAtOnce()
{
    addFault(u"hang,count=always"_s);
    CallRecorder<Customer> retrieved;
    const ExpressClient::CallId call = client().retrieveCustomer(customerId(), this, retrieved.callback());
    QTRY_COMPARE(server().pendingCount(), 1); // the request is at the server
    client().cancel(call);
    QCOMPARE(retrieved.count(), 1); // at once, not later
    QCOMPARE(retrieved.errorKind(), Kind::Cancelled);
    QVERIFY(!client().isBusy());
    client().cancel(call); // a finished id is ignored
    // The reply was aborted: the server sees the client leave. Nothing arrives afterwards.
    QTRY_COMPARE(server().pendingCount(), 0);
    QCOMPARE(records().first().status, 0);
    QCOMPARE(retrieved.count(), 1);
}

void tst_ClientFailures::cancelDuringTheRetryWait()
{
    setOptions([](ClientOptions& options) {
        options.retryBaseDelay = milliseconds(30000);
        options.retryMaxDelay = milliseconds(30000);
    });
    addFault(u"status=503,count=always"_s);
    QSignalSpy retries(&client(), &ExpressClient::retryScheduled);
    CallRecorder<Customer> retrieved;
    const ExpressClient::CallId call = client().retrieveCustomer(customerId(), this, retrieved.callback());
    QVERIFY(retries.wait());
    QVERIFY(retries.at(0).at(2).value<milliseconds>() >= milliseconds(22500));
    client().cancel(call);
    QCOMPARE(retrieved.count(), 1);
    QCOMPARE(retrieved.errorKind(), Kind::Cancelled);
    QCOMPARE(retrieved.result().error().attempts, 1);
    QVERIFY(!client().isBusy());
    QCOMPARE(records().size(), 1);
}

void tst_ClientFailures::cancelAllEndsEveryCall()
{
    addFault(u"hang,count=always"_s);
    CallRecorder<Customer> first;
    CallRecorder<UpdateOutcome> second;
    CallRecorder<QList<Customer>> third;
    CustomerPatch patch;
    patch.setName(u"Renamed"_s);
    client().retrieveCustomer(customerId(), this, first.callback());
    client().updateCustomer(customerId(), patch, this, second.callback());
    client().listAllCustomers(50, this, third.callback());
    QCOMPARE(client().callsInFlight(), 3);
    QTRY_COMPARE(server().pendingCount(), 3);
    QSignalSpy busy(&client(), &ExpressClient::busyChanged);
    client().cancelAll();
    QCOMPARE(first.count(), 1);
    QCOMPARE(second.count(), 1);
    QCOMPARE(third.count(), 1);
    QCOMPARE(first.errorKind(), Kind::Cancelled);
    QCOMPARE(second.errorKind(), Kind::Cancelled);
    QCOMPARE(third.errorKind(), Kind::Cancelled);
    // The PATCH was at the server: it may have been carried out.
    QVERIFY(second.result().error().mayHaveTakenEffect);
    QVERIFY(!first.result().error().mayHaveTakenEffect);
    QCOMPARE(busy.size(), 1);
    QVERIFY(!client().isBusy());
}

void tst_ClientFailures::aDestroyedContextGetsNoCallback()
{
    addFault(u"latency=300,count=always"_s);
    auto* context = new QObject(this);
    int callbacks = 0;
    client().retrieveCustomer(customerId(), context, [&callbacks](const ApiResult<Customer>&) { ++callbacks; });
    CallRecorder<Customer> other; // a call with a living context is not affected
    client().retrieveCustomer(customerId(), this, other.callback());
    QTRY_COMPARE(server().pendingCount(), 2);
    delete context;
    QVERIFY(other.wait());
    QVERIFY(other.isOk());
    QTRY_VERIFY(!client().isBusy());
    QTRY_COMPARE(server().pendingCount(), 0);
    QCOMPARE(callbacks, 0);
}

void tst_ClientFailures::theResponseSizeCapHolds()
{
    setOptions([](ClientOptions& options) { options.maxResponseBytes = 4096; });
    CallRecorder<CustomerPage> big;
    client().listCustomers(QString(), 100, this, big.callback());
    QVERIFY(big.wait());
    QCOMPARE(big.errorKind(), Kind::InvalidResponse);
    QVERIFY2(big.result().error().message.contains(u"4096"_s), big.errorText());
    QCOMPARE(records().size(), 1); // not retried

    CallRecorder<CustomerPage> small;
    client().listCustomers(QString(), 2, this, small.callback());
    QVERIFY(small.wait());
    QVERIFY2(small.isOk(), small.errorText());
}

void tst_ClientFailures::aRedirectToAnotherOriginDoesNotCarryTheKey()
{
    RecordingHttpServer elsewhere;
    QVERIFY(elsewhere.start());
    elsewhere.setResponse(200, {{"Content-Type"_ba, "application/json"_ba}}, "{}"_ba);
    RecordingHttpServer redirecting;
    QVERIFY(redirecting.start());
    const QUrl target = elsewhere.baseUrl().resolved(QUrl(u"/v1/express/"_s + customerId()));
    redirecting.setResponse(302, {{"Location"_ba, target.toEncoded()}});
    setOptions([&redirecting](ClientOptions& options) { options.baseUrl = redirecting.baseUrl(); });

    CallRecorder<Customer> retrieved;
    QVERIFY(retrieve(retrieved));
    QCOMPARE(retrieved.errorKind(), Kind::InvalidResponse);
    QVERIFY2(retrieved.result().error().message.contains(elsewhere.baseUrl().toString()), retrieved.errorText());
    QCOMPARE(redirecting.received().size(), 1);
    QCOMPARE(redirecting.received().first().header("Authorization"), "Bearer "_ba + server().apiKey().toUtf8());
    QVERIFY(elsewhere.received().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ClientFailures)
#include "tst_clientfailures.moc"
