// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/CustomHeaders.h"
#include "core/common/EnvironmentIssue.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <chrono>

// How an ExpressClient reaches the API: where, with which key, and how patiently. Defaults follow the
// vendor SDKs (2 retries, 60 s per attempt).
struct ClientOptions
{
    static QUrl defaultBaseUrl(); // https://api.avarasoftware.com

    QUrl baseUrl = defaultBaseUrl();
    // Sent as "Authorization: Bearer <key>"; never logged, never shown.
    QString apiKey;
    // Named in error messages ("Check the key for profile “Production”."); may be empty.
    QString profileName;
    // Retries after the first attempt; 0 disables them.
    int maxRetries = 2;
    // For each attempt, not for the whole call.
    std::chrono::milliseconds attemptTimeout {60000};
    // Plain http:// is refused for any host but loopback unless this is set.
    bool allowInsecureHttp = false;
    // Larger answers are refused as InvalidResponse.
    qint64 maxResponseBytes = 10 * 1024 * 1024;
    // Sent as User-Agent; empty means "ExpressAdmin/<version> (Qt <version>)".
    QString userAgent;
    // Backoff before retry n is retryBaseDelay × 2^(n−1), at most retryMaxDelay, times a random factor in
    // [0.75, 1] (the SDKs: 0.5 s and 8 s). Tests shrink them; a server's Retry-After is used as given.
    std::chrono::milliseconds retryBaseDelay {500};
    std::chrono::milliseconds retryMaxDelay {8000};
    // Added to every request after the client's own headers (a User-Agent here replaces the client's). Values may
    // be secrets: they are never logged or shown. Refused names (CustomHeaders::isRefused) and malformed entries
    // make every call fail as InvalidRequest before anything is sent.
    CustomHeaders::List extraHeaders;

    // AVARA_API_KEY, AVARA_BASE_URL and the well-formed lines of AVARA_CUSTOM_HEADERS, over the defaults.
    static ClientOptions fromEnvironment(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // What fromEnvironment() left out of AVARA_CUSTOM_HEADERS, and why, for the user to see.
    static QList<EnvironmentIssue> environmentIssues(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
};
