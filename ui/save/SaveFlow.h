// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ExpressClient.h"
#include "core/model/Customer.h"
#include "core/model/CustomerDraft.h"
#include "core/model/CustomerPatch.h"
#include "core/model/MergeResult.h"
#include "core/model/UpdateOutcome.h"
#include "core/sync/CustomerWriter.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ReviewChangesDialog;
class QWidget;

// Saves one customer's edits conflict-safely and diff-only: validates, fetches the customer again, merges
// three-way with whatever changed on the server, lets the user review (and resolve conflicts) in a
// ReviewChangesDialog opened with open(), and sends only the resulting PATCH. Never blocks; every start()
// ends in exactly one of saved(), nothingToSave(), cancelled() or failed().
class SaveFlow : public QObject
{
    Q_OBJECT

public:
    // client is not owned and must outlive the flow. The review dialog is a child of dialogParent (may be null).
    SaveFlow(ExpressClient* client, QWidget* dialogParent, QObject* parent = nullptr);
    ~SaveFlow() override;

    // The preference "review before saving" (the caller persists it). Even when off, conflicts open the review.
    bool isReviewEnabled() const { return m_reviewEnabled; }
    void setReviewEnabled(bool enabled);

    // Where the PATCH goes: by default straight to the client; a journaled writer records it in the history first.
    void setWriter(const CustomerWriter& writer) { m_writer = writer; }

    // Where the review dialog opens (not owned; may be null).
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }

    bool isRunning() const { return m_stage != Stage::Idle; }
    // Saves draft, the user's edits of base (the customer as it was loaded). Returns false and does nothing
    // while a save is running. The outcome always arrives later, through a signal, never from within start().
    bool start(const Customer& base, const CustomerDraft& draft);
    // Stops the running save: cancels the request in flight or closes the review. Emits cancelled(), or
    // failed() with ApiError::mayHaveTakenEffect when a PATCH was already on its way.
    void cancel();

    // The review dialog while it is open; nullptr otherwise.
    ReviewChangesDialog* reviewDialog() const;

Q_SIGNALS:
    void runningChanged(bool running);
    // For the status bar: "Checking for changes on the server…", "Saving…"; an empty text when the flow ends or
    // waits for the user. (Retries are the client's retryScheduled, shown by the window for every call.)
    void progressChanged(const QString& text);
    // The user ticked or unticked "Don't ask again — save directly" and sent; persist it.
    void reviewEnabledChanged(bool enabled);

    // The PATCH succeeded. outcome compares what was asked with what the server holds: its answer, or, when that
    // differed, the customer as the client read it again (UpdateOutcome::Basis). outcome.describe() says how
    // they differ.
    void saved(const UpdateOutcome& outcome);
    // Nothing needed sending (no edits, or the server already holds them); onServer is the customer as it is now.
    void nothingToSave(const Customer& onServer);
    // The user cancelled the review, or cancel() stopped the flow before anything was sent.
    void cancelled();
    // A request failed or the draft is invalid (kind InvalidRequest, nothing sent). The caller's draft is
    // untouched; calling start() again retries from the beginning (fetch and merge again).
    void failed(const ApiError& error);
    // The server refused the API key (401): emitted just before failed(), so the caller can offer to fix it.
    void keyRejected(const ApiError& error);

private:
    enum class Stage { Idle, Fetching, Reviewing, Rechecking, Saving };

    void fetch(Stage stage);
    void onFetched(const ApiResult<Customer>& result);
    void onRechecked(const Customer& theirs);
    void openReview(const QString& notice);
    void onReviewFinished(int result);
    void send(const CustomerPatch& patch);
    void closeDialog();
    // Back to Idle before the final signal, so a slot may start() again at once.
    void stop();
    void fail(const ApiError& error);
    void failCall(const ApiError& error);

    ExpressClient* m_client;
    CustomerWriter m_writer;
    QPointer<QWidget> m_dialogParent;
    QPointer<ReviewChangesDialog> m_dialog;
    bool m_reviewEnabled = true;
    Stage m_stage = Stage::Idle;
    ExpressClient::CallId m_call = 0;
    Customer m_base;
    CustomerDraft m_draft;
    MergeResult m_merge;
};
