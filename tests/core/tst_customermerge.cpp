// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/io/CustomerJson.h"
#include "core/model/Customer.h"
#include "core/model/CustomerChange.h"
#include "core/model/CustomerDiff.h"
#include "core/model/CustomerDraft.h"
#include "core/model/CustomerMerge.h"
#include "core/model/MergeConflict.h"
#include "core/model/MergeResult.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Side = MergeConflict::Side;

Customer customer(const QString& name, const Metadata& metadata)
{
    Customer c;
    c.setId(u"cus_1234567890abcdef1234567890abcdef"_s);
    c.setName(name);
    if (!metadata.isEmpty()) {
        c.setMetadata(metadata);
    }
    return c;
}

QString shown(const std::optional<QString>& value)
{
    return value ? *value : u"∅"_s;
}

// "region: base north, mine ∅, theirs south" (∅ = key absent); the name is listed as "(name)".
QStringList conflictSignatures(const MergeResult& result)
{
    QStringList list;
    for (const MergeConflict& conflict : result.conflicts()) {
        const QString what = conflict.field == MergeConflict::Field::Name ? u"(name)"_s : conflict.key;
        list.append(u"%1: base %2, mine %3, theirs %4"_s.arg(
            what, shown(conflict.base), shown(conflict.mine), shown(conflict.theirs)));
    }
    return list;
}

QStringList described(const QList<CustomerChange>& changes)
{
    QStringList list;
    for (const CustomerChange& change : changes) {
        list.append(change.describe());
    }
    return list;
}

const Metadata kNorth {{u"region"_s, u"north"_s}};

} // namespace

// Saving safely when someone else changed the customer after it was loaded.
class tst_CustomerMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data();
    void merge();
    void mergeTakesADraft();
    void resolvePicksASide();
    void resolveRefusesABadIndex();
    void patchAgainstTheirs_data();
    void patchAgainstTheirs();
    void patchAgainstTheBaseWouldLoseTheirKeys();
    void conflictDescription();
};

void tst_CustomerMerge::merge_data()
{
    QTest::addColumn<QString>("baseName");
    QTest::addColumn<Metadata>("baseMetadata");
    QTest::addColumn<QString>("mineName");
    QTest::addColumn<Metadata>("mineMetadata");
    QTest::addColumn<QString>("theirName");
    QTest::addColumn<Metadata>("theirMetadata");
    QTest::addColumn<QString>("mergedName");
    QTest::addColumn<Metadata>("mergedMetadata");
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<QStringList>("theirChanges");

    const QString city = u"City"_s;
    const Metadata none;
    const QStringList nothing;

    // The name.
    QTest::addRow("name unchanged by both keeps the base name")
        << city << none << city << none << city << none << city << none << nothing << nothing;
    QTest::addRow("name changed by me only takes mine")
        << city << none << u"Mine"_s << none << city << none << u"Mine"_s << none << nothing << nothing;
    QTest::addRow("name changed by them only takes theirs and lists it")
        << city << none << city << none << u"Theirs"_s << none << u"Theirs"_s << none << nothing
        << QStringList {u"Renamed from “City” to “Theirs”"_s};
    QTest::addRow("name changed by both to the same takes it")
        << city << none << u"Same"_s << none << u"Same"_s << none << u"Same"_s << none << nothing << nothing;
    QTest::addRow("name changed by both differently is a conflict that holds theirs")
        << city << none << u"Mine"_s << none << u"Theirs"_s << none << u"Theirs"_s << none
        << QStringList {u"(name): base City, mine Mine, theirs Theirs"_s} << nothing;
    QTest::addRow("names are compared trimmed: my spaces are no change")
        << city << none << u"  City "_s << none << u"Theirs"_s << none << u"Theirs"_s << none << nothing
        << QStringList {u"Renamed from “City” to “Theirs”"_s};
    QTest::addRow("names are compared trimmed: both renamed alike but spaced differently")
        << city << none << u"New "_s << none << u" New"_s << none << u"New"_s << none << nothing << nothing;

    // One metadata key.
    QTest::addRow("key unchanged by both keeps the base value")
        << city << kNorth << city << kNorth << city << kNorth << city << kNorth << nothing << nothing;
    QTest::addRow("key changed by me only takes mine")
        << city << kNorth << city << Metadata {{u"region"_s, u"south"_s}} << city << kNorth << city
        << Metadata {{u"region"_s, u"south"_s}} << nothing << nothing;
    QTest::addRow("key changed by them only takes theirs and lists it")
        << city << kNorth << city << kNorth << city << Metadata {{u"region"_s, u"east"_s}} << city
        << Metadata {{u"region"_s, u"east"_s}} << nothing << QStringList {u"Changed “region” from “north” to “east”"_s};
    QTest::addRow("key added by me only is added")
        << city << none << city << kNorth << city << none << city << kNorth << nothing << nothing;
    QTest::addRow("key added by them only is kept and listed")
        << city << none << city << none << city << kNorth << city << kNorth << nothing
        << QStringList {u"Added “region”: “north”"_s};
    QTest::addRow("key removed by me only is removed")
        << city << kNorth << city << none << city << kNorth << city << none << nothing << nothing;
    QTest::addRow("key removed by them only is removed and listed")
        << city << kNorth << city << kNorth << city << none << city << none << nothing
        << QStringList {u"Removed “region” (was “north”)"_s};
    QTest::addRow("key changed by both to the same value takes it")
        << city << kNorth << city << Metadata {{u"region"_s, u"west"_s}} << city << Metadata {{u"region"_s, u"west"_s}}
        << city << Metadata {{u"region"_s, u"west"_s}} << nothing << nothing;
    QTest::addRow("key removed by both is removed")
        << city << kNorth << city << none << city << none << city << none << nothing << nothing;
    QTest::addRow("key added by both with the same value takes it")
        << city << none << city << kNorth << city << kNorth << city << kNorth << nothing << nothing;
    QTest::addRow("key added by both with different values is a conflict that holds theirs")
        << city << none << city << Metadata {{u"region"_s, u"south"_s}} << city << kNorth << city << kNorth
        << QStringList {u"region: base ∅, mine south, theirs north"_s} << nothing;
    QTest::addRow("key changed by both differently is a conflict that holds theirs")
        << city << kNorth << city << Metadata {{u"region"_s, u"south"_s}} << city << Metadata {{u"region"_s, u"east"_s}}
        << city << Metadata {{u"region"_s, u"east"_s}} << QStringList {u"region: base north, mine south, theirs east"_s}
        << nothing;
    QTest::addRow("key removed by me and changed by them is a conflict that keeps theirs")
        << city << kNorth << city << none << city << Metadata {{u"region"_s, u"east"_s}} << city
        << Metadata {{u"region"_s, u"east"_s}} << QStringList {u"region: base north, mine ∅, theirs east"_s} << nothing;
    QTest::addRow("key changed by me and removed by them is a conflict that holds their removal")
        << city << kNorth << city << Metadata {{u"region"_s, u"south"_s}} << city << none << city << none
        << QStringList {u"region: base north, mine south, theirs ∅"_s} << nothing;
    QTest::addRow("values are compared exactly: a trailing space is a different value")
        << city << kNorth << city << Metadata {{u"region"_s, u"north "_s}} << city
        << Metadata {{u"region"_s, u"North"_s}} << city << Metadata {{u"region"_s, u"North"_s}}
        << QStringList {u"region: base north, mine north , theirs North"_s} << nothing;

    // Several fields at once.
    QTest::addRow("edits of different keys merge without conflict, their changes listed by key")
        << city << Metadata {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}} << u"Mine"_s
        << Metadata {{u"a"_s, u"mine"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}, {u"m"_s, u"new"_s}} << city
        << Metadata {{u"a"_s, u"1"_s}, {u"c"_s, u"theirs"_s}, {u"t"_s, u"new"_s}} << u"Mine"_s
        << Metadata {{u"a"_s, u"mine"_s}, {u"c"_s, u"theirs"_s}, {u"m"_s, u"new"_s}, {u"t"_s, u"new"_s}} << nothing
        << QStringList {u"Removed “b” (was “2”)"_s, u"Changed “c” from “3” to “theirs”"_s, u"Added “t”: “new”"_s};
    QTest::addRow("conflicts are listed name first, then by key")
        << city << Metadata {{u"a"_s, u"1"_s}, {u"z"_s, u"1"_s}} << u"Mine"_s
        << Metadata {{u"a"_s, u"mine"_s}, {u"z"_s, u"mine"_s}} << u"Theirs"_s
        << Metadata {{u"a"_s, u"theirs"_s}, {u"z"_s, u"theirs"_s}} << u"Theirs"_s
        << Metadata {{u"a"_s, u"theirs"_s}, {u"z"_s, u"theirs"_s}}
        << QStringList {u"(name): base City, mine Mine, theirs Theirs"_s, u"a: base 1, mine mine, theirs theirs"_s,
               u"z: base 1, mine mine, theirs theirs"_s}
        << nothing;
}

void tst_CustomerMerge::merge()
{
    QFETCH(QString, baseName);
    QFETCH(Metadata, baseMetadata);
    QFETCH(QString, mineName);
    QFETCH(Metadata, mineMetadata);
    QFETCH(QString, theirName);
    QFETCH(Metadata, theirMetadata);
    QFETCH(QString, mergedName);
    QFETCH(Metadata, mergedMetadata);
    QFETCH(QStringList, conflicts);
    QFETCH(QStringList, theirChanges);

    const MergeResult result = CustomerMerge::merge(
        customer(baseName, baseMetadata), mineName, mineMetadata, customer(theirName, theirMetadata));
    QCOMPARE(result.name(), mergedName);
    QCOMPARE(result.metadata(), mergedMetadata);
    QCOMPARE(conflictSignatures(result), conflicts);
    QCOMPARE(result.hasConflicts(), !conflicts.isEmpty());
    QCOMPARE(result.hasUnresolvedConflicts(), !conflicts.isEmpty());
    QCOMPARE(described(result.theirChanges()), theirChanges);
}

void tst_CustomerMerge::mergeTakesADraft()
{
    CustomerDraft mine;
    mine.setName(u"Mine"_s);
    // Duplicate rows become a map as everywhere else: the last row wins.
    mine.setMetadata({{u"region"_s, u"south"_s}, {u"region"_s, u"west"_s}});

    const MergeResult result = CustomerMerge::merge(customer(u"City"_s, kNorth), mine, customer(u"City"_s, kNorth));
    QCOMPARE(result.name(), u"Mine"_s);
    QCOMPARE(result.metadata(), (Metadata {{u"region"_s, u"west"_s}}));
    QVERIFY(!result.hasConflicts());
}

void tst_CustomerMerge::resolvePicksASide()
{
    const Customer base = customer(u"City"_s, {{u"region"_s, u"north"_s}, {u"wing"_s, u"A"_s}});
    const Customer theirs = customer(u"Their City"_s, {{u"region"_s, u"east"_s}, {u"wing"_s, u"B"_s}});
    MergeResult result = CustomerMerge::merge(base, u"My City"_s, {{u"wing"_s, u"C"_s}}, theirs);

    QCOMPARE(result.conflicts().size(), 3); // name, region (I removed, they changed), wing
    QCOMPARE(result.name(), u"Their City"_s);
    QCOMPARE(result.metadata(), theirs.metadata());

    QVERIFY(result.resolve(0, Side::Mine));
    QCOMPARE(result.name(), u"My City"_s);
    QCOMPARE(result.conflicts().at(0).resolution, std::optional(Side::Mine));
    QVERIFY(result.hasUnresolvedConflicts());

    QVERIFY(result.resolve(1, Side::Mine)); // my removal of "region"
    QVERIFY(result.resolve(2, Side::Theirs));
    QVERIFY(!result.hasUnresolvedConflicts());
    QCOMPARE(result.metadata(), (Metadata {{u"wing"_s, u"B"_s}}));

    // A choice can be changed.
    QVERIFY(result.resolve(1, Side::Theirs));
    QVERIFY(result.resolve(2, Side::Mine));
    QCOMPARE(result.metadata(), (Metadata {{u"region"_s, u"east"_s}, {u"wing"_s, u"C"_s}}));
    QCOMPARE(CustomerJson::patchToBytes(result.patchAgainstTheirs()),
        R"({"expressCustomerName":"My City","metadata":{"region":"east","wing":"C"}})"_ba);
}

void tst_CustomerMerge::resolveRefusesABadIndex()
{
    MergeResult result = CustomerMerge::merge(customer(u"City"_s, {}), u"Mine"_s, {}, customer(u"Theirs"_s, {}));
    QCOMPARE(result.conflicts().size(), 1);
    QVERIFY(!result.resolve(1, Side::Mine));
    QVERIFY(!result.resolve(-1, Side::Mine));
    QCOMPARE(result.name(), u"Theirs"_s);
    QVERIFY(result.hasUnresolvedConflicts());
}

void tst_CustomerMerge::patchAgainstTheirs_data()
{
    QTest::addColumn<Metadata>("baseMetadata");
    QTest::addColumn<QString>("mineName");
    QTest::addColumn<Metadata>("mineMetadata");
    QTest::addColumn<QString>("theirName");
    QTest::addColumn<Metadata>("theirMetadata");
    QTest::addColumn<QByteArray>("body");

    const QString city = u"City"_s;
    QTest::addRow("my changed key goes out with the key they added")
        << kNorth << city << Metadata {{u"region"_s, u"south"_s}} << city
        << Metadata {{u"region"_s, u"north"_s}, {u"wing"_s, u"A"_s}}
        << R"({"metadata":{"region":"south","wing":"A"}})"_ba;
    QTest::addRow("my removed key goes out without it, their added key kept")
        << kNorth << city << Metadata() << city << Metadata {{u"region"_s, u"north"_s}, {u"wing"_s, u"A"_s}}
        << R"({"metadata":{"wing":"A"}})"_ba;
    QTest::addRow("removing the last key when they changed nothing sends null")
        << kNorth << city << Metadata() << city << kNorth << R"({"metadata":null})"_ba;
    QTest::addRow("only their changes: nothing to send")
        << kNorth << city << kNorth << u"Renamed"_s << Metadata {{u"wing"_s, u"A"_s}} << "{}"_ba;
    QTest::addRow("my rename alone leaves their metadata change alone")
        << kNorth << u"Mine"_s << kNorth << city << Metadata {{u"region"_s, u"east"_s}}
        << R"({"expressCustomerName":"Mine"})"_ba;
    QTest::addRow("an unresolved conflict sends nothing for that field")
        << kNorth << u"Mine"_s << Metadata {{u"region"_s, u"south"_s}} << u"Theirs"_s
        << Metadata {{u"region"_s, u"east"_s}} << "{}"_ba;
    QTest::addRow("the same rename on both sides sends nothing")
        << kNorth << u" Same "_s << kNorth << u"Same"_s << kNorth << "{}"_ba;
}

void tst_CustomerMerge::patchAgainstTheirs()
{
    QFETCH(Metadata, baseMetadata);
    QFETCH(QString, mineName);
    QFETCH(Metadata, mineMetadata);
    QFETCH(QString, theirName);
    QFETCH(Metadata, theirMetadata);
    QFETCH(QByteArray, body);

    const Customer theirs = customer(theirName, theirMetadata);
    const MergeResult result = CustomerMerge::merge(customer(u"City"_s, baseMetadata), mineName, mineMetadata, theirs);
    QCOMPARE(CustomerJson::patchToBytes(result.patchAgainstTheirs()), body);
}

void tst_CustomerMerge::patchAgainstTheBaseWouldLoseTheirKeys()
{
    // Why the patch must be computed against THEIR state: metadata is replaced as a whole map.
    const Customer base = customer(u"City"_s, kNorth);
    const Customer theirs = customer(u"City"_s, {{u"region"_s, u"north"_s}, {u"wing"_s, u"A"_s}});
    const Metadata mine {{u"region"_s, u"south"_s}};

    const MergeResult result = CustomerMerge::merge(base, u"City"_s, mine, theirs);
    QCOMPARE(CustomerJson::patchToBytes(CustomerDiff::between(base, u"City"_s, mine)),
        R"({"metadata":{"region":"south"}})"_ba);
    QCOMPARE(
        CustomerJson::patchToBytes(result.patchAgainstTheirs()), R"({"metadata":{"region":"south","wing":"A"}})"_ba);
    QCOMPARE(described(result.theirChanges()), QStringList {u"Added “wing”: “A”"_s});
}

void tst_CustomerMerge::conflictDescription()
{
    const MergeResult result = CustomerMerge::merge(
        customer(u"City"_s, kNorth), u"Mine"_s, {}, customer(u"Theirs"_s, {{u"region"_s, u"east"_s}}));
    QCOMPARE(result.conflicts().size(), 2);
    QCOMPARE(result.conflicts().at(0).describe(), u"Name: yours “Mine”, theirs “Theirs” (was “City”)"_s);
    QCOMPARE(result.conflicts().at(1).describe(), u"“region”: yours removed, theirs “east” (was “north”)"_s);
}

QTEST_GUILESS_MAIN(tst_CustomerMerge)
#include "tst_customermerge.moc"
