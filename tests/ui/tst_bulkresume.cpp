// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// A bulk change left unfinished (the window gone mid-run, as in a crash) is offered at the next start: "Resume the
// bulk change … (N of M customers left)?" — Resume goes on with it in the dialog and changes no customer twice, even
// with an operation that would show it (a replace); Discard marks it cancelled and sends nothing; Later asks again.
#include "BulkTestBed.h"

#include "core/bulk/BulkSession.h"
#include "core/store/BulkJournal.h"
#include "sandbox/SandboxServer.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkController.h"
#include "ui/bulk/BulkResumeOffer.h"
#include "ui/shell/MainWindow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using State = BulkSession::State;

namespace {

const BulkOperation kReplace = BulkOperation::replaceText(u"notes"_s, u"Ann"_s, u"Ann Lee"_s);

} // namespace

class tst_BulkResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_bed.reset(); }

    void aRunLeftUnfinishedIsOfferedAndResumedWithoutChangingAnyoneTwice();
    void discardEndsTheRunAndSendsNothing();
    void laterAsksAgainAtTheNextStart();
    void nothingIsOfferedWhenEveryRunIsOver();

private:
    // The offer once it shows; nullptr when it has not within timeoutMs.
    QMessageBox* waitForOffer(int timeoutMs = 5000) const;
    void answer(QMessageBox* box, const QString& button);
    // A run journaled over every customer and never started, as if the app stopped right after Apply.
    QString journalRunNeverStarted();
    std::optional<BulkRunRecord> stored(const QString& runId) const
    {
        return BulkJournal(m_bed->store()).run(runId).value();
    }

    std::unique_ptr<BulkTestBed> m_bed;
};

void tst_BulkResume::init()
{
    m_bed = std::make_unique<BulkTestBed>();
    QVERIFY(m_bed->start());
}

QMessageBox* tst_BulkResume::waitForOffer(int timeoutMs) const
{
    QMessageBox* box = nullptr;
    BulkResumeOffer* offer = m_bed->controller()->resumeOffer();
    if (!QTest::qWaitFor([&] { return (box = offer->question()) && box->isVisible(); }, timeoutMs))
        return nullptr;
    return box;
}

void tst_BulkResume::answer(QMessageBox* box, const QString& button)
{
    QVERIFY(box);
    auto* pushButton = box->findChild<QPushButton*>(button);
    QVERIFY2(pushButton, qPrintable(button));
    QTest::mouseClick(pushButton, Qt::LeftButton);
}

QString tst_BulkResume::journalRunNeverStarted()
{
    BulkSession session(m_bed->client(), m_bed->writes(), m_bed->store());
    BulkRunRecord run;
    run.operations = {kReplace};
    run.selection = BulkRunRecord::Selection::All;
    if (session.create(run, BulkSession::itemsFor(m_bed->listIds())))
        return {};
    return session.run().id;
}

void tst_BulkResume::aRunLeftUnfinishedIsOfferedAndResumedWithoutChangingAnyoneTwice()
{
    QCoreApplication::processEvents();
    QVERIFY(!m_bed->controller()->resumeOffer()->question()); // nothing to resume yet
    QVERIFY(m_bed->server().addFault(u"latency=80,method=PATCH,count=always"_s));
    m_bed->list()->setFocus();
    QTest::keyClick(m_bed->list(), Qt::Key_A, Qt::ControlModifier);
    BulkChangeDialog* dialog = m_bed->openDialogByKeyboard();
    QVERIFY(dialog);
    BulkTestBed::typeOperation(dialog, 3, u"notes"_s, u"Ann"_s, u"Ann Lee"_s);
    QVERIFY(BulkTestBed::previewByKeyboard(dialog));
    BulkSession* session = BulkTestBed::apply(dialog);
    QVERIFY(session);
    const QString runId = session->run().id;
    QTRY_VERIFY(session->progress().succeeded >= 5 && session->progress().inFlight > 0);

    // Gone mid-run, with changes in flight.
    m_bed->crashWindow();
    const auto items = BulkJournal(m_bed->store()).items(runId).value();
    const int settled =
        int(std::count_if(items.cbegin(), items.cend(), [](const BulkItemRecord& item) { return item.isSettled(); }));
    QVERIFY(settled < 30);
    QVERIFY(stored(runId)->isUnfinished());

    QVERIFY(m_bed->startWindow());
    QMessageBox* box = waitForOffer();
    QVERIFY(box);
    QCOMPARE(box->text(),
        u"Resume the bulk change “Replace “Ann” with “Ann Lee” in “notes”” (%1 of 30 customers left)?"_s.arg(
            30 - settled));
    answer(box, u"resumeButton"_s);

    // The run is read on a thread of its own; the dialog shows once it is open.
    QVERIFY(m_bed->dialog() && m_bed->dialog()->isJournaling());
    QVERIFY(!m_bed->dialog()->isVisible());
    BulkChangeDialog* resumed = nullptr;
    QTRY_VERIFY((resumed = m_bed->dialog()) && resumed->isVisible());
    QVERIFY(!resumed->isJournaling());
    QCOMPARE(resumed->step(), BulkChangeDialog::Step::Progress);
    QVERIFY(resumed->session());
    QCOMPARE(resumed->session()->run().id, runId);
    QTRY_VERIFY_WITH_TIMEOUT(resumed->session()->state() == State::Finished, 20000);
    QCOMPARE(resumed->session()->progress().failed, 0);
    QCOMPARE(resumed->session()->progress().succeeded + resumed->session()->progress().skipped, 30);
    // Every customer changed exactly once: a second replace would read "call Ann Lee Lee".
    for (const Sandbox::CustomerRecord& record : m_bed->server().store().customers())
        QCOMPARE(record.metadata->value(u"notes"_s), u"call Ann Lee"_s);
    QCOMPARE(stored(runId)->state, BulkRunRecord::State::Finished);
}

void tst_BulkResume::discardEndsTheRunAndSendsNothing()
{
    const QString runId = journalRunNeverStarted();
    QVERIFY(!runId.isEmpty());
    m_bed->crashWindow();
    QVERIFY(m_bed->startWindow());
    QMessageBox* box = waitForOffer();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"(30 of 30 customers left)"_s), qPrintable(box->text()));
    answer(box, u"discardButton"_s);
    QTRY_COMPARE(stored(runId)->state, BulkRunRecord::State::Cancelled);
    QVERIFY(!m_bed->dialog());
    QCOMPARE(m_bed->requests("PATCH"), 0);
    for (const Sandbox::CustomerRecord& record : m_bed->server().store().customers())
        QCOMPARE(record.metadata->value(u"notes"_s), BulkTestBed::kNotes);

    // Not offered again.
    m_bed->crashWindow();
    QVERIFY(m_bed->startWindow());
    QVERIFY(!waitForOffer(500));
}

void tst_BulkResume::laterAsksAgainAtTheNextStart()
{
    const QString runId = journalRunNeverStarted();
    QVERIFY(!runId.isEmpty());
    m_bed->crashWindow();
    QVERIFY(m_bed->startWindow());
    answer(waitForOffer(), u"laterButton"_s);
    QCoreApplication::processEvents();
    QVERIFY(!m_bed->dialog());
    QVERIFY(stored(runId)->isUnfinished());
    QCOMPARE(m_bed->requests("PATCH"), 0);

    m_bed->crashWindow();
    QVERIFY(m_bed->startWindow());
    QVERIFY(waitForOffer());
}

void tst_BulkResume::nothingIsOfferedWhenEveryRunIsOver()
{
    const QString runId = journalRunNeverStarted();
    QVERIFY(!BulkJournal(m_bed->store()).setRunState(runId, BulkRunRecord::State::Finished));
    m_bed->crashWindow();
    QVERIFY(m_bed->startWindow());
    QVERIFY(!waitForOffer(500));
}

QTEST_MAIN(tst_BulkResume)
#include "tst_bulkresume.moc"
