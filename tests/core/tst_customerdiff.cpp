// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/io/CustomerJson.h"
#include "core/model/Customer.h"
#include "core/model/CustomerChange.h"
#include "core/model/CustomerDiff.h"
#include "core/model/CustomerDraft.h"
#include "core/model/CustomerPatch.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kCityName = u"City Medical Center - Radiology Department"_s;
const Metadata kCityMetadata {{u"department"_s, u"radiology"_s}, {u"region"_s, u"northeast"_s}};

Customer customer(
    const QString& name, const Metadata& metadata, Customer::FieldState metadataState = Customer::FieldState::Present)
{
    Customer c;
    c.setId(u"cus_1234567890abcdef1234567890abcdef"_s);
    c.setName(name);
    c.setActive(true);
    if (metadataState == Customer::FieldState::Present) {
        c.setMetadata(metadata);
    } else {
        c.unsetMetadata(metadataState);
    }
    return c;
}

Customer city()
{
    return customer(kCityName, kCityMetadata);
}

CustomerDraft draft(const QString& name, const QList<MetadataEntry>& rows)
{
    CustomerDraft d;
    d.setName(name);
    d.setMetadata(rows);
    return d;
}

// The draft of the loaded customer with one edit applied.
CustomerDraft cityDraft(const QList<MetadataEntry>& rows)
{
    return draft(kCityName, rows);
}

} // namespace

// What is sent, and what is shown for review, when the user saves an edited customer.
class tst_CustomerDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchBody_data();
    void patchBody();
    void emptyPatch();
    void changeList_data();
    void changeList();
    void changeKinds();
};

void tst_CustomerDiff::patchBody_data()
{
    QTest::addColumn<Customer>("before");
    QTest::addColumn<CustomerDraft>("after");
    QTest::addColumn<QByteArray>("body");

    const QList<MetadataEntry> cityRows {{u"department"_s, u"radiology"_s}, {u"region"_s, u"northeast"_s}};

    QTest::addRow("an untouched draft sends {}") << city() << CustomerDraft::fromCustomer(city()) << "{}"_ba;
    QTest::addRow("a rename sends only the name (contract example renameOnly)")
        << city() << draft(u"City Medical Center - Radiology & Imaging"_s, cityRows)
        << R"({"expressCustomerName":"City Medical Center - Radiology & Imaging"})"_ba;
    QTest::addRow("a name equal after trimming is no change")
        << city() << draft(u"  "_s + kCityName + u"\t"_s, cityRows) << "{}"_ba;
    QTest::addRow("a new name is sent trimmed")
        << city() << draft(u"  Lakeside Imaging "_s, cityRows) << R"({"expressCustomerName":"Lakeside Imaging"})"_ba;
    QTest::addRow("a loaded name with spaces is not trimmed behind the user's back")
        << customer(u" Lakeside "_s, {}) << draft(u" Lakeside "_s, {}) << "{}"_ba;
    QTest::addRow("a name with non-ASCII text is sent as UTF-8")
        << city() << draft(u"Zentrum für Radiologie – Ost"_s, cityRows)
        << QByteArray(R"({"expressCustomerName":"Zentrum für Radiologie – Ost"})");
    QTest::addRow("a case-only rename is a change")
        << city() << draft(kCityName.toUpper(), cityRows)
        << R"({"expressCustomerName":"CITY MEDICAL CENTER - RADIOLOGY DEPARTMENT"})"_ba;

    QTest::addRow("an added key sends the whole map")
        << city() << cityDraft(cityRows + QList<MetadataEntry> {{u"wing"_s, u"Building A"_s}})
        << R"({"metadata":{"department":"radiology","region":"northeast","wing":"Building A"}})"_ba;
    QTest::addRow("a removed key sends the remaining map")
        << city() << cityDraft({{u"region"_s, u"northeast"_s}}) << R"({"metadata":{"region":"northeast"}})"_ba;
    QTest::addRow("a changed value sends the whole map")
        << city() << cityDraft({{u"department"_s, u"radiology"_s}, {u"region"_s, u"southwest"_s}})
        << R"({"metadata":{"department":"radiology","region":"southwest"}})"_ba;
    QTest::addRow("a value changed only by a trailing space is a change")
        << city() << cityDraft({{u"department"_s, u"radiology "_s}, {u"region"_s, u"northeast"_s}})
        << R"({"metadata":{"department":"radiology ","region":"northeast"}})"_ba;
    QTest::addRow("a renamed key sends the whole map")
        << city() << cityDraft({{u"dept"_s, u"radiology"_s}, {u"region"_s, u"northeast"_s}})
        << R"({"metadata":{"dept":"radiology","region":"northeast"}})"_ba;
    QTest::addRow("removing every pair sends null (contract example clearMetadata)")
        << city() << cityDraft({}) << R"({"metadata":null})"_ba;
    QTest::addRow("reordered rows are no change")
        << city() << cityDraft({{u"region"_s, u"northeast"_s}, {u"department"_s, u"radiology"_s}}) << "{}"_ba;
    QTest::addRow("duplicate rows: the last row wins")
        << city()
        << cityDraft({{u"department"_s, u"radiology"_s}, {u"region"_s, u"north"_s}, {u"region"_s, u"south"_s}})
        << R"({"metadata":{"department":"radiology","region":"south"}})"_ba;
    QTest::addRow("rename and new key together (contract example renameAndMetadata)")
        << city()
        << draft(u"City Medical Center - Radiology & Imaging"_s,
               cityRows + QList<MetadataEntry> {{u"wing"_s, u"Building A"_s}})
        << R"({"expressCustomerName":"City Medical Center - Radiology & Imaging","metadata":{"department":"radiology","region":"northeast","wing":"Building A"}})"_ba;

    QTest::addRow("absent metadata and no rows is no change")
        << customer(u"Lakeside"_s, {}, Customer::FieldState::Absent) << draft(u"Lakeside"_s, {}) << "{}"_ba;
    QTest::addRow("null metadata and no rows is no change")
        << customer(u"Lakeside"_s, {}, Customer::FieldState::Null) << draft(u"Lakeside"_s, {}) << "{}"_ba;
    QTest::addRow("empty metadata {} and no rows is no change")
        << customer(u"Lakeside"_s, {}) << draft(u"Lakeside"_s, {}) << "{}"_ba;
    QTest::addRow("absent metadata and a first pair sends the map")
        << customer(u"Lakeside"_s, {}, Customer::FieldState::Absent) << draft(u"Lakeside"_s, {{u"region"_s, u"west"_s}})
        << R"({"metadata":{"region":"west"}})"_ba;
}

void tst_CustomerDiff::patchBody()
{
    QFETCH(Customer, before);
    QFETCH(CustomerDraft, after);
    QFETCH(QByteArray, body);

    const CustomerPatch patch = CustomerDiff::between(before, after);
    QCOMPARE(CustomerJson::patchToBytes(patch), body);
    QCOMPARE(patch.isEmpty(), body == "{}");
}

void tst_CustomerDiff::emptyPatch()
{
    const CustomerPatch nothing = CustomerDiff::between(city(), CustomerDraft::fromCustomer(city()));
    QVERIFY(nothing.isEmpty());
    QCOMPARE(nothing.name(), std::nullopt);
    QCOMPARE(nothing.metadataChange(), CustomerPatch::MetadataChange::Unchanged);
    QVERIFY(CustomerJson::patchToJson(nothing).isEmpty());

    const CustomerPatch cleared = CustomerDiff::between(city(), cityDraft({}));
    QVERIFY(!cleared.isEmpty());
    QCOMPARE(cleared.metadataChange(), CustomerPatch::MetadataChange::Clear);
    QVERIFY(cleared.metadata().isEmpty());

    const CustomerPatch replaced = CustomerDiff::between(city(), cityDraft({{u"a"_s, u"1"_s}}));
    QCOMPARE(replaced.metadataChange(), CustomerPatch::MetadataChange::Replace);
    QCOMPARE(replaced.metadata(), (Metadata {{u"a"_s, u"1"_s}}));
}

void tst_CustomerDiff::changeList_data()
{
    QTest::addColumn<Customer>("before");
    QTest::addColumn<CustomerDraft>("after");
    QTest::addColumn<QStringList>("described");

    QTest::addRow("no change, nothing listed") << city() << CustomerDraft::fromCustomer(city()) << QStringList();
    QTest::addRow("a name change equal after trimming is not listed")
        << city()
        << draft(u"  "_s + kCityName + u"\t"_s, {{u"department"_s, u"radiology"_s}, {u"region"_s, u"northeast"_s}})
        << QStringList();
    QTest::addRow("a rename shows the old and the new name") << customer(u"City"_s, {}) << draft(u" Lakeside "_s, {})
                                                             << QStringList {u"Renamed from “City” to “Lakeside”"_s};
    QTest::addRow("an added key shows its value")
        << customer(u"City"_s, {}) << draft(u"City"_s, {{u"wing"_s, u"Building A"_s}})
        << QStringList {u"Added “wing”: “Building A”"_s};
    QTest::addRow("a removed key shows its old value") << city() << cityDraft({{u"region"_s, u"northeast"_s}})
                                                       << QStringList {u"Removed “department” (was “radiology”)"_s};
    QTest::addRow("a changed value shows old and new")
        << city() << cityDraft({{u"department"_s, u"radiology"_s}, {u"region"_s, u"southwest"_s}})
        << QStringList {u"Changed “region” from “northeast” to “southwest”"_s};
    QTest::addRow("the name comes first, then keys sorted, whatever the row order")
        << customer(u"City"_s, {{u"b"_s, u"1"_s}, {u"d"_s, u"4"_s}})
        << draft(u"Town"_s, {{u"c"_s, u"3"_s}, {u"b"_s, u"2"_s}, {u"a"_s, u"new"_s}})
        << QStringList {u"Renamed from “City” to “Town”"_s, u"Added “a”: “new”"_s, u"Changed “b” from “1” to “2”"_s,
               u"Added “c”: “3”"_s, u"Removed “d” (was “4”)"_s};
    QTest::addRow("clearing all metadata lists each removed key")
        << city() << cityDraft({})
        << QStringList {u"Removed “department” (was “radiology”)"_s, u"Removed “region” (was “northeast”)"_s};
}

void tst_CustomerDiff::changeList()
{
    QFETCH(Customer, before);
    QFETCH(CustomerDraft, after);
    QFETCH(QStringList, described);

    QStringList texts;
    for (const CustomerChange& change : CustomerDiff::changes(before, after)) {
        texts.append(change.describe());
    }
    QCOMPARE(texts, described);
}

void tst_CustomerDiff::changeKinds()
{
    using Kind = CustomerChange::Kind;
    const QList<CustomerChange> list = CustomerDiff::changes(
        customer(u"City"_s, {{u"b"_s, u"1"_s}, {u"d"_s, u"4"_s}}), u"Town"_s, {{u"a"_s, u"0"_s}, {u"b"_s, u"2"_s}});
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0), (CustomerChange {Kind::NameChanged, QString(), u"City"_s, u"Town"_s}));
    QCOMPARE(list.at(1), (CustomerChange {Kind::MetadataAdded, u"a"_s, QString(), u"0"_s}));
    QCOMPARE(list.at(2), (CustomerChange {Kind::MetadataChanged, u"b"_s, u"1"_s, u"2"_s}));
    QCOMPARE(list.at(3), (CustomerChange {Kind::MetadataRemoved, u"d"_s, u"4"_s, QString()}));
}

QTEST_GUILESS_MAIN(tst_CustomerDiff)
#include "tst_customerdiff.moc"
