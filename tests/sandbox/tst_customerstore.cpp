// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The seed, the database and the JSON data file: deterministic demo data, persistence across
// restarts, import of the JSON format and export back to it, a corrupt file that is reported and
// never overwritten, and a change that cannot be written that is refused, not kept in memory.

#include "sandbox/RequestValidation.h"
#include "sandbox/SandboxDataFile.h"
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

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/resource.h>

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
    void aNewDatabaseIsWrittenFromTheSeed();
    void importReadsTheJsonFormat();
    void importReplacesAnExistingDatabase();
    void exportRoundTrips();
    void aCorruptFileIsReportedAndLeftUntouched_data();
    void aCorruptFileIsReportedAndLeftUntouched();
    void aFileThatIsNoDatabaseIsRefusedAndLeftUntouched();
    void aDirectoryIsNotADataFile();
    void anUnwritableLocationIsReported();
    void aChangeThatCannotBeWrittenIsRefused();
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
    const QString path = dir.filePath(u"customers.sqlite"_s);
    QJsonArray before;
    QString id;
    {
        SandboxServer server;
        server.store().reset(SandboxSeed::generate(4));
        QString error;
        QVERIFY2(server.store().attachDatabase(path, &error), qPrintable(error));
        QCOMPARE(server.store().databasePath(), path);
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
    }
    SandboxServer restarted;
    restarted.store().reset(SandboxSeed::generate(5)); // the database wins over a seed
    QString error;
    QVERIFY2(restarted.store().attachDatabase(path, &error), qPrintable(error));
    QCOMPARE(apiJson(restarted.store().customers()), before);
    QCOMPARE(restarted.store().find(id)->members, QSet<QString>({UserA}));
    QVERIFY(restarted.start());
    SandboxTestClient client(restarted.baseUrl(), restarted.apiKey());
    const HttpReply reply = client.get(u"/v1/express?limit=100"_s);
    QCOMPARE(reply.json().value(u"expressCustomers"_s).toArray(), before); // same order too
    // Timestamps keep increasing after a reload, and a customer created now comes last.
    const QDateTime lastUpdate = restarted.store().find(id)->updatedAt;
    const HttpReply patched = client.patch(u"/v1/express/"_s + id, {{u"expressCustomerName"_s, u"Again"_s}});
    QVERIFY(QDateTime::fromString(patched.json().value(u"updatedAt"_s).toString(), Qt::ISODateWithMs) > lastUpdate);
    const QString last = client.createCustomer(u"Newest"_s, {});
    const QJsonArray all = client.get(u"/v1/express?limit=100"_s).json().value(u"expressCustomers"_s).toArray();
    QCOMPARE(all.size(), before.size() + 1);
    QCOMPARE(all.last().toObject().value(u"expressCustomerId"_s).toString(), last);
}

void tst_CustomerStore::aNewDatabaseIsWrittenFromTheSeed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    {
        CustomerStore store;
        store.reset(SandboxSeed::generate(3));
        QString error;
        QVERIFY2(store.attachDatabase(path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
    }
    CustomerStore reloaded;
    QString error;
    QVERIFY2(reloaded.attachDatabase(path, &error), qPrintable(error));
    QCOMPARE(apiJson(reloaded.customers()), apiJson(SandboxSeed::generate(3)));

    {
        CustomerStore empty;
        QVERIFY(empty.attachDatabase(dir.filePath(u"empty.sqlite"_s), &error));
    }
    CustomerStore emptyAgain;
    emptyAgain.reset(SandboxSeed::generate(3));
    QVERIFY(emptyAgain.attachDatabase(dir.filePath(u"empty.sqlite"_s), &error));
    QCOMPARE(emptyAgain.size(), 0); // a database with no customers wins over a seed too
}

void tst_CustomerStore::importReadsTheJsonFormat()
{
    // A data file as earlier versions wrote it with --data (format 1), byte for byte.
    const QByteArray v1 = R"({
    "customers": [
        {
            "createdAt": "2024-01-08T15:12:09.117Z",
            "createdByApiKeyId": "6f1d1c52-33a4-4b1e-9a43-0d7b7a2b9c11",
            "expressCustomerId": "cus_0123456789abcdef0123456789abcdef",
            "expressCustomerName": "City Medical Center - Cardiology",
            "isActive": true,
            "members": [
                "usr_0123456789abcdef0123456789abcdef",
                "usr_fedcba9876543210fedcba9876543210"
            ],
            "metadata": {
                "contractTier": "premium",
                "region": "emea"
            },
            "updatedAt": null
        },
        {
            "createdAt": "2024-01-09T08:00:00.000Z",
            "createdByUserId": "usr_fedcba9876543210fedcba9876543210",
            "expressCustomerId": "cus_fedcba9876543210fedcba9876543210",
            "expressCustomerName": "Klinikum Nordstadt",
            "isActive": false,
            "members": [
            ],
            "updatedAt": "2024-02-01T10:30:00.250Z"
        }
    ],
    "format": "express-sandbox-data",
    "version": 1
}
)";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.json"_s);
    writeAll(path, v1);
    QString error;
    const auto customers = SandboxDataFile::read(path, &error);
    QVERIFY2(customers, qPrintable(error));
    QCOMPARE(customers->size(), 2);
    const CustomerRecord& first = customers->at(0);
    QCOMPARE(first.id, u"cus_0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(first.members.size(), 2);
    QCOMPARE(first.metadata->value(u"region"_s), u"emea"_s);
    QVERIFY(!first.updatedAt.isValid());
    QVERIFY(!customers->at(1).active);
    QVERIFY(!customers->at(1).metadata.has_value());
    QCOMPARE(customers->at(1).createdByUserId, u"usr_fedcba9876543210fedcba9876543210"_s);

    // Imported into a database, it survives a restart; the JSON file is only read.
    const QString database = dir.filePath(u"imported.sqlite"_s);
    {
        CustomerStore store;
        QVERIFY(store.reset(*customers));
        QVERIFY2(store.attachDatabase(database, &error), qPrintable(error));
    }
    CustomerStore reloaded;
    QVERIFY2(reloaded.attachDatabase(database, &error), qPrintable(error));
    QCOMPARE(apiJson(reloaded.customers()), apiJson(*customers));
    QCOMPARE(readAll(path), v1);
    // Written back, it is the same file.
    const QString exported = dir.filePath(u"exported.json"_s);
    QVERIFY2(SandboxDataFile::write(exported, reloaded.customers(), &error), qPrintable(error));
    QCOMPARE(readAll(exported), v1);
}

void tst_CustomerStore::importReplacesAnExistingDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    QString error;
    {
        CustomerStore store;
        store.reset(SandboxSeed::generate(1));
        QVERIFY(store.attachDatabase(path, &error));
    }
    {
        CustomerStore store;
        store.reset(SandboxSeed::generate(2, 4));
        QVERIFY2(store.attachDatabase(path, &error, CustomerStore::Attach::ReplaceExisting), qPrintable(error));
        QCOMPARE(store.size(), 4);
    }
    CustomerStore reloaded;
    QVERIFY(reloaded.attachDatabase(path, &error));
    QCOMPARE(apiJson(reloaded.customers()), apiJson(SandboxSeed::generate(2, 4)));
}

void tst_CustomerStore::exportRoundTrips()
{
    QTemporaryDir dir;
    CustomerStore store;
    store.reset(SandboxSeed::generate(6));
    QString error;
    QVERIFY(store.attachDatabase(dir.filePath(u"db.sqlite"_s), &error));
    CustomerPatch patch;
    patch.name = u"Ünïcode 🏥"_s;
    patch.hasMetadata = true;
    patch.metadata = QMap<QString, QString> {{u""_s, u"empty key"_s}, {u"k"_s, QString(1000, u'x')}};
    const QString id = store.customers().at(3).id;
    QVERIFY(store.update(id, patch).ok());
    QVERIFY(store.setActive(id, true).ok());
    QVERIFY(store.addUser(id, UserA).ok());
    QVERIFY(store.setActive(store.customers().at(4).id, false).ok());

    const QString path = dir.filePath(u"export.json"_s);
    QVERIFY2(SandboxDataFile::write(path, store.customers(), &error), qPrintable(error));
    const auto back = SandboxDataFile::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(apiJson(*back), apiJson(store.customers()));
    for (qsizetype i = 0; i < back->size(); ++i)
        QCOMPARE(back->at(i).members, store.customers().at(i).members);
    QCOMPARE(back->at(3).name, u"Ünïcode 🏥"_s);
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
    QString error;
    QVERIFY(!SandboxDataFile::read(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(readAll(path), content);
}

void tst_CustomerStore::aFileThatIsNoDatabaseIsRefusedAndLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"customers.json"_s);
    QString error;
    QVERIFY(SandboxDataFile::write(path, SandboxSeed::generate(1, 2), &error));
    const QByteArray content = readAll(path);
    CustomerStore store;
    store.reset(SandboxSeed::generate(1));
    QVERIFY(!store.attachDatabase(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"not an SQLite database"_s), qPrintable(error));
    QCOMPARE(store.size(), 30); // the state is not replaced
    QVERIFY(store.databasePath().isEmpty());
    CustomerPatch input;
    input.name = u"After"_s;
    QVERIFY(store.create(input, {}).ok()); // a later change does not write the file either
    QCOMPARE(readAll(path), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"customers.json"_s});
}

void tst_CustomerStore::aDirectoryIsNotADataFile()
{
    QTemporaryDir dir;
    CustomerStore store;
    QString error;
    QVERIFY(!store.attachDatabase(dir.path(), &error));
    QVERIFY(error.contains(dir.path()));
    QVERIFY(!SandboxDataFile::read(dir.path(), &error));
    QVERIFY(error.contains(u"not a regular file"_s));
}

void tst_CustomerStore::anUnwritableLocationIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/dir/data.sqlite"_s);
    CustomerStore store;
    QString error;
    QVERIFY(!store.attachDatabase(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(store.databasePath().isEmpty());
    QVERIFY(!SandboxDataFile::write(path, {}, &error));
    QVERIFY2(error.contains(u"cannot be written"_s), qPrintable(error));
}

void tst_CustomerStore::aChangeThatCannotBeWrittenIsRefused()
{
    // A file-size limit of 0 bytes makes every write to a file fail (EFBIG) as a full disk does, for root too and
    // on any file system; with SIGXFSZ ignored the write returns an error instead of ending the process.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    auto server = std::make_unique<SandboxServer>();
    server->store().reset(SandboxSeed::generate(2, 5));
    QString error;
    QVERIFY2(server->store().attachDatabase(path, &error), qPrintable(error));
    QVERIFY(server->start());
    SandboxTestClient client(server->baseUrl(), server->apiKey());
    const QList<CustomerRecord> seeded = server->store().customers();
    const CustomerRecord before =
        *std::find_if(seeded.cbegin(), seeded.cend(), [](const CustomerRecord& record) { return record.active; });
    const QString id = before.id;

    rlimit original {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    const auto restoreLimit = qScopeGuard([&] {
        setrlimit(RLIMIT_FSIZE, &original);
        std::signal(SIGXFSZ, previousHandler);
    });
    rlimit full = original;
    full.rlim_cur = 0;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &full), 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"The change was not saved"_s));
    const HttpReply patched = client.patch(u"/v1/express/"_s + id, {{u"expressCustomerName"_s, u"Lost"_s}});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"The change was not saved"_s));
    const HttpReply created = client.post(u"/v1/express"_s, {{u"expressCustomerName"_s, u"Lost too"_s}});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"The change was not saved"_s));
    const HttpReply added = client.post(u"/v1/express/%1/users"_s.arg(id), {{u"userId"_s, UserA}});
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &original), 0);

    for (const HttpReply& reply : {patched, created, added}) {
        QCOMPARE(reply.status, 507);
        QCOMPARE(reply.json().value(u"error"_s).toString(), u"insufficient_storage"_s);
        const QString message = reply.json().value(u"message"_s).toString();
        QVERIFY2(message.contains(u"The change was not saved"_s) && message.contains(path), qPrintable(message));
    }
    // Nothing was kept in memory only: the store and the answers show the state before.
    QCOMPARE(server->store().size(), 5);
    QCOMPARE(server->store().find(id)->toApiJson(), before.toApiJson());
    QCOMPARE(server->store().find(id)->members, before.members);
    QCOMPARE(client.get(u"/v1/express/"_s + id).json(), before.toApiJson());

    // With space again, the next change is saved.
    const HttpReply again = client.patch(u"/v1/express/"_s + id, {{u"expressCustomerName"_s, u"Kept"_s}});
    QCOMPARE(again.status, 200);
    server.reset();
    CustomerStore reloaded;
    QVERIFY2(reloaded.attachDatabase(path, &error), qPrintable(error));
    QCOMPARE(reloaded.size(), 5);
    QCOMPARE(reloaded.find(id)->name, u"Kept"_s);
}

QTEST_GUILESS_MAIN(tst_CustomerStore)
#include "tst_customerstore.moc"
