// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/BulkRunRecord.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class MainWindow;
class QMessageBox;

// After a crash or a closed app: when a window's workspace opens and holds an unfinished bulk change of this connection
// (BulkJournal::latestUnfinished), asks "Resume the bulk change “…” (N of M customers left)?" — Resume / Discard /
// Later, in a message box opened with open(), once the window is up and after any offer to restore drafts. Resume
// emits resumeRequested(); Discard marks the run cancelled (its customers stay as they are); Later asks again at the
// next start.
class BulkResumeOffer : public QObject
{
    Q_OBJECT

public:
    // A child of window, which it observes through its public interface.
    explicit BulkResumeOffer(MainWindow* window);
    ~BulkResumeOffer() override;

    // The open question (objectName "resumeBulkDialog"; buttons "resumeButton", "discardButton", "laterButton").
    QMessageBox* question() const;
    // Offers the latest unfinished run again (from the event loop); nothing when there is none.
    void offer();

Q_SIGNALS:
    void resumeRequested(const QString& runId);

private:
    void askWhenFree();
    void ask(const BulkRunRecord& run, int left, int total);
    void discard(const QString& runId);

    MainWindow* m_window;
    QPointer<QMessageBox> m_question;
    bool m_queued = false;
};
