// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryFilter.h"

#include <QFileDialog>
#include <QPointer>
#include <QWidget>

#include <memory>

class HistoryBrowser;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class WorkspaceStore;

// Every change in the connection's history (History window, Ctrl+H): filtered by customer id, by text and by a date
// range, as typed; the chosen entry in full; "Undo this change" and "Open Customer"; and Export CSV of everything that
// matches the filter (not only the rows loaded so far).
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWindow(QWidget* parent = nullptr);
    ~HistoryWindow() override;

    void setStore(std::shared_ptr<WorkspaceStore> store);
    HistoryBrowser* browser() const { return m_browser; }
    QLineEdit* customerEdit() const { return m_customer; }
    QLineEdit* textEdit() const { return m_text; }
    QCheckBox* sinceCheck() const { return m_sinceCheck; }
    QDateEdit* sinceEdit() const { return m_since; }
    QCheckBox* untilCheck() const { return m_untilCheck; }
    QDateEdit* untilEdit() const { return m_until; }
    // The filter as the fields say now (the model gets it shortly after typing stops).
    HistoryFilter filter() const;
    // Applies the fields at once, without waiting for typing to stop.
    void applyFilter();
    // Reads the history again (new entries, changed states).
    void refresh();

    // Asks where to save (a file dialog with a suggested name, opened with open()); then writeCsv().
    void exportCsv();
    // The file dialog of exportCsv() while it is open.
    QFileDialog* exportDialog() const { return m_exportDialog; }
    // Every entry that matches the filter, as CSV; false (and a message) on failure.
    bool writeCsv(const QString& path);

private:
    void showStatus(const QString& text);

    std::shared_ptr<WorkspaceStore> m_store;
    QLineEdit* m_customer = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_sinceCheck = nullptr;
    QDateEdit* m_since = nullptr;
    QCheckBox* m_untilCheck = nullptr;
    QDateEdit* m_until = nullptr;
    HistoryBrowser* m_browser = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_typing = nullptr;
    QPointer<QFileDialog> m_exportDialog;
};
