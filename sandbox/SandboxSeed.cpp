// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxSeed.h"

#include "sandbox/RandomHex.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList Institutions {
    u"City Medical Center"_s,
    u"Lakeside Imaging"_s,
    u"St. Mary's Hospital"_s,
    u"Northwind Diagnostic Imaging"_s,
    u"Riverside Regional Hospital"_s,
    u"Mercy General Hospital"_s,
    u"Harborview Radiology Partners"_s,
    u"Pinecrest Children's Hospital"_s,
    u"Valley Orthopedic Clinic"_s,
    u"Summit Cancer Institute"_s,
    u"Greenfield Community Hospital"_s,
    u"Bayside Women's Health"_s,
    u"Eastgate Veterans Medical Center"_s,
    u"Northshore University Hospital"_s,
    u"Clearwater Teleradiology"_s,
    u"Hôpital Saint-Laurent"_s,
    u"Klinikum Nordstadt"_s,
    u"Redwood Heart & Vascular"_s,
    u"Meadowbrook Urgent Care"_s,
    u"Cedar Hills Neurology Associates"_s,
    u"Oakridge Sports Medicine"_s,
    u"Silver Lake Dental Imaging"_s,
    u"Granite State Diagnostics"_s,
    u"Prairie View Rural Health"_s,
};

const QStringList Departments {
    u"Radiology Department"_s,
    u"Cardiology"_s,
    u"Emergency Imaging"_s,
    u"Nuclear Medicine"_s,
    u"Mammography"_s,
    u"Interventional Radiology"_s,
    u"Pediatric Imaging"_s,
    u"Oncology"_s,
    u"Neuroradiology"_s,
    u"Musculoskeletal Imaging"_s,
};

const QStringList Regions {u"northeast"_s, u"southeast"_s, u"midwest"_s, u"southwest"_s, u"west"_s, u"emea"_s};
const QStringList Tiers {u"basic"_s, u"standard"_s, u"premium"_s, u"enterprise"_s};
const QStringList PacsVendors {u"orthanc"_s, u"dcm4chee"_s, u"sectra"_s, u"agfa"_s, u"philips"_s};

QString uuid(QRandomGenerator& random)
{
    const QString h = RandomHex::generate(random, 16);
    // Version 4 / variant 1 layout, so it reads as a real UUID.
    return u"%1-%2-4%3-%4%5-%6"_s.arg(h.mid(0, 8), h.mid(8, 4), h.mid(13, 3))
        .arg(u"89ab"_s.at(random.bounded(4)))
        .arg(h.mid(17, 3), h.mid(20, 12));
}

template<typename T>
const T& pick(QRandomGenerator& random, const QList<T>& list)
{
    return list.at(random.bounded(static_cast<int>(list.size())));
}

} // namespace

QList<CustomerRecord> SandboxSeed::generate(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    const QDateTime epoch(QDate(2024, 1, 8), QTime(9, 0), QTimeZone::utc());
    // A few API keys and dashboard users created the customers.
    const QStringList apiKeys {uuid(random), uuid(random), uuid(random)};
    QStringList users;
    for (int i = 0; i < 40; ++i)
        users.append(u"usr_"_s + RandomHex::generate(random, 16));

    QList<CustomerRecord> customers;
    QDateTime created = epoch;
    for (int i = 0; i < count; ++i) {
        CustomerRecord record;
        record.id = u"cus_"_s + RandomHex::generate(random, 16);
        // Unsigned: a seed of 2^31 or more must not wrap to a negative index.
        const QString institution = Institutions.at(static_cast<qsizetype>(
            (quint64 {seed} + static_cast<quint64>(i)) % static_cast<quint64>(Institutions.size())));
        const QString department = random.bounded(3) != 0 ? pick(random, Departments) : QString();
        record.name = department.isEmpty() ? institution : institution + u" - "_s + department;
        if (i >= Institutions.size())
            record.name += u" (site %1)"_s.arg(i / Institutions.size() + 1);

        created =
            created.addSecs(3600 * (6 + random.bounded(90)) + random.bounded(3600)).addMSecs(random.bounded(1000));
        record.createdAt = created;
        const int change = random.bounded(10);
        if (change < 3)
            record.updatedAt = QDateTime(); // never updated (the contract allows null)
        else
            record.updatedAt = created.addSecs(60 * (1 + random.bounded(60 * 24 * 30))).addMSecs(random.bounded(1000));
        record.active = random.bounded(6) != 0;

        if (random.bounded(3) == 0) {
            record.createdByUserId = pick(random, users);
        } else {
            record.createdByApiKeyId = pick(random, apiKeys);
            if (random.bounded(4) == 0)
                record.createdByUserId = pick(random, users);
        }

        const int shape = random.bounded(8);
        if (shape != 0) {
            QMap<QString, QString> metadata;
            metadata.insert(u"region"_s, pick(random, Regions));
            metadata.insert(u"contractTier"_s, pick(random, Tiers));
            if (!department.isEmpty())
                metadata.insert(u"department"_s, department.toLower());
            if (shape > 2)
                metadata.insert(u"billingCode"_s, u"BC-%1"_s.arg(10000 + random.bounded(90000)));
            if (shape > 4)
                metadata.insert(u"pacsVendor"_s, pick(random, PacsVendors));
            if (shape == 7)
                metadata.insert(u"costCenter"_s, u"CC%1"_s.arg(100 + random.bounded(900)));
            record.metadata = metadata;
        }
        const int memberCount = random.bounded(7);
        for (int m = 0; m < memberCount; ++m)
            record.members.insert(pick(random, users));
        customers.append(record);
    }
    return customers;
}

} // namespace Sandbox
