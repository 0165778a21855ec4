// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkResumeOffer.h"

#include "core/common/TextElision.h"
#include "core/store/BulkJournal.h"
#include "core/sync/JournaledWrites.h"
#include "ui/bulk/BulkText.h"
#include "ui/bulk/BulkWidgets.h"
#include "ui/drafts/DraftRecovery.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

BulkResumeOffer::BulkResumeOffer(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"bulkResumeOffer"_s);
    connect(window, &MainWindow::workspaceChanged, this, [this] {
        if (m_question)
            m_question->deleteLater();
        offer();
    });
}

QMessageBox* BulkResumeOffer::question() const
{
    return m_question;
}

BulkResumeOffer::~BulkResumeOffer()
{
    if (m_question)
        m_question->deleteLater();
}

void BulkResumeOffer::offer()
{
    if (m_queued)
        return;
    m_queued = true;
    // Once the window is up and the connection's own messages are shown.
    QTimer::singleShot(0, this, &BulkResumeOffer::askWhenFree);
}

void BulkResumeOffer::askWhenFree()
{
    m_queued = false;
    const auto workspace = m_window->workspace();
    JournaledWrites* writes = m_window->journaledWrites();
    if (!workspace || !writes || m_question)
        return;
    // One question at a time: the drafts' offer first.
    const auto* drafts = m_window->findChild<DraftRecovery*>();
    if (QMessageBox* other = drafts ? drafts->question() : nullptr; other && other->isVisible()) {
        connect(other, &QObject::destroyed, this, &BulkResumeOffer::offer);
        return;
    }
    const BulkJournal journal(workspace);
    const auto latest = journal.latestUnfinished(writes->origin().connection);
    if (latest.isError()) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, latest.error().message);
        return;
    }
    if (!latest.value())
        return;
    // Counted by the database: reading 100,000 customers would keep the window waiting for a second.
    const auto counts = journal.counts(latest.value()->id);
    if (counts.isError()) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, counts.error().message);
        return;
    }
    ask(*latest.value(), counts.value().left, counts.value().total);
}

void BulkResumeOffer::ask(const BulkRunRecord& run, int left, int total)
{
    const QLocale locale;
    QMessageBox* box = BulkWidgets::question(m_window, u"resumeBulkDialog"_s, tr("Unfinished Bulk Change"));
    box->setText(tr("Resume the bulk change “%1” (%2 of %3 customers left)?")
                     .arg(TextElision::elided(BulkText::operations(run.operations), 80), locale.toString(left),
                         locale.toString(total)));
    box->setInformativeText(
        tr("It was started on %1 and did not finish. Resuming first reads again every customer whose change may have "
           "been sent, so that none is changed twice. Discard ends it and leaves the customers as they are now; Later "
           "asks again at the next start.")
            .arg(locale.toString(run.createdAt.toLocalTime(), QLocale::ShortFormat)));
    QPushButton* resume = BulkWidgets::answer(box, u"resumeButton"_s, tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton* discardButton =
        BulkWidgets::answer(box, u"discardButton"_s, tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* later = BulkWidgets::answer(box, u"laterButton"_s, tr("&Later"), QMessageBox::RejectRole);
    later->setToolTip(tr("Ask again at the next start"));
    box->setDefaultButton(resume);
    box->setEscapeButton(later);
    const QString runId = run.id;
    connect(box, &QMessageBox::finished, this, [this, box, resume, discardButton, runId] {
        QAbstractButton* clicked = box->clickedButton();
        if (clicked == resume)
            Q_EMIT resumeRequested(runId);
        else if (clicked == discardButton)
            discard(runId);
    });
    m_question = box;
    box->open();
}

void BulkResumeOffer::discard(const QString& runId)
{
    if (!m_window->workspace())
        return;
    if (const auto failure = BulkJournal(m_window->workspace()).setRunState(runId, BulkRunRecord::State::Cancelled))
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, failure->message);
}
