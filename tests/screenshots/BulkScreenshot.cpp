// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkScreenshot.h"

#include "core/api/ExpressClient.h"
#include "core/bulk/BulkSession.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkController.h"
#include "ui/bulk/BulkPreviewLoader.h"
#include "ui/bulk/BulkPreviewPage.h"
#include "ui/bulk/BulkQuitGuard.h"
#include "ui/customerlist/CustomerListPanel.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// Types one operation as a user does: the kind by arrow keys, the fields, Enter.
void typeOperation(BulkChangeDialog* dialog, int kindSteps, const QString& key, const QString& second)
{
    auto* kind = dialog->findChild<QComboBox*>(u"operationKind"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Home);
    for (int step = 0; step < kindSteps; ++step)
        QTest::keyClick(kind, Qt::Key_Down);
    auto* keyEdit = dialog->findChild<QLineEdit*>(u"operationKey"_s);
    QTest::keyClicks(keyEdit, key);
    auto* secondEdit = dialog->findChild<QLineEdit*>(u"operationValue"_s);
    QTest::keyClicks(secondEdit, second);
    QTest::keyClick(secondEdit, Qt::Key_Return);
}

} // namespace

BulkScreenshot::BulkScreenshot(MainWindow* window, const QString& scenario, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_scenario(scenario)
    , m_nam(new QNetworkAccessManager(this))
{ }

BulkChangeDialog* BulkScreenshot::dialog() const
{
    return m_dialog;
}

QWidget* BulkScreenshot::grabbed() const
{
    if (m_scenario == "bulk-quit-question"_L1)
        return m_window;
    return m_dialog;
}

QWidget* BulkScreenshot::question() const
{
    if (m_scenario != "bulk-quit-question"_L1 || !m_window)
        return nullptr;
    return m_window->findChild<BulkController*>()->quitGuard()->question();
}

bool BulkScreenshot::handles(const QString& scenario)
{
    return scenario == "bulk-preview"_L1 || scenario == "bulk-progress"_L1 || scenario == "bulk-quit-question"_L1;
}

void BulkScreenshot::start()
{
    QTableView* list = m_window->listPanel()->view();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    m_window->actions().bulkChange->trigger();
    m_dialog = m_window->findChild<BulkController*>()->dialog();
    if (!m_dialog)
        return Q_EMIT failed(u"the bulk change dialog did not open"_s);
    m_dialog->move(0, 0);
    typeOperation(m_dialog, 0, u"contractTier"_s, u"premium"_s);
    typeOperation(m_dialog, 2, u"costCenter"_s, u"billingCode"_s);
    connect(m_dialog->previewLoader(), &BulkPreviewLoader::finished, this, &BulkScreenshot::onPreviewed);
    // Clicked: under Xvfb without a window manager no window is active, and shortcuts wait for one.
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(u"previewButton"_s), Qt::LeftButton);
}

void BulkScreenshot::onPreviewed()
{
    // One customer left out with the keyboard: the third row, Space.
    QTableView* table = m_dialog->previewPage()->view();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Space);
    QTest::keyClick(table, Qt::Key_Down);
    if (m_scenario == "bulk-preview"_L1)
        return Q_EMIT ready();
    addFaults();
}

void BulkScreenshot::addFaults()
{
    // Through the sandbox's control endpoint, as for a sandbox in another process.
    const ClientOptions& options = m_window->client()->options();
    for (const QString& spec : {u"latency=800,method=PATCH,count=always"_s, u"status=422,method=PATCH,after=4"_s}) {
        QNetworkRequest request(options.baseUrl.resolved(QUrl(u"/_sandbox/faults"_s)));
        request.setRawHeader("Authorization", "Bearer " + options.apiKey.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply* reply =
            m_nam->post(request, QJsonDocument(QJsonObject {{u"spec"_s, spec}}).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError)
                return Q_EMIT failed(u"the sandbox took no fault: %1"_s.arg(reply->errorString()));
            if (++m_faultsAdded < 2)
                return;
            QTest::mouseClick(m_dialog->findChild<QPushButton*>(u"applyButton"_s), Qt::LeftButton);
            waitHalfway();
        });
    }
}

void BulkScreenshot::waitHalfway()
{
    BulkSession* session = m_dialog ? m_dialog->session() : nullptr;
    if (!session && m_dialog && m_dialog->isJournaling()) {
        QTimer::singleShot(20, this, &BulkScreenshot::waitHalfway); // written to the journal first
        return;
    }
    if (!session)
        return Q_EMIT failed(u"the bulk change did not start"_s);
    const BulkProgress progress = session->progress();
    // After the first round of writes (the skipped ones settle at once): the grab follows while the second is on its
    // way.
    if (progress.succeeded + progress.failed >= BulkSession::kDefaultConcurrency && progress.timeLeft)
        return m_scenario == "bulk-quit-question"_L1 ? quitWhileRunning() : Q_EMIT ready();
    QTimer::singleShot(20, this, &BulkScreenshot::waitHalfway);
}

void BulkScreenshot::quitWhileRunning()
{
    // Closed into the background as a user does (Keep Running), then Quit: the question waits over the main window.
    m_dialog->close();
    QMessageBox* keepQuestion = m_dialog->closeQuestion();
    if (!keepQuestion)
        return Q_EMIT failed(u"closing the bulk change asked nothing"_s);
    QTest::mouseClick(keepQuestion->findChild<QPushButton*>(u"keepRunningButton"_s), Qt::LeftButton);
    m_window->actions().quit->trigger();
    if (!question())
        return Q_EMIT failed(u"quitting asked nothing"_s);
    Q_EMIT ready();
}
