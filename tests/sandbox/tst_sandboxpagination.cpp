// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// Cursor pagination of the list: every customer exactly once, stable order, limits, tampered cursors.

#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Sandbox;

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int CustomerCount = 250;

// One page as the client sees it.
struct Page
{
    int status = 0;
    QStringList ids;
    bool hasMore = false;
    QString cursor;
    bool hasCursor = false;
};

} // namespace

class tst_SandboxPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyCustomerExactlyOnce_data();
    void everyCustomerExactlyOnce();
    void pagingWhileCustomersChange();
    void limitIsValidated_data();
    void limitIsValidated();
    void badCursorsAreRefused_data();
    void badCursorsAreRefused();
    void anEmptyStoreHasOneEmptyPage();

private:
    Page fetch(const QString& query);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QStringList m_created; // ids in creation order
};

void tst_SandboxPagination::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), m_server->apiKey());
    m_created.clear();
    for (int i = 0; i < CustomerCount; ++i) {
        CustomerPatch input;
        input.name = u"Customer %1"_s.arg(i, 3, 10, QChar(u'0'));
        m_created.append(m_server->store().create(input, m_server->apiKeyId()).customer->id);
    }
}

void tst_SandboxPagination::cleanup()
{
    m_client.reset();
    m_server.reset();
}

Page tst_SandboxPagination::fetch(const QString& query)
{
    const HttpReply reply = m_client->get(u"/v1/express"_s + query);
    Page page;
    page.status = reply.status;
    const QJsonObject body = reply.json();
    const QJsonArray customers = body.value(u"expressCustomers"_s).toArray();
    for (const QJsonValue& customer : customers)
        page.ids.append(customer.toObject().value(u"expressCustomerId"_s).toString());
    page.hasMore = body.value(u"hasMore"_s).toBool();
    page.hasCursor = body.contains(u"cursor"_s);
    page.cursor = body.value(u"cursor"_s).toString();
    return page;
}

void tst_SandboxPagination::everyCustomerExactlyOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::addRow("limit 1 (250 pages)") << 1;
    QTest::addRow("limit 7 (uneven last page)") << 7;
    QTest::addRow("limit 50 (even split)") << 50;
    QTest::addRow("limit 100 (the maximum)") << 100;
}

void tst_SandboxPagination::everyCustomerExactlyOnce()
{
    QFETCH(int, limit);
    QStringList seen;
    QString cursor;
    int pages = 0;
    for (;;) {
        const Page page = fetch(u"?limit=%1"_s.arg(limit) + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        QVERIFY(page.ids.size() <= limit);
        seen += page.ids;
        ++pages;
        QCOMPARE(page.hasCursor, page.hasMore);
        if (!page.hasMore)
            break;
        QCOMPARE(page.ids.size(), limit);
        cursor = page.cursor;
        QVERIFY(pages <= CustomerCount);
    }
    QCOMPARE(pages, (CustomerCount + limit - 1) / limit);
    QCOMPARE(seen, m_created); // creation order, each once
}

void tst_SandboxPagination::pagingWhileCustomersChange()
{
    QStringList seen;
    QStringList expected = m_created;
    QString cursor;
    int round = 0;
    for (;;) {
        const Page page = fetch(u"?limit=25"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(page.status, 200);
        seen += page.ids;
        if (!page.hasMore)
            break;
        cursor = page.cursor;
        // Between pages: rename one customer already seen and one not yet seen, deactivate another, create two.
        const QString before = seen.at(round % seen.size());
        const QString after = m_created.at(qMin(CustomerCount - 1, seen.size() + round));
        QCOMPARE(m_client->patch(u"/v1/express/"_s + before, {{u"expressCustomerName"_s, u"Renamed %1"_s.arg(round)}})
                     .status,
            200);
        QCOMPARE(
            m_client->patch(u"/v1/express/"_s + after, {{u"metadata"_s, QJsonObject {{u"r"_s, u"1"_s}}}}).status, 200);
        QCOMPARE(m_client->send("POST", u"/v1/express/%1/deactivate"_s.arg(after)).status, 200);
        for (int i = 0; i < 2; ++i) {
            const QString id = m_client->createCustomer(u"New %1.%2"_s.arg(round).arg(i));
            QVERIFY(!id.isEmpty());
            expected.append(id);
        }
        ++round;
        QVERIFY(round < 100);
    }
    QCOMPARE(seen.size(), QSet<QString>(seen.cbegin(), seen.cend()).size()); // no duplicates
    QCOMPARE(seen, expected); // every customer, old and new, exactly once
}

void tst_SandboxPagination::limitIsValidated_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");

    QTest::addRow("no limit gives 20") << u""_s << 200 << 20;
    QTest::addRow("limit 1") << u"?limit=1"_s << 200 << 1;
    QTest::addRow("limit 100") << u"?limit=100"_s << 200 << 100;
    QTest::addRow("limit 20.0 is a whole number") << u"?limit=20.0"_s << 200 << 20;
    QTest::addRow("an unknown parameter is ignored") << u"?limit=3&name=City"_s << 200 << 3;
    QTest::addRow("limit 0 is refused") << u"?limit=0"_s << 422 << 0;
    QTest::addRow("limit 101 is refused") << u"?limit=101"_s << 422 << 0;
    QTest::addRow("limit 2.5 is refused") << u"?limit=2.5"_s << 422 << 0;
    QTest::addRow("limit -5 is refused") << u"?limit=-5"_s << 422 << 0;
    QTest::addRow("limit abc is refused") << u"?limit=abc"_s << 422 << 0;
    QTest::addRow("an empty limit is refused") << u"?limit="_s << 422 << 0;
    QTest::addRow("an infinite limit is refused") << u"?limit=1e400"_s << 422 << 0;
    QTest::addRow("a limit given twice is refused") << u"?limit=5&limit=6"_s << 422 << 0;
}

void tst_SandboxPagination::limitIsValidated()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);

    const HttpReply reply = m_client->get(u"/v1/express"_s + query);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json().value(u"expressCustomers"_s).toArray().size(), count);
    } else {
        QCOMPARE(reply.json().value(u"field"_s).toString(), u"limit"_s);
        QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());
    }
}

void tst_SandboxPagination::badCursorsAreRefused_data()
{
    QTest::addColumn<QString>("cursor");

    SandboxServer other;
    QVERIFY(other.start());
    SandboxTestClient otherClient(other.baseUrl(), other.apiKey());
    for (int i = 0; i < 3; ++i)
        otherClient.createCustomer(u"Other %1"_s.arg(i));
    const QString foreign =
        QJsonDocument::fromJson(otherClient.get(u"/v1/express?limit=1"_s).body).object().value(u"cursor"_s).toString();
    QVERIFY(!foreign.isEmpty());

    const QString unsigned_ = QString::fromLatin1(
        "{\"after\":3}"_ba.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::addRow("garbage") << u"!!!not-a-cursor!!!"_s;
    QTest::addRow("base64 of something that is not JSON") << u"aGVsbG8"_s;
    QTest::addRow("a cursor without its signature") << unsigned_;
    QTest::addRow("a cursor from another server") << foreign;
    QTest::addRow("non-ASCII") << u"é"_s;
}

void tst_SandboxPagination::badCursorsAreRefused()
{
    QFETCH(QString, cursor);
    const HttpReply reply =
        m_client->get(u"/v1/express?cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"field"_s).toString(), u"cursor"_s);
    QCOMPARE(reply.json().value(u"error"_s).toString(), u"invalid_cursor"_s);
}

void tst_SandboxPagination::anEmptyStoreHasOneEmptyPage()
{
    // A tampered cursor: change one character of a real one.
    QString cursor = fetch(u"?limit=10"_s).cursor;
    cursor[cursor.size() / 2] = cursor.at(cursor.size() / 2) == u'A' ? u'B' : u'A';
    QCOMPARE(m_client->get(u"/v1/express?cursor="_s + cursor).status, 400);

    m_server->store().reset({});
    const HttpReply reply = m_client->get(u"/v1/express"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), QJsonObject({{u"expressCustomers"_s, QJsonArray()}, {u"hasMore"_s, false}}));
}

QTEST_GUILESS_MAIN(tst_SandboxPagination)
#include "tst_sandboxpagination.moc"
