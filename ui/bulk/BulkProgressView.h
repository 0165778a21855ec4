// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/bulk/BulkProgress.h"
#include "core/bulk/BulkSession.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class BulkResultsModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class WorkspaceStore;

// A bulk change while it runs and after: what it does, a progress bar, the counts (done, failed, skipped, left), the
// pace and the time left, Pause, Resume, Cancel (stops after the requests in flight), Retry Failed, Export Report…
// (CSV), and the table of every customer's outcome and why. A view of a BulkSession: it follows its signals and asks
// it to act, and never waits for it.
class BulkProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit BulkProgressView(QWidget* parent = nullptr);
    ~BulkProgressView() override;

    // The session shown (not owned); store is its workspace, where the report is read from.
    void setSession(BulkSession* session, std::shared_ptr<WorkspaceStore> store);
    BulkSession* session() const { return m_session; }
    BulkResultsModel* resultsModel() const { return m_results; }
    QTableView* resultsView() const { return m_view; }

    // The lines as shown, for tests and screenshots.
    QString countsText() const;
    QString stateText() const;
    QString messageText() const;

public Q_SLOTS:
    // Asks for a file (QFileDialog), then writeReport().
    void exportReport();

public:
    // The report of every customer as the journal holds it, as CSV (BulkReportCsv); false (and why, shown) when it
    // cannot be written.
    bool writeReport(const QString& path);

private:
    void onStateChanged(BulkSession::State state);
    void onProgress(const BulkProgress& progress);
    void showMessage(const QString& text);
    void updateButtons();

    QPointer<BulkSession> m_session;
    std::shared_ptr<WorkspaceStore> m_store;
    BulkResultsModel* m_results = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_pace = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_view = nullptr;
};
