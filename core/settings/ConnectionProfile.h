// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ClientOptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

// A named place to connect to: where the API is and how to tell it apart from the others (a colour shown in
// the window). Never holds the API key: stored profiles keep it in the OS keychain (see SecretStore).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Source {
        Stored, // saved by the user (ProfileStore)
        Environment, // AVARA_API_KEY / AVARA_BASE_URL, as the CLI reads them
        Sandbox, // the embedded sandbox of this session
    };

    // Stable: a UUID for stored profiles, "environment" and "sandbox" for the others.
    QString id;
    QString name;
    QUrl baseUrl = ClientOptions::defaultBaseUrl();
    // "#rrggbb", shown behind the profile's name; empty for none.
    QString color;
    Source source = Source::Stored;

    // A name and a valid http(s) URL.
    bool isValid() const;
    // The client options with this profile's URL, name and key.
    ClientOptions clientOptions(const QString& apiKey) const;

    // The "Environment" profile when AVARA_API_KEY is set, else an invalid profile (empty id).
    static ConnectionProfile fromEnvironment(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    static ConnectionProfile sandbox(const QUrl& baseUrl);

    static inline const QString kEnvironmentId = QStringLiteral("environment");
    static inline const QString kSandboxId = QStringLiteral("sandbox");

    bool operator==(const ConnectionProfile&) const = default;
};
