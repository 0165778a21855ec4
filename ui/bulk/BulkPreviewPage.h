// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/bulk/BulkPreviewModel.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The preview of a bulk change on screen: the counts at the top, a progress line while the rows are planned (with
// Cancel), the table of every customer's before → after with a check box each (Space includes or excludes the
// selected rows), Include All and Exclude All, Back, and "Apply to N Customers", which is the only way on. A view of a
// BulkPreviewModel; it plans and sends nothing itself.
class BulkPreviewPage : public QWidget
{
    Q_OBJECT

public:
    // model is not owned.
    explicit BulkPreviewPage(BulkPreviewModel* model, QWidget* parent = nullptr);

    // While rows are planned: the progress line, Apply disabled.
    void showLoading(int planned, int total);
    // Every row planned (cancelled: only those shown).
    void showLoaded(bool cancelled, int total);
    // After Apply, while the run is written to the journal (nothing is sent yet): a busy line, nothing to click.
    // False again when journaling failed.
    void showJournaling(bool journaling, int customers = 0);
    QTableView* view() const { return m_view; }
    QString countsText() const;
    QPushButton* applyButton() const { return m_apply; }

Q_SIGNALS:
    void backRequested();
    void cancelLoadingRequested();
    void applyRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCounts();
    void toggleSelected();

    BulkPreviewModel* m_model;
    QLabel* m_counts = nullptr;
    QWidget* m_loadingLine = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_progressText = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_apply = nullptr;
    bool m_loading = false;
    QString m_cancelledNote;
};
