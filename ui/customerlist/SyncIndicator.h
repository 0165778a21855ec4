// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
struct SyncOutcome;

// The workspace sync in the status bar: "Syncing customers… 1,200 of 100,000" with a progress bar and Cancel while it
// runs; afterwards a cancelled or failed sync says so (a failure until the next sync), a completed one goes away.
class SyncIndicator : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kNoticeMs = 5000;

    explicit SyncIndicator(QWidget* parent = nullptr);

    // expected: how many customers the last sync found; 0 when unknown (the bar then shows activity only).
    void showRunning(int stored, qint64 expected);
    void showOutcome(const SyncOutcome& outcome);

    QLabel* label() const { return m_label; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_hide = nullptr;
};
