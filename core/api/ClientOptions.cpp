// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ClientOptions.h"

using namespace Qt::Literals::StringLiterals;

QUrl ClientOptions::defaultBaseUrl()
{
    return QUrl(u"https://api.avarasoftware.com"_s);
}

ClientOptions ClientOptions::fromEnvironment(const QProcessEnvironment& environment)
{
    ClientOptions options;
    options.apiKey = environment.value(u"AVARA_API_KEY"_s).trimmed();
    const QString baseUrl = environment.value(u"AVARA_BASE_URL"_s).trimmed();
    if (!baseUrl.isEmpty())
        options.baseUrl = QUrl(baseUrl);
    options.extraHeaders = CustomHeaders::parse(environment.value(CustomHeaders::kVariable)).headers;
    return options;
}

QList<EnvironmentIssue> ClientOptions::environmentIssues(const QProcessEnvironment& environment)
{
    return CustomHeaders::parse(environment.value(CustomHeaders::kVariable)).issues;
}
