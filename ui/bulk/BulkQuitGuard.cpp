// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkQuitGuard.h"

#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkController.h"
#include "ui/bulk/BulkWidgets.h"

#include <QCloseEvent>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

using State = BulkSession::State;

BulkQuitGuard::BulkQuitGuard(QMainWindow* window, BulkController* controller)
    : QObject(controller)
    , m_window(window)
    , m_controller(controller)
{
    setObjectName(u"bulkQuitGuard"_s);
    window->installEventFilter(this);
}

QMessageBox* BulkQuitGuard::question() const
{
    return m_question;
}

bool BulkQuitGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window || event->type() != QEvent::Close || m_quitting)
        return QObject::eventFilter(watched, event);
    BulkSession* session = sendingSession();
    if (!session || m_waiting) {
        // Nothing is sending, or the user asks to quit again while the run pauses: the window's own guards decide.
        return QObject::eventFilter(watched, event);
    }
    event->ignore();
    ask(session);
    return true;
}

BulkSession* BulkQuitGuard::sendingSession() const
{
    BulkChangeDialog* dialog = m_controller->dialog();
    BulkSession* session = dialog ? dialog->session() : nullptr;
    return session && session->isSending() ? session : nullptr;
}

void BulkQuitGuard::ask(BulkSession* session)
{
    if (m_question)
        return m_question->raise();
    const BulkProgress progress = session->progress();
    const QLocale locale;
    QMessageBox* box = BulkWidgets::question(m_window, u"bulkQuitQuestion"_s, tr("Bulk Change Running"));
    box->setText(tr("A bulk change is still running: %1 of %2 customers done.")
                     .arg(locale.toString(progress.settled()), locale.toString(progress.total)));
    box->setInformativeText(tr("Quitting pauses it first: the requests already sent finish, then Express Admin "
                               "quits. The change is offered for resuming at the next start."));
    QPushButton* quit =
        BulkWidgets::answer(box, u"pauseAndQuitButton"_s, tr("&Pause and Quit"), QMessageBox::AcceptRole);
    QPushButton* stay = BulkWidgets::answer(box, u"dontQuitButton"_s, tr("&Don't Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(quit);
    box->setEscapeButton(stay);
    QPointer<BulkSession> asked(session);
    connect(box, &QMessageBox::finished, this, [this, box, quit, asked] {
        if (box->clickedButton() == quit && asked)
            pauseAndQuit(asked);
    });
    m_question = box;
    box->open();
}

void BulkQuitGuard::pauseAndQuit(BulkSession* session)
{
    if (!session->isSending())
        return quit(); // it ended while the question was open
    m_waiting = true;
    m_pausing = session;
    connect(session, &BulkSession::stateChanged, this, &BulkQuitGuard::onStateChanged);
    if (session->state() == State::Running)
        session->pause();
    m_window->statusBar()->showMessage(
        tr("Pausing the bulk change: waiting for the requests already sent, then quitting…"));
}

void BulkQuitGuard::onStateChanged()
{
    if (m_pausing && !m_pausing->isSending())
        quit();
}

void BulkQuitGuard::quit()
{
    if (m_pausing)
        disconnect(m_pausing, nullptr, this, nullptr);
    m_pausing = nullptr;
    m_waiting = false;
    m_quitting = true;
    const bool closed = m_window->close();
    m_quitting = false;
    if (!closed) // the window's own guard kept it open (the user chose to go on editing): the run stays paused
        m_window->statusBar()->clearMessage();
}
