// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ConnectionController.h"

#include "core/api/ExpressClient.h"
#include "core/common/Logging.h"
#include "core/settings/ProfileStore.h"
#include "core/sync/JournaledWrites.h"
#include "sandbox/EmbeddedSandbox.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/ConnectionWorkspace.h"
#include "ui/connection/FirstRunDialog.h"
#include "ui/connection/SecretStore.h"
#include "ui/connection/StartupPlan.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"

#include <QStatusBar>

ConnectionController::ConnectionController(MainWindow* window, ProfileStore* profiles, SecretStore* secrets,
    QNetworkAccessManager* nam, const QProcessEnvironment& environment, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_nam(nam)
    , m_environment(environment)
{
    connect(window, &MainWindow::connectRequested, this, [this] { openConnectionDialog(m_window->profile().id, {}); });
    connect(window, &MainWindow::fixKeyRequested, this, [this] {
        openConnectionDialog(m_window->profile().id,
            tr("The server refused the key of “%1”. Enter the right key.").arg(m_window->profile().name));
    });
    connect(secrets, &SecretStore::sessionOnlyChanged, this, [this](bool sessionOnly) {
        if (sessionOnly)
            showStatus(SecretStore::sessionOnlyText(), 15000);
    });
}

ConnectionController::~ConnectionController() = default;

ExpressClient* ConnectionController::client() const
{
    return m_client;
}

FirstRunDialog* ConnectionController::firstRunDialog() const
{
    return m_firstRunDialog;
}

ConnectionDialog* ConnectionController::connectionDialog() const
{
    return m_connectionDialog;
}

void ConnectionController::start(bool sandboxOption)
{
    const StartupPlan plan = StartupPlan::choose(sandboxOption, m_environment, *m_profiles);
    switch (plan.action) {
    case StartupPlan::Action::Sandbox:
        connectSandbox();
        return;
    case StartupPlan::Action::Environment:
        connectTo(plan.profile, plan.apiKey);
        return;
    case StartupPlan::Action::StoredProfile: {
        const ConnectionProfile chosen = plan.profile;
        m_secrets->readKey(chosen.id, this, [this, chosen](const SecretStore::Result& result) {
            // No key (or no keychain): ask for it rather than start unconnected without a word.
            if (result.ok)
                connectTo(chosen, result.key);
            else
                openConnectionDialog(chosen.id, tr("Enter the API key of “%1”.").arg(chosen.name));
        });
        return;
    }
    case StartupPlan::Action::FirstRun:
        showFirstRun();
        return;
    }
}

void ConnectionController::connectSandbox()
{
    if (m_sandbox && m_sandbox->isRunning()) {
        connectTo(ConnectionProfile::sandbox(m_sandbox->baseUrl()), m_sandbox->apiKey());
        return;
    }
    if (!m_sandbox) {
        m_sandbox = new EmbeddedSandbox(this);
        connect(m_sandbox, &EmbeddedSandbox::started, this, [this](const QUrl& baseUrl, const QString& apiKey) {
            connectTo(ConnectionProfile::sandbox(baseUrl), apiKey);
        });
        connect(m_sandbox, &EmbeddedSandbox::failed, this, [this](const QString& message) {
            // An EmbeddedSandbox starts once: the next request gets a new one, and says again why if it fails too.
            m_sandbox->deleteLater();
            m_sandbox = nullptr;
            showStatus(message);
        });
        showStatus(tr("Starting the sandbox…"));
        m_sandbox->start(1, 30, m_sandboxPort);
    }
}

void ConnectionController::connectTo(const ConnectionProfile& profile, const QString& apiKey)
{
    if (!m_window)
        return;
    ClientOptions options = profile.clientOptions(apiKey);
    QStringList environmentWarnings;
    if (profile.source == ConnectionProfile::Source::Environment) {
        // The extra headers belong to the environment's server only, never to a stored profile's.
        options.extraHeaders = ClientOptions::fromEnvironment(m_environment).extraHeaders;
        for (const EnvironmentIssue& issue : ClientOptions::environmentIssues(m_environment))
            environmentWarnings.append(issue.message);
    }
    ExpressClient* old = m_client;
    m_client = new ExpressClient(m_nam, options, this);
    m_window->setConnection(m_client, profile);
    if (!environmentWarnings.isEmpty()) {
        for (const QString& warning : std::as_const(environmentWarnings))
            qCWarning(lcUi).noquote() << warning;
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, environmentWarnings.join(u'\n'));
    }
    if (old)
        old->deleteLater();
    const ConnectionWorkspace::Opened workspace = ConnectionWorkspace::open(profile);
    // Every write of this connection in its history; it goes with its client.
    JournaledWrites* journaled = workspace.store
        ? new JournaledWrites(m_client, workspace.store, HistoryOrigin::current(options.baseUrl), m_client)
        : nullptr;
    if (journaled) {
        connect(journaled, &JournaledWrites::historyIncomplete, m_window, [this](const StoreError& error) {
            qCWarning(lcUi).noquote() << error.message;
            m_window->messageBar()->showMessage(MessageBar::Kind::Warning,
                tr("The change was made, but the history could not record all of it. %1").arg(error.message));
        });
    }
    m_window->setWorkspace(workspace.store, journaled);
    if (!workspace.message.isEmpty()) {
        qCWarning(lcUi).noquote() << workspace.message;
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, workspace.message);
    }
    m_window->setConnectionNote(profile.source == ConnectionProfile::Source::Stored && m_secrets->isSessionOnly()
            ? SecretStore::sessionOnlyText()
            : QString());
    showStatus(tr("Connected to “%1”.").arg(profile.name), 5000);
    if (profile.source != ConnectionProfile::Source::Environment)
        m_profiles->setLastUsedId(profile.id);
    qCDebug(lcUi) << "connected to profile" << profile.id;
    Q_EMIT connected(profile);
}

void ConnectionController::showFirstRun()
{
    if (!m_window)
        return;
    auto* dialog = new FirstRunDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::sandboxChosen, this, &ConnectionController::connectSandbox);
    connect(dialog, &FirstRunDialog::connectChosen, this, [this] { openConnectionDialog({}, {}); });
    m_firstRunDialog = dialog;
    dialog->open();
}

void ConnectionController::openConnectionDialog(const QString& profileId, const QString& keyMessage)
{
    if (!m_window)
        return;
    if (m_connectionDialog) {
        m_connectionDialog->raise();
        return;
    }
    const ConnectionProfile environment = ConnectionProfile::fromEnvironment(m_environment);
    const ClientOptions environmentOptions = ClientOptions::fromEnvironment(m_environment);
    auto* dialog = new ConnectionDialog(m_profiles, m_secrets, m_nam, environment, environmentOptions.apiKey, m_window);
    dialog->setEnvironmentHeaders(environmentOptions.extraHeaders);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A stored profile id; "" for a new one (first run), "sandbox" and "environment" as they are.
    if (profileId.isEmpty() || m_profiles->profile(profileId) || profileId == ConnectionProfile::kSandboxId
        || profileId == ConnectionProfile::kEnvironmentId)
        dialog->selectProfile(profileId);
    if (!keyMessage.isEmpty())
        dialog->focusKey(keyMessage);
    connect(dialog, &ConnectionDialog::connectRequested, this,
        [this](const ConnectionProfile& profile, const QString& apiKey) {
            m_window->runGuarded(
                tr("switch to “%1”").arg(profile.name), [this, profile, apiKey] { connectTo(profile, apiKey); });
        });
    connect(dialog, &ConnectionDialog::sandboxRequested, this,
        [this] { m_window->runGuarded(tr("switch to the sandbox"), [this] { connectSandbox(); }); });
    m_connectionDialog = dialog;
    dialog->open();
}

void ConnectionController::showStatus(const QString& message, int timeoutMs)
{
    if (m_window)
        m_window->statusBar()->showMessage(message, timeoutMs);
}
