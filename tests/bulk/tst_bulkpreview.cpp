// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The preview of a bulk change: each customer's plan on what the mirror holds (no request) or on what the API holds
// now, in the order asked; a customer that cannot be read is shown with why; nothing is written.

#include "core/bulk/BulkPreview.h"
#include "core/io/CustomerJson.h"
#include "core/store/CustomerMirror.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using Op = BulkOperation;
using Outcome = BulkCustomerPlan::Outcome;

class tst_BulkPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void mirroredCustomersArePlannedWithoutARequest();
    void customersTheMirrorLacksAreReadFromTheApi();
    void fromTheApiEveryCustomerIsReadNow();
    void aCustomerThatCannotBeReadSaysWhy();
    void cancelStopsReading();

private:
    QStringList ids() const;
    // The first count customers in the mirror, with a tier the sandbox does not have.
    void mirror(int count, const QString& tier);
    bool runPreview(BulkPreview& preview, const QStringList& ids, BulkPreview::Source source);

    ClientTestBed m_bed;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<WorkspaceStore> m_store;
};

void tst_BulkPreview::init()
{
    QVERIFY(m_bed.restart(9, 12));
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = WorkspaceStore::open(m_dir->filePath(u"preview.sqlite"_s));
    QVERIFY(opened.isOk());
    m_store = opened.value();
}

void tst_BulkPreview::cleanup()
{
    m_store.reset();
    m_bed.stop();
}

QStringList tst_BulkPreview::ids() const
{
    QStringList all;
    for (const Sandbox::CustomerRecord& record : m_bed.server().store().customers())
        all.append(record.id);
    return all;
}

void tst_BulkPreview::mirror(int count, const QString& tier)
{
    CustomerMirror mirror(m_store);
    const qint64 generation = mirror.beginSync().value();
    QList<Customer> customers;
    for (const Sandbox::CustomerRecord& record : m_bed.server().store().customers().mid(0, count)) {
        Customer customer = CustomerJson::fromJson(record.toApiJson()).value();
        Metadata metadata = customer.metadata();
        metadata.insert(u"tier"_s, tier);
        customer.setMetadata(metadata);
        customers.append(customer);
    }
    QVERIFY(!mirror.storePage(generation, customers));
}

bool tst_BulkPreview::runPreview(BulkPreview& preview, const QStringList& ids, BulkPreview::Source source)
{
    QSignalSpy finished(&preview, &BulkPreview::finished);
    preview.start({Op::setValue(u"tier"_s, u"gold"_s)}, ids, source);
    return finished.wait(10000) && finished.size() == 1 && !preview.isRunning();
}

void tst_BulkPreview::mirroredCustomersArePlannedWithoutARequest()
{
    mirror(12, u"gold"_s);
    BulkPreview preview(&m_bed.client(), m_store);
    QStringList asked = ids();
    std::reverse(asked.begin(), asked.end());
    QVERIFY(runPreview(preview, asked, BulkPreview::Source::Mirror));
    QCOMPARE(m_bed.records().size(), 0);
    QCOMPARE(preview.fromMirror(), 12);
    QCOMPARE(preview.plans().size(), 12);
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(preview.plans().at(i).before.id(), asked.at(i));
        QCOMPARE(preview.plans().at(i).outcome, Outcome::Skip); // the mirror already says gold
    }
}

void tst_BulkPreview::customersTheMirrorLacksAreReadFromTheApi()
{
    mirror(5, u"gold"_s);
    BulkPreview preview(&m_bed.client(), m_store);
    QSignalSpy progress(&preview, &BulkPreview::progress);
    QVERIFY(runPreview(preview, ids(), BulkPreview::Source::Mirror));
    QCOMPARE(m_bed.records("GET").size(), 7);
    QCOMPARE(preview.fromMirror(), 5);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(preview.plans().at(i).outcome, i < 5 ? Outcome::Skip : Outcome::Change);
    QCOMPARE(progress.last().at(0).toInt(), 12);
    QCOMPARE(progress.last().at(1).toInt(), 12);
    QCOMPARE(m_bed.records("PATCH").size(), 0);
}

void tst_BulkPreview::fromTheApiEveryCustomerIsReadNow()
{
    mirror(12, u"gold"_s);
    BulkPreview preview(&m_bed.client(), m_store);
    QVERIFY(runPreview(preview, ids(), BulkPreview::Source::Api));
    QCOMPARE(m_bed.records("GET").size(), 12);
    QCOMPARE(preview.fromMirror(), 0);
    for (const BulkCustomerPlan& plan : preview.plans()) {
        QCOMPARE(plan.outcome, Outcome::Change); // the server has no tier gold
        QCOMPARE(plan.after.metadata().value(u"tier"_s), u"gold"_s);
    }
}

void tst_BulkPreview::aCustomerThatCannotBeReadSaysWhy()
{
    m_bed.setOptions([](ClientOptions& options) { options.maxRetries = 0; });
    BulkPreview preview(&m_bed.client(), nullptr);
    const QStringList asked {ids().at(0), u"cus_ffffffffffffffffffffffffffffffff"_s};
    QVERIFY(runPreview(preview, asked, BulkPreview::Source::Api));
    QCOMPARE(preview.plans().at(0).outcome, Outcome::Change);
    QCOMPARE(preview.plans().at(1).outcome, Outcome::Invalid);
    QCOMPARE(preview.plans().at(1).before.id(), asked.at(1));
    QVERIFY2(preview.plans().at(1).problems.value(0).startsWith(u"It could not be read: "_s),
        qPrintable(preview.plans().at(1).problems.value(0)));
}

void tst_BulkPreview::cancelStopsReading()
{
    QVERIFY(m_bed.server().addFault(u"latency=200,count=always"_s));
    BulkPreview preview(&m_bed.client(), m_store);
    QSignalSpy finished(&preview, &BulkPreview::finished);
    preview.start({Op::setValue(u"tier"_s, u"gold"_s)}, ids(), BulkPreview::Source::Api);
    QTRY_VERIFY(m_bed.server().pendingCount() > 0);
    preview.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!preview.isRunning());
    QCOMPARE(preview.plans().size(), 12);
    QCOMPARE(preview.plans().at(11).problems, QStringList {u"Not read."_s});
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_bed.records("GET").size() <= 8);
}

QTEST_GUILESS_MAIN(tst_BulkPreview)
#include "tst_bulkpreview.moc"
