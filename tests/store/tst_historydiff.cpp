// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// What the history records of a write: the before and after of each field it changes, from the customer as read
// before it and what it asks.

#include "core/store/HistoryDiff.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Field = HistoryChange::Field;
using Changes = QList<HistoryChange>;

class tst_HistoryDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void update_data();
    void update();
    void create();
    void activation_data();
    void activation();
    void membership();

private:
    static Customer cedar();
};

Customer tst_HistoryDiff::cedar()
{
    Customer customer;
    customer.setId(u"cus_1"_s);
    customer.setName(u"Cedar Valley"_s);
    customer.setActive(true);
    customer.setMetadata({{u"region"_s, u"northeast"_s}, {u"wing"_s, u"A"_s}});
    return customer;
}

void tst_HistoryDiff::update_data()
{
    QTest::addColumn<CustomerPatch>("patch");
    QTest::addColumn<Changes>("expected");

    CustomerPatch renamed;
    renamed.setName(u"Cedar Valley Clinic"_s);
    QTest::addRow("renamed") << renamed
                             << Changes {{Field::Name, QString(), u"Cedar Valley"_s, u"Cedar Valley Clinic"_s}};

    CustomerPatch sameName;
    sameName.setName(u"Cedar Valley"_s);
    QTest::addRow("a name sent unchanged is no change") << sameName << Changes();

    CustomerPatch replaced;
    replaced.replaceMetadata({{u"beds"_s, u"40"_s}, {u"region"_s, u"northeast"_s}, {u"wing"_s, u"B"_s}});
    QTest::addRow("metadata key by key, in key order")
        << replaced
        << Changes {
               {Field::MetadataKey, u"beds"_s, std::nullopt, u"40"_s}, {Field::MetadataKey, u"wing"_s, u"A"_s, u"B"_s}};

    CustomerPatch removed;
    removed.replaceMetadata({{u"region"_s, u"northeast"_s}});
    QTest::addRow("a key removed") << removed << Changes {{Field::MetadataKey, u"wing"_s, u"A"_s, std::nullopt}};

    CustomerPatch emptied;
    emptied.replaceMetadata({{u"region"_s, u"northeast"_s}, {u"wing"_s, u""_s}});
    QTest::addRow("a value emptied is not a key removed")
        << emptied << Changes {{Field::MetadataKey, u"wing"_s, u"A"_s, u""_s}};

    CustomerPatch cleared;
    cleared.clearMetadata();
    QTest::addRow("metadata cleared") << cleared
                                      << Changes {{Field::MetadataKey, u"region"_s, u"northeast"_s, std::nullopt},
                                             {Field::MetadataKey, u"wing"_s, u"A"_s, std::nullopt}};

    CustomerPatch both;
    both.setName(u"Cedar"_s);
    both.clearMetadata();
    QTest::addRow("the name first, then metadata")
        << both
        << Changes {{Field::Name, QString(), u"Cedar Valley"_s, u"Cedar"_s},
               {Field::MetadataKey, u"region"_s, u"northeast"_s, std::nullopt},
               {Field::MetadataKey, u"wing"_s, u"A"_s, std::nullopt}};
    QTest::addRow("an empty patch") << CustomerPatch() << Changes();
}

void tst_HistoryDiff::update()
{
    QFETCH(CustomerPatch, patch);
    QFETCH(Changes, expected);
    QCOMPARE(HistoryDiff::update(cedar(), patch), expected);
}

void tst_HistoryDiff::create()
{
    QCOMPARE(HistoryDiff::create(u"Aspen"_s, {{u"wing"_s, u"A"_s}, {u"beds"_s, u"4"_s}}),
        (Changes {{Field::Name, QString(), std::nullopt, u"Aspen"_s},
            {Field::MetadataKey, u"beds"_s, std::nullopt, u"4"_s},
            {Field::MetadataKey, u"wing"_s, std::nullopt, u"A"_s}}));
    QCOMPARE(HistoryDiff::create(u"Bare"_s, {}), (Changes {{Field::Name, QString(), std::nullopt, u"Bare"_s}}));
}

void tst_HistoryDiff::activation_data()
{
    QTest::addColumn<std::optional<bool>>("wasActive");
    QTest::addColumn<bool>("active");
    QTest::addColumn<Changes>("expected");
    QTest::addRow("deactivated") << std::optional(true) << false
                                 << Changes {{Field::Active, QString(), u"true"_s, u"false"_s}};
    QTest::addRow("reactivated") << std::optional(false) << true
                                 << Changes {{Field::Active, QString(), u"false"_s, u"true"_s}};
    QTest::addRow("state before unknown")
        << std::optional<bool>() << false << Changes {{Field::Active, QString(), std::nullopt, u"false"_s}};
    QTest::addRow("already as asked") << std::optional(false) << false << Changes();
}

void tst_HistoryDiff::activation()
{
    QFETCH(std::optional<bool>, wasActive);
    QFETCH(bool, active);
    QFETCH(Changes, expected);
    QCOMPARE(HistoryDiff::activation(wasActive, active), expected);
}

void tst_HistoryDiff::membership()
{
    QCOMPARE(
        HistoryDiff::membership(u"user_7"_s, true), (Changes {{Field::User, u"user_7"_s, std::nullopt, u"user_7"_s}}));
    QCOMPARE(
        HistoryDiff::membership(u"user_7"_s, false), (Changes {{Field::User, u"user_7"_s, u"user_7"_s, std::nullopt}}));
}

QTEST_GUILESS_MAIN(tst_HistoryDiff)
#include "tst_historydiff.moc"
