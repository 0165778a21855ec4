// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/MergeResult.h"
#include "core/store/DraftStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class DraftKeeper;
class MainWindow;
class QMessageBox;
class RestoreConflictsDialog;
class WorkspaceStore;

// Crash-safe drafts for a main window. While the window has a workspace, the open customer's unsaved edits are kept
// there by a DraftKeeper (discarding them in the unsaved-changes guard removes them). When a workspace opens, each
// draft found in it is offered back: "Restore your unsaved edits of …?" (Restore / Discard / Later, in a message box
// opened with open()). Restore opens the customer fresh from the API and puts the edits on top of what the server
// holds now: a three-way merge against the draft's baseline (CustomerMerge), conflicts decided in a
// RestoreConflictsDialog, the outcome shown as ordinary unsaved edits (DraftRebase::merged), which the normal
// conflict-safe save sends. Later keeps the draft, asks again when its customer is opened (before an edit could
// replace it), and at the next start.
class DraftRecovery : public QObject
{
    Q_OBJECT

public:
    // A child of window, which it observes through its public interface.
    explicit DraftRecovery(MainWindow* window);
    ~DraftRecovery() override;

    // The open question (objectName "restoreDraftDialog"; buttons "restoreButton", "discardButton", "laterButton").
    QMessageBox* question() const;
    RestoreConflictsDialog* conflictsDialog() const;
    // The keeper of the open customer's edits; nullptr without a workspace or an open customer.
    DraftKeeper* keeper() const;

Q_SIGNALS:
    // A draft was put into the form as unsaved edits.
    void restored(const QString& customerId);

private:
    void onWorkspaceChanged();
    void onCustomerOpened(const QString& customerId);
    void keepOpenSession();
    void askNext();
    void restore(const DraftStore::Draft& draft);
    void resolveAndApply(const DraftStore::Draft& draft);
    void apply(const DraftStore::Draft& draft, const MergeResult& merge);
    void removeDraft(const QString& customerId);

    MainWindow* m_window;
    std::shared_ptr<WorkspaceStore> m_workspace;
    QList<DraftStore::Draft> m_unasked;
    QList<DraftStore::Draft> m_deferred; // answered with Later
    std::optional<DraftStore::Draft> m_restoring;
    QPointer<QMessageBox> m_question;
    QPointer<RestoreConflictsDialog> m_conflicts;
    QPointer<DraftKeeper> m_keeper;
};
