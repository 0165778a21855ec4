// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/HistoryEntry.h"

#include <QWidget>

#include <optional>

class HistoryDetailView;
class HistoryTableModel;
class QLabel;
class QPushButton;
class QTableView;

// The list of history entries over the detail of the chosen one, with "Undo this change" (and, where asked,
// "Open Customer"): the History tab and the History window are built on it. It owns its model; the choice survives
// a refresh.
class HistoryBrowser : public QWidget
{
    Q_OBJECT

public:
    // withOpenButton: an "Open Customer" button (the window; the tab shows the open customer already).
    explicit HistoryBrowser(bool withOpenButton, QWidget* parent = nullptr);

    HistoryTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    HistoryDetailView* detail() const { return m_detail; }
    QPushButton* undoButton() const { return m_undoButton; }
    std::optional<HistoryEntry> currentEntry() const;
    // Chooses the entry with this id if it is loaded; false when it is not.
    bool selectEntry(const QString& id);
    // Reads the entries again, keeping the chosen one.
    void refresh();
    // Whether undo(entry) can do something: HistoryUndo decides; the button follows.
    void setUndoPredicate(std::function<bool(const HistoryEntry&)> canUndo);
    // A line over the table when there is nothing to show or the history cannot be read; empty hides it.
    void setNotice(const QString& text);

Q_SIGNALS:
    void undoRequested(const HistoryEntry& entry);
    void openRequested(const QString& customerId);

private:
    void onCurrentChanged();
    void updateNotice();

    HistoryTableModel* m_model = nullptr;
    QLabel* m_notice = nullptr;
    QTableView* m_view = nullptr;
    HistoryDetailView* m_detail = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_openButton = nullptr;
    std::function<bool(const HistoryEntry&)> m_canUndo;
    QString m_noticeText;
};
