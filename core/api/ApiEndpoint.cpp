// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ApiEndpoint.h"

#include "ApiErrorFactory.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

ApiEndpoint::ApiEndpoint(const ClientOptions& options)
    : m_options(options)
{ }

std::optional<ApiError> ApiEndpoint::check() const
{
    constexpr auto refuse = &ApiErrorFactory::invalidRequest;
    const QUrl& base = m_options.baseUrl;
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1)) {
        return refuse(tr("The API address “%1” is not an http:// or https:// address. Check the base URL.")
                          .arg(base.toString(QUrl::RemoveUserInfo)));
    }
    if (!base.userInfo().isEmpty()) {
        return refuse(tr("The API address must not contain a user name or password. Remove them from the base URL."));
    }
    if (scheme == "http"_L1 && !m_options.allowInsecureHttp && !isLoopbackHost(base.host())) {
        return refuse(tr("The API address %1 uses plain http://, which would send the API key unencrypted. Use "
                         "https://, or allow insecure connections explicitly.")
                          .arg(base.toString(QUrl::RemoveUserInfo)));
    }
    if (m_options.apiKey.isEmpty()) {
        if (m_options.profileName.isEmpty())
            return refuse(tr("No API key is set. Enter a key, or set AVARA_API_KEY."));
        return refuse(tr("No API key is set for profile “%1”. Enter a key for it.").arg(m_options.profileName));
    }
    for (const QChar c : m_options.apiKey) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return refuse(tr("The API key contains spaces or characters that cannot be sent. Enter it again."));
    }
    // AVARA_CUSTOM_HEADERS is filtered when read; this catches options built in code.
    for (const auto& [name, value] : m_options.extraHeaders) {
        if (const std::optional<EnvironmentIssue> issue = CustomHeaders::check(name, value))
            return refuse(tr("An extra request header cannot be sent: %1").arg(issue->message));
    }
    return std::nullopt;
}

QUrl ApiEndpoint::url(const ApiRequest& request) const
{
    QUrl url = m_options.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + request.path);
    url.setQuery(request.query);
    url.setFragment({});
    return url;
}

QNetworkRequest ApiEndpoint::networkRequest(const ApiRequest& request, int retryCount) const
{
    QNetworkRequest networkRequest(url(request));
    networkRequest.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    if (request.body) {
        networkRequest.setRawHeader("Content-Type", "application/json");
        // The body goes out from a device that cannot be rewound (OneShotBody): never buffered, never resent by Qt.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body->size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    }
    networkRequest.setRawHeader("User-Agent", userAgent());
    networkRequest.setRawHeader("x-stainless-retry-count", QByteArray::number(retryCount));
    // check() has refused any that would replace the headers above, except User-Agent.
    for (const auto& [name, value] : m_options.extraHeaders)
        networkRequest.setRawHeader(name, value);
    // A redirect to another scheme, host or port is not followed: the Authorization header must not go there.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // The per-attempt timeout is the call's own timer, so that it is reported as a timeout.
    networkRequest.setTransferTimeout(0);
    return networkRequest;
}

QByteArray ApiEndpoint::userAgent() const
{
    if (!m_options.userAgent.isEmpty())
        return m_options.userAgent.toUtf8();
    return "ExpressAdmin/" EXPRESSADMIN_VERSION " (Qt " + QByteArray(qVersion()) + ")";
}

bool ApiEndpoint::isLoopbackHost(const QString& host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    QString address = host;
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    const QHostAddress parsed(address);
    return !parsed.isNull() && parsed.isLoopback();
}
