// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bulk/BulkSession.h"

#include <QObject>
#include <QPointer>

class BulkController;
class QMainWindow;
class QMessageBox;

// Quitting (closing the main window) while a bulk change is sending asks first: pause and quit, or don't quit. Pause
// and Quit lets the requests in flight finish before the window closes, so that the journal holds every customer's
// outcome and the run is offered for resuming at the next start with nothing to check again. Asked to quit once more
// while it waits, it quits at once (the customers still in flight are read again and judged when the run resumes).
// A paused or finished run lets the window close without a question. The window's own close guards (unsaved edits)
// come after it.
class BulkQuitGuard : public QObject
{
    Q_OBJECT

public:
    BulkQuitGuard(QMainWindow* window, BulkController* controller);

    // The question (objectName "bulkQuitQuestion"; buttons "pauseAndQuitButton" and "dontQuitButton"); nullptr when
    // none is asked.
    QMessageBox* question() const;
    // After Pause and Quit, until the run has paused and the window closes.
    bool isWaitingToQuit() const { return m_waiting; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    BulkSession* sendingSession() const;
    void ask(BulkSession* session);
    void pauseAndQuit(BulkSession* session);
    void onStateChanged();
    void quit();

    QMainWindow* m_window;
    BulkController* m_controller;
    QPointer<QMessageBox> m_question;
    QPointer<BulkSession> m_pausing;
    bool m_waiting = false;
    bool m_quitting = false;
};
