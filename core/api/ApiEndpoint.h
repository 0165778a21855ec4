// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiRequest.h"
#include "core/api/ClientOptions.h"
#include "core/api/CustomHeaders.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUrl>

#include <optional>

// Where and how requests go: builds every QNetworkRequest (URL, Bearer key, JSON headers, User-Agent, retry
// count, extra headers, same-origin redirects only) and refuses options that must not be used (no key, plain http
// to a remote host, a URL that is not http(s), an extra header that is malformed or one of the client's own).
class ApiEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ApiEndpoint)

public:
    explicit ApiEndpoint(const ClientOptions& options);

    // nullopt when requests may be sent; otherwise why not, as an InvalidRequest error.
    std::optional<ApiError> check() const;
    // Base URL + path (+ query). The base URL may carry a path prefix.
    QUrl url(const ApiRequest& request) const;
    // retryCount: 0 for the first attempt; sent as x-stainless-retry-count.
    QNetworkRequest networkRequest(const ApiRequest& request, int retryCount) const;
    QByteArray userAgent() const;

    // localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString& host);

private:
    ClientOptions m_options;
};
