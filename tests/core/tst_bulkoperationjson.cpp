// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// A bulk change's operations as the run's journal keeps them: every kind written and read back, and anything else
// refused whole.

#include "core/io/BulkOperationJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Op = BulkOperation;

class tst_BulkOperationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindIsWrittenAsDocumented();
    void whatIsWrittenIsReadBack();
    void anythingElseIsRefused_data();
    void anythingElseIsRefused();
};

void tst_BulkOperationJson::everyKindIsWrittenAsDocumented()
{
    const QList<BulkOperation> operations {Op::setValue(u"region"_s, u"west"_s), Op::removeKey(u"tier"_s),
        Op::renameKey(u"region"_s, u"area"_s), Op::replaceText(u"notes"_s, u"a"_s, u"b"_s), Op::deactivate(),
        Op::reactivate()};
    QCOMPARE(QJsonDocument(BulkOperationJson::toJson(operations)).toJson(QJsonDocument::Compact),
        R"([{"key":"region","op":"set","value":"west"},{"key":"tier","op":"unset"},)"
        R"({"key":"region","newKey":"area","op":"rename"},{"find":"a","key":"notes","op":"replace","with":"b"},)"
        R"({"op":"deactivate"},{"op":"reactivate"}])"_ba);
}

void tst_BulkOperationJson::whatIsWrittenIsReadBack()
{
    const QList<BulkOperation> operations {Op::setValue(u"ключ"_s, u"\"quoted\"\n"_s), Op::removeKey(QString()),
        Op::renameKey(u"a"_s, u"b"_s), Op::replaceText(u"notes"_s, u"Ann"_s, QString()), Op::reactivate()};
    QCOMPARE(BulkOperationJson::fromJson(BulkOperationJson::toJson(operations)), std::optional(operations));
    QCOMPARE(BulkOperationJson::fromJson(QJsonArray()), std::optional(QList<BulkOperation>()));
}

void tst_BulkOperationJson::anythingElseIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("an unknown op") << R"([{"op":"merge","key":"a"}])"_ba;
    QTest::addRow("no op") << R"([{"key":"a"}])"_ba;
    QTest::addRow("a missing field") << R"([{"op":"set","key":"a"}])"_ba;
    QTest::addRow("a field that is not a string") << R"([{"op":"unset","key":1}])"_ba;
    QTest::addRow("not an object") << R"(["set"])"_ba;
    QTest::addRow("one bad among good ones") << R"([{"op":"deactivate"},{"op":"rename","key":"a"}])"_ba;
}

void tst_BulkOperationJson::anythingElseIsRefused()
{
    QFETCH(QByteArray, json);
    QVERIFY(!BulkOperationJson::fromJson(QJsonDocument::fromJson(json).array()));
}

QTEST_GUILESS_MAIN(tst_BulkOperationJson)
#include "tst_bulkoperationjson.moc"
