// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ConnectionProfile.h"

using namespace Qt::Literals::StringLiterals;

bool ConnectionProfile::isValid() const
{
    const QString scheme = baseUrl.scheme();
    return !id.isEmpty() && !name.trimmed().isEmpty() && baseUrl.isValid() && !baseUrl.host().isEmpty()
        && (scheme == "https"_L1 || scheme == "http"_L1);
}

ClientOptions ConnectionProfile::clientOptions(const QString& apiKey) const
{
    ClientOptions options;
    options.baseUrl = baseUrl;
    options.apiKey = apiKey;
    options.profileName = name;
    return options;
}

ConnectionProfile ConnectionProfile::fromEnvironment(const QProcessEnvironment& environment)
{
    const ClientOptions options = ClientOptions::fromEnvironment(environment);
    ConnectionProfile profile;
    if (options.apiKey.isEmpty())
        return profile;
    profile.id = kEnvironmentId;
    profile.name = tr("Environment");
    profile.baseUrl = options.baseUrl;
    // Amber: a key from the environment may well be a production key.
    profile.color = u"#b26a00"_s;
    profile.source = Source::Environment;
    return profile;
}

ConnectionProfile ConnectionProfile::sandbox(const QUrl& baseUrl)
{
    ConnectionProfile profile;
    profile.id = kSandboxId;
    profile.name = tr("Sandbox");
    profile.baseUrl = baseUrl;
    profile.color = u"#2e7d32"_s;
    profile.source = Source::Sandbox;
    return profile;
}
