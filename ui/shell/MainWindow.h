// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ExpressClient.h"
#include "core/settings/ConnectionProfile.h"
#include "core/sync/JournaledWrites.h"
#include "ui/shell/AboutBox.h"
#include "ui/shell/MainActions.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class CustomerDetailWidget;
class CustomerListPanel;
class CustomerPane;
class CustomerSession;
class ListArea;
class MessageBar;
class ProfileBadge;
class QLabel;
class QSettings;
class QSplitter;
class QToolBar;
class QUndoGroup;
class ReviewChangesDialog;
class StatusLine;
class UnsavedChangesGuard;
class WorkspaceListController;
class WorkspaceStore;

// The main window: layout and wiring. The customer list (left) and the open customer's form (right), with the
// menus, toolbar, message bar and status bar around them. The open customer is a CustomerSession, which owns
// its state and its calls; the window creates one per opened customer, shows it, and routes its outcomes to the
// message bar and status bar. Every way of losing unsaved edits goes through runGuarded().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings is not owned and must outlive the window; geometry, splitter and column widths are kept there.
    explicit MainWindow(QSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the profile and works through client (not owned; must outlive the window or the next call).
    // Closes the open customer without asking: guard first with runGuarded().
    void setConnection(ExpressClient* client, const ConnectionProfile& profile);
    ExpressClient* client() const { return m_client; }
    ConnectionProfile profile() const { return m_profile; }
    // The connection's workspace database (mirror, search, history, drafts); nullptr when it could not be opened,
    // and the app works on without it. Set after setConnection(), for the same connection.
    // journaled (not owned) records every write in the workspace's history and mirror; nullptr without a workspace.
    void setWorkspace(std::shared_ptr<WorkspaceStore> workspace, JournaledWrites* journaled = nullptr);
    std::shared_ptr<WorkspaceStore> workspace() const { return m_workspace; }
    // Every write of the window goes through it (the History views listen to its historyChanged); nullptr without a
    // workspace.
    JournaledWrites* journaledWrites() const { return m_journaled; }
    // A hint under the profile badge, such as "key kept for this session only"; empty for none.
    void setConnectionNote(const QString& note);

    const MainActions& actions() const { return m_actions; }
    // nullptr while not connected.
    CustomerListPanel* listPanel() const;
    CustomerDetailWidget* detailWidget() const { return m_detail; }
    // The right side: the open customer's tabs (form, history) under the message bar.
    CustomerPane* pane() const { return m_pane; }
    // The open customer; nullptr when none is open.
    CustomerSession* session() const { return m_session; }
    MessageBar* messageBar() const { return m_messageBar; }
    UnsavedChangesGuard* guard() const { return m_guard; }
    // Serves the list from the workspace and syncs it.
    WorkspaceListController* workspaceList() const { return m_workspaceList; }
    // The save's review dialog while it is open.
    ReviewChangesDialog* reviewDialog() const;

    // Runs proceed at once when nothing is unsaved; otherwise asks Save / Discard / Cancel first (Save saves and
    // proceeds only when the server then holds exactly the edits). action completes "Save your changes before you …?".
    void runGuarded(const QString& action, std::function<void()> proceed);

public Q_SLOTS:
    // Opens the customer (guarded); the same customer again does nothing.
    void openCustomer(const QString& customerId);
    void save();
    // Reads the open customer and the list again (guarded).
    void reload();
    void showAbout() { AboutBox::open(this); }

Q_SIGNALS:
    // File > Connect…: the application opens the connection dialog.
    void connectRequested();
    // The server refused the key: the application asks for a new one.
    void fixKeyRequested();
    // The open customer changed (loaded, cleared); empty id when none.
    void customerOpened(const QString& customerId);
    void workspaceChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectActions();
    void updateActions();
    void updateTitle();
    void updateProfileBadges();
    void openSession(const QString& customerId);
    void closeSession();
    void connectSession(CustomerSession* session);
    void onKeyRejected();
    void restoreSettings();
    void saveSettings();
    void fixTabOrder();

    QSettings* m_settings;
    QPointer<ExpressClient> m_client;
    ConnectionProfile m_profile;
    std::shared_ptr<WorkspaceStore> m_workspace;
    QPointer<JournaledWrites> m_journaled;
    QString m_connectionNote;
    bool m_keyRejected = false;
    QUndoGroup* m_undoGroup = nullptr;
    MainActions m_actions;
    QSplitter* m_splitter = nullptr;
    ListArea* m_listArea = nullptr;
    CustomerPane* m_pane = nullptr;
    CustomerDetailWidget* m_detail = nullptr;
    CustomerSession* m_session = nullptr;
    MessageBar* m_messageBar = nullptr;
    UnsavedChangesGuard* m_guard = nullptr;
    ProfileBadge* m_toolBarBadge = nullptr;
    StatusLine* m_status = nullptr;
    WorkspaceListController* m_workspaceList = nullptr;
    QMetaObject::Connection m_keyConnection;
    bool m_closeAllowed = false;
};
