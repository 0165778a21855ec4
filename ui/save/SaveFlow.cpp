// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "SaveFlow.h"

#include "core/api/ApiErrorFactory.h"
#include "core/common/Logging.h"
#include "core/model/CustomerMerge.h"
#include "core/model/Validation.h"
#include "ui/save/ReviewChangesDialog.h"

#include <QTimer>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

// What a save compares: the fields a draft edits.
bool sameContent(const Customer& a, const Customer& b)
{
    return a.name().trimmed() == b.name().trimmed() && a.metadata() == b.metadata();
}

// The user's choices carried over to a new merge, for the conflicts that are still exactly the same.
void carryOverChoices(const MergeResult& from, MergeResult& to)
{
    const QList<MergeConflict> previous = from.conflicts();
    const QList<MergeConflict> current = to.conflicts();
    for (int i = 0; i < current.size(); ++i) {
        for (const MergeConflict& old : previous) {
            MergeConflict unresolved = old;
            unresolved.resolution.reset();
            if (old.resolution && unresolved == current.at(i))
                to.resolve(i, *old.resolution);
        }
    }
}

} // namespace

SaveFlow::SaveFlow(ExpressClient* client, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_writer(client)
    , m_dialogParent(dialogParent)
{
    Q_ASSERT(client != nullptr);
}

SaveFlow::~SaveFlow()
{
    // The dialog belongs to dialogParent; it must not outlive the flow that handles its answer.
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog;
    }
}

ReviewChangesDialog* SaveFlow::reviewDialog() const
{
    return m_dialog;
}

void SaveFlow::setReviewEnabled(bool enabled)
{
    m_reviewEnabled = enabled;
}

bool SaveFlow::start(const Customer& base, const CustomerDraft& draft)
{
    if (isRunning())
        return false;
    m_base = base;
    m_draft = draft;
    m_merge = MergeResult();

    const QList<ValidationIssue> issues = Validation::checkDraft(draft);
    if (Validation::hasErrors(issues)) {
        QStringList messages;
        for (const ValidationIssue& issue : issues) {
            if (issue.isError())
                messages.append(issue.message);
        }
        QString message = messages.constFirst();
        if (messages.size() > 1)
            message += u' ' + tr("(and %n more problem(s))", nullptr, int(messages.size() - 1));
        const ApiError error = ApiErrorFactory::invalidRequest(tr("Cannot save: %1 Nothing was sent.").arg(message));
        // Running until the refusal arrives, like any other outcome: never a signal from within start().
        m_stage = Stage::Fetching;
        Q_EMIT runningChanged(true);
        QTimer::singleShot(0, this, [this, error] {
            if (m_stage == Stage::Fetching && m_call == 0)
                fail(error);
        });
        return true;
    }

    Q_EMIT runningChanged(true);
    fetch(Stage::Fetching);
    return true;
}

void SaveFlow::cancel()
{
    switch (m_stage) {
    case Stage::Idle:
        return;
    case Stage::Reviewing:
        // Handled as the user's Cancel.
        if (m_dialog)
            m_dialog->reject();
        return;
    case Stage::Fetching:
    case Stage::Rechecking:
    case Stage::Saving:
        if (m_call != 0) {
            // The callback runs at once, with Kind::Cancelled.
            m_client->cancel(m_call);
        } else {
            stop();
            Q_EMIT cancelled();
        }
        return;
    }
}

void SaveFlow::fetch(Stage stage)
{
    m_stage = stage;
    Q_EMIT progressChanged(tr("Checking for changes on the server…"));
    m_call =
        m_client->retrieveCustomer(m_base.id(), this, [this](const ApiResult<Customer>& result) { onFetched(result); });
}

void SaveFlow::onFetched(const ApiResult<Customer>& result)
{
    m_call = 0;
    if (result.isError()) {
        failCall(result.error());
        return;
    }
    const Customer& theirs = result.value();
    if (m_stage == Stage::Rechecking) {
        onRechecked(theirs);
        return;
    }

    // When nothing changed on the server the merge is the plain diff (no conflicts, nothing of theirs); one path
    // for both cases keeps the PATCH always computed against the server's current state.
    m_merge = CustomerMerge::merge(m_base, m_draft, theirs);
    if (!m_merge.hasConflicts() && m_merge.patchAgainstTheirs().isEmpty()) {
        stop();
        Q_EMIT nothingToSave(theirs);
        return;
    }
    if (m_reviewEnabled || m_merge.hasConflicts()) {
        openReview(QString());
        return;
    }
    send(m_merge.patchAgainstTheirs());
}

void SaveFlow::onRechecked(const Customer& theirs)
{
    // The review may stay open for long; if the server moved meanwhile, what was reviewed is stale.
    if (sameContent(theirs, m_merge.theirs())) {
        send(m_merge.patchAgainstTheirs());
        return;
    }
    qCInfo(lcUi) << "customer changed on the server during the review; merging again";
    MergeResult merge = CustomerMerge::merge(m_base, m_draft, theirs);
    carryOverChoices(m_merge, merge);
    m_merge = merge;
    if (!m_merge.hasConflicts() && m_merge.patchAgainstTheirs().isEmpty()) {
        stop();
        Q_EMIT nothingToSave(theirs);
        return;
    }
    openReview(tr("The customer was changed on the server again while you were reviewing. Please check the "
                  "changes again."));
}

void SaveFlow::openReview(const QString& notice)
{
    m_stage = Stage::Reviewing;
    Q_EMIT progressChanged(QString());
    closeDialog();
    m_dialog = new ReviewChangesDialog(m_dialogParent);
    m_dialog->setSkipReviewNextTime(!m_reviewEnabled);
    m_dialog->setMerge(m_merge);
    m_dialog->setNotice(notice);
    connect(m_dialog, &QDialog::finished, this, &SaveFlow::onReviewFinished);
    m_dialog->open();
}

void SaveFlow::onReviewFinished(int result)
{
    if (m_stage != Stage::Reviewing || !m_dialog)
        return;
    ReviewChangesDialog* dialog = m_dialog;
    const bool skip = dialog->skipReviewNextTime();
    m_merge = dialog->merge();
    closeDialog();
    if (result != QDialog::Accepted) {
        stop();
        Q_EMIT cancelled();
        return;
    }
    if (skip == m_reviewEnabled) {
        m_reviewEnabled = !skip;
        Q_EMIT reviewEnabledChanged(m_reviewEnabled);
    }
    if (m_merge.patchAgainstTheirs().isEmpty()) {
        // Every conflict went the server's way and nothing else remains: the server already has it.
        const Customer theirs = m_merge.theirs();
        stop();
        Q_EMIT nothingToSave(theirs);
        return;
    }
    fetch(Stage::Rechecking);
}

void SaveFlow::send(const CustomerPatch& patch)
{
    m_stage = Stage::Saving;
    Q_EMIT progressChanged(tr("Saving…"));
    // The client reads the customer again when the answer differs; the outcome says what the server holds.
    // Against the customer as just read: the patch's base, and the history's "before".
    m_call = m_writer.updateCustomer(m_merge.theirs(), patch, this, [this](const ApiResult<UpdateOutcome>& result) {
        m_call = 0;
        if (result.isError()) {
            failCall(result.error());
            return;
        }
        stop();
        Q_EMIT saved(result.value());
    });
}

void SaveFlow::closeDialog()
{
    if (!m_dialog)
        return;
    ReviewChangesDialog* dialog = m_dialog;
    m_dialog = nullptr;
    dialog->disconnect(this);
    dialog->hide();
    dialog->deleteLater();
}

void SaveFlow::stop()
{
    closeDialog();
    m_stage = Stage::Idle;
    m_call = 0;
    Q_EMIT progressChanged(QString());
    Q_EMIT runningChanged(false);
}

void SaveFlow::fail(const ApiError& error)
{
    stop();
    if (error.kind == ApiError::Kind::Unauthorized)
        Q_EMIT keyRejected(error);
    Q_EMIT failed(error);
}

void SaveFlow::failCall(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Cancelled && !error.mayHaveTakenEffect) {
        stop();
        Q_EMIT cancelled();
        return;
    }
    fail(error);
}
