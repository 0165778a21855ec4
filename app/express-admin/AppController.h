// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "AppOptions.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class ConnectionController;
class MainWindow;
class ProfileStore;
class QNetworkAccessManager;
class QSettings;
class SecretStore;

// Wiring only: creates the settings, network access, keychain, profiles and main window, and lets a
// ConnectionController decide where to connect (--sandbox, the environment, the last profile, or the first run).
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(const AppOptions& options, QElapsedTimer startup, QObject* parent = nullptr);
    ~AppController() override;

    void start();

private:
    // Once, after the window's first paint: connects (and, with --quit-after-first-show, reports and quits).
    void onFirstShown();
    // Prints the time to the first paint and the peak memory, and asks the event loop to quit.
    void printStartupAndQuit();

    AppOptions m_options;
    QElapsedTimer m_startup;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager* m_nam = nullptr;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<ProfileStore> m_profiles;
    ConnectionController* m_connections = nullptr;
    // Destroyed first: the window's calls are cancelled before the client and the sandbox go.
    std::unique_ptr<MainWindow> m_window;
    bool m_shown = false;
};
