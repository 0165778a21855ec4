// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class CustomerSession;
class HistoryBrowser;
class HistoryUndo;
class HistoryWindow;
class MainWindow;

// The history in the main window: the History tab beside the open customer's form (that customer's entries, read
// again after each of its writes), the History window for all entries (MainActions::history), and "Undo this
// change" from either (HistoryUndo). Follows the window's workspace and open customer; the window only creates it.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    // window is the parent; the tab goes into its customer pane.
    explicit HistoryController(MainWindow* window);
    ~HistoryController() override;

    HistoryBrowser* tab() const { return m_tab; }
    // nullptr until the window was first shown.
    HistoryWindow* historyWindow() const;
    HistoryUndo* undo() const { return m_undo; }

public Q_SLOTS:
    void showHistoryWindow();

private:
    void onWorkspaceChanged();
    void onSessionChanged(CustomerSession* session);
    void watch(CustomerSession* session);
    // After a write: the journal has it (completed) once the session reports; read when the event loop is back.
    void refreshSoon();
    void refresh();

    MainWindow* m_window;
    HistoryBrowser* m_tab = nullptr;
    QPointer<HistoryWindow> m_historyWindow;
    HistoryUndo* m_undo = nullptr;
    QPointer<CustomerSession> m_watched;
    bool m_refreshQueued = false;
};
