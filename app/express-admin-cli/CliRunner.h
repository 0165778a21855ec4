// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "CliError.h"
#include "CliRequest.h"
#include "Console.h"
#include "ExitCode.h"

#include "core/api/ClientOptions.h"
#include "core/model/Customer.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class BulkSession;
class CustomerPatch;
class EditPlan;
class ExpressClient;
class JournaledWrites;
class SandboxProcess;
class WorkspaceStore;
struct UpdateOutcome;

// Carries out one parsed command on the event loop: checks the input, starts the sandbox when asked,
// makes the API calls through ExpressClient, prints the result and reports the exit code once.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    CliRunner(const CliRequest& request, const QProcessEnvironment& environment, QObject* parent = nullptr);
    ~CliRunner() override;

    // Call from the running event loop; finished() follows exactly once.
    void start();

    // The commands, as CliCommands binds them to their names; each ends with finished().
    void runList();
    void runGet();
    void runUpdate();
    void runCreate();
    void runSetActive(bool active);
    void runUsers();
    // sync and search: CliRunnerWorkspace.cpp.
    void runSync();
    void runSearch();
    // history: CliRunnerHistory.cpp.
    void runHistory();
    // bulk: CliRunnerBulk.cpp.
    void runBulk();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(const ClientOptions& options);
    void listAll();
    void applyUpdate(const Customer& customer);
    // The workspace of the connection: the sandboxes' one with --sandbox, else the base URL's.
    QString workspacePath() const;
    // Opens it and prints its recovery notice; nullptr after failing.
    std::shared_ptr<WorkspaceStore> openWorkspace();
    // Every write goes through these (the workspace's history, opened on first use, then in m_workspace); nullptr after
    // failing, when nothing may be sent.
    JournaledWrites* writes();

    // bulk (CliRunnerBulk.cpp): the customers --search, --ids or --all choose (nullopt after failing); a new run, after
    // its preview and question when asked for; --resume; the run until it ends, and its report.
    std::optional<QStringList> bulkTargets();
    void previewBulk(const QStringList& ids);
    void startBulk(const QStringList& ids);
    void resumeBulk();
    void runBulkSession(BulkSession* session);
    void reportBulk(BulkSession* session, double seconds);
    // Without --yes, asks on a terminal and says false after failing (no terminal, or no); with --yes, true.
    bool confirmBulk(const QString& question);

    // Prints the customer (detail view, or JSON) after a one-line confirmation.
    void showCustomer(const Customer& customer, const QString& confirmation = {});
    // Prints the plan's warnings; with errors, fails with message and them, and returns true.
    bool refuseInvalid(const EditPlan& plan, const QString& message);
    // Exit 5: the server did not do exactly what was asked; the details say how, per field, and the JSON error
    // carries the customer as the outcome has it.
    static CliError notExact(
        const QString& kind, const QString& message, const CustomerPatch& sent, const UpdateOutcome& outcome);
    // One line per field in which the server's answer differs from what was sent: "name: sent “A”, answered “B”".
    static QStringList differences(const CustomerPatch& sent, const UpdateOutcome& outcome);
    void fail(const CliError& error);
    // The client's error as the CLI reports it.
    CliError apiFailure(const ApiError& error) const;
    void failApi(const ApiError& error);
    void finish(ExitCode code);

    CliRequest m_request;
    QProcessEnvironment m_environment;
    Console m_console;
    QNetworkAccessManager m_nam;
    ExpressClient* m_client = nullptr;
    SandboxProcess* m_sandbox = nullptr;
    JournaledWrites* m_writes = nullptr;
    std::shared_ptr<WorkspaceStore> m_workspace; // writes()'s
    // The history could not record a write, so it was not sent.
    bool m_notJournaled = false;
    bool m_finished = false;
};
