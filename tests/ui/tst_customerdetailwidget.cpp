// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
//
// The customer form as a view of its CustomerSession, driven with the keyboard and the mouse against an in-process
// sandbox: every assertion is about what the user sees and what reached the server.
#include "core/api/ExpressClient.h"
#include "core/model/MetadataDocument.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/ClientTestBed.h"
#include "ui/customer/CustomerDetailWidget.h"
#include "ui/customer/CustomerSession.h"
#include "ui/metadata/MetadataEditor.h"
#include "ui/metadata/MetadataTableModel.h"
#include "ui/save/SaveFlow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kNewUser = u"usr_0123456789abcdef0123456789abcdef"_s;

} // namespace

class tst_CustomerDetailWidget : public QObject
{
    Q_OBJECT

private:
    ClientTestBed m_bed;
    std::unique_ptr<CustomerSession> m_session;
    std::unique_ptr<CustomerDetailWidget> m_form;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Customer m_customer;

    Sandbox::SandboxServer& server() const { return m_bed.server(); }

    QString activeCustomerId() const
    {
        for (const Sandbox::CustomerRecord& record : server().store().customers()) {
            if (record.active && record.metadata && record.metadata->size() > 1)
                return record.id;
        }
        return {};
    }

    QMessageBox* openMessageBox(const QString& objectName) const { return m_form->findChild<QMessageBox*>(objectName); }
    QLabel* label(const QString& objectName) const { return m_form->findChild<QLabel*>(objectName); }
    QPushButton* button(const QString& objectName) const { return m_form->findChild<QPushButton*>(objectName); }
    MetadataTableModel* model() const { return m_form->metadataEditor()->model(); }

    // Nothing was sent and nothing is on its way: once a request made now is answered, it is the only one the
    // server has seen.
    void verifyNothingSent()
    {
        QVERIFY(!m_session->isBusy());
        QVERIFY(!m_bed.client().isBusy());
        auto answered = std::make_shared<bool>(false);
        m_bed.client().retrieveCustomer(
            m_customer.id(), this, [answered](const ApiResult<Customer>&) { *answered = true; });
        QTRY_VERIFY(*answered);
        QCOMPARE(server().requestLog().size(), 1);
        QCOMPARE(server().requestLog().last()->method, "GET"_ba);
        server().requestLog().clear();
    }

    void confirm(const QString& boxName)
    {
        QMessageBox* box = openMessageBox(boxName);
        QVERIFY2(box, qPrintable(boxName));
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
    }

    void openSession()
    {
        m_tester.reset();
        m_form->setSession(nullptr);
        m_session = std::make_unique<CustomerSession>(&m_bed.client(), m_customer.id());
        m_session->setReviewEnabled(false);
        m_form->setSession(m_session.get());
        m_tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(m_session->hasCustomer());
        QTRY_VERIFY(!m_session->isBusy());
        m_customer = m_session->customer();
        server().requestLog().clear();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_bed.restart(7, 12, [](ClientOptions& options) {
            options.retryBaseDelay = std::chrono::milliseconds(5);
            options.retryMaxDelay = std::chrono::milliseconds(20);
        }));
        m_customer.setId(activeCustomerId());
        QVERIFY(!m_customer.id().isEmpty());
        m_form = std::make_unique<CustomerDetailWidget>();
        m_form->resize(900, 700);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
        openSession();
    }

    void cleanup()
    {
        m_tester.reset();
        m_form.reset();
        m_session.reset();
        m_bed.stop();
    }

    void showsTheCustomer()
    {
        QCOMPARE(label(u"customerId"_s)->text(), m_customer.id());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
        QCOMPARE(label(u"stateLabel"_s)->text(), u"Active"_s);
        QVERIFY(label(u"userCount"_s)->text().startsWith(QString::number(m_customer.userCount())));
        QCOMPARE(label(u"createdAt"_s)->toolTip(), m_customer.createdAt()->toString(Qt::ISODateWithMs));
        QCOMPARE(m_form->metadataEditor()->currentMetadata(), server().store().find(m_customer.id())->metadata);
        QVERIFY(!m_session->isDirty());
        QVERIFY(m_session->isValid());
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(!label(u"nameChangedLabel"_s)->isVisible());
        for (QWidget* input : {static_cast<QWidget*>(m_form->nameEdit()), static_cast<QWidget*>(m_form->userIdEdit()),
                 static_cast<QWidget*>(button(u"deactivateButton"_s))})
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
    }

    void nothingCanBeEditedUntilTheCustomerArrives()
    {
        QVERIFY(server().addFault(u"latency=400,count=1,method=GET"_s));
        openSession();
        // openSession() waited; a new one shows a disabled, empty form while it reads.
        m_session = std::make_unique<CustomerSession>(&m_bed.client(), m_customer.id());
        m_form->setSession(m_session.get());
        QVERIFY(!m_form->isEnabled());
        QVERIFY(m_form->nameEdit()->text().isEmpty());
        QTRY_VERIFY(m_form->isEnabled());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
    }

    void aCustomerThatCannotBeReadIsReadAgainOnRetry()
    {
        QVERIFY(server().addFault(u"status=503,should-retry=false,method=GET,count=1"_s));
        m_session = std::make_unique<CustomerSession>(&m_bed.client(), m_customer.id());
        QSignalSpy failed(m_session.get(), &CustomerSession::failed);
        m_form->setSession(m_session.get());
        QTRY_COMPARE(m_session->state(), CustomerSession::State::LoadFailed);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!m_form->isEnabled());
        QVERIFY(!m_session->hasCustomer());
        // The server said retrying will not help: no Retry is offered, but Reload reads it again.
        QVERIFY(!m_session->canRetry());
        m_session->reload();
        QTRY_COMPARE(m_session->state(), CustomerSession::State::Ready);
        QVERIFY(m_form->isEnabled());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
    }

    void typingTheNameMarksItChanged()
    {
        QSignalSpy dirty(m_session.get(), &CustomerSession::dirtyChanged);
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u" North"_s);
        QVERIFY(m_session->isDirty());
        QCOMPARE(dirty.count(), 1);
        QCOMPARE(m_session->draft().name(), m_customer.name() + u" North"_s);
        // The changed name is marked, and says what the server has.
        QLabel* marker = label(u"nameChangedLabel"_s);
        QVERIFY(marker->isVisible());
        QVERIFY2(marker->toolTip().contains(m_customer.name()), qPrintable(marker->toolTip()));
        QVERIFY(m_form->nameEdit()->accessibleDescription().contains(m_customer.name()));
        // Typing merges into one undo step, and nothing goes to the server until a save.
        QCOMPARE(m_session->undoStack()->count(), 1);
        verifyNothingSent();
    }

    void trailingSpaceIsNoChange()
    {
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"  "_s);
        QVERIFY(!m_session->isDirty());
    }

    void undoAndRedoGoThroughTheStack()
    {
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"X"_s);
        QVERIFY(model()->setData(model()->index(0, MetadataTableModel::ValueColumn), u"changed value"_s));
        QCOMPARE(m_session->undoStack()->count(), 2);

        m_session->undoStack()->undo();
        QCOMPARE(m_form->metadataEditor()->currentMetadata(), m_customer.metadata());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u"X"_s);
        m_session->undoStack()->undo();
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
        QVERIFY(!m_session->isDirty());
        QVERIFY(!label(u"nameChangedLabel"_s)->isVisible());

        m_session->undoStack()->redo();
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u"X"_s);
        m_session->undoStack()->redo();
        QCOMPARE(
            m_session->draft().metadataMap().value(model()->data(model()->index(0, 0)).toString()), u"changed value"_s);
    }

    void ctrlZInTheNameFieldUndoesTheStackNotTheLineEdit()
    {
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"YZ"_s);
        QTest::keyClick(m_form->nameEdit(), Qt::Key_Z, Qt::ControlModifier);
        // The whole typed step is undone (the line edit would have removed only the last letter).
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
        QCOMPARE(m_session->undoStack()->index(), 0);
        QTest::keyClick(m_form->nameEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u"YZ"_s);
    }

    void revertAllIsOneUndoStep()
    {
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"Z"_s);
        model()->appendRow({u"wing"_s, u"B"_s});
        m_session->revertAll();
        QVERIFY(!m_session->isDirty());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
        m_session->undoStack()->undo();
        QVERIFY(m_session->isDirty());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u"Z"_s);
    }

    void anEmptyNameIsKeptAndFlagged()
    {
        QSignalSpy validity(m_session.get(), &CustomerSession::validityChanged);
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->selectAll();
        QTest::keyClick(m_form->nameEdit(), Qt::Key_Delete);
        QCOMPARE(m_form->nameEdit()->text(), QString());
        QVERIFY(!m_session->isValid());
        QVERIFY(!m_session->canSave());
        QCOMPARE(validity.count(), 1);
        QLabel* issue = label(u"nameIssue"_s);
        QVERIFY(issue->isVisible());
        QVERIFY(!issue->text().isEmpty());
        QTest::keyClicks(m_form->nameEdit(), u"Renamed"_s);
        QVERIFY(m_session->isValid());
        QVERIFY(!issue->isVisible());
    }

    void deactivateAsksNamingTheCustomerThenDeactivates()
    {
        // An unsaved edit survives the state change.
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u" (old)"_s);
        QTest::mouseClick(button(u"deactivateButton"_s), Qt::LeftButton);
        QMessageBox* box = openMessageBox(u"deactivateConfirmation"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(m_customer.name()), qPrintable(box->text()));
        verifyNothingSent();
        confirm(u"deactivateConfirmation"_s);

        QTRY_COMPARE(label(u"stateLabel"_s)->text(), u"Deactivated"_s);
        QVERIFY(!server().store().find(m_customer.id())->active);
        QVERIFY(server().requestLog().last()->path.endsWith(u"/deactivate"_s));
        QVERIFY(button(u"reactivateButton"_s)->isVisible());
        QCOMPARE(m_session->draft().name(), m_customer.name() + u" (old)"_s);
    }

    void cancellingTheConfirmationSendsNothing()
    {
        QTest::mouseClick(button(u"deactivateButton"_s), Qt::LeftButton);
        QMessageBox* box = openMessageBox(u"deactivateConfirmation"_s);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!openMessageBox(u"deactivateConfirmation"_s));
        verifyNothingSent();
        QVERIFY(server().store().find(m_customer.id())->active);
    }

    void invalidUserIdsAreFlaggedWhileTyped_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addRow("too short") << u"usr_123"_s;
        QTest::addRow("uppercase hex") << u"usr_0123456789ABCDEF0123456789ABCDEF"_s;
        QTest::addRow("customer id") << u"cus_0123456789abcdef0123456789abcdef"_s;
        QTest::addRow("path trick") << u"usr_0123456789abcdef0123456789abcde/"_s;
    }

    void invalidUserIdsAreFlaggedWhileTyped()
    {
        QFETCH(QString, userId);
        QTest::keyClicks(m_form->userIdEdit(), userId);
        // Said at once, before any button: and no button can send it.
        QVERIFY(label(u"userIssue"_s)->isVisible());
        QVERIFY(!button(u"addUserButton"_s)->isEnabled());
        QVERIFY(!button(u"removeUserButton"_s)->isEnabled());
        QTest::keyClick(m_form->userIdEdit(), Qt::Key_Return);
        QTest::mouseClick(button(u"removeUserButton"_s), Qt::LeftButton);
        QVERIFY(!openMessageBox(u"removeUserConfirmation"_s));
        verifyNothingSent();
        QCOMPARE(m_form->userIdEdit()->text(), userId);
        // Fixing it clears the flag.
        m_form->userIdEdit()->clear();
        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        QVERIFY(!label(u"userIssue"_s)->isVisible());
        QVERIFY(button(u"addUserButton"_s)->isEnabled());
    }

    void addingAUserThenRemovingItAfterConfirming()
    {
        const qint64 before = m_customer.userCount();
        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        QTest::mouseClick(button(u"addUserButton"_s), Qt::LeftButton);
        QTRY_VERIFY(label(u"userCount"_s)->text().startsWith(QString::number(before + 1)));
        QVERIFY(server().store().find(m_customer.id())->members.contains(kNewUser));
        QVERIFY(m_form->userIdEdit()->text().isEmpty());
        QTRY_VERIFY(!m_session->isBusy());
        server().requestLog().clear();

        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        QTest::mouseClick(button(u"removeUserButton"_s), Qt::LeftButton);
        // Asks first, naming the user and the customer; nothing goes before the answer.
        QMessageBox* box = openMessageBox(u"removeUserConfirmation"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(kNewUser));
        QVERIFY(box->text().contains(m_customer.name()));
        verifyNothingSent();
        confirm(u"removeUserConfirmation"_s);
        QTRY_VERIFY(label(u"userCount"_s)->text().startsWith(QString::number(before)));
        QVERIFY(!server().store().find(m_customer.id())->members.contains(kNewUser));
    }

    void addingAUserIsOffOnADeactivatedCustomer()
    {
        QVERIFY(server().store().setActive(m_customer.id(), false).ok());
        openSession();
        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        QPushButton* add = button(u"addUserButton"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(add->toolTip().contains(u"reactivate"_s));
        // Enter in the field does not send it either.
        QTest::keyClick(m_form->userIdEdit(), Qt::Key_Return);
        verifyNothingSent();
        // Once reactivated it can.
        QTest::mouseClick(button(u"reactivateButton"_s), Qt::LeftButton);
        confirm(u"reactivateConfirmation"_s);
        QTRY_VERIFY(add->isEnabled());
    }

    void aFailureStandsUntilTheNextCallSucceeds()
    {
        // The server refuses an addition (a conflict it will not have retried), then the same call succeeds.
        QVERIFY(server().addFault(u"status=409,should-retry=false,method=POST,count=1"_s));
        QSignalSpy failed(m_session.get(), &CustomerSession::failed);
        QSignalSpy cleared(m_session.get(), &CustomerSession::errorCleared);
        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        QTest::mouseClick(button(u"addUserButton"_s), Qt::LeftButton);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Conflict);
        // The server said not to retry: no Retry is offered, and retry() sends nothing.
        QVERIFY(!m_session->canRetry());
        m_session->retry();
        QVERIFY(m_session->lastError().has_value());
        server().requestLog().clear();
        verifyNothingSent();

        QTest::mouseClick(button(u"addUserButton"_s), Qt::LeftButton);
        QTRY_VERIFY(server().store().find(m_customer.id())->members.contains(kNewUser));
        QTRY_COMPARE(cleared.count(), 1);
        QVERIFY(!m_session->lastError().has_value());
    }

    void aFailedOperationCanBeRetried()
    {
        QVERIFY(server().addFault(u"status=403,method=POST,count=1"_s));
        QSignalSpy failed(m_session.get(), &CustomerSession::failed);
        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        QTest::keyClick(m_form->userIdEdit(), Qt::Key_Return);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(m_session->canRetry());
        QVERIFY(!server().store().find(m_customer.id())->members.contains(kNewUser));
        m_session->retry();
        QTRY_VERIFY(server().store().find(m_customer.id())->members.contains(kNewUser));
    }

    void editsTypedDuringASaveAreKept()
    {
        // The data-loss scenario: the PATCH is slow, and the user goes on typing meanwhile.
        QVERIFY(server().addFault(u"latency=800,count=1,method=PATCH"_s));
        const QString firstKey = model()->data(model()->index(0, MetadataTableModel::KeyColumn)).toString();
        QVERIFY(model()->setData(model()->index(0, MetadataTableModel::ValueColumn), u"saved value"_s));
        QVERIFY(m_session->save());
        QTRY_COMPARE(server().pendingCount(), 1);
        QCOMPARE(m_session->state(), CustomerSession::State::Saving);

        // Still editable: a new row by keyboard, and the name.
        QTableView* table = m_form->metadataEditor()->view();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);
        QTest::keyClicks(table->focusWidget(), u"wing"_s);
        QTest::keyClick(table->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(table->focusWidget(), u"Building B"_s);
        QTest::keyClick(table->focusWidget(), Qt::Key_Return);
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u" North"_s);

        QTRY_COMPARE(m_session->state(), CustomerSession::State::Ready);
        // The save reached the server with what was sent then, and only that.
        const std::optional<Sandbox::CustomerRecord> stored = server().store().find(m_customer.id());
        QCOMPARE(stored->metadata->value(firstKey), u"saved value"_s);
        QVERIFY(!stored->metadata->contains(u"wing"_s));
        QCOMPARE(stored->name, m_customer.name());
        // What was typed meanwhile is still in the form, as unsaved edits against the saved state.
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u" North"_s);
        QCOMPARE(m_session->draft().metadataMap().value(u"wing"_s), u"Building B"_s);
        QCOMPARE(m_session->draft().metadataMap().value(firstKey), u"saved value"_s);
        QVERIFY(m_session->isDirty());
        QCOMPARE(m_session->customer().metadata().value(firstKey), u"saved value"_s);
        MetadataDocument* document = m_session->metadata();
        QCOMPARE(document->rowState(document->rowOfKey(u"wing"_s)), MetadataRow::State::Added);
        QCOMPARE(document->rowState(document->rowOfKey(firstKey)), MetadataRow::State::Unchanged);
        QVERIFY(label(u"nameChangedLabel"_s)->isVisible());

        // And a second save sends exactly them.
        server().requestLog().clear();
        QVERIFY(m_session->save());
        QTRY_COMPARE(m_session->state(), CustomerSession::State::Ready);
        QVERIFY(!m_session->isDirty());
        QCOMPARE(server().store().find(m_customer.id())->name, m_customer.name() + u" North"_s);
        QCOMPARE(server().store().find(m_customer.id())->metadata->value(u"wing"_s), u"Building B"_s);
    }
};

QTEST_MAIN(tst_CustomerDetailWidget)
#include "tst_customerdetailwidget.moc"
