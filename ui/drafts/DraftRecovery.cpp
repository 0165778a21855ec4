// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "DraftRecovery.h"

#include "core/common/Logging.h"
#include "core/model/CustomerMerge.h"
#include "core/model/DraftRebase.h"
#include "core/store/DraftClaim.h"
#include "ui/customer/CustomerSession.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/drafts/RestoreConflictsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/UnsavedChangesGuard.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

DraftRecovery::DraftRecovery(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"draftRecovery"_s);
    connect(window, &MainWindow::workspaceChanged, this, &DraftRecovery::onWorkspaceChanged);
    connect(window, &MainWindow::customerOpened, this, &DraftRecovery::onCustomerOpened);
    connect(window->guard(), &UnsavedChangesGuard::discarded, this, [this](CustomerSession* session) {
        if (m_keeper && m_keeper->parent() == session)
            m_keeper->discard();
    });
}

DraftRecovery::~DraftRecovery()
{
    if (m_question)
        m_question->deleteLater();
    if (m_conflicts)
        m_conflicts->deleteLater();
}

QMessageBox* DraftRecovery::question() const
{
    return m_question;
}

RestoreConflictsDialog* DraftRecovery::conflictsDialog() const
{
    return m_conflicts;
}

DraftKeeper* DraftRecovery::keeper() const
{
    return m_keeper;
}

void DraftRecovery::onWorkspaceChanged()
{
    m_workspace = m_window->workspace();
    m_unasked.clear();
    m_deferred.clear();
    m_restoring.reset();
    if (m_question)
        m_question->deleteLater();
    if (!m_workspace)
        return;
    keepOpenSession();
    const auto drafts = DraftStore(m_workspace).list();
    if (drafts.isError()) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, drafts.error().message);
        return;
    }
    // A draft another running instance of the app keeps is its unsaved work, not one to offer here.
    for (const DraftStore::Draft& draft : drafts.value()) {
        if (!DraftClaim::isHeld(m_workspace->path(), draft.customerId))
            m_unasked.append(draft);
    }
    // Once the window is up and the connection's own messages are shown.
    QTimer::singleShot(0, this, &DraftRecovery::askNext);
}

void DraftRecovery::keepOpenSession()
{
    CustomerSession* session = m_window->session();
    if (!m_workspace || !session || !session->hasCustomer() || (m_keeper && m_keeper->parent() == session))
        return;
    m_keeper = new DraftKeeper(session, m_workspace, session);
    m_keeper->setObjectName(u"draftKeeper"_s);
    const QString name = session->customer().name();
    connect(m_keeper, &DraftKeeper::storeFailed, this, [this, name](const StoreError& error) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning,
            tr("Your unsaved edits of “%1” could not be kept for after a crash. They are still here: save them to "
               "keep them. %2")
                .arg(name, error.message));
    });
}

void DraftRecovery::onCustomerOpened(const QString& customerId)
{
    keepOpenSession();
    if (!m_restoring) {
        // A draft put off with Later is offered again when its customer is opened, before an edit could replace it.
        const auto deferred = std::find_if(m_deferred.cbegin(), m_deferred.cend(),
            [&](const DraftStore::Draft& draft) { return draft.customerId == customerId; });
        if (deferred != m_deferred.cend()) {
            m_unasked.prepend(*deferred);
            m_deferred.erase(deferred);
            askNext();
        }
        return;
    }
    const DraftStore::Draft draft = *std::exchange(m_restoring, std::nullopt);
    // Another customer was opened instead: the draft stays for the next start.
    if (draft.customerId == customerId)
        resolveAndApply(draft);
}

void DraftRecovery::askNext()
{
    if (m_question || m_conflicts || m_restoring || m_unasked.isEmpty() || !m_workspace)
        return;
    const DraftStore::Draft draft = m_unasked.takeFirst();
    auto* box = new QMessageBox(m_window);
    box->setObjectName(u"restoreDraftDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Unsaved Edits"));
    box->setText(tr("Restore your unsaved edits of “%1”?").arg(draft.customerName));
    box->setInformativeText(
        tr("They were kept on %1, when Express Admin stopped without saving them. Restoring opens the customer as "
           "the server holds it now and puts your edits on top; nothing is saved until you save.")
            .arg(QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)));
    QPushButton* restoreButton = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restoreButton->setObjectName(u"restoreButton"_s);
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton* later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    later->setObjectName(u"laterButton"_s);
    later->setToolTip(tr("Ask again when this customer is opened, or at the next start"));
    box->setDefaultButton(restoreButton);
    box->setEscapeButton(later);
    connect(box, &QMessageBox::finished, this, [this, box, restoreButton, discard, draft] {
        QAbstractButton* clicked = box->clickedButton();
        if (clicked == restoreButton) {
            restore(draft);
            return;
        }
        if (clicked == discard)
            removeDraft(draft.customerId);
        else
            m_deferred.append(draft);
        QTimer::singleShot(0, this, &DraftRecovery::askNext);
    });
    m_question = box;
    box->open();
}

void DraftRecovery::restore(const DraftStore::Draft& draft)
{
    m_restoring = draft;
    CustomerSession* session = m_window->session();
    if (session && session->customerId() == draft.customerId)
        m_window->reload(); // fresh from the API (guarded), then onCustomerOpened()
    else
        m_window->openCustomer(draft.customerId);
}

void DraftRecovery::resolveAndApply(const DraftStore::Draft& draft)
{
    CustomerSession* session = m_window->session();
    if (!session || session->customerId() != draft.customerId)
        return;
    const MergeResult merge = CustomerMerge::merge(draft.baseline, draft.edits, session->customer());
    if (!merge.hasConflicts()) {
        apply(draft, merge);
        return;
    }
    auto* dialog = new RestoreConflictsDialog(draft.customerName, merge, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, draft](int result) {
        if (result == QDialog::Accepted) {
            apply(draft, dialog->merge());
        } else {
            m_window->messageBar()->showMessage(MessageBar::Kind::Information,
                tr("Your unsaved edits of “%1” were not restored; they are kept for the next start.")
                    .arg(draft.customerName));
        }
        QTimer::singleShot(0, this, &DraftRecovery::askNext);
    });
    m_conflicts = dialog;
    dialog->open();
}

void DraftRecovery::apply(const DraftStore::Draft& draft, const MergeResult& merge)
{
    CustomerSession* session = m_window->session();
    if (!session || session->customerId() != draft.customerId)
        return;
    session->restoreEdits(DraftRebase::merged(draft.edits, merge));
    // At once: the draft kept now is the restored edits on the server's current state, and it goes when they are
    // saved or discarded.
    if (m_keeper && m_keeper->parent() == session)
        m_keeper->flush();
    QString text;
    if (!session->isDirty()) {
        removeDraft(draft.customerId);
        text = tr("The server already holds your unsaved edits of “%1”: there was nothing to restore.");
    } else if (!merge.theirChanges().isEmpty() || merge.hasConflicts()) {
        text = tr("Your unsaved edits of “%1” are back, combined with what was changed on the server meanwhile. "
                  "They are not saved yet.");
    } else {
        text = tr("Your unsaved edits of “%1” are back. They are not saved yet.");
    }
    m_window->messageBar()->showMessage(MessageBar::Kind::Information, text.arg(session->customer().name()));
    Q_EMIT restored(draft.customerId);
    QTimer::singleShot(0, this, &DraftRecovery::askNext);
}

void DraftRecovery::removeDraft(const QString& customerId)
{
    if (!m_workspace)
        return;
    if (const std::optional<StoreError> error = DraftStore(m_workspace).remove(customerId))
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, error->message);
}
