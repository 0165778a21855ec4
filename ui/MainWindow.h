// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ApiError.h"
#include "core/ConnectionProfile.h"
#include "core/ExpressClient.h"
#include "ui/SaveFlow.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class CustomerDetailWidget;
class CustomerListPanel;
class MessageBar;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QToolBar;
class UnsavedChangesGuard;

// The main window: the customer list (left) and the open customer's form (right), with the menus, toolbar,
// message bar and status bar around them. Connects to one profile at a time (setConnection()); every way of
// losing unsaved edits goes through the unsaved-changes guard (runGuarded()).
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
    // A hint under the profile badge, such as "key kept for this session only"; empty for none.
    void setConnectionNote(const QString& note);

    CustomerListPanel* listPanel() const { return m_listPanel; }
    CustomerDetailWidget* detailWidget() const { return m_detail; }
    SaveFlow* saveFlow() const { return m_saveFlow; }
    MessageBar* messageBar() const { return m_messageBar; }
    UnsavedChangesGuard* guard() const { return m_guard; }
    QAction* action(const QString& objectName) const;

    // Runs proceed at once when nothing is unsaved; otherwise asks Save / Discard / Cancel first (Save runs the
    // save flow and proceeds only when it succeeds). action completes "Save your changes before you …?".
    void runGuarded(const QString& action, std::function<void()> proceed);
    bool canSave() const;

public Q_SLOTS:
    // Opens the customer (guarded); the same customer again does nothing.
    void openCustomer(const QString& customerId);
    void save();
    // Reads the open customer and the list again (guarded).
    void reload();
    void showAbout();

Q_SIGNALS:
    // File > Connect…: the application opens the connection dialog.
    void connectRequested();
    // The server refused the key: the application asks for a new one.
    void fixKeyRequested();
    // The open customer changed (loaded, saved, cleared); empty id when none.
    void customerOpened(const QString& customerId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    QAction* makeAction(const QString& objectName, const QString& text, const QString& icon,
        const QList<QKeySequence>& shortcuts, const QString& statusTip);
    void updateIcons();
    void updateActions();
    void updateTitle();
    void updateProfileBadges();
    void loadCustomer(const QString& customerId);
    void showError(const ApiError& error, std::function<void()> retry);
    void onSaved(const UpdateOutcome& outcome);
    void onNothingToSave(const Customer& onServer);
    void onSaveFailed(const ApiError& error);
    // Every call's retries, on the status bar for as many seconds as the message says.
    void onRetryScheduled(
        ExpressClient::CallId call, int nextAttempt, std::chrono::milliseconds delay, const ApiError& cause);
    // A status message ended: while a save runs, its progress ("Saving…") shows again.
    void onStatusMessageChanged(const QString& text);
    void addUserFromMenu();
    void removeUserFromMenu();
    void restoreSettings();
    void saveSettings();
    void connectListPanel();
    void fixTabOrder();

    QSettings* m_settings;
    QPointer<ExpressClient> m_client;
    ConnectionProfile m_profile;
    QString m_connectionNote;
    QSplitter* m_splitter = nullptr;
    QWidget* m_listPlaceholder = nullptr;
    CustomerListPanel* m_listPanel = nullptr;
    QWidget* m_detailArea = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    CustomerDetailWidget* m_detail = nullptr;
    MessageBar* m_messageBar = nullptr;
    SaveFlow* m_saveFlow = nullptr;
    QString m_saveProgress; // the running save's latest progress text
    UnsavedChangesGuard* m_guard = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_toolBarBadge = nullptr;
    QLabel* m_statusBadge = nullptr;
    QLabel* m_busyLabel = nullptr;
    QList<QPair<QAction*, QString>> m_iconActions;
    QMetaObject::Connection m_busyConnection;
    QMetaObject::Connection m_retryConnection;
    ExpressClient::CallId m_loadCall = 0;
    QString m_loadingId;
    std::function<void()> m_retry;
    std::function<void()> m_afterSave;
    bool m_closeAllowed = false;
};
