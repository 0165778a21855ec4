// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// core and the sandbox read the API contract independently (they share no code). These tests put the
// two readings against each other over real HTTP: what core parses, validates and diffs must be what
// the sandbox serves and accepts. Where they agree, both are more likely right.

#include "core/io/CustomerJson.h"
#include "core/model/CustomerDiff.h"
#include "core/model/CustomerDraft.h"
#include "core/model/CustomerMerge.h"
#include "core/model/Validation.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// "key=value" rows, so a data table reads like the metadata editor.
QList<MetadataEntry> rows(const QStringList& pairs)
{
    QList<MetadataEntry> entries;
    for (const QString& pair : pairs) {
        const qsizetype split = pair.indexOf(u'=');
        entries.append(MetadataEntry {pair.left(split), pair.mid(split + 1)});
    }
    return entries;
}

QList<MetadataEntry> generatedRows(int count, int keyLength, const QString& value)
{
    QList<MetadataEntry> entries;
    for (int i = 0; i < count; ++i) {
        const QString prefix = u"k%1-"_s.arg(i);
        entries.append(MetadataEntry {prefix + QString(keyLength - prefix.size(), u'x'), value});
    }
    return entries;
}

// The parse error to show when a QVERIFY2 fails (its message is evaluated either way).
QByteArray parseError(const Result<Customer, CustomerJsonError>& result)
{
    return result.isOk() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class tst_ContractAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void everyCustomerTheSandboxServesParsesAndRoundTrips();
    void theDiffIsAcceptedAndTheServerEndsWhereTheUserWanted_data();
    void theDiffIsAcceptedAndTheServerEndsWhereTheUserWanted();
    void whatCoreAcceptsTheSandboxAccepts_data();
    void whatCoreAcceptsTheSandboxAccepts();
    void aMergedSaveKeepsTheOtherAdminsChange();

private:
    Customer load(const QString& id);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void tst_ContractAgreement::initTestCase()
{
    m_server = std::make_unique<Sandbox::SandboxServer>();
    m_server->store().reset(Sandbox::SandboxSeed::generate(7));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
}

void tst_ContractAgreement::init()
{
    m_server->requestLog().clear();
}

Customer tst_ContractAgreement::load(const QString& id)
{
    const HttpReply reply = m_client->get(u"/v1/express/"_s + id);
    if (reply.status != 200)
        qFatal("GET %s answered %d", qPrintable(id), reply.status);
    const auto customer = CustomerJson::fromJson(reply.body);
    if (!customer.isOk())
        qFatal("GET %s: %s", qPrintable(id), qPrintable(customer.error().message));
    return customer.value();
}

void tst_ContractAgreement::everyCustomerTheSandboxServesParsesAndRoundTrips()
{
    QString cursor;
    int seen = 0;
    do {
        const HttpReply page = m_client->get(u"/v1/express?limit=7&cursor="_s + cursor);
        QCOMPARE(page.status, 200);
        const QJsonObject body = page.json();
        const QJsonArray items = body.value(u"expressCustomers"_s).toArray();
        for (const QJsonValue& item : items) {
            const auto customer = CustomerJson::fromJson(item);
            QVERIFY2(customer.isOk(), parseError(customer).constData());
            QCOMPARE(CustomerJson::toJson(customer.value()), item.toObject());
            QVERIFY(Validation::isValidCustomerId(customer.value().id()));
            ++seen;
        }
        cursor = body.value(u"cursor"_s).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(seen, int(m_server->store().customers().size()));
    QVERIFY(seen >= 25);
}

void tst_ContractAgreement::theDiffIsAcceptedAndTheServerEndsWhereTheUserWanted_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("metadata");
    QTest::addColumn<QByteArray>("expectedBody");

    const QString loadedName = u"Harbor Clinic"_s;
    QTest::addRow("nothing changed sends {}")
        << loadedName << QStringList {u"department=radiology"_s, u"region=north"_s} << "{}"_ba;
    QTest::addRow("a rename sends only the name")
        << u"Harbor Clinic Imaging"_s << QStringList {u"department=radiology"_s, u"region=north"_s}
        << R"({"expressCustomerName":"Harbor Clinic Imaging"})"_ba;
    QTest::addRow("a rename is sent trimmed")
        << u"  Harbor Imaging \t"_s << QStringList {u"department=radiology"_s, u"region=north"_s}
        << R"({"expressCustomerName":"Harbor Imaging"})"_ba;
    QTest::addRow("an added key sends the whole map")
        << loadedName << QStringList {u"department=radiology"_s, u"region=north"_s, u"wing=Building A"_s}
        << R"({"metadata":{"department":"radiology","region":"north","wing":"Building A"}})"_ba;
    QTest::addRow("a removed key sends the map without it")
        << loadedName << QStringList {u"department=radiology"_s} << R"({"metadata":{"department":"radiology"}})"_ba;
    QTest::addRow("removing every pair sends null") << loadedName << QStringList {} << R"({"metadata":null})"_ba;
    QTest::addRow("non-Latin text goes out and comes back unchanged")
        << u"مركز الأشعة"_s
        << QStringList {u"department=radiology"_s, u"region=north"_s, u"注記=🩻 e\u0301\tok"_s}
        // Sent as typed: the combining accent is not normalised, the tab is escaped.
        << QByteArray(R"({"expressCustomerName":"مركز الأشعة","metadata":{"department":"radiology","region":"north",)"
                      R"("注記":"🩻 e)"
                      "\xCC\x81"
                      R"(\tok"}})");
}

void tst_ContractAgreement::theDiffIsAcceptedAndTheServerEndsWhereTheUserWanted()
{
    QFETCH(QString, name);
    QFETCH(QStringList, metadata);
    QFETCH(QByteArray, expectedBody);

    const QString id = m_client->createCustomer(
        u"Harbor Clinic"_s, QJsonObject {{u"department"_s, u"radiology"_s}, {u"region"_s, u"north"_s}});
    QVERIFY(!id.isEmpty());
    const Customer loaded = load(id);

    CustomerDraft draft = CustomerDraft::fromCustomer(loaded);
    draft.setName(name);
    draft.setMetadata(rows(metadata));
    QVERIFY(!Validation::hasErrors(Validation::checkDraft(draft)));

    const CustomerPatch patch = CustomerDiff::between(loaded, draft);
    m_server->requestLog().clear();
    const HttpReply reply = m_client->send("PATCH", u"/v1/express/"_s + id, CustomerJson::patchToBytes(patch));
    QCOMPARE(reply.status, 200);

    // Exactly the diff reached the server, byte for byte.
    QCOMPARE(m_server->requestLog().records().size(), 1);
    QCOMPARE(m_server->requestLog().last()->body, expectedBody);

    const auto after = CustomerJson::fromJson(reply.body);
    QVERIFY2(after.isOk(), parseError(after).constData());
    QCOMPARE(after.value().name(), name.trimmed());
    QCOMPARE(after.value().metadata(), draft.metadataMap());
    QCOMPARE(load(id), after.value());
    // Saving again from the new state has nothing left to send.
    QVERIFY(CustomerDiff::between(after.value(), draft).isEmpty());
}

void tst_ContractAgreement::whatCoreAcceptsTheSandboxAccepts_data()
{
    QTest::addColumn<QList<MetadataEntry>>("metadata");
    QTest::addColumn<bool>("coreAccepts");
    QTest::addColumn<int>("sandboxStatus");

    const QString shortValue = u"v"_s;
    QTest::addRow("50 pairs") << generatedRows(50, 10, shortValue) << true << 200;
    QTest::addRow("51 pairs") << generatedRows(51, 10, shortValue) << false << 422;
    QTest::addRow("key of 100 characters") << generatedRows(1, 100, shortValue) << true << 200;
    QTest::addRow("key of 101 characters") << generatedRows(1, 101, shortValue) << false << 422;
    QTest::addRow("value of 1000 characters") << generatedRows(1, 10, QString(1000, u'v')) << true << 200;
    QTest::addRow("value of 1001 characters") << generatedRows(1, 10, QString(1001, u'v')) << false << 422;
    QTest::addRow("value of 500 emoji (1000 UTF-16 units)")
        << generatedRows(1, 10, u"🩻"_s.repeated(500)) << true << 200;
    // The one place the readings differ, by design: core counts UTF-16 units (conservative), the
    // sandbox code points (generous). Core refuses what only the generous reading accepts.
    QTest::addRow("value of 501 emoji: only the generous reading accepts it")
        << generatedRows(1, 10, u"🩻"_s.repeated(501)) << false << 200;
    QTest::addRow("value of 1001 emoji: both refuse") << generatedRows(1, 10, u"🩻"_s.repeated(1001)) << false << 422;
    QTest::addRow("50 pairs at every limit") << generatedRows(50, 100, QString(1000, u'v')) << true << 200;
}

void tst_ContractAgreement::whatCoreAcceptsTheSandboxAccepts()
{
    QFETCH(QList<MetadataEntry>, metadata);
    QFETCH(bool, coreAccepts);
    QFETCH(int, sandboxStatus);

    const QString id = m_client->createCustomer(u"Limits Clinic"_s, {});
    QVERIFY(!id.isEmpty());

    CustomerDraft draft;
    draft.setName(u"Limits Clinic"_s);
    draft.setMetadata(metadata);
    QCOMPARE(!Validation::hasErrors(Validation::checkDraft(draft)), coreAccepts);

    // Sent regardless of core's verdict, to learn the sandbox's.
    CustomerPatch patch;
    patch.replaceMetadata(draft.metadataMap());
    const HttpReply reply = m_client->send("PATCH", u"/v1/express/"_s + id, CustomerJson::patchToBytes(patch));
    QCOMPARE(reply.status, sandboxStatus);
    if (coreAccepts)
        QCOMPARE(reply.status, 200); // the guarantee the client relies on
    if (reply.status == 422)
        QVERIFY(reply.json().value(u"field"_s).toString().startsWith(u"metadata"_s));
}

void tst_ContractAgreement::aMergedSaveKeepsTheOtherAdminsChange()
{
    const QString id = m_client->createCustomer(u"Northside Radiology"_s,
        QJsonObject {{u"department"_s, u"radiology"_s}, {u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}});
    const Customer base = load(id);

    // Another admin changes the region and adds a key after we loaded the customer.
    QCOMPARE(m_client
                 ->patch(u"/v1/express/"_s + id,
                     QJsonObject {{u"metadata"_s,
                         QJsonObject {{u"department"_s, u"radiology"_s}, {u"region"_s, u"north-east"_s},
                             {u"tier"_s, u"gold"_s}, {u"billing"_s, u"B-7"_s}}}})
                 .status,
        200);

    // Meanwhile we renamed the customer and changed the tier.
    CustomerDraft mine = CustomerDraft::fromCustomer(base);
    mine.setName(u"Northside Radiology Group"_s);
    mine.setMetadata(rows({u"department=radiology"_s, u"region=north"_s, u"tier=platinum"_s}));

    const MergeResult merge = CustomerMerge::merge(base, mine, load(id));
    QVERIFY(!merge.hasConflicts());
    const HttpReply reply =
        m_client->send("PATCH", u"/v1/express/"_s + id, CustomerJson::patchToBytes(merge.patchAgainstTheirs()));
    QCOMPARE(reply.status, 200);

    const Customer saved = load(id);
    QCOMPARE(saved.name(), u"Northside Radiology Group"_s);
    const Metadata expected {{u"department"_s, u"radiology"_s}, {u"region"_s, u"north-east"_s},
        {u"tier"_s, u"platinum"_s}, {u"billing"_s, u"B-7"_s}};
    QCOMPARE(saved.metadata(), expected);
}

QTEST_GUILESS_MAIN(tst_ContractAgreement)
#include "tst_contractagreement.moc"
