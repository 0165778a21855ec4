// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/BulkRunRecord.h"
#include "core/store/StoreError.h"
#include "ui/bulk/BulkContext.h"
#include "ui/bulk/BulkCustomerChoice.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class BulkPreviewLoader;
class BulkPreviewModel;
class BulkPreviewPage;
class BulkProgressView;
class BulkSession;
class BulkSetupPage;
class QLabel;
class QMessageBox;
class QStackedWidget;

// Customer › Bulk Change…: a window that walks through a bulk change in three steps, one page each: the customers and
// the operations (BulkSetupPage), the preview of every customer's before → after with include/exclude
// (BulkPreviewPage over BulkPreviewModel, planned by BulkPreviewLoader without freezing), and, once the user applies,
// the run (a BulkSession, created here and owned by the dialog) in a BulkProgressView. Nothing is sent before Apply.
// Closing while the run goes on asks first: keep it running in the background (the dialog only hides) or pause it.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Setup, Preview, Progress };
    Q_ENUM(Step)

    explicit BulkChangeDialog(const BulkContext& context, QWidget* parent = nullptr);
    ~BulkChangeDialog() override;

    // The list's selection and search as the dialog opens (or is shown again during the first step).
    void setSources(const BulkCustomerChoice::Sources& sources);
    // Goes on with an earlier run of the journal (BulkSession::openInBackground, then start): resumeOpened() says
    // when it is open (the progress step) or why not.
    void resume(const QString& runId);

    Step step() const;
    BulkSetupPage* setupPage() const { return m_setup; }
    BulkPreviewPage* previewPage() const { return m_previewPage; }
    BulkPreviewModel* previewModel() const { return m_previewModel; }
    BulkPreviewLoader* previewLoader() const { return m_loader; }
    BulkProgressView* progressView() const { return m_progress; }
    // nullptr before Apply (or resume()), and while Apply writes the run to the journal.
    BulkSession* session() const;
    // After Apply, until the run is journaled and starts (nothing is sent before); after resume(), until it is read.
    bool isJournaling() const;
    // A run that is not over: running, pausing, paused or cancelling (closing hides the dialog instead of ending it).
    bool hasActiveRun() const;
    // The question asked on closing while the run goes on (objectName "bulkCloseQuestion"; buttons
    // "keepRunningButton", "pauseAndCloseButton", "stayButton").
    QMessageBox* closeQuestion() const;

public Q_SLOTS:
    void preview();
    void apply();

Q_SIGNALS:
    // A run was created or opened and started.
    void runStarted(BulkSession* session);
    // The dialog was closed (hidden); hasActiveRun() says whether its run goes on.
    void closed();
    // resume() is done: the run is open and started (nullopt), or why not.
    void resumeOpened(const std::optional<StoreError>& failure);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void showStep(Step step);
    void startSession(BulkSession* session);
    void askBeforeClosing();
    void finishClosing();
    void showError(const QString& text);

    BulkContext m_context;
    QStackedWidget* m_pages = nullptr;
    BulkSetupPage* m_setup = nullptr;
    BulkPreviewModel* m_previewModel = nullptr;
    BulkPreviewLoader* m_loader = nullptr;
    BulkPreviewPage* m_previewPage = nullptr;
    BulkProgressView* m_progress = nullptr;
    QPointer<BulkSession> m_session;
    QPointer<BulkSession> m_journaling; // after Apply or resume(), until its run is journaled or read
    QPointer<QMessageBox> m_closeQuestion;
    BulkRunRecord::Selection m_selection = BulkRunRecord::Selection::Selected;
    QString m_selectionText;
    QLabel* m_error = nullptr;
};
