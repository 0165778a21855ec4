// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The eight Express operations and their errors, over real HTTP against an in-thread SandboxServer.

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Sandbox;

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Missing = u"cus_00000000000000000000000000000000"_s;
const QString UserA = u"usr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString UserB = u"usr_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;

QJsonObject manyPairs(int count)
{
    QJsonObject metadata;
    for (int i = 0; i < count; ++i)
        metadata.insert(u"key%1"_s.arg(i), u"value"_s);
    return metadata;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime timestamp(const QJsonObject& customer, const QString& key)
{
    return QDateTime::fromString(customer.value(key).toString(), Qt::ISODateWithMs);
}

QStringList capturedMessages;
void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    capturedMessages.append(message);
}

} // namespace

class tst_SandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createReturnsTheNewCustomer();
    void createWithNameOnlyOmitsMetadata();
    void retrieveReturnsTheStoredCustomer();
    void updateRenamesAndKeepsMetadata();
    void updateReplacesTheWholeMetadataMap();
    void updateWithNullMetadataClearsIt();
    void emptyUpdateChangesNothing();
    void updatedAtStrictlyIncreases();
    void deactivateAndReactivateAreIdempotent();
    void usersAddAndRemoveFollowUserCount();
    void addingAUserToAnInactiveCustomerConflicts();
    void invalidRequestsNameTheirField_data();
    void invalidRequestsNameTheirField();
    void unauthorizedRequestsAreRefused_data();
    void unauthorizedRequestsAreRefused();
    void theBearerSchemeIsCaseInsensitive_data();
    void theBearerSchemeIsCaseInsensitive();
    void unknownPathsAndMethods_data();
    void unknownPathsAndMethods();
    void contentTypeIsChecked_data();
    void contentTypeIsChecked();
    void bodyOverOneMebibyteIsRefused();
    void listHasDefaultPageSize();
    void requestRecordRedactsAuthorization();
    void requestLogRedactsEveryHeaderOutsideItsAllowList();
    void requestLogIsBoundedInBytes();
    void requestLogKeepsNoBodyOfAnUnauthorizedRequest();
    void requestLogServesDurations();
    void logLinesNeverShowTheKey();
    void controlEndpointInjectsFaults();
    void listensOnLoopbackOnly();

private:
    QString firstId() const { return m_server->store().customers().first().id; }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_SandboxApi::init()
{
    m_server = std::make_unique<SandboxServer>();
    m_server->store().reset(SandboxSeed::generate(1));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
}

void tst_SandboxApi::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_SandboxApi::createReturnsTheNewCustomer()
{
    const HttpReply reply = m_client->post(u"/v1/express"_s,
        {{u"expressCustomerName"_s, u"City Medical Center - Radiology Department"_s},
            {u"metadata"_s, QJsonObject {{u"department"_s, u"radiology"_s}, {u"region"_s, u"northeast"_s}}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
    const QJsonObject customer = reply.json();
    QVERIFY(QRegularExpression(u"^cus_[0-9a-f]{32}$"_s)
                .match(customer.value(u"expressCustomerId"_s).toString())
                .hasMatch());
    QCOMPARE(customer.value(u"expressCustomerName"_s).toString(), u"City Medical Center - Radiology Department"_s);
    QCOMPARE(customer.value(u"isActive"_s).toBool(false), true);
    QCOMPARE(customer.value(u"userCount"_s).toInt(-1), 0);
    QCOMPARE(customer.value(u"metadata"_s).toObject().value(u"region"_s).toString(), u"northeast"_s);
    const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    QVERIFY(iso.match(customer.value(u"createdAt"_s).toString()).hasMatch());
    QVERIFY(iso.match(customer.value(u"updatedAt"_s).toString()).hasMatch());
    const QString keyId = customer.value(u"createdByApiKeyId"_s).toString();
    QVERIFY(!QUuid::fromString(keyId).isNull());
    QCOMPARE(keyId, m_server->apiKeyId());
    QVERIFY(!reply.body.contains(m_server->apiKey().toUtf8())); // the answer names the key by its id only
    QVERIFY(!customer.contains(u"createdByUserId"_s));
    QCOMPARE(m_server->store().size(), 31);
}

void tst_SandboxApi::createWithNameOnlyOmitsMetadata()
{
    const HttpReply reply = m_client->post(u"/v1/express"_s, {{u"expressCustomerName"_s, u"Lakeside Imaging"_s}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(u"metadata"_s));
}

void tst_SandboxApi::retrieveReturnsTheStoredCustomer()
{
    const QString id = m_client->createCustomer(u"Riverside"_s, {{u"tier"_s, u"gold"_s}});
    const HttpReply reply = m_client->get(u"/v1/express/"_s + id);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), m_server->store().find(id)->toApiJson());
    QCOMPARE(reply.json().value(u"metadata"_s).toObject(), QJsonObject({{u"tier"_s, u"gold"_s}}));

    const HttpReply missing = m_client->get(u"/v1/express/"_s + Missing);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"error"_s).toString(), u"not_found"_s);
    QCOMPARE(missing.json().value(u"field"_s).toString(), u"expressCustomerId"_s);
}

void tst_SandboxApi::updateRenamesAndKeepsMetadata()
{
    const QString id = m_client->createCustomer(u"Old name"_s, {{u"region"_s, u"west"_s}});
    const HttpReply reply = m_client->patch(u"/v1/express/"_s + id, {{u"expressCustomerName"_s, u"New name"_s}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"expressCustomerName"_s).toString(), u"New name"_s);
    QCOMPARE(reply.json().value(u"metadata"_s).toObject(), QJsonObject({{u"region"_s, u"west"_s}}));
    QCOMPARE(m_server->store().find(id)->name, u"New name"_s);
}

void tst_SandboxApi::updateReplacesTheWholeMetadataMap()
{
    const QString id = m_client->createCustomer(u"Replace"_s, {{u"a"_s, u"1"_s}});
    QCOMPARE(m_client->patch(u"/v1/express/"_s + id, {{u"metadata"_s, QJsonObject {{u"b"_s, u"2"_s}}}}).status, 200);
    const HttpReply reply = m_client->get(u"/v1/express/"_s + id);
    QCOMPARE(reply.json().value(u"metadata"_s).toObject(), QJsonObject({{u"b"_s, u"2"_s}}));
    QCOMPARE(reply.json().value(u"expressCustomerName"_s).toString(), u"Replace"_s);
}

void tst_SandboxApi::updateWithNullMetadataClearsIt()
{
    const QString id = m_client->createCustomer(u"Clear"_s, {{u"a"_s, u"1"_s}});
    const HttpReply reply = m_client->patch(u"/v1/express/"_s + id, {{u"metadata"_s, QJsonValue::Null}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(u"metadata"_s));
    QVERIFY(!m_client->get(u"/v1/express/"_s + id).json().contains(u"metadata"_s));
    // An empty map is stored as given (present and empty), unlike null.
    const HttpReply empty = m_client->patch(u"/v1/express/"_s + id, {{u"metadata"_s, QJsonObject()}});
    QCOMPARE(empty.json().value(u"metadata"_s), QJsonValue(QJsonObject()));
}

void tst_SandboxApi::emptyUpdateChangesNothing()
{
    const QString id = m_client->createCustomer(u"Same"_s);
    const QJsonObject before = m_client->get(u"/v1/express/"_s + id).json();
    const HttpReply reply = m_client->patch(u"/v1/express/"_s + id, {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), before);
}

void tst_SandboxApi::updatedAtStrictlyIncreases()
{
    const QString id = m_client->createCustomer(u"Busy"_s);
    QDateTime previous = timestamp(m_client->get(u"/v1/express/"_s + id).json(), u"updatedAt"_s);
    QVERIFY(previous.isValid());
    for (int i = 0; i < 15; ++i) {
        const HttpReply reply =
            m_client->patch(u"/v1/express/"_s + id, {{u"expressCustomerName"_s, u"Busy %1"_s.arg(i)}});
        const QDateTime updated = timestamp(reply.json(), u"updatedAt"_s);
        QVERIFY2(updated > previous, qPrintable(reply.json().value(u"updatedAt"_s).toString()));
        QCOMPARE(timestamp(reply.json(), u"createdAt"_s) <= updated, true);
        previous = updated;
    }
}

void tst_SandboxApi::deactivateAndReactivateAreIdempotent()
{
    const QString id = m_client->createCustomer(u"Toggle"_s);
    const HttpReply off = m_client->send("POST", u"/v1/express/%1/deactivate"_s.arg(id));
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json().value(u"isActive"_s).toBool(true), false);
    const HttpReply offAgain = m_client->send("POST", u"/v1/express/%1/deactivate"_s.arg(id));
    QCOMPARE(offAgain.status, 200);
    QCOMPARE(offAgain.json(), off.json()); // no change, updatedAt included
    const HttpReply on = m_client->send("POST", u"/v1/express/%1/reactivate"_s.arg(id));
    QCOMPARE(on.status, 200);
    QCOMPARE(on.json().value(u"isActive"_s).toBool(false), true);
    QVERIFY(timestamp(on.json(), u"updatedAt"_s) > timestamp(off.json(), u"updatedAt"_s));
    QCOMPARE(m_client->send("POST", u"/v1/express/%1/reactivate"_s.arg(id)).json(), on.json());
    QCOMPARE(m_client->send("POST", u"/v1/express/%1/deactivate"_s.arg(Missing)).status, 404);
}

void tst_SandboxApi::usersAddAndRemoveFollowUserCount()
{
    const QString id = m_client->createCustomer(u"Members"_s);
    const QString path = u"/v1/express/%1/users"_s.arg(id);
    const HttpReply added = m_client->post(path, {{u"userId"_s, UserA}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json().value(u"success"_s).toBool(false), true);
    QVERIFY(!added.json().value(u"message"_s).toString().isEmpty());
    QCOMPARE(m_client->get(u"/v1/express/"_s + id).json().value(u"userCount"_s).toInt(), 1);
    QCOMPARE(m_client->post(path, {{u"userId"_s, UserA}}).status, 200); // already a member: no double count
    QCOMPARE(m_client->get(u"/v1/express/"_s + id).json().value(u"userCount"_s).toInt(), 1);
    QCOMPARE(m_client->post(path, {{u"userId"_s, UserB}}).status, 200);
    QCOMPARE(m_client->get(u"/v1/express/"_s + id).json().value(u"userCount"_s).toInt(), 2);

    const HttpReply removed = m_client->deleteWithBody(path, {{u"userId"_s, UserA}});
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json().value(u"success"_s).toBool(false), true);
    QCOMPARE(m_client->get(u"/v1/express/"_s + id).json().value(u"userCount"_s).toInt(), 1);
    QCOMPARE(m_server->requestLog().last()->method, "GET"_ba);

    const HttpReply notMember = m_client->deleteWithBody(path, {{u"userId"_s, UserA}});
    QCOMPARE(notMember.status, 404);
    QCOMPARE(notMember.json().value(u"field"_s).toString(), u"userId"_s);
    QCOMPARE(m_client->get(u"/v1/express/"_s + id).json().value(u"userCount"_s).toInt(), 1);
    QCOMPARE(m_server->store().find(id)->members, QSet<QString>({UserB}));
}

void tst_SandboxApi::addingAUserToAnInactiveCustomerConflicts()
{
    const QString id = m_client->createCustomer(u"Dormant"_s);
    QCOMPARE(m_client->send("POST", u"/v1/express/%1/deactivate"_s.arg(id)).status, 200);
    const HttpReply reply = m_client->post(u"/v1/express/%1/users"_s.arg(id), {{u"userId"_s, UserA}});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.header("X-Should-Retry"), "false"_ba);
    QCOMPARE(reply.json().value(u"error"_s).toString(), u"customer_inactive"_s);
    QCOMPARE(m_server->store().find(id)->members.size(), 0);
    // Removing stays possible on an inactive customer.
    QCOMPARE(m_client->send("POST", u"/v1/express/%1/reactivate"_s.arg(id)).status, 200);
    QCOMPARE(m_client->post(u"/v1/express/%1/users"_s.arg(id), {{u"userId"_s, UserA}}).status, 200);
    QCOMPARE(m_client->send("POST", u"/v1/express/%1/deactivate"_s.arg(id)).status, 200);
    QCOMPARE(m_client->deleteWithBody(u"/v1/express/%1/users"_s.arg(id), {{u"userId"_s, UserA}}).status, 200);
}

void tst_SandboxApi::invalidRequestsNameTheirField_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {id} is replaced by an existing customer's id
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QString create = u"/v1/express"_s;
    const QString item = u"/v1/express/{id}"_s;
    const QString users = u"/v1/express/{id}/users"_s;
    const auto named = [](const QJsonObject& metadata) {
        return json({{u"expressCustomerName"_s, u"Name"_s}, {u"metadata"_s, metadata}});
    };
    const QString key100(100, u'k');
    const QString key101(101, u'k');
    QString emoji1000;
    for (int i = 0; i < 1000; ++i)
        emoji1000 += u"\U0001F600"_s;

    QTest::addRow("create without a name is refused naming expressCustomerName")
        << "POST"_ba << create << json({}) << 422 << u"expressCustomerName"_s;
    QTest::addRow("create with an empty name")
        << "POST"_ba << create << json({{u"expressCustomerName"_s, u""_s}}) << 422 << u"expressCustomerName"_s;
    QTest::addRow("create with a whitespace-only name")
        << "POST"_ba << create << json({{u"expressCustomerName"_s, u" \t "_s}}) << 422 << u"expressCustomerName"_s;
    QTest::addRow("create with a numeric name")
        << "POST"_ba << create << json({{u"expressCustomerName"_s, 42}}) << 422 << u"expressCustomerName"_s;
    QTest::addRow("create with a null name")
        << "POST"_ba << create << json({{u"expressCustomerName"_s, QJsonValue::Null}}) << 422
        << u"expressCustomerName"_s;
    QTest::addRow("create with null metadata is refused (null clears only in PATCH)")
        << "POST"_ba << create << json({{u"expressCustomerName"_s, u"N"_s}, {u"metadata"_s, QJsonValue::Null}}) << 422
        << u"metadata"_s;
    QTest::addRow("create with array metadata")
        << "POST"_ba << create << json({{u"expressCustomerName"_s, u"N"_s}, {u"metadata"_s, QJsonArray {u"a"_s}}})
        << 422 << u"metadata"_s;
    QTest::addRow("create with 51 pairs is refused naming metadata")
        << "POST"_ba << create << named(manyPairs(51)) << 422 << u"metadata"_s;
    QTest::addRow("create with 50 pairs is accepted") << "POST"_ba << create << named(manyPairs(50)) << 200 << u""_s;
    QTest::addRow("create with a 101-character key names the key")
        << "POST"_ba << create << named({{key101, u"v"_s}}) << 422 << u"metadata."_s + key101;
    QTest::addRow("create with a 100-character key is accepted")
        << "POST"_ba << create << named({{key100, u"v"_s}}) << 200 << u""_s;
    QTest::addRow("create with a 1001-character value names the key")
        << "POST"_ba << create << named({{u"notes"_s, QString(1001, u'x')}}) << 422 << u"metadata.notes"_s;
    QTest::addRow("create with a 1000-character value is accepted")
        << "POST"_ba << create << named({{u"notes"_s, QString(1000, u'x')}}) << 200 << u""_s;
    QTest::addRow("1000 emoji (2000 UTF-16 units) count as 1000 characters")
        << "POST"_ba << create << named({{u"notes"_s, emoji1000}}) << 200 << u""_s;
    QTest::addRow("1001 emoji are refused")
        << "POST"_ba << create << named({{u"notes"_s, emoji1000 + u"\U0001F600"_s}}) << 422 << u"metadata.notes"_s;
    QTest::addRow("a numeric metadata value names its key")
        << "POST"_ba << create << named({{u"count"_s, 3}}) << 422 << u"metadata.count"_s;
    QTest::addRow("a nested metadata value names its key")
        << "POST"_ba << create << named({{u"nested"_s, QJsonObject {{u"a"_s, u"b"_s}}}}) << 422 << u"metadata.nested"_s;
    QTest::addRow("a null metadata value names its key")
        << "POST"_ba << create << named({{u"gone"_s, QJsonValue::Null}}) << 422 << u"metadata.gone"_s;
    QTest::addRow("an unknown field in create is refused by name")
        << "POST"_ba << create << json({{u"expressCustomerName"_s, u"N"_s}, {u"name"_s, u"typo"_s}}) << 422
        << u"name"_s;
    QTest::addRow("PATCH with 51 pairs is refused naming metadata")
        << "PATCH"_ba << item << json({{u"metadata"_s, manyPairs(51)}}) << 422 << u"metadata"_s;
    QTest::addRow("PATCH with a null name is refused")
        << "PATCH"_ba << item << json({{u"expressCustomerName"_s, QJsonValue::Null}}) << 422
        << u"expressCustomerName"_s;
    QTest::addRow("PATCH with an empty name is refused")
        << "PATCH"_ba << item << json({{u"expressCustomerName"_s, u""_s}}) << 422 << u"expressCustomerName"_s;
    QTest::addRow("PATCH with a boolean name is refused")
        << "PATCH"_ba << item << json({{u"expressCustomerName"_s, true}}) << 422 << u"expressCustomerName"_s;
    QTest::addRow("PATCH with string metadata is refused")
        << "PATCH"_ba << item << json({{u"metadata"_s, u"region=west"_s}}) << 422 << u"metadata"_s;
    QTest::addRow("PATCH with an unknown field is refused by name")
        << "PATCH"_ba << item << json({{u"isActive"_s, false}}) << 422 << u"isActive"_s;
    QTest::addRow("PATCH with a long value names the key")
        << "PATCH"_ba << item << json({{u"metadata"_s, QJsonObject {{u"region"_s, QString(1001, u'r')}}}}) << 422
        << u"metadata.region"_s;
    QTest::addRow("users add without userId") << "POST"_ba << users << json({}) << 422 << u"userId"_s;
    QTest::addRow("users add with uppercase hex in userId")
        << "POST"_ba << users << json({{u"userId"_s, u"usr_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s}}) << 422 << u"userId"_s;
    QTest::addRow("users add with a short userId")
        << "POST"_ba << users << json({{u"userId"_s, u"usr_123"_s}}) << 422 << u"userId"_s;
    QTest::addRow("users add with a numeric userId")
        << "POST"_ba << users << json({{u"userId"_s, 7}}) << 422 << u"userId"_s;
    QTest::addRow("users add with an extra field")
        << "POST"_ba << users << json({{u"userId"_s, UserA}, {u"role"_s, u"admin"_s}}) << 422 << u"role"_s;
    QTest::addRow("users remove with a bad userId")
        << "DELETE"_ba << users << json({{u"userId"_s, u"bob"_s}}) << 422 << u"userId"_s;
    QTest::addRow("users remove without a body") << "DELETE"_ba << users << QByteArray() << 415 << u""_s;
    QTest::addRow("a JSON array body is refused") << "POST"_ba << create << "[]"_ba << 400 << u""_s;
    QTest::addRow("a JSON string body is refused") << "PATCH"_ba << item << "\"name\""_ba << 400 << u""_s;
    QTest::addRow("malformed JSON is refused")
        << "POST"_ba << create << "{\"expressCustomerName\": "_ba << 400 << u""_s;
    QTest::addRow("trailing garbage after JSON is refused")
        << "POST"_ba << create << "{\"expressCustomerName\":\"a\"} x"_ba << 400 << u""_s;
    QTest::addRow("a malformed id in the path is refused naming expressCustomerId")
        << "GET"_ba << u"/v1/express/cus_XYZ"_s << QByteArray() << 422 << u"expressCustomerId"_s;
    QTest::addRow("an uppercase id is refused")
        << "POST"_ba << u"/v1/express/cus_ABCDEF0123456789ABCDEF0123456789/deactivate"_s << QByteArray() << 422
        << u"expressCustomerId"_s;
    QTest::addRow("PATCH of an unknown id is 404")
        << "PATCH"_ba << u"/v1/express/"_s + Missing << json({{u"expressCustomerName"_s, u"N"_s}}) << 404
        << u"expressCustomerId"_s;
    QTest::addRow("reactivate of an unknown id is 404")
        << "POST"_ba << u"/v1/express/%1/reactivate"_s.arg(Missing) << QByteArray() << 404 << u"expressCustomerId"_s;
    QTest::addRow("users add to an unknown id is 404") << "POST"_ba << u"/v1/express/%1/users"_s.arg(Missing)
                                                       << json({{u"userId"_s, UserA}}) << 404 << u"expressCustomerId"_s;
}

void tst_SandboxApi::invalidRequestsNameTheirField()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);

    const qsizetype before = m_server->store().size();
    const HttpReply reply = m_client->send(method, QString(path).replace(u"{id}"_s, firstId()), body);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.isJsonObject(), reply.body.constData());
    if (status == 200) {
        QCOMPARE(m_server->store().size(), before + (method == "POST" ? 1 : 0));
        return;
    }
    const QJsonObject error = reply.json();
    QVERIFY(!error.value(u"error"_s).toString().isEmpty());
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QCOMPARE(error.value(u"field"_s).toString(), field);
    QCOMPARE(m_server->store().size(), before);
}

void tst_SandboxApi::unauthorizedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("authorization"); // empty: no header at all
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::addRow("no Authorization header") << QByteArray() << "GET"_ba << u"/v1/express"_s;
    QTest::addRow("Basic instead of Bearer") << "Basic dXNlcjpwYXNz"_ba
                                             << "GET"_ba << u"/v1/express"_s;
    QTest::addRow("the key without a scheme") << "{key}"_ba
                                              << "GET"_ba << u"/v1/express"_s;
    QTest::addRow("Bearer without a key") << "Bearer"_ba
                                          << "GET"_ba << u"/v1/express"_s;
    QTest::addRow("a wrong key") << "Bearer sbx_00000000000000000000000000000000"_ba
                                 << "GET"_ba << u"/v1/express"_s;
    QTest::addRow("the key with a suffix") << "Bearer {key}x"_ba
                                           << "GET"_ba << u"/v1/express"_s;
    QTest::addRow("a prefix of the key") << "Bearer sbx_"_ba
                                         << "GET"_ba << u"/v1/express"_s;
    QTest::addRow("create with a wrong key creates nothing") << "Bearer nope"_ba
                                                             << "POST"_ba << u"/v1/express"_s;
    QTest::addRow("deactivate with a wrong key") << "Bearer nope"_ba
                                                 << "POST"_ba << u"/v1/express/{id}/deactivate"_s;
}

void tst_SandboxApi::unauthorizedRequestsAreRefused()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    SandboxTestClient::Options options;
    options.authorization = QByteArray(authorization).replace("{key}", m_server->apiKey().toUtf8());
    const qsizetype before = m_server->store().size();
    const bool wasActive = m_server->store().customers().first().active;
    const HttpReply reply = m_client->send(method, QString(path).replace(u"{id}"_s, firstId()),
        method == "POST" ? json({{u"expressCustomerName"_s, u"Intruder"_s}}) : QByteArray(), options);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(u"error"_s).toString(), u"unauthorized"_s);
    QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());
    QVERIFY(!reply.body.contains(m_server->apiKey().toUtf8()));
    QCOMPARE(m_server->store().size(), before);
    QCOMPARE(m_server->store().customers().first().active, wasActive);
}

void tst_SandboxApi::theBearerSchemeIsCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("scheme");
    QTest::addRow("Bearer") << "Bearer"_ba;
    QTest::addRow("bearer") << "bearer"_ba;
    QTest::addRow("BEARER") << "BEARER"_ba;
    QTest::addRow("BeArEr") << "BeArEr"_ba;
}

void tst_SandboxApi::theBearerSchemeIsCaseInsensitive()
{
    QFETCH(QByteArray, scheme);

    SandboxTestClient::Options options;
    options.authorization = scheme + ' ' + m_server->apiKey().toUtf8();
    const HttpReply reply = m_client->send("GET", u"/v1/express/"_s + firstId(), {}, options);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"expressCustomerId"_s).toString(), firstId());
}

void tst_SandboxApi::unknownPathsAndMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    QTest::addRow("an unknown version is 404") << "GET"_ba << u"/v2/express"_s << 404 << QByteArray();
    QTest::addRow("a near-miss collection is 404") << "GET"_ba << u"/v1/expresso"_s << 404 << QByteArray();
    QTest::addRow("a trailing slash is 404") << "GET"_ba << u"/v1/express/"_s << 404 << QByteArray();
    QTest::addRow("the root is 404") << "GET"_ba << u"/"_s << 404 << QByteArray();
    QTest::addRow("an unknown action is 404") << "POST"_ba << u"/v1/express/{id}/archive"_s << 404 << QByteArray();
    QTest::addRow("too deep a path is 404") << "GET"_ba << u"/v1/express/{id}/users/extra"_s << 404 << QByteArray();
    QTest::addRow("PUT on the collection is 405") << "PUT"_ba << u"/v1/express"_s << 405 << "GET, POST"_ba;
    QTest::addRow("DELETE on a customer is 405") << "DELETE"_ba << u"/v1/express/{id}"_s << 405 << "GET, PATCH"_ba;
    QTest::addRow("POST on a customer is 405") << "POST"_ba << u"/v1/express/{id}"_s << 405 << "GET, PATCH"_ba;
    QTest::addRow("GET on deactivate is 405") << "GET"_ba << u"/v1/express/{id}/deactivate"_s << 405 << "POST"_ba;
    QTest::addRow("PATCH on users is 405") << "PATCH"_ba << u"/v1/express/{id}/users"_s << 405 << "POST, DELETE"_ba;
    QTest::addRow("GET on users is 405") << "GET"_ba << u"/v1/express/{id}/users"_s << 405 << "POST, DELETE"_ba;
}

void tst_SandboxApi::unknownPathsAndMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    const HttpReply reply = m_client->send(method, QString(path).replace(u"{id}"_s, firstId()));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Allow"), allow);
    QVERIFY(reply.isJsonObject());
    QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());
}

void tst_SandboxApi::contentTypeIsChecked_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");

    QTest::addRow("text/plain on create is 415") << "POST"_ba << u"/v1/express"_s << "text/plain"_ba << 415;
    QTest::addRow("a form on PATCH is 415")
        << "PATCH"_ba << u"/v1/express/{id}"_s << "application/x-www-form-urlencoded"_ba << 415;
    QTest::addRow("application/xml on users add is 415")
        << "POST"_ba << u"/v1/express/{id}/users"_s << "application/xml"_ba << 415;
    QTest::addRow("a charset parameter is accepted")
        << "POST"_ba << u"/v1/express"_s << "application/json; charset=utf-8"_ba << 200;
    QTest::addRow("the media type is case-insensitive")
        << "PATCH"_ba << u"/v1/express/{id}"_s << "Application/JSON"_ba << 200;
}

void tst_SandboxApi::contentTypeIsChecked()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);

    SandboxTestClient::Options options;
    options.contentType = contentType;
    const QByteArray body =
        path.endsWith(u"users"_s) ? json({{u"userId"_s, UserA}}) : json({{u"expressCustomerName"_s, u"Typed"_s}});
    const HttpReply reply = m_client->send(method, QString(path).replace(u"{id}"_s, firstId()), body, options);
    QCOMPARE(reply.status, status);
    if (status == 415)
        QCOMPARE(reply.json().value(u"error"_s).toString(), u"unsupported_media_type"_s);
}

void tst_SandboxApi::bodyOverOneMebibyteIsRefused()
{
    // A valid JSON object just over 1 MiB.
    const QByteArray big = json({{u"expressCustomerName"_s, QString(1024 * 1024, u'x')}});
    const HttpReply reply = m_client->send("POST", u"/v1/express"_s, big);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json().value(u"error"_s).toString(), u"payload_too_large"_s);
    QCOMPARE(m_server->store().size(), 30);
    QCOMPARE(m_client->get(u"/v1/express?limit=1"_s).status, 200);
}

void tst_SandboxApi::listHasDefaultPageSize()
{
    const HttpReply first = m_client->get(u"/v1/express"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"expressCustomers"_s).toArray().size(), 20);
    QCOMPARE(first.json().value(u"hasMore"_s).toBool(false), true);
    const QString cursor = first.json().value(u"cursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    const HttpReply second = m_client->get(u"/v1/express?cursor="_s + cursor);
    QCOMPARE(second.json().value(u"expressCustomers"_s).toArray().size(), 10);
    QCOMPARE(second.json().value(u"hasMore"_s).toBool(true), false);
    QVERIFY(!second.json().contains(u"cursor"_s));
}

void tst_SandboxApi::requestRecordRedactsAuthorization()
{
    m_server->requestLog().clear();
    const QString id = firstId();
    const QByteArray body = json({{u"expressCustomerName"_s, u"Recorded"_s}});
    QVERIFY(m_server->addFault(u"latency=40,method=PATCH,count=1"_s));
    QCOMPARE(m_client->send("PATCH", u"/v1/express/"_s + id, body).status, 200);
    QCOMPARE(m_client->get(u"/v1/express?limit=5"_s).status, 200);

    const QList<RequestRecord> records = m_server->requestLog().records();
    QCOMPARE(records.size(), 2);
    const RequestRecord& patch = records.first();
    QCOMPARE(patch.method, "PATCH"_ba);
    QCOMPARE(patch.path, u"/v1/express/"_s + id);
    QCOMPARE(patch.body, body);
    QCOMPARE(patch.jsonBody().keys(), QStringList {u"expressCustomerName"_s}); // the PATCH held only the name
    QCOMPARE(patch.status, 200);
    QVERIFY2(patch.durationMs >= 40, qPrintable(QString::number(patch.durationMs))); // delayed by the fault
    QCOMPARE(patch.header("authorization"), "Bearer [redacted]"_ba);
    QCOMPARE(patch.header("Content-Type"), "application/json"_ba);
    QCOMPARE(records.last().query, u"limit=5"_s);
    const QByteArray key = m_server->apiKey().toUtf8();
    for (const RequestRecord& record : records) {
        for (const auto& [name, value] : record.headers)
            QVERIFY2(!value.contains(key), name.constData());
    }
    m_server->requestLog().clear();
    QCOMPARE(m_server->requestLog().size(), 0);
    QVERIFY(!m_server->requestLog().last());
}

void tst_SandboxApi::requestLogRedactsEveryHeaderOutsideItsAllowList()
{
    SandboxTestClient::Options options;
    options.headers = {{"X-Tenant-Token"_ba, "tenant-secret-1"_ba}, {"Idempotency-Key"_ba, "idem-1"_ba},
        {"x-stainless-retry-count"_ba, "0"_ba}, {"Cookie"_ba, "session=cookie-secret"_ba},
        {"User-Agent"_ba, "tst_sandboxapi/1"_ba}};
    QCOMPARE(m_client->send("GET", u"/v1/express?limit=1"_s, {}, options).status, 200);
    RequestRecord record = *m_server->requestLog().last();
    QCOMPARE(record.header("X-Tenant-Token"), "[redacted]"_ba);
    QCOMPARE(record.header("Cookie"), "[redacted]"_ba);
    QCOMPARE(record.header("Authorization"), "Bearer [redacted]"_ba);
    QCOMPARE(record.header("Idempotency-Key"), "idem-1"_ba);
    QCOMPARE(record.header("x-stainless-retry-count"), "0"_ba);
    QCOMPARE(record.header("User-Agent"), "tst_sandboxapi/1"_ba);
    const HttpReply served = m_client->get(u"/_sandbox/requests"_s);
    QCOMPARE(served.status, 200);
    QVERIFY(!served.body.contains("tenant-secret-1"));
    QVERIFY(!served.body.contains("cookie-secret"));
    QVERIFY(served.body.contains("idem-1"));

    // A test may ask to see a header of its own; credentials stay redacted whatever it asks.
    m_server->requestLog().showHeaderValues({"x-tenant-token"_ba, "Cookie"_ba, "Authorization"_ba});
    QCOMPARE(m_client->send("GET", u"/v1/express?limit=1"_s, {}, options).status, 200);
    record = *m_server->requestLog().last();
    QCOMPARE(record.header("X-Tenant-Token"), "tenant-secret-1"_ba);
    QCOMPARE(record.header("Cookie"), "[redacted]"_ba);
    QCOMPARE(record.header("Authorization"), "Bearer [redacted]"_ba);
}

void tst_SandboxApi::requestLogIsBoundedInBytes()
{
    // Bodies just under the 1 MiB limit, authorized, so each is kept: the log holds about its byte budget.
    const QByteArray body =
        "{\"expressCustomerName\":\""_ba + QByteArray(ExpressApi::MaxBodyBytes - 100, 'n') + "\"}"_ba;
    const int sent = 3 * static_cast<int>(RequestLog::DefaultByteBudget / ExpressApi::MaxBodyBytes);
    for (int i = 0; i < sent; ++i)
        QCOMPARE(m_client->send("POST", u"/v1/express"_s, body).status, 200);
    const RequestLog& log = m_server->requestLog();
    QVERIFY2(log.size() < sent, qPrintable(QString::number(log.size())));
    QVERIFY(log.size() >= 2);
    QVERIFY(log.bytes() <= log.byteBudget());
    qsizetype kept = 0;
    for (const RequestRecord& record : log.records())
        kept += record.body.size();
    QVERIFY2(kept <= RequestLog::DefaultByteBudget, qPrintable(QString::number(kept)));
    QCOMPARE(log.last()->body, body); // the newest stays

    // The same count of tiny requests is limited by the count alone.
    RequestLog small(5, 1024 * 1024);
    for (int i = 0; i < 8; ++i)
        small.append(RequestRecord {});
    QCOMPARE(small.size(), 5);
    RequestLog tight(1000, 10'000);
    for (int i = 0; i < 10; ++i) {
        RequestRecord record;
        record.body = QByteArray(3000, 'b');
        tight.append(record);
    }
    QCOMPARE(tight.size(), 3);
    QVERIFY(tight.bytes() <= 10'000);
    tight.clear();
    QCOMPARE(tight.bytes(), 0);
}

void tst_SandboxApi::requestLogKeepsNoBodyOfAnUnauthorizedRequest()
{
    const QByteArray body = json({{u"expressCustomerName"_s, QString(500 * 1024, u'x')}});
    SandboxTestClient::Options wrongKey;
    wrongKey.authorization = "Bearer sbx_not_the_key"_ba;
    for (int i = 0; i < 20; ++i)
        QCOMPARE(m_client->send("POST", u"/v1/express"_s, body, wrongKey).status, 401);
    const QList<RequestRecord> records = m_server->requestLog().records();
    QCOMPARE(records.size(), 20);
    for (const RequestRecord& record : records) {
        QCOMPARE(record.status, 401);
        QVERIFY(record.body.isEmpty());
        QCOMPARE(record.bodyBytes, body.size());
    }
    QVERIFY(m_server->requestLog().bytes() < 64 * 1024);
    const QJsonObject served =
        m_client->get(u"/_sandbox/requests"_s).json().value(u"requests"_s).toArray().first().toObject();
    QCOMPARE(served.value(u"body"_s).toString(), QString());
    QCOMPARE(served.value(u"bodyBytes"_s).toInteger(), body.size());
}

void tst_SandboxApi::requestLogServesDurations()
{
    QVERIFY(m_server->addFault(u"latency=60,path=/v1/express,count=1"_s));
    QCOMPARE(m_client->get(u"/v1/express?limit=1"_s).status, 200);
    QCOMPARE(m_client->get(u"/v1/express/"_s + firstId()).status, 200);
    const QJsonArray served = m_client->get(u"/_sandbox/requests"_s).json().value(u"requests"_s).toArray();
    QCOMPARE(served.size(), 2);
    const QJsonValue delayed = served.at(0).toObject().value(u"durationMs"_s);
    QVERIFY2(delayed.isDouble() && delayed.toInteger() >= 60, qPrintable(QString::number(delayed.toInteger(-1))));
    QCOMPARE(delayed.toInteger(), m_server->requestLog().records().first().durationMs);
    const QJsonValue quick = served.at(1).toObject().value(u"durationMs"_s);
    QVERIFY(quick.isDouble() && quick.toInteger() >= 0);
}

void tst_SandboxApi::logLinesNeverShowTheKey()
{
    QLoggingCategory::setFilterRules(u"expressadmin.sandbox.info=true"_s);
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const QString key = m_server->apiKey();
    m_client->get(u"/v1/express?limit=2&api_key="_s + key);
    m_client->patch(u"/v1/express/"_s + firstId(), {{u"expressCustomerName"_s, key}});
    SandboxTestClient::Options wrong;
    wrong.authorization = "Bearer "_ba + key.toUtf8() + "-wrong";
    m_client->send("GET", u"/v1/express"_s, {}, wrong);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(u"expressadmin.sandbox.info=false"_s);

    QCOMPARE(capturedMessages.size(), 3);
    QVERIFY2(capturedMessages.at(0).startsWith(u"GET /v1/express 200 "_s), qPrintable(capturedMessages.at(0)));
    QVERIFY(capturedMessages.at(0).endsWith(u" ms"_s));
    QVERIFY(capturedMessages.at(1).startsWith(u"PATCH /v1/express/cus_"_s));
    QVERIFY(capturedMessages.at(2).startsWith(u"GET /v1/express 401 "_s));
    for (const QString& message : std::as_const(capturedMessages))
        QVERIFY2(!message.contains(key), qPrintable(message));
}

void tst_SandboxApi::controlEndpointInjectsFaults()
{
    const HttpReply added = m_client->post(u"/_sandbox/faults"_s, {{u"spec"_s, u"status=503,count=1"_s}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json().value(u"faults"_s).toArray().size(), 1);
    QCOMPARE(m_client->get(u"/v1/express"_s).status, 503);
    QCOMPARE(m_client->get(u"/v1/express"_s).status, 200);

    QCOMPARE(m_client->post(u"/_sandbox/faults"_s, {{u"spec"_s, u"latency=1"_s}}).status, 200);
    QCOMPARE(m_server->faults().faults().size(), 1);
    const HttpReply cleared = m_client->send("DELETE", u"/_sandbox/faults"_s);
    QCOMPARE(cleared.status, 200);
    QVERIFY(m_server->faults().isEmpty());

    const HttpReply invalid = m_client->post(u"/_sandbox/faults"_s, {{u"spec"_s, u"status=abc"_s}});
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.json().value(u"field"_s).toString(), u"spec"_s);
    SandboxTestClient::Options anonymous;
    anonymous.authorization = QByteArray();
    QCOMPARE(m_client->send("POST", u"/_sandbox/faults"_s, json({{u"spec"_s, u"hang"_s}}), anonymous).status, 401);
    QVERIFY(m_server->faults().isEmpty());

    const HttpReply requests = m_client->get(u"/_sandbox/requests"_s);
    QCOMPARE(requests.status, 200);
    const QJsonArray list = requests.json().value(u"requests"_s).toArray();
    QCOMPARE(list.size(), 2); // control requests are not recorded
    QCOMPARE(list.first().toObject().value(u"status"_s).toInt(), 503);
    QVERIFY(!requests.body.contains(m_server->apiKey().toUtf8()));
}

void tst_SandboxApi::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->baseUrl().toString(), u"http://127.0.0.1:%1"_s.arg(m_server->port()));
    QVERIFY(m_server->port() != 0);
    SandboxServer other;
    QVERIFY(!other.start(QHostAddress(QHostAddress::Any), 0));
    QVERIFY(other.errorString().contains(u"loopback"_s));
    QVERIFY(!other.start(QHostAddress(u"192.168.1.10"_s), 0));
    QVERIFY(!other.isListening());
    QVERIFY(other.start(QHostAddress(QHostAddress::LocalHost), 0));
    QVERIFY(other.port() != m_server->port());
    QVERIFY(!other.start(0)); // already listening
    QVERIFY(other.apiKey().startsWith(u"sbx_"_s));
    QVERIFY(other.apiKey() != m_server->apiKey());
}

QTEST_GUILESS_MAIN(tst_SandboxApi)
#include "tst_sandboxapi.moc"
