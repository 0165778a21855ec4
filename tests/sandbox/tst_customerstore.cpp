// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The seed and the data file: deterministic demo data, persistence across restarts, and a
// corrupt file that is reported and never overwritten.

#include "sandbox/RequestValidation.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Sandbox;

using namespace Qt::Literals::StringLiterals;

namespace {

const QString UserA = u"usr_0123456789abcdef0123456789abcdef"_s;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

QJsonArray apiJson(const QList<CustomerRecord>& customers)
{
    QJsonArray array;
    for (const CustomerRecord& record : customers)
        array.append(record.toApiJson());
    return array;
}

} // namespace

class tst_CustomerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedIsDeterministicAndRealistic();
    void seedFollowsTheContract_data();
    void seedFollowsTheContract();
    void persistsAcrossARestart();
    void aMissingFileIsWrittenFromTheSeed();
    void aCorruptFileIsReportedAndLeftUntouched_data();
    void aCorruptFileIsReportedAndLeftUntouched();
    void aDirectoryIsNotADataFile();
    void anUnwritableLocationIsReported();
};

void tst_CustomerStore::seedIsDeterministicAndRealistic()
{
    const QList<CustomerRecord> first = SandboxSeed::generate(7);
    QCOMPARE(first.size(), SandboxSeed::DefaultCount);
    QCOMPARE(apiJson(SandboxSeed::generate(7)), apiJson(first));
    QVERIFY(apiJson(SandboxSeed::generate(8)) != apiJson(first));
    QCOMPARE(SandboxSeed::generate(7, 3).size(), 3);

    int inactive = 0, nullUpdated = 0, byKey = 0, byUser = 0, withMembers = 0, withoutMetadata = 0;
    QSet<QString> ids;
    for (const CustomerRecord& record : first) {
        ids.insert(record.id);
        inactive += record.active ? 0 : 1;
        nullUpdated += record.updatedAt.isValid() ? 0 : 1;
        byKey += record.createdByApiKeyId.isEmpty() ? 0 : 1;
        byUser += record.createdByUserId.isEmpty() ? 0 : 1;
        withMembers += record.members.isEmpty() ? 0 : 1;
        withoutMetadata += record.metadata ? 0 : 1;
        QVERIFY(record.createdAt.isValid());
        QVERIFY(record.createdAt < QDateTime::currentDateTimeUtc());
    }
    QCOMPARE(ids.size(), first.size());
    QVERIFY(inactive > 0 && inactive < first.size());
    QVERIFY(nullUpdated > 0);
    QVERIFY(byKey > 0 && byUser > 0);
    QVERIFY(withMembers > 0);
    QVERIFY(withoutMetadata < first.size());
}

void tst_CustomerStore::seedFollowsTheContract_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addRow("seed 1") << 1u;
    QTest::addRow("seed 2") << 2u;
    QTest::addRow("seed 99") << 99u;
    QTest::addRow("seed 2^31 (negative as int)") << 2147483648u;
    QTest::addRow("seed 2^32 - 1 (the largest --seed)") << 4294967295u;
}

void tst_CustomerStore::seedFollowsTheContract()
{
    QFETCH(quint32, seed);
    QDateTime previous;
    for (const CustomerRecord& record : SandboxSeed::generate(seed)) {
        QVERIFY(RequestValidation::isCustomerId(record.id));
        QVERIFY(!record.name.trimmed().isEmpty());
        QVERIFY(record.createdAt > previous); // creation order is chronological
        previous = record.createdAt;
        if (record.updatedAt.isValid())
            QVERIFY(record.updatedAt >= record.createdAt);
        if (!record.createdByApiKeyId.isEmpty())
            QVERIFY(!QUuid::fromString(record.createdByApiKeyId).isNull());
        for (const QString& member : record.members)
            QVERIFY(RequestValidation::isUserId(member));
        if (record.metadata) {
            QJsonObject metadata;
            for (auto it = record.metadata->cbegin(); it != record.metadata->cend(); ++it)
                metadata.insert(it.key(), it.value());
            QVERIFY(!RequestValidation::checkMetadata(metadata));
            // The department is the one in the name, without the " (site N)" of a repeated institution.
            const QString department = record.metadata->value(u"department"_s);
            QVERIFY2(!department.contains(u"(site"_s), qPrintable(department));
            if (!department.isEmpty())
                QVERIFY2(record.name.toLower().contains(u" - "_s + department), qPrintable(record.name));
        }
        const QJsonObject json = record.toApiJson();
        QCOMPARE(json.value(u"userCount"_s).toInt(), record.members.size());
        QVERIFY(json.contains(u"updatedAt"_s)); // always present, possibly null
    }
}

void tst_CustomerStore::persistsAcrossARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"customers.json"_s);
    QJsonArray before;
    QString id;
    {
        SandboxServer server;
        server.store().reset(SandboxSeed::generate(4));
        QString error;
        QVERIFY2(server.store().attachFile(path, &error), qPrintable(error));
        QVERIFY(server.start());
        SandboxTestClient client(server.baseUrl(), server.apiKey());
        id = client.createCustomer(u"Persisted"_s, {{u"region"_s, u"west"_s}});
        QVERIFY(!id.isEmpty());
        QCOMPARE(
            client.patch(u"/v1/express/"_s + id, {{u"metadata"_s, QJsonObject {{u"tier"_s, u"gold"_s}}}}).status, 200);
        QCOMPARE(client.post(u"/v1/express/%1/users"_s.arg(id), {{u"userId"_s, UserA}}).status, 200);
        const QString seeded = server.store().customers().first().id;
        QCOMPARE(client.send("POST", u"/v1/express/%1/deactivate"_s.arg(seeded)).status, 200);
        QCOMPARE(client.patch(u"/v1/express/"_s + seeded, {{u"metadata"_s, QJsonValue::Null}}).status, 200);
        before = apiJson(server.store().customers());
        // Every change is on disk already, as valid JSON.
        QVERIFY(QJsonDocument::fromJson(readAll(path)).isObject());
    }
    SandboxServer restarted;
    restarted.store().reset(SandboxSeed::generate(5)); // the file wins over a seed
    QString error;
    QVERIFY2(restarted.store().attachFile(path, &error), qPrintable(error));
    QCOMPARE(apiJson(restarted.store().customers()), before);
    QCOMPARE(restarted.store().find(id)->members, QSet<QString>({UserA}));
    QVERIFY(restarted.start());
    SandboxTestClient client(restarted.baseUrl(), restarted.apiKey());
    const HttpReply reply = client.get(u"/v1/express?limit=100"_s);
    QCOMPARE(reply.json().value(u"expressCustomers"_s).toArray(), before); // same order too
    // Timestamps keep increasing after a reload.
    const QDateTime lastUpdate = restarted.store().find(id)->updatedAt;
    const HttpReply patched = client.patch(u"/v1/express/"_s + id, {{u"expressCustomerName"_s, u"Again"_s}});
    QVERIFY(QDateTime::fromString(patched.json().value(u"updatedAt"_s).toString(), Qt::ISODateWithMs) > lastUpdate);
}

void tst_CustomerStore::aMissingFileIsWrittenFromTheSeed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.json"_s);
    CustomerStore store;
    store.reset(SandboxSeed::generate(3));
    QString error;
    QVERIFY(store.attachFile(path, &error));
    QCOMPARE(store.filePath(), path);
    QVERIFY(QFile::exists(path));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"express-sandbox-data"_s);
    QCOMPARE(root.value(u"customers"_s).toArray().size(), 30);

    CustomerStore empty;
    QVERIFY(empty.attachFile(dir.filePath(u"empty.json"_s), &error));
    CustomerStore reloaded;
    QVERIFY(reloaded.attachFile(dir.filePath(u"empty.json"_s), &error));
    QCOMPARE(reloaded.size(), 0);
}

void tst_CustomerStore::aCorruptFileIsReportedAndLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    const auto file = [](const QJsonArray& customers) {
        return QJsonDocument(
            QJsonObject {{u"format"_s, u"express-sandbox-data"_s}, {u"version"_s, 1}, {u"customers"_s, customers}})
            .toJson();
    };
    QJsonObject good = SandboxSeed::generate(1, 1).first().toStorageJson();
    QJsonObject badId = good;
    badId.insert(u"expressCustomerId"_s, u"cus_nothex"_s);
    QJsonObject badValue = good;
    badValue.insert(u"metadata"_s, QJsonObject {{u"n"_s, 1}});
    QJsonObject badTime = good;
    badTime.insert(u"createdAt"_s, u"yesterday"_s);
    QJsonObject blankName = good;
    blankName.insert(u"expressCustomerName"_s, u"   "_s);
    QJsonObject emptyName = good;
    emptyName.insert(u"expressCustomerName"_s, u""_s);
    QJsonObject numericName = good;
    numericName.insert(u"expressCustomerName"_s, 42);

    QTest::addRow("not JSON") << "{\"format\": \"express-sandbox-data\", "_ba << u"not valid JSON"_s;
    QTest::addRow("an empty file") << QByteArray() << u"not valid JSON"_s;
    QTest::addRow("a JSON array") << "[]"_ba << u"not an express-sandbox data file"_s;
    QTest::addRow("another program's JSON") << "{\"name\": \"x\"}"_ba << u"not an express-sandbox data file"_s;
    QTest::addRow("a future version") << QByteArray(file({})).replace("\"version\": 1", "\"version\": 9")
                                      << u"unsupported version"_s;
    QTest::addRow("a customer with a bad id") << file({good, badId}) << u"customers[1]"_s;
    QTest::addRow("a numeric metadata value") << file({badValue}) << u"metadata.n"_s;
    QTest::addRow("a bad timestamp") << file({badTime}) << u"createdAt"_s;
    QTest::addRow("a whitespace-only name (the API refuses it)")
        << file({blankName}) << u"expressCustomerName: expressCustomerName must not be only whitespace"_s;
    QTest::addRow("an empty name") << file({emptyName}) << u"expressCustomerName"_s;
    QTest::addRow("a numeric name") << file({numericName}) << u"expressCustomerName"_s;
    QTest::addRow("a duplicate id") << file({good, good}) << u"duplicate"_s;
}

void tst_CustomerStore::aCorruptFileIsReportedAndLeftUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"corrupt.json"_s);
    writeAll(path, content);
    CustomerStore store;
    store.reset(SandboxSeed::generate(1));
    QString error;
    QVERIFY(!store.attachFile(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(store.size(), 30); // the state is not replaced
    QVERIFY(store.filePath().isEmpty());
    CustomerPatch input;
    input.name = u"After"_s;
    store.create(input, {}); // a later change does not write the file either
    QCOMPARE(readAll(path), content);
}

void tst_CustomerStore::aDirectoryIsNotADataFile()
{
    QTemporaryDir dir;
    CustomerStore store;
    QString error;
    QVERIFY(!store.attachFile(dir.path(), &error));
    QVERIFY(error.contains(dir.path()));
}

void tst_CustomerStore::anUnwritableLocationIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/dir/data.json"_s);
    CustomerStore store;
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot be written"_s));
    QVERIFY(!store.attachFile(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(store.filePath().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CustomerStore)
#include "tst_customerstore.moc"
