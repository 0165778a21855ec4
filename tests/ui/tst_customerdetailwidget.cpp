// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "core/ExpressClient.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "ui/CustomerDetailWidget.h"
#include "ui/MetadataEditor.h"
#include "ui/MetadataTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
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
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExpressClient> m_client;
    std::unique_ptr<CustomerDetailWidget> m_form;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Customer m_customer;

    // The first active customer of the seed, as the client reads it.
    Customer fetch(const QString& id)
    {
        std::optional<Customer> customer;
        m_client->retrieveCustomer(id, this, [&customer](const ApiResult<Customer>& result) {
            QVERIFY(result.isOk());
            customer = result.value();
        });
        if (!QTest::qWaitFor([&customer] { return customer.has_value(); }, 10000))
            return {};
        return *customer;
    }

    QString activeCustomerId() const
    {
        for (const Sandbox::CustomerRecord& record : m_server->store().customers()) {
            if (record.active && record.metadata && !record.metadata->isEmpty())
                return record.id;
        }
        return {};
    }

    QMessageBox* openMessageBox(const QString& objectName) const { return m_form->findChild<QMessageBox*>(objectName); }

    int requestsTo(const QByteArray& method) const
    {
        int count = 0;
        for (const Sandbox::RequestRecord& record : m_server->requestLog().records())
            count += record.method == method ? 1 : 0;
        return count;
    }

    // Nothing was sent and nothing is on its way: the form and the client are idle, and once the event loop has run
    // long enough for a request made now to be answered, that request is the only one the server has seen.
    void verifyNothingSent()
    {
        QVERIFY(!m_form->isBusy());
        QVERIFY(!m_client->isBusy());
        auto answered = std::make_shared<bool>(false);
        m_client->retrieveCustomer(m_customer.id(), this, [answered](const ApiResult<Customer>&) { *answered = true; });
        QTRY_VERIFY(*answered);
        QCOMPARE(m_server->requestLog().size(), 1);
        QCOMPARE(m_server->requestLog().last()->method, "GET"_ba);
        m_server->requestLog().clear();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<Sandbox::SandboxServer>();
        m_server->store().reset(Sandbox::SandboxSeed::generate(7, 12));
        QVERIFY(m_server->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        ClientOptions options;
        options.baseUrl = m_server->baseUrl();
        options.apiKey = m_server->apiKey();
        options.retryBaseDelay = std::chrono::milliseconds(5);
        options.retryMaxDelay = std::chrono::milliseconds(20);
        m_client = std::make_unique<ExpressClient>(m_nam.get(), options);
        m_form = std::make_unique<CustomerDetailWidget>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_form->metadataEditor()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_form->setClient(m_client.get());
        m_form->resize(900, 700);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));

        m_customer = fetch(activeCustomerId());
        QVERIFY(!m_customer.id().isEmpty());
        m_form->setCustomer(m_customer);
        m_server->requestLog().clear();
    }

    void cleanup()
    {
        m_tester.reset();
        m_form.reset();
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void showsTheCustomer()
    {
        QCOMPARE(m_form->findChild<QLabel*>(u"customerId"_s)->text(), m_customer.id());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
        QCOMPARE(m_form->findChild<QLabel*>(u"stateLabel"_s)->text(), u"Active"_s);
        QVERIFY(m_form->findChild<QLabel*>(u"userCount"_s)->text().startsWith(QString::number(m_customer.userCount())));
        QCOMPARE(
            m_form->findChild<QLabel*>(u"createdAt"_s)->toolTip(), m_customer.createdAt()->toString(Qt::ISODateWithMs));
        const QString createdBy = m_form->findChild<QLabel*>(u"createdBy"_s)->text();
        QVERIFY2(createdBy == u"—"_s || createdBy.contains(m_customer.createdByApiKeyId().value_or(u"usr_"_s))
                || createdBy.contains(m_customer.createdByUserId().value_or(u"key"_s)),
            qPrintable(createdBy));
        QCOMPARE(m_form->metadataEditor()->currentMetadata(), m_customer.metadata());
        QVERIFY(!m_form->isDirty());
        QVERIFY(m_form->isValid());
        QCOMPARE(m_form->undoStack()->count(), 0);
        // Every input has an accessible name.
        for (QWidget* input : {static_cast<QWidget*>(m_form->nameEdit()), static_cast<QWidget*>(m_form->userIdEdit()),
                 static_cast<QWidget*>(m_form->findChild<QPushButton*>(u"deactivateButton"_s))})
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
    }

    void typingTheNameMakesTheFormDirty()
    {
        QSignalSpy dirty(m_form.get(), &CustomerDetailWidget::dirtyChanged);
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u" North"_s);
        QVERIFY(m_form->isDirty());
        QCOMPARE(dirty.count(), 1);
        QCOMPARE(dirty.first().first().toBool(), true);
        QCOMPARE(m_form->draft().name(), m_customer.name() + u" North"_s);
        // Typing merges into one undo step.
        QCOMPARE(m_form->undoStack()->count(), 1);
        // Nothing goes to the server until a save.
        verifyNothingSent();
    }

    void trailingSpaceIsNoChange()
    {
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"  "_s);
        QVERIFY(!m_form->isDirty());
    }

    void undoAndRedoGoThroughTheStack()
    {
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"X"_s);
        MetadataTableModel* model = m_form->metadataEditor()->model();
        QVERIFY(model->setData(model->index(0, MetadataTableModel::ValueColumn), u"changed value"_s));
        QCOMPARE(m_form->undoStack()->count(), 2);
        QVERIFY(m_form->isDirty());

        m_form->undoStack()->undo();
        QCOMPARE(m_form->metadataEditor()->currentMetadata(), m_customer.metadata());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u"X"_s);
        m_form->undoStack()->undo();
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
        QVERIFY(!m_form->isDirty());

        m_form->undoStack()->redo();
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u"X"_s);
        m_form->undoStack()->redo();
        QCOMPARE(m_form->draft().metadataMap().value(model->data(model->index(0, 0)).toString()), u"changed value"_s);
        QVERIFY(m_form->isDirty());
    }

    void ctrlZInTheNameFieldUndoesTheStackNotTheLineEdit()
    {
        // The line edit's own undo must not run: the key is left to the window's Undo action.
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"Y"_s);
        QTest::keyClicks(m_form->nameEdit(), u"Z"_s);
        QTest::keyClick(m_form->nameEdit(), Qt::Key_Z, Qt::ControlModifier);
        // The whole typed step is undone (the line edit would have removed only the last letter).
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
        QCOMPARE(m_form->undoStack()->count(), 1);
        QCOMPARE(m_form->undoStack()->index(), 0);
        QTest::keyClick(m_form->nameEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u"YZ"_s);
    }

    void revertAllIsOneUndoStep()
    {
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"Z"_s);
        MetadataTableModel* model = m_form->metadataEditor()->model();
        model->appendRow({u"wing"_s, u"B"_s});
        QVERIFY(m_form->isDirty());
        m_form->revertAll();
        QVERIFY(!m_form->isDirty());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name());
        m_form->undoStack()->undo();
        QVERIFY(m_form->isDirty());
        QCOMPARE(m_form->nameEdit()->text(), m_customer.name() + u"Z"_s);
    }

    void anEmptyNameIsKeptAndFlagged()
    {
        QSignalSpy validity(m_form.get(), &CustomerDetailWidget::validityChanged);
        m_form->nameEdit()->setFocus();
        m_form->nameEdit()->selectAll();
        QTest::keyClick(m_form->nameEdit(), Qt::Key_Delete);
        QCOMPARE(m_form->nameEdit()->text(), QString());
        QVERIFY(m_form->isDirty());
        QVERIFY(!m_form->isValid());
        QCOMPARE(validity.count(), 1);
        auto* issue = m_form->findChild<QLabel*>(u"nameIssue"_s);
        QVERIFY(issue->isVisible());
        QVERIFY(!issue->text().isEmpty());
        QVERIFY(!m_form->nameEdit()->accessibleDescription().isEmpty());
        QTest::keyClicks(m_form->nameEdit(), u"Renamed"_s);
        QVERIFY(m_form->isValid());
        QVERIFY(!issue->isVisible());
    }

    void setCustomerResetsTheBaselineAndTheStack()
    {
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u"!"_s);
        Customer saved = m_customer;
        saved.setName(m_customer.name() + u"!"_s);
        m_form->setCustomer(saved);
        QVERIFY(!m_form->isDirty());
        QCOMPARE(m_form->undoStack()->count(), 0);
        QVERIFY(m_form->undoStack()->isClean());
        QCOMPARE(m_form->nameEdit()->text(), saved.name());
    }

    void deactivateAsksNamingTheCustomerThenDeactivates()
    {
        // An unsaved edit survives the state change.
        m_form->nameEdit()->end(false);
        QTest::keyClicks(m_form->nameEdit(), u" (old)"_s);
        QSignalSpy updated(m_form.get(), &CustomerDetailWidget::customerUpdated);

        QTest::mouseClick(m_form->findChild<QPushButton*>(u"deactivateButton"_s), Qt::LeftButton);
        QMessageBox* box = openMessageBox(u"deactivateConfirmation"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(m_customer.name()), qPrintable(box->text()));
        verifyNothingSent();
        QTest::mouseClick(box->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);

        QTRY_COMPARE(updated.count(), 1);
        QVERIFY(!m_server->store().find(m_customer.id())->active);
        QVERIFY(m_server->requestLog().last()->path.endsWith(u"/deactivate"_s));
        QVERIFY(!m_form->customer().isActive());
        QCOMPARE(m_form->findChild<QLabel*>(u"stateLabel"_s)->text(), u"Deactivated"_s);
        QVERIFY(m_form->findChild<QPushButton*>(u"reactivateButton"_s)->isVisibleTo(m_form.get()));
        QVERIFY(m_form->isDirty());
        QCOMPARE(m_form->draft().name(), m_customer.name() + u" (old)"_s);
    }

    void cancellingTheConfirmationSendsNothing()
    {
        QTest::mouseClick(m_form->findChild<QPushButton*>(u"deactivateButton"_s), Qt::LeftButton);
        QMessageBox* box = openMessageBox(u"deactivateConfirmation"_s);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!openMessageBox(u"deactivateConfirmation"_s));
        verifyNothingSent();
        QVERIFY(m_server->store().find(m_customer.id())->active);
    }

    void reactivateAfterDeactivate()
    {
        QVERIFY(m_server->store().setActive(m_customer.id(), false).ok());
        m_form->setCustomer(fetch(m_customer.id()));
        m_server->requestLog().clear();
        QTest::mouseClick(m_form->findChild<QPushButton*>(u"reactivateButton"_s), Qt::LeftButton);
        QMessageBox* box = openMessageBox(u"reactivateConfirmation"_s);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_server->store().find(m_customer.id())->active);
        QTRY_VERIFY(m_form->customer().isActive());
    }

    void invalidUserIds_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addRow("empty") << QString();
        QTest::addRow("too short") << u"usr_123"_s;
        QTest::addRow("uppercase hex") << u"usr_0123456789ABCDEF0123456789ABCDEF"_s;
        QTest::addRow("customer id") << u"cus_0123456789abcdef0123456789abcdef"_s;
        QTest::addRow("path trick") << u"usr_0123456789abcdef0123456789abcde/"_s;
    }

    void invalidUserIds()
    {
        QFETCH(QString, userId);
        QTest::keyClicks(m_form->userIdEdit(), userId);
        m_form->addUser();
        m_form->removeUser();
        verifyNothingSent();
        QVERIFY(m_form->findChild<QLabel*>(u"userIssue"_s)->isVisibleTo(m_form.get()));
        QCOMPARE(m_form->userIdEdit()->text(), userId);
    }

    void addingAValidUserUpdatesTheCount()
    {
        const qint64 before = m_customer.userCount();
        QSignalSpy updated(m_form.get(), &CustomerDetailWidget::customerUpdated);
        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        QTest::mouseClick(m_form->findChild<QPushButton*>(u"addUserButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_form->customer().userCount(), before + 1);
        QVERIFY(m_server->store().find(m_customer.id())->members.contains(kNewUser));
        QVERIFY(m_form->findChild<QLabel*>(u"userCount"_s)->text().startsWith(QString::number(before + 1)));
        QCOMPARE(updated.count(), 1);
        QVERIFY(m_form->userIdEdit()->text().isEmpty());

        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        QTest::mouseClick(m_form->findChild<QPushButton*>(u"removeUserButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_form->customer().userCount(), before);
        QVERIFY(!m_server->store().find(m_customer.id())->members.contains(kNewUser));
    }

    void aFailedOperationCanBeRetried()
    {
        QVERIFY(m_server->addFault(u"status=403,method=POST,count=1"_s));
        QSignalSpy failed(m_form.get(), &CustomerDetailWidget::operationFailed);
        QTest::keyClicks(m_form->userIdEdit(), kNewUser);
        m_form->addUser();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Forbidden);
        QVERIFY(!m_server->store().find(m_customer.id())->members.contains(kNewUser));
        m_form->retryLastOperation();
        QTRY_VERIFY(m_server->store().find(m_customer.id())->members.contains(kNewUser));
    }
};

QTEST_MAIN(tst_CustomerDetailWidget)
#include "tst_customerdetailwidget.moc"
