// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "AppOptions.h"

#include "core/ConnectionProfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class ConnectionDialog;
class EmbeddedSandbox;
class ExpressClient;
class MainWindow;
class ProfileStore;
class QNetworkAccessManager;
class QSettings;
class ScreenshotScenario;
class SecretStore;

// Wiring only: creates the settings, network access, keychain, profiles, embedded sandbox and main window,
// decides where to connect at start (--sandbox, the environment, the last profile, or the first-run dialog)
// and swaps the client when the profile changes.
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(const AppOptions& options, QElapsedTimer startup, QObject* parent = nullptr);
    ~AppController() override;

    void start();

private:
    void connectAtStart();
    void connectSandbox();
    void connectTo(const ConnectionProfile& profile, const QString& apiKey);
    void showFirstRun();
    void openConnectionDialog(const QString& profileId, const QString& keyMessage);
    void onFirstShown();

    AppOptions m_options;
    QElapsedTimer m_startup;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager* m_nam = nullptr;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<ProfileStore> m_profiles;
    EmbeddedSandbox* m_sandbox = nullptr;
    QPointer<ExpressClient> m_client;
    QPointer<ConnectionDialog> m_connectionDialog;
    ScreenshotScenario* m_screenshot = nullptr;
    // Destroyed first: the window's calls are cancelled before the client and the sandbox go.
    std::unique_ptr<MainWindow> m_window;
};
