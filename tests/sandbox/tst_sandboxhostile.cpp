// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Hostile input: huge, deep, invalid or plain garbage requests get a 4xx (or a closed
// connection), never a crash or a hang, and the server keeps answering proper requests.

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QTest>

#include <memory>

using namespace Sandbox;

using namespace Qt::Literals::StringLiterals;

class tst_SandboxHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tenMegabyteBodyIsRefused();
    void deeplyNestedJsonIsRefused();
    void invalidUtf8IsRefused_data();
    void invalidUtf8IsRefused();
    void wrongTypesAreRefused_data();
    void wrongTypesAreRefused();
    void manyUnknownFieldsAreRefused();
    void aVeryLongPathIsNotFound();
    void aBodyWithoutContentTypeIsRefused();
    void rawGarbageDoesNotStopTheServer_data();
    void rawGarbageDoesNotStopTheServer();

private:
    // Writes raw bytes on a fresh connection; returns what came back before the deadline.
    QByteArray rawExchange(const QByteArray& bytes, int waitMs);
    void expectServerHealthy();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxHostile::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->store().reset(SandboxSeed::generate(3, 3));
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
}

void tst_SandboxHostile::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_SandboxHostile::expectServerHealthy()
{
    const HttpReply reply = m_client->get(u"/v1/express?limit=1"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->store().size(), 3);
}

QByteArray tst_SandboxHostile::rawExchange(const QByteArray& bytes, int waitMs)
{
    return rawHttpExchange(m_server->port(), bytes, waitMs);
}

void tst_SandboxHostile::tenMegabyteBodyIsRefused()
{
    const QByteArray body = "{\"expressCustomerName\":\""_ba + QByteArray(10 * 1024 * 1024, 'x') + "\"}"_ba;
    const HttpReply reply = m_client->send("POST", u"/v1/express"_s, body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json().value(u"error"_s).toString(), u"payload_too_large"_s);
    // Refused from its Content-Length by the connection layer: the record keeps no body, only its size.
    QVERIFY(m_server->requestLog().last()->body.isEmpty());
    QCOMPARE(m_server->requestLog().last()->bodyBytes, body.size());
    expectServerHealthy();
}

void tst_SandboxHostile::deeplyNestedJsonIsRefused()
{
    const HttpReply arrays = m_client->send("POST", u"/v1/express"_s, QByteArray(100000, '['));
    QCOMPARE(arrays.status, 400);
    QByteArray objects;
    for (int i = 0; i < 5000; ++i)
        objects += "{\"a\":";
    const HttpReply deepObjects = m_client->send("PATCH", u"/v1/express/"_s + m_server->store().customers().first().id,
        "{\"metadata\":{\"k\":"_ba + objects + "1" + QByteArray(5000, '}') + "}}"_ba);
    QVERIFY2(deepObjects.status >= 400 && deepObjects.status < 500, qPrintable(QString::number(deepObjects.status)));
    const HttpReply shallowNest = m_client->send(
        "POST", u"/v1/express"_s, "{\"expressCustomerName\":\"n\",\"metadata\":{\"k\":[[[[[[[[\"deep\"]]]]]]]]}}"_ba);
    QCOMPARE(shallowNest.status, 422);
    QCOMPARE(shallowNest.json().value(u"field"_s).toString(), u"metadata.k"_s);
    expectServerHealthy();
}

void tst_SandboxHostile::invalidUtf8IsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("a lone continuation byte") << "{\"expressCustomerName\":\"\x80\"}"_ba;
    QTest::addRow("a truncated sequence") << "{\"expressCustomerName\":\"caf\xc3\"}"_ba;
    QTest::addRow("an overlong encoding") << "{\"expressCustomerName\":\"\xc0\xaf\"}"_ba;
    QTest::addRow("Latin-1 instead of UTF-8") << "{\"expressCustomerName\":\"H\xf4pital\"}"_ba;
    QTest::addRow("an encoded surrogate") << "{\"expressCustomerName\":\"\xed\xa0\x80\"}"_ba;
}

void tst_SandboxHostile::invalidUtf8IsRefused()
{
    QFETCH(QByteArray, body);
    const HttpReply reply = m_client->send("POST", u"/v1/express"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.isJsonObject());
    // Refused by the UTF-8 check itself, not left to the JSON parser.
    QCOMPARE(reply.json().value(u"message"_s).toString(), u"The request body is not valid UTF-8"_s);
    expectServerHealthy();
}

void tst_SandboxHostile::wrongTypesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addRow("name as an object") << "{\"expressCustomerName\":{}}"_ba << u"expressCustomerName"_s;
    QTest::addRow("name as an array") << "{\"expressCustomerName\":[\"a\"]}"_ba << u"expressCustomerName"_s;
    QTest::addRow("name as a boolean") << "{\"expressCustomerName\":false}"_ba << u"expressCustomerName"_s;
    QTest::addRow("metadata as a number") << "{\"expressCustomerName\":\"n\",\"metadata\":5}"_ba << u"metadata"_s;
    QTest::addRow("metadata value as a boolean")
        << "{\"expressCustomerName\":\"n\",\"metadata\":{\"ok\":true}}"_ba << u"metadata.ok"_s;
    QTest::addRow("metadata value as an array")
        << "{\"expressCustomerName\":\"n\",\"metadata\":{\"list\":[\"a\"]}}"_ba << u"metadata.list"_s;
}

void tst_SandboxHostile::wrongTypesAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply reply = m_client->send("POST", u"/v1/express"_s, body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().value(u"field"_s).toString(), field);
}

void tst_SandboxHostile::manyUnknownFieldsAreRefused()
{
    QJsonObject body {{u"expressCustomerName"_s, u"n"_s}};
    for (int i = 0; i < 20000; ++i)
        body.insert(u"extra%1"_s.arg(i), i);
    const HttpReply reply = m_client->post(u"/v1/express"_s, body);
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json().value(u"field"_s).toString().startsWith(u"extra"_s));
}

void tst_SandboxHostile::aVeryLongPathIsNotFound()
{
    const HttpReply reply = m_client->get(u"/v1/express/"_s + QString(20000, u'a'));
    QVERIFY2(
        reply.status == 422 || reply.status == 404 || reply.status == 414, qPrintable(QString::number(reply.status)));
    const HttpReply encoded = m_client->get(u"/v1/express/%0A%00%2F..%2F"_s);
    QVERIFY(encoded.status >= 400 && encoded.status < 500);
    expectServerHealthy();
}

void tst_SandboxHostile::aBodyWithoutContentTypeIsRefused()
{
    const QByteArray body = "{\"expressCustomerName\":\"raw\"}";
    const QByteArray request = "POST /v1/express HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "_ba
        + m_server->apiKey().toUtf8() + "\r\nContent-Length: "_ba + QByteArray::number(body.size()) + "\r\n\r\n"_ba
        + body;
    const QByteArray response = rawExchange(request, 5000);
    QVERIFY2(response.startsWith("HTTP/1.1 415 "), response.constData());
    expectServerHealthy();
}

void tst_SandboxHostile::rawGarbageDoesNotStopTheServer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    static const char noise[] = "\x00\x01\x02\xff\xfe GARBAGE\r\n\r\n";
    QTest::addRow("binary noise") << QByteArray(noise, sizeof(noise) - 1);
    QTest::addRow("an unknown method") << "BREW /v1/express HTTP/1.1\r\nHost: x\r\n\r\n"_ba;
    QTest::addRow("a missing version") << "GET /v1/express\r\n\r\n"_ba;
    QTest::addRow("a broken header line") << "GET /v1/express HTTP/1.1\r\nthis is not a header\r\n\r\n"_ba;
    QTest::addRow("a negative Content-Length") << "POST /v1/express HTTP/1.1\r\nContent-Length: -5\r\n\r\n"_ba;
    QTest::addRow("a bad chunked body") << "POST /v1/express HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba;
    QTest::addRow("an unfinished request") << "GET /v1/exp"_ba;
    QTest::addRow("a body shorter than announced")
        << "POST /v1/express HTTP/1.1\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n{}"_ba;
}

void tst_SandboxHostile::rawGarbageDoesNotStopTheServer()
{
    QFETCH(QByteArray, bytes);
    const QByteArray response = rawExchange(bytes, 300);
    // Either an HTTP error status, a closed connection, or silence while the request is incomplete.
    QVERIFY2(response.isEmpty() || response.startsWith("HTTP/1.1 4"), response.constData());
    expectServerHealthy();
}

QTEST_GUILESS_MAIN(tst_SandboxHostile)
#include "tst_sandboxhostile.moc"
