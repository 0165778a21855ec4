// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/BulkOperation.h"
#include "sandbox/CustomerRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class BulkChangeDialog;
class BulkSession;
class BulkController;
class CustomerListPanel;
class ExpressClient;
class JournaledWrites;
class MainWindow;
class QNetworkAccessManager;
class QSettings;
class QTableView;
class QTemporaryDir;
class WorkspaceStore;

namespace Sandbox {
class SandboxServer;
}

// The bulk change tests' fixture: an in-process sandbox of customers that all hold "notes" = "call Ann" and a "region"
// (north for even positions, south for odd), a client with short retry delays, the connection's workspace and its
// JournaledWrites, and the real MainWindow on them, its list synced from the sandbox. The window can be dropped
// without a word, as in a crash, and a new one started on the same workspace.
class BulkTestBed
{
public:
    static inline const QString kNotes = QStringLiteral("call Ann");

    BulkTestBed();
    ~BulkTestBed();

    // False (with a warning) when something did not come up.
    bool start(int customers = 30);
    // A new window on the same sandbox and workspace; false when its list does not fill.
    bool startWindow();
    // Gone without a question, as in a crash: nothing paused, nothing saved.
    void crashWindow();

    MainWindow* window() const { return m_window.get(); }
    Sandbox::SandboxServer& server() const { return *m_server; }
    ExpressClient* client() const { return m_client.get(); }
    std::shared_ptr<WorkspaceStore> store() const { return m_store; }
    JournaledWrites* writes() const { return m_writes.get(); }
    CustomerListPanel* panel() const;
    QTableView* list() const;
    BulkController* controller() const;
    BulkChangeDialog* dialog() const;

    // The list's customer ids, in its order.
    QStringList listIds() const;
    Sandbox::CustomerRecord stored(const QString& id) const;
    int requests(const QByteArray& method) const;
    // Someone else changes a customer's metadata on the server (one key), as another admin would.
    void changeOnServer(const QString& id, const QString& key, const QString& value);

    // Ctrl+Shift+B in the window; the dialog once it shows, nullptr otherwise.
    BulkChangeDialog* openDialogByKeyboard();
    // Types one operation into the dialog's form as a user does: the kind by arrow keys from the first, the fields
    // with keys, Enter. kindSteps: Down presses from "Set a key" (0 set, 1 remove, 2 rename, 3 replace, 4 deactivate,
    // 5 reactivate).
    static void typeOperation(BulkChangeDialog* dialog, int kindSteps, const QString& key, const QString& second = {},
        const QString& third = {});
    // Preview (Ctrl+Enter) and wait until every row is planned; false when it does not finish.
    static bool previewByKeyboard(BulkChangeDialog* dialog);
    // Clicks Apply and waits until the run is journaled and started: its session, or nullptr when it does not start.
    static BulkSession* apply(BulkChangeDialog* dialog);
    // Apply and wait until the run is over (finished or cancelled); false when it is not within timeoutMs.
    static bool applyAndWait(BulkChangeDialog* dialog, int timeoutMs = 20000);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ExpressClient> m_client;
    std::shared_ptr<WorkspaceStore> m_store;
    std::unique_ptr<JournaledWrites> m_writes;
    std::unique_ptr<MainWindow> m_window;
    int m_customers = 0;
};
