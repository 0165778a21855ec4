// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/bulk/BulkContext.h"
#include "ui/bulk/BulkCustomerChoice.h"

#include <QObject>
#include <QPointer>

class BulkChangeDialog;
class BulkQuitGuard;
class BulkResumeOffer;
class MainWindow;
class QToolButton;

// Bulk changes in the main window: Customer › Bulk Change… (MainActions::bulkChange; enabled with a connection and its
// workspace, its tooltip saying why not) opens a BulkChangeDialog on the list's selection and search; one at a time. A
// run closed into the background shows its progress in the status bar (a click shows it again), and its end as a
// notice. The offer to resume an unfinished run at start (BulkResumeOffer) opens the dialog on it. A change of
// connection ends the dialog: what it ran stays in the journal, to be resumed there. Quitting while a run sends asks
// first (BulkQuitGuard). The window only creates it.
class BulkController : public QObject
{
    Q_OBJECT

public:
    explicit BulkController(MainWindow* window);
    ~BulkController() override;

    // The open dialog, also while hidden with its run going on; nullptr when none.
    BulkChangeDialog* dialog() const;
    BulkResumeOffer* resumeOffer() const { return m_offer; }
    BulkQuitGuard* quitGuard() const { return m_quitGuard; }
    // The status bar's button while a run goes on in the background.
    QToolButton* indicator() const { return m_indicator; }

public Q_SLOTS:
    // The dialog on the list's selection and search (the open one again, if any).
    void showDialog();
    void resumeRun(const QString& runId);

private:
    BulkContext context() const;
    BulkCustomerChoice::Sources sources() const;
    BulkChangeDialog* newDialog();
    void onConnectionChanged();
    void onDialogClosed();
    void dropDialog();
    void updateAction();
    void updateIndicator();

    MainWindow* m_window;
    BulkResumeOffer* m_offer = nullptr;
    BulkQuitGuard* m_quitGuard = nullptr;
    QPointer<BulkChangeDialog> m_dialog;
    QToolButton* m_indicator = nullptr;
};
