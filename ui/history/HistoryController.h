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
// again whenever the window's JournaledWrites begins or completes an entry), the History window for all entries
// (MainActions::history), and "Undo this change" from either (HistoryUndo). Follows the window's workspace and open
// customer; the window only creates it.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    // window is the parent; the tab goes into its customer pane.
    explicit HistoryController(MainWindow* window);

    HistoryBrowser* tab() const { return m_tab; }
    // nullptr until the window was first shown.
    HistoryWindow* historyWindow() const;
    HistoryUndo* undo() const { return m_undo; }

public Q_SLOTS:
    void showHistoryWindow();

private:
    void onWorkspaceChanged();
    void onSessionChanged(CustomerSession* session);
    // An entry was begun or completed: read again when the event loop is back (once for several).
    void refreshSoon();
    void refresh();

    MainWindow* m_window;
    HistoryBrowser* m_tab = nullptr;
    QPointer<HistoryWindow> m_historyWindow;
    HistoryUndo* m_undo = nullptr;
    QMetaObject::Connection m_journalConnection;
    bool m_refreshQueued = false;
};
