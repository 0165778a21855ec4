// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// CustomerPageJson: a page of the list, its end, and errors that say which customer is at fault.

#include "core/io/CustomerPageJson.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray customer(const QString& id, const QString& userCount = u"3"_s)
{
    return uR"({"createdAt":"2024-01-15T09:00:00Z","expressCustomerId":"%1","expressCustomerName":"A","isActive":true,"updatedAt":null,"userCount":%2})"_s
        .arg(id, userCount)
        .toUtf8();
}

const QString kId = u"cus_1234567890abcdef1234567890abcdef"_s;

} // namespace

class tst_CustomerPageJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPages_data();
    void readsPages();
    void namesTheFieldAtFault_data();
    void namesTheFieldAtFault();
};

void tst_CustomerPageJson::readsPages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("customers");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<QString>("cursor");

    const QByteArray one = customer(kId);
    QTest::addRow("first page") << R"({"expressCustomers":[)" + one
            + R"(],"hasMore":true,"cursor":"eyJvZmZzZXQiOjIwfQ=="})"
                                << 1 << true << u"eyJvZmZzZXQiOjIwfQ=="_s;
    QTest::addRow("last page") << R"({"expressCustomers":[)" + one + R"(],"hasMore":false})" << 1 << false << QString();
    QTest::addRow("empty") << R"({"expressCustomers":[],"hasMore":false})"_ba << 0 << false << QString();
    QTest::addRow("null cursor") << R"({"expressCustomers":[],"hasMore":false,"cursor":null})"_ba << 0 << false
                                 << QString();
    QTest::addRow("hasMore missing, cursor given")
        << R"({"expressCustomers":[],"cursor":"c2"})"_ba << 0 << true << u"c2"_s;
    QTest::addRow("hasMore missing, no cursor") << R"({"expressCustomers":[]})"_ba << 0 << false << QString();
    QTest::addRow("hasMore missing, empty cursor")
        << R"({"expressCustomers":[],"cursor":""})"_ba << 0 << false << QString();
    QTest::addRow("unknown fields ignored")
        << R"({"expressCustomers":[],"hasMore":false,"total":9})"_ba << 0 << false << QString();
}

void tst_CustomerPageJson::readsPages()
{
    QFETCH(QByteArray, json);
    QFETCH(int, customers);
    QFETCH(bool, hasMore);
    QFETCH(QString, cursor);
    const auto page = CustomerPageJson::fromJson(json);
    QVERIFY2(page.isOk(), page.isOk() ? "" : qPrintable(page.error().message));
    QCOMPARE(page.value().customers.size(), customers);
    QCOMPARE(page.value().hasMore, hasMore);
    QCOMPARE(page.value().nextCursor, cursor);
}

void tst_CustomerPageJson::namesTheFieldAtFault_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<CustomerJsonError::Kind>("kind");
    QTest::addColumn<QString>("field");

    const QByteArray good = customer(kId);
    QTest::addRow("4th customer's userCount")
        << "{\"expressCustomers\":[" + good + "," + good + "," + good + "," + customer(kId, u"\"many\""_s)
            + "],\"hasMore\":false}"
        << CustomerJsonError::Kind::WrongType << u"expressCustomers[3].userCount"_s;
    QTest::addRow("2nd item not an object") << "{\"expressCustomers\":[" + good + ",7],\"hasMore\":false}"
                                            << CustomerJsonError::Kind::NotAnObject << u"expressCustomers[1]"_s;
    QTest::addRow("list missing") << R"({"hasMore":false})"_ba << CustomerJsonError::Kind::MissingField
                                  << u"expressCustomers"_s;
    QTest::addRow("list not an array") << R"({"expressCustomers":{},"hasMore":false})"_ba
                                       << CustomerJsonError::Kind::WrongType << u"expressCustomers"_s;
    QTest::addRow("hasMore a string") << R"({"expressCustomers":[],"hasMore":"yes"})"_ba
                                      << CustomerJsonError::Kind::WrongType << u"hasMore"_s;
    QTest::addRow("cursor a number") << R"({"expressCustomers":[],"hasMore":true,"cursor":5})"_ba
                                     << CustomerJsonError::Kind::WrongType << u"cursor"_s;
    QTest::addRow("not JSON") << "<html>"_ba << CustomerJsonError::Kind::NotJson << QString();
    QTest::addRow("truncated") << R"({"expressCustomers":[{"createdAt":"2024)"_ba << CustomerJsonError::Kind::NotJson
                               << QString();
    QTest::addRow("an array") << "[]"_ba << CustomerJsonError::Kind::NotAnObject << QString();
}

void tst_CustomerPageJson::namesTheFieldAtFault()
{
    QFETCH(QByteArray, json);
    QFETCH(CustomerJsonError::Kind, kind);
    QFETCH(QString, field);
    const auto page = CustomerPageJson::fromJson(json);
    QVERIFY(page.isError());
    QCOMPARE(page.error().kind, kind);
    QCOMPARE(page.error().field, field);
    QVERIFY(!page.error().message.isEmpty());
    if (!field.isEmpty())
        QVERIFY2(page.error().message.contains(field), qPrintable(page.error().message));
}

QTEST_GUILESS_MAIN(tst_CustomerPageJson)
#include "tst_customerpagejson.moc"
