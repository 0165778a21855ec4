// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/PaginationCursor.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sandbox {

class CustomerStore;

// The eight Express operations over a CustomerStore, with routing (404/405), Bearer auth (401),
// body checks (413/415/400/422) and the business rules. Transport-free: request in, response out.
class ExpressApi
{
public:
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    explicit ExpressApi(CustomerStore* store);

    QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString& key);
    // The UUID recorded as createdByApiKeyId (derived from the key, so the key never shows).
    QString apiKeyId() const { return m_apiKeyId; }

    SandboxResponse handle(const SandboxRequest& request) const;

    // 401 problem when the Authorization header does not carry the key (constant-time compare).
    std::optional<ApiProblem> checkAuthorization(const SandboxRequest& request) const;
    // The JSON object body of a request, or the 415/400 problem.
    static std::variant<QJsonObject, ApiProblem> jsonObjectBody(const SandboxRequest& request);

private:
    SandboxResponse list(const SandboxRequest& request) const;
    SandboxResponse create(const SandboxRequest& request) const;
    SandboxResponse retrieve(const QString& id) const;
    SandboxResponse update(const QString& id, const SandboxRequest& request) const;
    SandboxResponse setActive(const QString& id, bool active) const;
    SandboxResponse membership(const QString& id, const SandboxRequest& request, bool add) const;

    CustomerStore* m_store;
    QString m_apiKey;
    QString m_apiKeyId;
    PaginationCursor m_cursor;
};

} // namespace Sandbox
