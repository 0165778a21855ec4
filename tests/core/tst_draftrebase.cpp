// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// What a user typed while a save was on its way survives the save's end.
#include "core/model/Customer.h"
#include "core/model/CustomerDraft.h"
#include "core/model/CustomerMerge.h"
#include "core/model/DraftRebase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Entries = QList<MetadataEntry>;

CustomerDraft draft(const QString& name, const Entries& entries)
{
    CustomerDraft d;
    d.setName(name);
    d.setMetadata(entries);
    return d;
}

Customer saved(const QString& name, const Metadata& metadata)
{
    Customer c;
    c.setId(u"cus_1234567890abcdef1234567890abcdef"_s);
    c.setName(name);
    c.setMetadata(metadata);
    return c;
}

// "key=value" per entry, in order, for readable failures.
QStringList lines(const Entries& entries)
{
    QStringList list;
    for (const MetadataEntry& entry : entries)
        list.append(entry.key + u'=' + entry.value);
    return list;
}

} // namespace

class tst_DraftRebase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadata_data()
    {
        QTest::addColumn<Entries>("submitted");
        QTest::addColumn<Entries>("current");
        QTest::addColumn<Metadata>("onServer");
        QTest::addColumn<QStringList>("expected");

        const Entries sent {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};
        const Metadata stored {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}};

        QTest::addRow("nothing typed since: the server's pairs")
            << sent << sent << stored << QStringList {u"region=north"_s, u"tier=gold"_s};
        QTest::addRow("a row added during the save stays, even empty")
            << sent << (sent + Entries {{u"wing"_s, u"B"_s}, {QString(), QString()}}) << stored
            << QStringList {u"region=north"_s, u"tier=gold"_s, u"wing=B"_s, u"="_s};
        QTest::addRow("a value changed during the save stays")
            << sent << Entries {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}} << stored
            << QStringList {u"region=south"_s, u"tier=gold"_s};
        QTest::addRow("a row removed during the save stays removed")
            << sent << Entries {{u"tier"_s, u"gold"_s}} << stored << QStringList {u"tier=gold"_s};
        QTest::addRow("an untouched row follows the server's value")
            << sent << (sent + Entries {{u"wing"_s, u"B"_s}})
            << Metadata {{u"region"_s, u"north-east"_s}, {u"tier"_s, u"gold"_s}}
            << QStringList {u"region=north-east"_s, u"tier=gold"_s, u"wing=B"_s};
        QTest::addRow("an untouched row the server dropped goes")
            << sent << (sent + Entries {{u"wing"_s, u"B"_s}}) << Metadata {{u"tier"_s, u"gold"_s}}
            << QStringList {u"tier=gold"_s, u"wing=B"_s};
        QTest::addRow("another writer's key is added")
            << sent << (sent + Entries {{u"wing"_s, u"B"_s}})
            << Metadata {{u"region"_s, u"north"_s}, {u"site"_s, u"3"_s}, {u"tier"_s, u"gold"_s}}
            << QStringList {u"region=north"_s, u"tier=gold"_s, u"wing=B"_s, u"site=3"_s};
        QTest::addRow("a key typed since wins over another writer's same key")
            << sent << (sent + Entries {{u"site"_s, u"mine"_s}})
            << Metadata {{u"region"_s, u"north"_s}, {u"site"_s, u"theirs"_s}, {u"tier"_s, u"gold"_s}}
            << QStringList {u"region=north"_s, u"tier=gold"_s, u"site=mine"_s};
        QTest::addRow("a duplicate typed since stays for validation to flag")
            << sent << (sent + Entries {{u"tier"_s, u"silver"_s}}) << stored
            << QStringList {u"region=north"_s, u"tier=gold"_s, u"tier=silver"_s};
    }

    void metadata()
    {
        QFETCH(Entries, submitted);
        QFETCH(Entries, current);
        QFETCH(Metadata, onServer);
        QFETCH(QStringList, expected);

        const CustomerDraft result = DraftRebase::onto(
            draft(u"City Clinic"_s, submitted), draft(u"City Clinic"_s, current), saved(u"City Clinic"_s, onServer));
        QCOMPARE(lines(result.metadata()), expected);
    }

    void name_data()
    {
        QTest::addColumn<QString>("submitted");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("onServer");
        QTest::addColumn<QString>("expected");

        QTest::addRow("untouched since: the server's")
            << u"City Clinic"_s << u"City Clinic"_s << u"City Clinic (renamed)"_s << u"City Clinic (renamed)"_s;
        QTest::addRow("typed since: the user's")
            << u"City Clinic"_s << u"City Clinic North"_s << u"City Clinic"_s << u"City Clinic North"_s;
        QTest::addRow("cleared since: kept empty, for validation to flag")
            << u"City Clinic"_s << QString() << u"City Clinic"_s << QString();
    }

    void name()
    {
        QFETCH(QString, submitted);
        QFETCH(QString, current);
        QFETCH(QString, onServer);
        QFETCH(QString, expected);

        const CustomerDraft result =
            DraftRebase::onto(draft(submitted, {}), draft(current, {}), saved(onServer, Metadata()));
        QCOMPARE(result.name(), expected);
    }
    // A draft kept from before a crash, put on top of the customer as it is now (DraftRebase::merged).
    void restoredDraft_data()
    {
        QTest::addColumn<Entries>("edits");
        QTest::addColumn<Metadata>("onServer");
        QTest::addColumn<int>("resolution"); // -1: no conflict expected; else the MergeConflict::Side taken
        QTest::addColumn<QStringList>("expected");

        // The customer as the edits started from: region=north, tier=gold.
        QTest::addRow("the server's other changes come in, the edits stay")
            << Entries {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}}
            << Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"silver"_s}, {u"new"_s, u"1"_s}} << -1
            << QStringList {u"region=south"_s, u"tier=silver"_s, u"new=1"_s};
        QTest::addRow("a key removed on the server goes, one removed in the edits stays out")
            << Entries {{u"region"_s, u"north"_s}} << Metadata {{u"tier"_s, u"gold"_s}} << -1 << QStringList {};
        QTest::addRow("invalid rows stay as typed (an empty key, the earlier row of a duplicate)")
            << Entries {{u"region"_s, u"east"_s}, {u"region"_s, u"west"_s}, {QString(), u"orphan"_s},
                   {u"tier"_s, u"gold"_s}}
            << Metadata {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}} << -1
            << QStringList {u"region=east"_s, u"region=west"_s, u"=orphan"_s, u"tier=gold"_s};
        QTest::addRow("a conflict decided for mine")
            << Entries {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}}
            << Metadata {{u"region"_s, u"west"_s}, {u"tier"_s, u"gold"_s}} << int(MergeConflict::Side::Mine)
            << QStringList {u"region=south"_s, u"tier=gold"_s};
        QTest::addRow("a conflict decided for the server's")
            << Entries {{u"region"_s, u"south"_s}, {u"tier"_s, u"gold"_s}}
            << Metadata {{u"region"_s, u"west"_s}, {u"tier"_s, u"gold"_s}} << int(MergeConflict::Side::Theirs)
            << QStringList {u"region=west"_s, u"tier=gold"_s};
    }

    void restoredDraft()
    {
        QFETCH(Entries, edits);
        QFETCH(Metadata, onServer);
        QFETCH(int, resolution);
        QFETCH(QStringList, expected);
        const Customer base = saved(u"Cedar"_s, {{u"region"_s, u"north"_s}, {u"tier"_s, u"gold"_s}});
        const CustomerDraft kept = draft(u"Cedar Valley "_s, edits);
        MergeResult merge = CustomerMerge::merge(base, kept, saved(u"Cedar"_s, onServer));
        QCOMPARE(merge.hasConflicts(), resolution >= 0);
        if (resolution >= 0)
            QVERIFY(merge.resolve(0, MergeConflict::Side(resolution)));
        const CustomerDraft result = DraftRebase::merged(kept, merge);
        QCOMPARE(lines(result.metadata()), expected);
        QCOMPARE(result.name(), u"Cedar Valley "_s); // the user's, as typed
    }

    void restoredDraftTakesTheServersName()
    {
        const Customer base = saved(u"Cedar"_s, {});
        const CustomerDraft kept = draft(u"Cedar"_s, {});
        const CustomerDraft result =
            DraftRebase::merged(kept, CustomerMerge::merge(base, kept, saved(u"Cedar Valley"_s, {})));
        QCOMPARE(result.name(), u"Cedar Valley"_s);
    }
};

QTEST_GUILESS_MAIN(tst_DraftRebase)
#include "tst_draftrebase.moc"
