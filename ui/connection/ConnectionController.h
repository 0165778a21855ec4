// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/settings/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class ConnectionDialog;
class EmbeddedSandbox;
class ExpressClient;
class FirstRunDialog;
class MainWindow;
class ProfileStore;
class QNetworkAccessManager;
class SecretStore;

// Connects the main window to one profile at a time: where to at start (StartupPlan), the first-run and connection
// dialogs (opened with open()), the embedded sandbox on demand, and a new client whenever the profile changes.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    // None of the pointers is owned; the window must be destroyed before this object (it holds this object's
    // client), the others must outlive it. environment stands for the process's (AVARA_API_KEY, AVARA_BASE_URL,
    // AVARA_CUSTOM_HEADERS: the Environment profile sends its extra headers, and shows the lines it ignored).
    ConnectionController(MainWindow* window, ProfileStore* profiles, SecretStore* secrets, QNetworkAccessManager* nam,
        const QProcessEnvironment& environment, QObject* parent = nullptr);
    ~ConnectionController() override;

    // Follows StartupPlan: connects, or reads the stored key first, or opens the first-run dialog.
    void start(bool sandboxOption);
    // Starts the embedded sandbox unless it runs already, then connects to it. When it cannot start, the status bar
    // says why and the next request starts a new one.
    void connectSandbox();
    // The port the embedded sandbox listens on: 0 (any free one) unless a test needs a port that is taken.
    void setSandboxPort(quint16 port) { m_sandboxPort = port; }
    // A stored profile id, "sandbox" or "environment"; empty for a new profile. keyMessage puts the cursor in the
    // key field with that message.
    void openConnectionDialog(const QString& profileId, const QString& keyMessage);

    ExpressClient* client() const;
    EmbeddedSandbox* sandbox() const { return m_sandbox; }
    // While open; null otherwise.
    FirstRunDialog* firstRunDialog() const;
    ConnectionDialog* connectionDialog() const;

Q_SIGNALS:
    // The window works through a new client, for this profile.
    void connected(const ConnectionProfile& profile);

private:
    void connectTo(const ConnectionProfile& profile, const QString& apiKey);
    void showFirstRun();
    void showStatus(const QString& message, int timeoutMs = 0);

    QPointer<MainWindow> m_window;
    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_nam;
    QProcessEnvironment m_environment;
    EmbeddedSandbox* m_sandbox = nullptr;
    quint16 m_sandboxPort = 0;
    QPointer<ExpressClient> m_client;
    QPointer<FirstRunDialog> m_firstRunDialog;
    QPointer<ConnectionDialog> m_connectionDialog;
};
