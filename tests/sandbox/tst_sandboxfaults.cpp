// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Fault injection as a client sees it: statuses with retry headers, broken bodies, dropped
// connections, silence, stale answers and latency; plus the spec parser.

#include "sandbox/Fault.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Sandbox;

using namespace Qt::Literals::StringLiterals;

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void parsesSpecs_data();
    void parsesSpecs();
    void refusesBadSpecs_data();
    void refusesBadSpecs();
    void statusFaultsCarryRetryHeaders_data();
    void statusFaultsCarryRetryHeaders();
    void everySupportedStatusIsWritten();
    void statusFaultsDoNotReachTheStore();
    void filtersByMethodAndPath();
    void afterLetsTheFirstMatchingRequestsThrough();
    void malformedBodyIsNotJson();
    void truncatedBodyFailsToParse();
    void closeDropsTheConnectionMidBody();
    void hangNeverAnswers();
    void staleAnswersTheCustomerAsItWasBefore_data();
    void staleAnswersTheCustomerAsItWasBefore();
    void staleHonoursCountAndFilters();
    void latencyDelaysEveryAnswer();
    void latencyWithCountIsUsedUp();
    void latencyCombinesWithAStatus();

private:
    QString firstId() const { return m_server->store().customers().first().id; }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->store().reset(SandboxSeed::generate(2, 5));
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
}

void tst_SandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_SandboxFaults::parsesSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("normalized");

    QTest::addRow("429 twice with Retry-After")
        << u"status=429,count=2,retry-after=1"_s << u"status=429,retry-after=1,count=2"_s;
    QTest::addRow("429 with retry-after-ms")
        << u"status=429,retry-after-ms=1500"_s << u"status=429,retry-after-ms=1500,count=1"_s;
    QTest::addRow("503 three times") << u"status=503,count=3"_s << u"status=503,count=3"_s;
    QTest::addRow("409 once by default") << u"status=409"_s << u"status=409,count=1"_s;
    QTest::addRow("latency is persistent by default") << u"latency=250"_s << u"latency=250,count=always"_s;
    QTest::addRow("latency with a count") << u"latency=250,count=2"_s << u"latency=250,count=2"_s;
    QTest::addRow("malformed") << u"malformed"_s << u"malformed,count=1"_s;
    QTest::addRow("truncate on PATCH only") << u"truncate,method=patch"_s << u"truncate,method=PATCH,count=1"_s;
    QTest::addRow("close under a path prefix")
        << u"close,path=/v1/express/*"_s << u"close,path=/v1/express/*,count=1"_s;
    QTest::addRow("after two GETs") << u"status=503,after=2,method=get"_s << u"status=503,method=GET,after=2,count=1"_s;
    QTest::addRow("hang forever") << u"hang,count=always"_s << u"hang,count=always"_s;
    QTest::addRow("stale on PATCH only") << u"stale,method=patch"_s << u"stale,method=PATCH,count=1"_s;
    QTest::addRow("stale twice under a path prefix, slowly")
        << u"stale,count=2,latency=50,path=/v1/express/*"_s << u"stale,latency=50,path=/v1/express/*,count=2"_s;
    QTest::addRow("should-retry and spaces")
        << u" status=500 , should-retry=false "_s << u"status=500,should-retry=false,count=1"_s;
}

void tst_SandboxFaults::parsesSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, normalized);
    QString error;
    const auto fault = Fault::parse(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->toSpec(), normalized);
    QCOMPARE(Fault::parse(fault->toSpec())->toSpec(), normalized);
}

void tst_SandboxFaults::refusesBadSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addRow("empty") << u""_s;
    QTest::addRow("unknown item") << u"explode"_s;
    QTest::addRow("status not a number") << u"status=abc"_s;
    QTest::addRow("status 299 unsupported") << u"status=299"_s;
    QTest::addRow("status 600") << u"status=600"_s;
    QTest::addRow("two misbehaviours") << u"malformed,close"_s;
    QTest::addRow("count zero") << u"status=500,count=0"_s;
    QTest::addRow("negative latency") << u"latency=-1"_s;
    QTest::addRow("only a count") << u"count=3"_s;
    QTest::addRow("unknown method") << u"status=500,method=FETCH"_s;
    QTest::addRow("relative path") << u"status=500,path=v1/express"_s;
    QTest::addRow("negative after") << u"status=500,after=-1"_s;
    QTest::addRow("after not a number") << u"status=500,after=two"_s;
    QTest::addRow("should-retry maybe") << u"status=500,should-retry=maybe"_s;
    QTest::addRow("retry-after not a number") << u"status=429,retry-after=soon"_s;
    QTest::addRow("a flag with a value") << u"hang=1"_s;
    QTest::addRow("stale with a value") << u"stale=1"_s;
    QTest::addRow("stale and a status") << u"stale,status=500"_s;
}

void tst_SandboxFaults::refusesBadSpecs()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!Fault::parse(spec, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_server->addFault(spec));
    QVERIFY(m_server->faults().isEmpty());
}

void tst_SandboxFaults::statusFaultsCarryRetryHeaders_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("times");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");

    QTest::addRow("429 twice with Retry-After 1")
        << u"status=429,count=2,retry-after=1"_s << 429 << 2 << "Retry-After"_ba
        << "1"_ba;
    QTest::addRow("429 with retry-after-ms 1500")
        << u"status=429,retry-after-ms=1500"_s << 429 << 1 << "retry-after-ms"_ba
        << "1500"_ba;
    QTest::addRow("503 three times") << u"status=503,count=3"_s << 503 << 3 << "X-Should-Retry"_ba << QByteArray();
    QTest::addRow("409 that must not be retried")
        << u"status=409,should-retry=false"_s << 409 << 1 << "X-Should-Retry"_ba
        << "false"_ba;
    QTest::addRow("500 that may be retried") << u"status=500,should-retry=true"_s << 500 << 1 << "X-Should-Retry"_ba
                                             << "true"_ba;
}

void tst_SandboxFaults::statusFaultsCarryRetryHeaders()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(int, times);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);

    QVERIFY(m_server->addFault(spec));
    for (int i = 0; i < times; ++i) {
        const HttpReply reply = m_client->get(u"/v1/express"_s);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header(header), value);
        QVERIFY(reply.isJsonObject());
        QVERIFY(!reply.json().value(u"error"_s).toString().isEmpty());
    }
    QVERIFY(m_server->faults().isEmpty()); // the count is used up
    QCOMPARE(m_client->get(u"/v1/express"_s).status, 200);
}

void tst_SandboxFaults::everySupportedStatusIsWritten()
{
    for (int status = 400; status < 600; ++status) {
        if (!Fault::isSupportedStatus(status))
            continue;
        QVERIFY(m_server->addFault(u"status=%1"_s.arg(status)));
        const HttpReply reply = m_client->get(u"/v1/express"_s);
        QCOMPARE(reply.status, status);
    }
    QCOMPARE(m_client->get(u"/v1/express"_s).status, 200);
}

void tst_SandboxFaults::statusFaultsDoNotReachTheStore()
{
    QVERIFY(m_server->addFault(u"status=503"_s));
    const HttpReply reply = m_client->post(u"/v1/express"_s, {{u"expressCustomerName"_s, u"Not created"_s}});
    QCOMPARE(reply.status, 503);
    QCOMPARE(m_server->store().size(), 5);
    QCOMPARE(m_server->requestLog().last()->status, 503); // but the request was received and recorded
}

void tst_SandboxFaults::filtersByMethodAndPath()
{
    QVERIFY(m_server->addFault(u"status=500,method=PATCH,path=/v1/express/*"_s));
    QVERIFY(m_server->addFault(u"status=502,method=GET,path=/v1/express"_s));
    QCOMPARE(m_client->get(u"/v1/express/"_s + firstId()).status, 200); // neither matches
    QCOMPARE(m_client->patch(u"/v1/express/"_s + firstId(), {{u"expressCustomerName"_s, u"X"_s}}).status, 500);
    QCOMPARE(m_client->patch(u"/v1/express/"_s + firstId(), {{u"expressCustomerName"_s, u"X"_s}}).status, 200);
    QCOMPARE(m_client->get(u"/v1/express?limit=1"_s).status, 502);
    QVERIFY(m_server->faults().isEmpty());
}

void tst_SandboxFaults::afterLetsTheFirstMatchingRequestsThrough()
{
    QVERIFY(m_server->addFault(u"status=503,after=2,method=GET,count=2"_s));
    QCOMPARE(m_client->patch(u"/v1/express/"_s + firstId(), {{u"expressCustomerName"_s, u"X"_s}}).status, 200);
    QCOMPARE(m_client->get(u"/v1/express?limit=1"_s).status, 200);
    QCOMPARE(m_client->get(u"/v1/express/"_s + firstId()).status, 200);
    QCOMPARE(m_server->faults().faults().size(), 1);
    QCOMPARE(m_server->faults().faults().first().toSpec(), u"status=503,method=GET,count=2"_s);
    QCOMPARE(m_client->get(u"/v1/express?limit=1"_s).status, 503);
    QCOMPARE(m_client->get(u"/v1/express?limit=1"_s).status, 503);
    QCOMPARE(m_client->get(u"/v1/express?limit=1"_s).status, 200);
    QVERIFY(m_server->faults().isEmpty());
}

void tst_SandboxFaults::malformedBodyIsNotJson()
{
    QVERIFY(m_server->addFault(u"malformed"_s));
    const HttpReply reply = m_client->post(u"/v1/express"_s, {{u"expressCustomerName"_s, u"Processed"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY(!reply.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_server->store().size(), 6); // the request itself was carried out
}

void tst_SandboxFaults::truncatedBodyFailsToParse()
{
    QVERIFY(m_server->addFault(u"truncate"_s));
    const HttpReply reply = m_client->get(u"/v1/express/"_s + firstId());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.header("Content-Length").toLongLong(), reply.body.size());
    const QByteArray full =
        QJsonDocument(m_server->store().customers().first().toApiJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(reply.body, full.left(full.size() / 2));
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void tst_SandboxFaults::closeDropsTheConnectionMidBody()
{
    QVERIFY(m_server->addFault(u"close"_s));
    const HttpReply reply = m_client->patch(u"/v1/express/"_s + firstId(), {{u"expressCustomerName"_s, u"Lost"_s}});
    QVERIFY(reply.finished);
    QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError, qPrintable(QString::number(reply.error)));
    QCOMPARE(m_server->store().customers().first().name, u"Lost"_s); // carried out, answer lost
    QCOMPARE(m_client->get(u"/v1/express/"_s + firstId()).status, 200); // the server is fine
}

void tst_SandboxFaults::hangNeverAnswers()
{
    QVERIFY(m_server->addFault(u"hang"_s));
    SandboxTestClient::Options options;
    options.transferTimeoutMs = 300;
    const HttpReply reply = m_client->send("GET", u"/v1/express"_s, {}, options);
    QVERIFY(reply.finished); // by the client's transfer timeout
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
    QVERIFY(reply.elapsedMs >= 250); // Qt's transfer timer is coarse (may fire 5 % early)
    QCOMPARE(m_server->requestLog().last()->status, 0);
    QTRY_COMPARE(m_server->pendingCount(), 0); // the socket went away with the client
    QCOMPARE(m_client->get(u"/v1/express"_s).status, 200);

    // A request still hanging when the server is destroyed is dropped cleanly.
    QVERIFY(m_server->addFault(u"hang"_s));
    QNetworkAccessManager nam;
    QNetworkReply* pending = nam.get(QNetworkRequest(m_client->url(u"/v1/express"_s)));
    QTRY_COMPARE(m_server->pendingCount(), 1);
    m_server.reset();
    QTRY_VERIFY(pending->isFinished());
    QVERIFY(pending->error() != QNetworkReply::NoError);
    delete pending;
}

void tst_SandboxFaults::staleAnswersTheCustomerAsItWasBefore_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("action"); // appended to /v1/express/<id>
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("answerIsOld"); // else: the usual answer

    QTest::addRow("update") << "PATCH"_ba << QString() << R"({"expressCustomerName":"Renamed","metadata":null})"_ba
                            << 200 << true;
    QTest::addRow("deactivate") << "POST"_ba << u"/deactivate"_s << QByteArray() << 200 << true;
    QTest::addRow("retrieve: nothing changed") << "GET"_ba << QString() << QByteArray() << 200 << true;
    QTest::addRow("refused update: the error as usual")
        << "PATCH"_ba << QString() << R"({"expressCustomerName":" "})"_ba << 422 << false;
    QTest::addRow("add user: the message as usual")
        << "POST"_ba << u"/users"_s << R"({"userId":"usr_0123456789abcdef0123456789abcdef"})"_ba << 200 << false;
}

void tst_SandboxFaults::staleAnswersTheCustomerAsItWasBefore()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, answerIsOld);

    QVERIFY(m_server->store().setActive(firstId(), true).ok()); // so that deactivating changes it
    const CustomerRecord before = m_server->store().customers().first();
    QVERIFY(m_server->addFault(u"stale"_s));
    const HttpReply reply = m_client->send(method, u"/v1/express/"_s + before.id + action, body);
    QCOMPARE(reply.status, status);
    QVERIFY(m_server->faults().isEmpty());
    const CustomerRecord after = m_server->store().customers().first();
    if (answerIsOld)
        QCOMPARE(reply.json(), before.toApiJson());
    else
        QVERIFY(reply.json() != before.toApiJson());

    // The request itself was carried out as always.
    if (method == "PATCH" && status == 200) {
        QCOMPARE(after.name, u"Renamed"_s);
        QCOMPARE(after.metadata, std::nullopt);
    } else if (action == u"/deactivate"_s) {
        QVERIFY(!after.active);
    } else if (action == u"/users"_s) {
        QCOMPARE(after.members.size(), before.members.size() + 1);
    } else {
        QCOMPARE(after.toApiJson(), before.toApiJson());
    }
}

void tst_SandboxFaults::staleHonoursCountAndFilters()
{
    QVERIFY(m_server->addFault(u"stale,method=PATCH,count=2"_s));
    const QString path = u"/v1/express/"_s + firstId();
    const QString original = m_server->store().customers().first().name;
    QCOMPARE(m_client->get(path).json().value(u"expressCustomerName"_s).toString(), original); // GET: not matched

    const QStringList names {u"First"_s, u"Second"_s, u"Third"_s};
    QStringList answered;
    for (const QString& name : names) {
        const HttpReply reply = m_client->patch(path, {{u"expressCustomerName"_s, name}});
        QCOMPARE(reply.status, 200);
        answered.append(reply.json().value(u"expressCustomerName"_s).toString());
        QCOMPARE(m_server->store().customers().first().name, name); // stored every time
    }
    // Twice the name before each request, then the fault is used up and the answer is current again.
    QCOMPARE(answered, (QStringList {original, u"First"_s, u"Third"_s}));
    QVERIFY(m_server->faults().isEmpty());
}

void tst_SandboxFaults::latencyDelaysEveryAnswer()
{
    QVERIFY(m_server->addFault(u"latency=250"_s));
    for (int i = 0; i < 2; ++i) {
        const HttpReply reply = m_client->get(u"/v1/express?limit=1"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.elapsedMs >= 250, qPrintable(QString::number(reply.elapsedMs)));
        QVERIFY(m_server->requestLog().last()->durationMs >= 250);
    }
    QCOMPARE(m_server->faults().faults().size(), 1); // persistent
}

void tst_SandboxFaults::latencyWithCountIsUsedUp()
{
    QVERIFY(m_server->addFault(u"latency=100,count=1"_s));
    const HttpReply reply = m_client->get(u"/v1/express"_s);
    QVERIFY(reply.elapsedMs >= 100);
    QVERIFY(m_server->faults().isEmpty());
}

void tst_SandboxFaults::latencyCombinesWithAStatus()
{
    QVERIFY(m_server->addFault(u"latency=150"_s));
    QVERIFY(m_server->addFault(u"status=429,retry-after=2"_s));
    const HttpReply reply = m_client->get(u"/v1/express"_s);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), "2"_ba);
    QVERIFY(reply.elapsedMs >= 150);
    QCOMPARE(m_server->faults().faults().size(), 1); // the latency stays
}

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandboxfaults.moc"
