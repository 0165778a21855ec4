// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// A bulk change's progress view in the real window against an in-process sandbox: Pause lets the customers in flight
// finish and sends nothing more until Resume; Cancel stops after the requests in flight and leaves the rest as they
// are (Resume goes on with them); customers the server refused are listed as failed with why, and Retry Failed tries
// only them again; the report exported as CSV holds every customer's outcome. No customer is ever changed twice.
#include "BulkTestBed.h"

#include "core/bulk/BulkSession.h"
#include "core/io/CsvReader.h"
#include "sandbox/SandboxServer.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkPreviewModel.h"
#include "ui/bulk/BulkProgressView.h"
#include "ui/bulk/BulkReportCsv.h"
#include "ui/bulk/BulkResultsModel.h"
#include "ui/customerlist/CustomerListPanel.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using State = BulkSession::State;

class tst_BulkProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_bed.reset(); }

    void pauseLetsTheRequestsInFlightFinishAndResumeGoesOn();
    void cancelStopsAfterTheRequestsInFlightAndLeavesTheRest();
    void refusedCustomersFailWithWhyAndRetryFailedTriesOnlyThem();
    void theReportHoldsEveryCustomersOutcome();

private:
    // Every customer of the list, "set tier = gold", previewed and applied; the dialog once the run has started.
    BulkChangeDialog* startSettingTierOnAll();
    QPushButton* button(const QString& name) const { return m_dialog->findChild<QPushButton*>(name); }
    int customersWithTier() const;

    std::unique_ptr<BulkTestBed> m_bed;
    BulkChangeDialog* m_dialog = nullptr;
};

void tst_BulkProgress::init()
{
    m_bed = std::make_unique<BulkTestBed>();
    QVERIFY(m_bed->start());
}

BulkChangeDialog* tst_BulkProgress::startSettingTierOnAll()
{
    m_bed->list()->setFocus();
    QTest::keyClick(m_bed->list(), Qt::Key_A, Qt::ControlModifier);
    m_dialog = m_bed->openDialogByKeyboard();
    if (!m_dialog)
        return nullptr;
    BulkTestBed::typeOperation(m_dialog, 0, u"tier"_s, u"gold"_s);
    if (!BulkTestBed::previewByKeyboard(m_dialog))
        return nullptr;
    return BulkTestBed::apply(m_dialog) ? m_dialog : nullptr;
}

int tst_BulkProgress::customersWithTier() const
{
    int count = 0;
    for (const Sandbox::CustomerRecord& record : m_bed->server().store().customers())
        count += record.metadata->value(u"tier"_s) == u"gold"_s ? 1 : 0;
    return count;
}

void tst_BulkProgress::pauseLetsTheRequestsInFlightFinishAndResumeGoesOn()
{
    QVERIFY(m_bed->server().addFault(u"latency=60,method=PATCH,count=always"_s));
    QVERIFY(startSettingTierOnAll());
    BulkSession* session = m_dialog->session();
    QTRY_VERIFY(session->progress().succeeded >= 3);
    QVERIFY(button(u"pauseButton"_s)->isEnabled());
    QVERIFY(!button(u"resumeButton"_s)->isEnabled());
    QTest::mouseClick(button(u"pauseButton"_s), Qt::LeftButton);
    QTRY_COMPARE(session->state(), State::Paused);
    BulkProgressView* view = m_dialog->progressView();
    QVERIFY2(view->stateText().startsWith(u"Paused"_s), qPrintable(view->stateText()));
    QVERIFY(!button(u"pauseButton"_s)->isEnabled());
    QVERIFY(button(u"resumeButton"_s)->isEnabled());
    const int done = session->progress().succeeded;
    QVERIFY(done < 30);
    QCOMPARE(customersWithTier(), done);
    QCOMPARE(session->progress().left(), 30 - done);
    QVERIFY2(view->countsText().contains(u"left: %1"_s.arg(30 - done)), qPrintable(view->countsText()));

    // Nothing more is sent while paused.
    const int patches = m_bed->requests("PATCH");
    QSignalSpy changed(session, &BulkSession::itemChanged);
    QVERIFY(!changed.wait(300));
    QCOMPARE(m_bed->requests("PATCH"), patches);

    QTest::mouseClick(button(u"resumeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == State::Finished, 20000);
    QCOMPARE(session->progress().succeeded, 30);
    QCOMPARE(customersWithTier(), 30);
    QCOMPARE(m_bed->requests("PATCH"), 30); // each customer once
    QCOMPARE(view->stateText(), u"Finished."_s);
}

void tst_BulkProgress::cancelStopsAfterTheRequestsInFlightAndLeavesTheRest()
{
    QVERIFY(m_bed->server().addFault(u"latency=60,method=PATCH,count=always"_s));
    QVERIFY(startSettingTierOnAll());
    BulkSession* session = m_dialog->session();
    QTRY_VERIFY(session->progress().succeeded >= 2);
    QTest::mouseClick(button(u"cancelRunButton"_s), Qt::LeftButton);
    QTRY_COMPARE(session->state(), State::Cancelled);
    const int done = session->progress().succeeded;
    QVERIFY(done < 30);
    QCOMPARE(customersWithTier(), done);
    QVERIFY2(m_dialog->progressView()->stateText().contains(u"not tried: %1"_s.arg(30 - done)),
        qPrintable(m_dialog->progressView()->stateText()));
    int waiting = 0;
    BulkResultsModel* results = m_dialog->progressView()->resultsModel();
    for (int row = 0; row < results->rowCount(); ++row)
        waiting += results->index(row, BulkResultsModel::OutcomeColumn).data().toString() == u"Waiting"_s ? 1 : 0;
    QCOMPARE(waiting, 30 - done);

    // Resume goes on with the rest.
    QVERIFY(button(u"resumeButton"_s)->isEnabled());
    QTest::mouseClick(button(u"resumeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == State::Finished, 20000);
    QCOMPARE(customersWithTier(), 30);
    QCOMPARE(m_bed->requests("PATCH"), 30);
}

void tst_BulkProgress::refusedCustomersFailWithWhyAndRetryFailedTriesOnlyThem()
{
    // Two PATCHes refused as invalid (not retried by the client).
    QVERIFY(m_bed->server().addFault(u"status=422,method=PATCH,count=2"_s));
    QVERIFY(startSettingTierOnAll());
    BulkSession* session = m_dialog->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == State::Finished, 20000);
    QCOMPARE(session->progress().failed, 2);
    QCOMPARE(session->progress().succeeded, 28);
    QCOMPARE(customersWithTier(), 28);
    QVERIFY2(m_dialog->progressView()->stateText().contains(u"failed: 2"_s),
        qPrintable(m_dialog->progressView()->stateText()));

    BulkResultsModel* results = m_dialog->progressView()->resultsModel();
    QStringList failed;
    for (int row = 0; row < results->rowCount(); ++row) {
        if (results->index(row, BulkResultsModel::OutcomeColumn).data().toString() == u"Failed"_s) {
            failed.append(results->index(row, BulkResultsModel::IdColumn).data().toString());
            QVERIFY(!results->index(row, BulkResultsModel::DetailsColumn).data().toString().isEmpty());
        }
    }
    QCOMPARE(failed.size(), 2);
    for (const QString& id : std::as_const(failed))
        QVERIFY(!m_bed->stored(id).metadata->contains(u"tier"_s));

    QVERIFY(button(u"retryFailedButton"_s)->isEnabled());
    const int patches = m_bed->requests("PATCH");
    QTest::mouseClick(button(u"retryFailedButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == State::Finished && session->progress().failed == 0, 20000);
    QCOMPARE(session->progress().succeeded, 30);
    QCOMPARE(m_bed->requests("PATCH"), patches + 2); // only the two again
    QCOMPARE(customersWithTier(), 30);
    QVERIFY(!button(u"retryFailedButton"_s)->isEnabled());
}

void tst_BulkProgress::theReportHoldsEveryCustomersOutcome()
{
    QVERIFY(m_bed->server().addFault(u"status=422,method=PATCH,count=1"_s));
    m_bed->list()->setFocus();
    QTest::keyClick(m_bed->list(), Qt::Key_A, Qt::ControlModifier);
    m_dialog = m_bed->openDialogByKeyboard();
    QVERIFY(m_dialog);
    BulkTestBed::typeOperation(m_dialog, 0, u"tier"_s, u"gold"_s);
    QVERIFY(BulkTestBed::previewByKeyboard(m_dialog));
    m_dialog->previewModel()->setIncluded(4, false);
    const QStringList ids = m_dialog->previewModel()->customerIds();
    QVERIFY(BulkTestBed::applyAndWait(m_dialog));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    QVERIFY(m_dialog->progressView()->writeReport(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = CsvReader::read(QString::fromUtf8(file.readAll()), u',');
    QVERIFY(read.isOk());
    const QList<CsvReader::Record> records = read.value();
    QCOMPARE(records.size(), 31);
    QCOMPARE(records.at(0).fields, BulkReportCsv::header());
    QMap<QString, int> states;
    for (int row = 1; row < records.size(); ++row) {
        const QStringList& fields = records.at(row).fields;
        QCOMPARE(fields.at(0), QString::number(row));
        QCOMPARE(fields.at(1), ids.at(row - 1));
        QCOMPARE(fields.at(2), m_bed->stored(ids.at(row - 1)).name);
        ++states[fields.at(3)];
        if (fields.at(3) == u"failed"_s) {
            QCOMPARE(fields.at(4), u"UnprocessableEntity"_s);
            QVERIFY(!fields.at(5).isEmpty());
        }
        QVERIFY2(QDateTime::fromString(fields.at(6), Qt::ISODateWithMs).isValid(), qPrintable(fields.at(6)));
    }
    QCOMPARE(records.at(5).fields.at(3), u"excluded"_s);
    QCOMPARE(states, (QMap<QString, int> {{u"succeeded"_s, 28}, {u"failed"_s, 1}, {u"excluded"_s, 1}}));
    QVERIFY2(m_dialog->progressView()->messageText().contains(u"report.csv"_s),
        qPrintable(m_dialog->progressView()->messageText()));

    // A file that cannot be written says why.
    QVERIFY(!m_dialog->progressView()->writeReport(dir.filePath(u"no/such/folder/report.csv"_s)));
    QVERIFY2(m_dialog->progressView()->messageText().startsWith(u"Not exported"_s),
        qPrintable(m_dialog->progressView()->messageText()));
}

QTEST_MAIN(tst_BulkProgress)
#include "tst_bulkprogress.moc"
