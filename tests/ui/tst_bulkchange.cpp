// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// A bulk change in the real window against an in-process sandbox, driven as a user does: customers selected in the
// list with the mouse and the keyboard (none opened by it), Customer › Bulk Change… by its shortcut, the operations
// typed, the preview's before → after, one customer excluded with Space, Apply, and what reached the sandbox: the
// excluded customer unchanged, the others changed, and a key someone else changed meanwhile kept.
#include "BulkTestBed.h"

#include "core/bulk/BulkSession.h"
#include "core/store/BulkJournal.h"
#include "core/store/HistoryJournal.h"
#include "sandbox/SandboxServer.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkController.h"
#include "ui/bulk/BulkCustomerChoice.h"
#include "ui/bulk/BulkOperationForm.h"
#include "ui/bulk/BulkOperationsEditor.h"
#include "ui/bulk/BulkPreviewLoader.h"
#include "ui/bulk/BulkPreviewModel.h"
#include "ui/bulk/BulkPreviewPage.h"
#include "ui/bulk/BulkProgressView.h"
#include "ui/bulk/BulkQuitGuard.h"
#include "ui/bulk/BulkResultsModel.h"
#include "ui/bulk/BulkSetupPage.h"
#include "ui/customer/CustomerSession.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/customerlist/CustomerListSelection.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

using ItemState = BulkItemRecord::State;

class tst_BulkChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_bed.reset(); }

    void theListSelectsSeveralRowsWithoutOpeningThem();
    void previewExcludeOneAndApplyChangesOnlyTheIncluded();
    void selectingAllResultsStandsForTheSearch();
    void operationsAreCheckedBeforeThePreview();
    void aLargePreviewShowsItsProgressAndCanBeStopped();
    void aFileOfIdsChoosesItsCustomersInItsOrder();
    void applyJournalsTheRunWithoutWaitingThenSends();
    void closingWhileRunningAsksAndCanKeepItRunning();
    void quittingWhileRunningAsksAndPausesBeforeQuitting();
    void quittingWithAPausedRunAsksNothing();
    void theActionSaysWhyItIsOffWithoutAWorkspace();

private:
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Every customer selected, "tier" set to "gold" and applied, with each write held back by the sandbox for
    // latencyMs: the dialog with its run going on, or nullptr (with a warning) when it did not get there.
    BulkChangeDialog* applySlowly(int latencyMs);
    QLabel* listStatus() const { return m_bed->panel()->findChild<QLabel*>(u"customerStatus"_s); }

    std::unique_ptr<BulkTestBed> m_bed;
};

void tst_BulkChange::init()
{
    m_bed = std::make_unique<BulkTestBed>();
    QVERIFY(m_bed->start());
}

void tst_BulkChange::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    QTableView* list = m_bed->list();
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualRect(index).center());
}

BulkChangeDialog* tst_BulkChange::applySlowly(int latencyMs)
{
    if (!m_bed->server().addFault(u"latency=%1,method=PATCH,count=always"_s.arg(latencyMs)))
        return nullptr;
    QTest::keyClick(m_bed->list(), Qt::Key_A, Qt::ControlModifier);
    BulkChangeDialog* dialog = m_bed->openDialogByKeyboard();
    if (!dialog)
        return nullptr;
    BulkTestBed::typeOperation(dialog, 0, u"tier"_s, u"gold"_s);
    if (!BulkTestBed::previewByKeyboard(dialog))
        return nullptr;
    if (!BulkTestBed::apply(dialog)
        || !QTest::qWaitFor([dialog] { return dialog->session()->progress().inFlight > 0; })) {
        qWarning("the run did not start");
        return nullptr;
    }
    return dialog;
}

void tst_BulkChange::theListSelectsSeveralRowsWithoutOpeningThem()
{
    const QStringList ids = m_bed->listIds();
    MainWindow* window = m_bed->window();
    // A plain click opens, as before.
    clickRow(0);
    QTRY_VERIFY(window->session() && window->session()->customerId() == ids.at(0));
    QTRY_VERIFY(window->session()->hasCustomer());
    // Shift-click and Ctrl-click only select.
    clickRow(2, Qt::ShiftModifier);
    clickRow(5, Qt::ControlModifier);
    CustomerListSelection* selection = m_bed->panel()->selection();
    QCOMPARE(selection->count(), 4);
    // Shift+Down from the last click adds the next row.
    QTest::keyClick(m_bed->list(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(selection->count(), 5);
    QCOMPARE(selection->ids().value(), (QStringList {ids.at(0), ids.at(1), ids.at(2), ids.at(5), ids.at(6)}));
    QVERIFY2(listStatus()->text().contains(u"5 selected"_s), qPrintable(listStatus()->text()));
    QCoreApplication::processEvents();
    QCOMPARE(window->session()->customerId(), ids.at(0)); // nothing else was opened
    QVERIFY(!selection->isAllResults());

    // The list's context menu offers all results and the bulk change.
    const QList<QAction*> menu = m_bed->list()->actions();
    QCOMPARE(menu.first()->objectName(), u"selectAllResultsAction"_s);
    QCOMPARE(menu.last(), window->actions().bulkChange);
    QCOMPARE(m_bed->list()->contextMenuPolicy(), Qt::ActionsContextMenu);

    // Ctrl+A selects every result, whatever is loaded.
    QTest::keyClick(m_bed->list(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(selection->count(), ids.size());
    QVERIFY(selection->isAllResults());
    QCOMPARE(selection->ids().value(), ids);
    // A plain click goes back to one row, and opens it.
    clickRow(3);
    QCOMPARE(selection->count(), 1);
    QTRY_COMPARE(window->session()->customerId(), ids.at(3));
}

void tst_BulkChange::previewExcludeOneAndApplyChangesOnlyTheIncluded()
{
    const QStringList ids = m_bed->listIds();
    // Rows 0 to 3 by keyboard: the first row, then Shift+Down three times.
    QTableView* list = m_bed->list();
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentIndex(list->model()->index(0, 0));
    for (int step = 0; step < 3; ++step)
        QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_bed->panel()->selection()->count(), 4);
    const QStringList chosen = ids.mid(0, 4);

    BulkChangeDialog* dialog = m_bed->openDialogByKeyboard();
    QVERIFY(dialog);
    auto* selectedChoice = dialog->findChild<QRadioButton*>(u"chooseSelected"_s);
    QVERIFY(selectedChoice->isChecked());
    QVERIFY2(selectedChoice->text().contains(u"(4)"_s), qPrintable(selectedChoice->text()));
    auto* preview = dialog->findChild<QPushButton*>(u"previewButton"_s);
    QVERIFY(!preview->isEnabled()); // no operation yet

    // Typed: set tier = gold; rename region to area; replace "Ann" with "Ann Lee" in notes.
    BulkTestBed::typeOperation(dialog, 0, u"tier"_s, u"gold"_s);
    BulkTestBed::typeOperation(dialog, 2, u"region"_s, u"area"_s);
    BulkTestBed::typeOperation(dialog, 3, u"notes"_s, u"Ann"_s, u"Ann Lee"_s);
    auto* operationList = dialog->findChild<QListWidget*>(u"operationList"_s);
    QCOMPARE(operationList->count(), 3);
    QCOMPARE(operationList->item(1)->text(), u"2. Rename key “region” to “area”"_s);
    QVERIFY(preview->isEnabled());

    const QString region = m_bed->stored(chosen.at(0)).metadata->value(u"region"_s);
    QVERIFY(BulkTestBed::previewByKeyboard(dialog));
    BulkPreviewModel* model = dialog->previewModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->customerIds(), chosen);
    QCOMPARE(model->index(0, BulkPreviewModel::OutcomeColumn).data().toString(), u"Will change"_s);
    QCOMPARE(model->index(0, BulkPreviewModel::ChangesColumn).data().toString(),
        u"Added “area”: “%1”; Changed “notes” from “call Ann” to “call Ann Lee”; Removed “region” (was “%1”); "
        "Added “tier”: “gold”"_s.arg(region));
    QVERIFY2(dialog->previewPage()->countsText().contains(u"will change: 4"_s),
        qPrintable(dialog->previewPage()->countsText()));
    auto* apply = dialog->findChild<QPushButton*>(u"applyButton"_s);
    QCOMPARE(apply->text(), u"&Apply to 4 Customers"_s);
    QCOMPARE(m_bed->requests("PATCH"), 0); // nothing sent before Apply

    // Row 1 excluded with the keyboard: Down to it, Space.
    QTableView* table = dialog->previewPage()->view();
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(!model->isIncluded(1));
    QCOMPARE(apply->text(), u"&Apply to 3 Customers"_s);

    const Metadata excludedBefore = *m_bed->stored(chosen.at(1)).metadata;
    // Meanwhile another admin gives the first customer a key of its own, and changes the region of the third.
    m_bed->changeOnServer(chosen.at(0), u"contact"_s, u"Rosa"_s);
    m_bed->changeOnServer(chosen.at(2), u"region"_s, u"east"_s);

    QVERIFY(BulkTestBed::applyAndWait(dialog));
    QCOMPARE(dialog->step(), BulkChangeDialog::Step::Progress);
    QCOMPARE(dialog->session()->state(), BulkSession::State::Finished);
    const BulkProgress progress = dialog->session()->progress();
    QCOMPARE(progress.succeeded, 3);
    QCOMPARE(progress.excluded, 1);
    QCOMPARE(progress.failed, 0);

    // What the sandbox holds: the excluded customer as it was, the others changed once, the edits made meanwhile kept.
    QCOMPARE(*m_bed->stored(chosen.at(1)).metadata, excludedBefore);
    QCOMPARE(*m_bed->stored(chosen.at(0)).metadata,
        (Metadata {
            {u"area"_s, region}, {u"contact"_s, u"Rosa"_s}, {u"notes"_s, u"call Ann Lee"_s}, {u"tier"_s, u"gold"_s}}));
    QCOMPARE(*m_bed->stored(chosen.at(2)).metadata,
        (Metadata {{u"area"_s, u"east"_s}, {u"notes"_s, u"call Ann Lee"_s}, {u"tier"_s, u"gold"_s}}));
    QCOMPARE(m_bed->stored(chosen.at(3)).metadata->value(u"tier"_s), u"gold"_s);
    QCOMPARE(m_bed->stored(ids.at(4)).metadata->value(u"tier"_s), QString()); // not chosen
    QCOMPARE(m_bed->requests("PATCH"), 3);

    // The results table says so, row by row; every change is in the history.
    BulkResultsModel* results = dialog->progressView()->resultsModel();
    QCOMPARE(results->rowCount(), 4);
    QCOMPARE(results->index(0, BulkResultsModel::OutcomeColumn).data().toString(), u"Changed"_s);
    QCOMPARE(results->index(1, BulkResultsModel::OutcomeColumn).data().toString(), u"Excluded"_s);
    const QString details = results->index(0, BulkResultsModel::DetailsColumn).data().toString();
    QVERIFY2(
        details.contains(u"Added “tier”: “gold”"_s) && details.contains(u"Removed “region”"_s), qPrintable(details));
    QCOMPARE(HistoryJournal(m_bed->store()).count({}).value(), 3);
    const auto run = BulkJournal(m_bed->store()).run(dialog->session()->run().id).value();
    QCOMPARE(run->selection, BulkRunRecord::Selection::Selected);
    QCOMPARE(run->state, BulkRunRecord::State::Finished);
}

void tst_BulkChange::selectingAllResultsStandsForTheSearch()
{
    auto* filter = m_bed->panel()->findChild<QLineEdit*>(u"customerFilter"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"region:north"_s);
    QTRY_COMPARE(m_bed->list()->model()->rowCount(), 15);
    // Down goes to the list; Ctrl+A selects every result.
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(m_bed->list(), Qt::Key_A, Qt::ControlModifier);
    QVERIFY(m_bed->panel()->selection()->isAllResults());

    BulkChangeDialog* dialog = m_bed->openDialogByKeyboard();
    QVERIFY(dialog);
    auto* search = dialog->findChild<QRadioButton*>(u"chooseSearch"_s);
    QVERIFY(search->isChecked());
    QCOMPARE(search->text(), u"All results of the s&earch “region:north” (15)"_s);
    BulkTestBed::typeOperation(dialog, 0, u"tier"_s, u"gold"_s);
    QVERIFY(BulkTestBed::previewByKeyboard(dialog));
    QCOMPARE(dialog->previewModel()->rowCount(), 15);
    QVERIFY(BulkTestBed::applyAndWait(dialog));

    const auto run = BulkJournal(m_bed->store()).run(dialog->session()->run().id).value();
    QCOMPARE(run->selection, BulkRunRecord::Selection::Search);
    QCOMPARE(run->selectionText, u"region:north"_s);
    for (const Sandbox::CustomerRecord& record : m_bed->server().store().customers())
        QCOMPARE(record.metadata->value(u"tier"_s),
            record.metadata->value(u"region"_s) == u"north"_s ? u"gold"_s : QString());
}

void tst_BulkChange::operationsAreCheckedBeforeThePreview()
{
    clickRow(0);
    BulkChangeDialog* dialog = m_bed->openDialogByKeyboard();
    QVERIFY(dialog);
    BulkOperationForm* form = dialog->setupPage()->operations()->form();
    auto* list = dialog->findChild<QListWidget*>(u"operationList"_s);

    // A set without a key is not added; the form says why and keeps what was typed.
    BulkTestBed::typeOperation(dialog, 0, QString(), u"gold"_s);
    QCOMPARE(list->count(), 0);
    QVERIFY2(form->problemText().contains(u"the key is empty"_s), qPrintable(form->problemText()));
    QCOMPARE(dialog->findChild<QLineEdit*>(u"operationValue"_s)->text(), u"gold"_s);

    // Deactivate and reactivate together: both listed, flagged, and no preview.
    BulkTestBed::typeOperation(dialog, 4, {});
    BulkTestBed::typeOperation(dialog, 5, {});
    QCOMPARE(list->count(), 2);
    auto* problems = dialog->findChild<QLabel*>(u"operationsProblems"_s);
    QVERIFY2(problems->text().contains(u"exclude each other"_s), qPrintable(problems->text()));
    auto* preview = dialog->findChild<QPushButton*>(u"previewButton"_s);
    QVERIFY(!preview->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog->step(), BulkChangeDialog::Step::Setup);

    // Delete in the list removes the selected one; then the preview may go on.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 1);
    QVERIFY(!problems->isVisible());
    QVERIFY(preview->isEnabled());
    // A key typed and not added yet is added by Preview, as Enter would.
    BulkTestBed::typeOperation(dialog, 1, u"region"_s);
    QCOMPARE(list->count(), 2);
    QCOMPARE(dialog->setupPage()->operations()->operations(),
        (QList<BulkOperation> {BulkOperation::deactivate(), BulkOperation::removeKey(u"region"_s)}));
    QVERIFY(BulkTestBed::previewByKeyboard(dialog));
    QCOMPARE(dialog->previewModel()->rowCount(), 1);
}

void tst_BulkChange::aLargePreviewShowsItsProgressAndCanBeStopped()
{
    m_bed = std::make_unique<BulkTestBed>();
    QVERIFY(m_bed->start(1000));
    m_bed->list()->setFocus();
    QTest::keyClick(m_bed->list(), Qt::Key_A, Qt::ControlModifier);
    BulkChangeDialog* dialog = m_bed->openDialogByKeyboard();
    QVERIFY(dialog);
    BulkTestBed::typeOperation(dialog, 0, u"tier"_s, u"gold"_s);

    // Planned a chunk at a time, with a progress bar; Stop after the first chunk keeps what was planned.
    auto* progressBar = dialog->findChild<QProgressBar*>(u"previewProgress"_s);
    auto* stop = dialog->findChild<QPushButton*>(u"cancelPreviewButton"_s);
    bool stopped = false;
    int maximumShown = 0;
    connect(dialog->previewLoader(), &BulkPreviewLoader::progress, this, [&](int planned, int total) {
        if (stopped || planned < BulkPreviewLoader::kChunk || planned >= total)
            return;
        stopped = true;
        maximumShown = progressBar->isVisible() ? progressBar->maximum() : -1;
        QTest::mouseClick(stop, Qt::LeftButton);
    });
    QVERIFY(BulkTestBed::previewByKeyboard(dialog));
    QVERIFY(stopped);
    QCOMPARE(maximumShown, 1000);
    QVERIFY(!progressBar->isVisible());
    QCOMPARE(dialog->previewModel()->rowCount(), BulkPreviewLoader::kChunk);
    QVERIFY2(dialog->previewPage()->countsText().contains(
                 u"Stopped after 250 of %1 customers"_s.arg(QLocale().toString(1000))),
        qPrintable(dialog->previewPage()->countsText()));

    // Apply works on the customers shown, and on no other.
    QVERIFY(BulkTestBed::applyAndWait(dialog));
    QCOMPARE(dialog->session()->progress().succeeded, BulkPreviewLoader::kChunk);
    QCOMPARE(m_bed->requests("PATCH"), BulkPreviewLoader::kChunk);
}

void tst_BulkChange::aFileOfIdsChoosesItsCustomersInItsOrder()
{
    const QStringList ids = m_bed->listIds();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        u"customer_id,note\n%1,x\n%2,y\nnobody,z\n%1,again\n%3,w\n"_s.arg(ids.at(7), ids.at(2), ids.at(9)).toUtf8());
    file.close();

    BulkChangeDialog* dialog = m_bed->openDialogByKeyboard();
    QVERIFY(dialog);
    auto* fromFile = dialog->findChild<QRadioButton*>(u"chooseFile"_s);
    QVERIFY(!fromFile->isEnabled()); // no file yet
    QVERIFY(dialog->setupPage()->choice()->loadIdsFile(path));
    QVERIFY(fromFile->isChecked());
    QCOMPARE(fromFile->text(), u"The customers in a file of &ids: audit.csv (3)"_s);
    const QString note = dialog->findChild<QLabel*>(u"idsFileNote"_s)->text();
    QVERIFY2(note.contains(u"Line 4 holds no customer id"_s) && note.contains(u"more than once"_s), qPrintable(note));

    BulkTestBed::typeOperation(dialog, 4, {}); // deactivate
    QVERIFY(BulkTestBed::previewByKeyboard(dialog));
    QCOMPARE(dialog->previewModel()->customerIds(), (QStringList {ids.at(7), ids.at(2), ids.at(9)}));
    QVERIFY(BulkTestBed::applyAndWait(dialog));
    const auto run = BulkJournal(m_bed->store()).run(dialog->session()->run().id).value();
    QCOMPARE(run->selection, BulkRunRecord::Selection::IdsFile);
    QCOMPARE(run->selectionText, u"audit.csv"_s);
    for (const QString& id : {ids.at(7), ids.at(2), ids.at(9)})
        QVERIFY(!m_bed->stored(id).active);
    QVERIFY(m_bed->stored(ids.at(8)).active);
}

void tst_BulkChange::applyJournalsTheRunWithoutWaitingThenSends()
{
    QTest::keyClick(m_bed->list(), Qt::Key_A, Qt::ControlModifier);
    BulkChangeDialog* dialog = m_bed->openDialogByKeyboard();
    QVERIFY(dialog);
    BulkTestBed::typeOperation(dialog, 0, u"tier"_s, u"gold"_s);
    QVERIFY(BulkTestBed::previewByKeyboard(dialog));
    auto* apply = dialog->findChild<QPushButton*>(u"applyButton"_s);
    QTest::mouseClick(apply, Qt::LeftButton);

    // The click returns at once: the run is written to the journal on a thread of its own, and the page says so.
    QVERIFY(dialog->isJournaling());
    QVERIFY(!dialog->session());
    QVERIFY(!apply->isEnabled());
    bool said = false;
    for (const QLabel* label : dialog->previewPage()->findChildren<QLabel*>())
        said = said || (label->isVisible() && label->text().startsWith(u"Journaling the change for 30 customer"_s));
    QVERIFY(said);
    QCOMPARE(m_bed->requests("PATCH"), 0);
    // Closing meanwhile waits for it.
    dialog->close();
    QVERIFY(dialog->isVisible());

    // Then the run starts, journaled before anything was sent, and goes to its end.
    QTRY_VERIFY(dialog->session());
    QVERIFY(!dialog->isJournaling());
    QCOMPARE(dialog->step(), BulkChangeDialog::Step::Progress);
    const auto run = BulkJournal(m_bed->store()).run(dialog->session()->run().id).value();
    QVERIFY(run);
    QCOMPARE(BulkJournal(m_bed->store()).items(run->id).value().size(), 30);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->session()->state() == BulkSession::State::Finished, 20000);
    QCOMPARE(dialog->session()->progress().succeeded, 30);
    QCOMPARE(m_bed->requests("PATCH"), 30);
}

void tst_BulkChange::closingWhileRunningAsksAndCanKeepItRunning()
{
    // Slow writes, so that the run is still going when the dialog is closed.
    BulkChangeDialog* dialog = applySlowly(100);
    QVERIFY(dialog);
    QVERIFY(dialog->hasActiveRun());

    dialog->close();
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = dialog->closeQuestion()) && question->isVisible());
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(question->findChild<QPushButton*>(u"keepRunningButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    // In the background: the status bar shows it; the run goes on to its end.
    BulkController* controller = m_bed->controller();
    QCOMPARE(controller->dialog(), dialog);
    QTRY_VERIFY(controller->indicator()->isVisible());
    QVERIFY2(controller->indicator()->text().startsWith(u"Bulk change"_s), qPrintable(controller->indicator()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->session()->state() == BulkSession::State::Finished, 20000);
    QCOMPARE(dialog->session()->progress().succeeded, 30);
    // The action shows the same dialog again, with its results.
    m_bed->window()->actions().bulkChange->trigger();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->step(), BulkChangeDialog::Step::Progress);
    QVERIFY(!controller->indicator()->isVisible());
    // Closed once it is over, it goes.
    dialog->close();
    QTRY_VERIFY(!controller->dialog());
}

void tst_BulkChange::quittingWhileRunningAsksAndPausesBeforeQuitting()
{
    // Slow writes, so that the run is still going when the user quits.
    BulkChangeDialog* dialog = applySlowly(150);
    QVERIFY(dialog);
    BulkSession* session = dialog->session();
    BulkQuitGuard* guard = m_bed->controller()->quitGuard();

    // Ctrl+Q in the main window asks; Don't Quit leaves the window and the run as they were.
    MainWindow* window = m_bed->window();
    // (As a click on it would: the dialog, its child, counts as active for qWaitForWindowActive.)
    QApplication::setActiveWindow(window);
    QTRY_COMPARE(QApplication::activeWindow(), window);
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = guard->question()) && question->isVisible());
    QVERIFY2(question->text().contains(u"still running"_s), qPrintable(question->text()));
    QTest::mouseClick(question->findChild<QPushButton*>(u"dontQuitButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!guard->question());
    QVERIFY(window->isVisible());
    QCOMPARE(session->state(), BulkSession::State::Running);

    // Asked again, Enter (Pause and Quit): the requests in flight finish, then the window closes.
    QApplication::setActiveWindow(window);
    QTRY_COMPARE(QApplication::activeWindow(), window);
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY((question = guard->question()) && question->isVisible());
    QTest::keyClick(question, Qt::Key_Return);
    QTRY_VERIFY(guard->isWaitingToQuit());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000);
    QCOMPARE(session->state(), BulkSession::State::Paused);
    const BulkProgress progress = session->progress();
    QCOMPARE(progress.inFlight, 0);
    QVERIFY2(progress.left() > 0, "the run was to be paused, not finished");

    // The journal holds every customer's outcome: none left in flight, and exactly those reported done were sent.
    const auto items = BulkJournal(m_bed->store()).items(session->run().id);
    QVERIFY(items.isOk());
    int succeeded = 0;
    for (const BulkItemRecord& item : items.value()) {
        QVERIFY2(item.state != ItemState::InFlight, qPrintable(item.customerId));
        succeeded += item.state == ItemState::Succeeded ? 1 : 0;
    }
    QCOMPARE(succeeded, progress.succeeded);
    QCOMPARE(m_bed->requests("PATCH"), progress.succeeded);
    const auto run = BulkJournal(m_bed->store()).run(session->run().id).value();
    QVERIFY(run);
    QCOMPARE(run->state, BulkRunRecord::State::Paused);
}

void tst_BulkChange::quittingWithAPausedRunAsksNothing()
{
    BulkChangeDialog* dialog = applySlowly(150);
    QVERIFY(dialog);
    BulkSession* session = dialog->session();
    session->pause();
    QTRY_COMPARE(session->state(), BulkSession::State::Paused);

    QVERIFY(m_bed->window()->close());
    QVERIFY(!m_bed->controller()->quitGuard()->question());
}

void tst_BulkChange::theActionSaysWhyItIsOffWithoutAWorkspace()
{
    QAction* action = m_bed->window()->actions().bulkChange;
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_bed->window()->setConnection(m_bed->client(), ConnectionProfile::sandbox(m_bed->server().baseUrl()));
    m_bed->window()->setWorkspace(nullptr, nullptr);
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(u"workspace"_s), qPrintable(action->toolTip()));
    m_bed->window()->setConnection(nullptr, ConnectionProfile {});
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->toolTip().contains(u"Connect first"_s), qPrintable(action->toolTip()));
    // The shortcut does nothing then.
    QTest::keyClick(m_bed->window(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_bed->controller()->dialog());
}

QTEST_MAIN(tst_BulkChange)
#include "tst_bulkchange.moc"
