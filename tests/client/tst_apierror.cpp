// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// ApiError and ApiErrorFactory: the kind per status, the server's words from any body shape, the request
// id, and messages for people that name the profile and never hold the key.

#include "core/api/ApiError.h"
#include "core/api/ApiErrorFactory.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QString kKey = u"sk_live_0123456789abcdef"_s;

ApiErrorFactory factory(const QString& profile = u"Production"_s)
{
    return ApiErrorFactory(profile, kKey, u"api.avarasoftware.com"_s);
}

} // namespace

class tst_ApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindPerStatus_data();
    void kindPerStatus();
    void serverMessageFromEachBodyShape_data();
    void serverMessageFromEachBodyShape();
    void requestIdFromTheHeaders_data();
    void requestIdFromTheHeaders();
    void messagesNameTheProfile_data();
    void messagesNameTheProfile();
    void messagesWithoutAProfile();
    void messagesNeverHoldTheKey();
    void completionAddsAttemptsAndTheCreateWarning();
    void messagesNameHostAndPort_data();
    void messagesNameHostAndPort();
    void completionJoinsWholeSentences_data();
    void completionJoinsWholeSentences();
};

void tst_ApiError::kindPerStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addRow("400") << 400 << Kind::BadRequest;
    QTest::addRow("401") << 401 << Kind::Unauthorized;
    QTest::addRow("403") << 403 << Kind::Forbidden;
    QTest::addRow("404") << 404 << Kind::NotFound;
    QTest::addRow("405") << 405 << Kind::ClientError;
    QTest::addRow("408") << 408 << Kind::ClientError;
    QTest::addRow("409") << 409 << Kind::Conflict;
    QTest::addRow("413") << 413 << Kind::ClientError;
    QTest::addRow("422") << 422 << Kind::UnprocessableEntity;
    QTest::addRow("429") << 429 << Kind::RateLimited;
    QTest::addRow("500") << 500 << Kind::ServerError;
    QTest::addRow("503") << 503 << Kind::ServerError;
    QTest::addRow("599") << 599 << Kind::ServerError;
}

void tst_ApiError::kindPerStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QCOMPARE(ApiError::kindForStatus(status), kind);
    const ApiError error = factory().fromHttpStatus(status, {}, {});
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.isHttpError());
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
}

void tst_ApiError::serverMessageFromEachBodyShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addRow("message") << R"({"error":"not_found","message":"Express customer not found"})"_ba
                             << u"Express customer not found"_s;
    QTest::addRow("error string") << R"({"error":"rate_limited"})"_ba << u"rate_limited"_s;
    QTest::addRow("error.message") << R"({"error":{"type":"x","message":"Key revoked"}})"_ba << u"Key revoked"_s;
    QTest::addRow("detail") << R"({"detail":"Not authenticated"})"_ba << u"Not authenticated"_s;
    QTest::addRow("detail that is not a string")
        << R"({"detail":[{"loc":["body"]}]})"_ba << uR"({"detail":[{"loc":["body"]}]})"_s;
    QTest::addRow("plain text") << "Bad Gateway\n"_ba << u"Bad Gateway"_s;
    QTest::addRow("HTML, whitespace folded")
        << "<html>\n  <body>Oops</body>\n</html>"_ba << u"<html> <body>Oops</body> </html>"_s;
    QTest::addRow("empty") << QByteArray() << QString();
    QTest::addRow("JSON array") << "[1,2]"_ba << u"[1,2]"_s;
    QTest::addRow("long text is shortened") << QByteArray(5000, 'x') << QString(199, u'x') + u'…';
}

void tst_ApiError::serverMessageFromEachBodyShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(ApiErrorFactory::serverMessage(body), expected);
    const ApiError error = factory().fromHttpStatus(500, body, {});
    QCOMPARE(error.serverMessage, expected);
    if (!expected.isEmpty())
        QVERIFY(error.message.contains(expected));
}

void tst_ApiError::requestIdFromTheHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addRow("x-request-id") << "x-request-id"_ba;
    QTest::addRow("X-Request-Id") << "X-Request-Id"_ba;
    QTest::addRow("request-id") << "request-id"_ba;
    QTest::addRow("x-amzn-requestid") << "x-amzn-RequestId"_ba;
}

void tst_ApiError::requestIdFromTheHeaders()
{
    QFETCH(QByteArray, name);
    const ApiErrorFactory::Headers headers {{"Content-Type"_ba, "application/json"_ba}, {name, "req_42"_ba}};
    ApiError error = factory().fromHttpStatus(500, {}, headers);
    QCOMPARE(error.requestId, u"req_42"_s);
    factory().complete(error, 1, false, ApiRequest::Operation::Retrieve);
    QVERIFY2(error.message.contains(u"req_42"_s), qPrintable(error.message));
    QVERIFY(factory().fromHttpStatus(500, {}, {{"Content-Type"_ba, "text/plain"_ba}}).requestId.isEmpty());
}

void tst_ApiError::messagesNameTheProfile_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::addRow("401") << 401 << u"The API key was refused (401). Check the key for profile “Production”."_s;
    QTest::addRow("403") << 403 << u"profile “Production”"_s;
    QTest::addRow("429") << 429 << u"profile “Production”"_s;
}

void tst_ApiError::messagesNameTheProfile()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    const ApiError error = factory().fromHttpStatus(status, {}, {});
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QVERIFY(factory().connectionFailed(u"Connection refused"_s).message.contains(u"profile “Production”"_s));
    QVERIFY(factory().timedOut(std::chrono::milliseconds(60000)).message.contains(u"60 second"_s));
    QVERIFY(factory().tlsFailed(u"The certificate has expired"_s).message.contains(u"certificate"_s));
}

void tst_ApiError::messagesWithoutAProfile()
{
    const ApiError error = factory(QString()).fromHttpStatus(401, {}, {});
    QCOMPARE(error.message, u"The API key was refused (401). Check the key in the settings."_s);
    QVERIFY(!factory(QString()).connectionFailed(u"refused"_s).message.contains(u"profile"_s));
}

void tst_ApiError::messagesNeverHoldTheKey()
{
    // A server that echoes the key back, in its body and a header.
    const QByteArray body = u"{\"message\":\"Invalid key %1\"}"_s.arg(kKey).toUtf8();
    const ApiErrorFactory::Headers headers {{"x-request-id"_ba, kKey.toUtf8()}};
    QList<ApiError> errors {factory().fromHttpStatus(401, body, headers), factory().connectionFailed(kKey),
        factory().tlsFailed(kKey), factory().invalidResponse(kKey), factory().redirectRefused(kKey, 302)};
    for (ApiError& error : errors) {
        factory().complete(error, 3, true, ApiRequest::Operation::Create);
        QVERIFY2(!error.message.contains(kKey), qPrintable(error.message.replace(kKey, u"<KEY>"_s)));
        QVERIFY(!error.serverMessage.contains(kKey));
        QVERIFY(!error.requestId.contains(kKey));
    }
    QVERIFY(errors.first().message.contains(u"[redacted]"_s));
}

void tst_ApiError::completionAddsAttemptsAndTheCreateWarning()
{
    ApiError error = factory().fromHttpStatus(503, {}, {});
    factory().complete(error, 1, true, ApiRequest::Operation::Create);
    QCOMPARE(error.attempts, 1);
    QVERIFY(error.mayHaveTakenEffect);
    QVERIFY2(error.message.endsWith(u"The customer may have been created; check the list before trying again."_s),
        qPrintable(error.message));

    error = factory().fromHttpStatus(503, {}, {});
    factory().complete(error, 3, false, ApiRequest::Operation::Retrieve);
    QCOMPARE(error.attempts, 3);
    QVERIFY(!error.mayHaveTakenEffect);
    QVERIFY2(error.message.contains(u"(3 attempt"_s), qPrintable(error.message));
}

void tst_ApiError::messagesNameHostAndPort_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("server");
    QTest::addRow("port") << QUrl(u"http://127.0.0.1:8443"_s) << u"127.0.0.1:8443"_s;
    QTest::addRow("default port") << QUrl(u"https://api.avarasoftware.com/v1"_s) << u"api.avarasoftware.com"_s;
    QTest::addRow("IPv6 and port") << QUrl(u"http://[::1]:8080"_s) << u"[::1]:8080"_s;
}

void tst_ApiError::messagesNameHostAndPort()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, server);
    QCOMPARE(ApiErrorFactory::serverName(baseUrl), server);
    const ApiErrorFactory errors(QString(), kKey, ApiErrorFactory::serverName(baseUrl));
    QCOMPARE(errors.connectionFailed(u"Connection refused"_s).message,
        u"Could not reach the server %1: Connection refused."_s.arg(server));
    QVERIFY(errors.connectionLost().message.contains(u" %1 "_s.arg(server)));
    QVERIFY(errors.timedOut(std::chrono::milliseconds(3000)).message.contains(u" %1 "_s.arg(server)));
}

void tst_ApiError::completionJoinsWholeSentences_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("mayHaveTakenEffect");
    QTest::addColumn<QString>("completed"); // %1: the attempts in parentheses
    const QString change = u"The change may have been made anyway; reload before trying again."_s;
    QTest::addRow("full stop, attempts, change")
        << u"Could not reach the server 127.0.0.1:8443: Connection refused."_s << 3 << true
        << u"Could not reach the server 127.0.0.1:8443: Connection refused %1. "_s + change;
    QTest::addRow("full stop, attempts") << u"Not found."_s << 3 << false << u"Not found %1."_s;
    QTest::addRow("full stop, change") << u"Not found."_s << 1 << true << u"Not found. "_s + change;
    QTest::addRow("quote, attempts, change")
        << u"The server said: “Down”"_s << 2 << true << u"The server said: “Down” %1. "_s + change;
    QTest::addRow("quote, change") << u"The server said: “Down”"_s << 1 << true
                                   << u"The server said: “Down”. "_s + change;
    QTest::addRow("question mark, change") << u"Is it down?"_s << 1 << true << u"Is it down? "_s + change;
}

void tst_ApiError::completionJoinsWholeSentences()
{
    QFETCH(QString, message);
    QFETCH(int, attempts);
    QFETCH(bool, mayHaveTakenEffect);
    QFETCH(QString, completed);
    ApiError error;
    error.kind = Kind::Connection;
    error.message = message;
    factory().complete(error, attempts, mayHaveTakenEffect, ApiRequest::Operation::Update);
    const QString inParentheses = QCoreApplication::translate("ApiError", "(%n attempt(s))", nullptr, attempts);
    QCOMPARE(error.message, completed.contains(u"%1"_s) ? completed.arg(inParentheses) : completed);
    QVERIFY(!error.message.contains(u".."_s));
    QVERIFY(!error.message.contains(u". ("_s));
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
