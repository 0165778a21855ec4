// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// UpdateOutcome::verify(): the answer to a PATCH against what was asked, reported and never fixed.

#include "core/model/UpdateOutcome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Customer answered(const QString& name, const std::optional<Metadata>& metadata)
{
    Customer customer;
    customer.setId(u"cus_0123456789abcdef0123456789abcdef"_s);
    customer.setName(name);
    if (metadata)
        customer.setMetadata(*metadata);
    return customer;
}

CustomerPatch replace(const Metadata& metadata)
{
    CustomerPatch patch;
    patch.replaceMetadata(metadata);
    return patch;
}

} // namespace

class tst_UpdateOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data();
    void verify();
    void describesForPeople();
};

void tst_UpdateOutcome::verify_data()
{
    QTest::addColumn<CustomerPatch>("patch");
    QTest::addColumn<Customer>("answer");
    QTest::addColumn<bool>("nameDiffers");
    QTest::addColumn<QStringList>("keptKeys");
    QTest::addColumn<QStringList>("missingKeys");
    QTest::addColumn<QStringList>("differentValues");

    const Metadata wanted {{u"region"_s, u"north"_s}, {u"wing"_s, u"east"_s}};
    CustomerPatch rename;
    rename.setName(u"New"_s);
    CustomerPatch clear;
    clear.clearMetadata();

    QTest::addRow("exact replace") << replace(wanted) << answered(u"A"_s, wanted) << false << QStringList()
                                   << QStringList() << QStringList();
    QTest::addRow("exact rename") << rename << answered(u"New"_s, wanted) << false << QStringList() << QStringList()
                                  << QStringList();
    QTest::addRow("name not taken") << rename << answered(u"Old"_s, wanted) << true << QStringList() << QStringList()
                                    << QStringList();
    QTest::addRow("server merged: removed keys kept")
        << replace({{u"region"_s, u"north"_s}})
        << answered(u"A"_s, Metadata {{u"region"_s, u"north"_s}, {u"wing"_s, u"east"_s}, {u"floor"_s, u"2"_s}}) << false
        << QStringList {u"floor"_s, u"wing"_s} << QStringList() << QStringList();
    QTest::addRow("key missing") << replace(wanted) << answered(u"A"_s, Metadata {{u"region"_s, u"north"_s}}) << false
                                 << QStringList() << QStringList {u"wing"_s} << QStringList();
    QTest::addRow("value differs") << replace(wanted)
                                   << answered(u"A"_s, Metadata {{u"region"_s, u"NORTH"_s}, {u"wing"_s, u"east"_s}})
                                   << false << QStringList() << QStringList() << QStringList {u"region"_s};
    QTest::addRow("clear, metadata omitted")
        << clear << answered(u"A"_s, std::nullopt) << false << QStringList() << QStringList() << QStringList();
    QTest::addRow("clear, empty map") << clear << answered(u"A"_s, Metadata()) << false << QStringList()
                                      << QStringList() << QStringList();
    QTest::addRow("clear, keys still present")
        << clear << answered(u"A"_s, wanted) << false << QStringList {u"region"_s, u"wing"_s} << QStringList()
        << QStringList();
    QTest::addRow("metadata unchanged, answer has keys")
        << rename << answered(u"New"_s, wanted) << false << QStringList() << QStringList() << QStringList();
}

void tst_UpdateOutcome::verify()
{
    QFETCH(CustomerPatch, patch);
    QFETCH(Customer, answer);
    QFETCH(bool, nameDiffers);
    QFETCH(QStringList, keptKeys);
    QFETCH(QStringList, missingKeys);
    QFETCH(QStringList, differentValues);

    const UpdateOutcome outcome = UpdateOutcome::verify(patch, answer);
    QCOMPARE(outcome.customer, answer);
    QCOMPARE(outcome.nameDiffers, nameDiffers);
    QCOMPARE(outcome.keptKeys, keptKeys);
    QCOMPARE(outcome.missingKeys, missingKeys);
    QCOMPARE(outcome.differentValues, differentValues);
    const bool exact = !nameDiffers && keptKeys.isEmpty() && missingKeys.isEmpty() && differentValues.isEmpty();
    QCOMPARE(outcome.isExact(), exact);
    QCOMPARE(outcome.describe().isEmpty(), exact);
}

void tst_UpdateOutcome::describesForPeople()
{
    const UpdateOutcome outcome = UpdateOutcome::verify(replace({{u"region"_s, u"north"_s}}),
        answered(u"A"_s, Metadata {{u"region"_s, u"north"_s}, {u"wing"_s, u"east"_s}, {u"floor"_s, u"2"_s}}));
    QCOMPARE(outcome.describe(), u"The server kept 2 key(s) you removed: floor, wing."_s);
}

QTEST_GUILESS_MAIN(tst_UpdateOutcome)
#include "tst_updateoutcome.moc"
