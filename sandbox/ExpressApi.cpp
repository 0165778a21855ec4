// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/ExpressApi.h"

#include "sandbox/CustomerStore.h"
#include "sandbox/RequestValidation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Namespace for createdByApiKeyId = UUIDv5(namespace, key).
const QUuid ApiKeyNamespace(u"8f7c1f52-0d4e-4c43-9a55-3a1f0e6b9d21"_s);

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    // Compare digests so that neither the length nor the first differing byte leaks through timing.
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < da.size(); ++i)
        difference |= static_cast<unsigned char>(da.at(i) ^ db.at(i));
    return difference == 0;
}

SandboxResponse customerResponse(const CustomerStore::Result& result)
{
    if (!result.ok())
        return SandboxResponse::problem(*result.problem);
    return SandboxResponse::json(result.customer->toApiJson());
}

} // namespace

ExpressApi::ExpressApi(CustomerStore* store)
    : m_store(store)
{ }

void ExpressApi::setApiKey(const QString& key)
{
    m_apiKey = key;
    m_apiKeyId = QUuid::createUuidV5(ApiKeyNamespace, key).toString(QUuid::WithoutBraces);
}

std::optional<ApiProblem> ExpressApi::checkAuthorization(const SandboxRequest& request) const
{
    const QByteArray header = request.header("Authorization"_ba).trimmed();
    const auto refuse = [](const QString& message) {
        ApiProblem problem = ApiProblem::make(401, u"unauthorized"_s, message);
        problem.headers.append({"WWW-Authenticate"_ba, "Bearer realm=\"express-sandbox\""_ba});
        return problem;
    };
    if (header.isEmpty())
        return refuse(u"Missing Authorization header; send \"Authorization: Bearer <api key>\""_s);
    // The scheme name is case-insensitive (RFC 9110 section 11.1): "Bearer", "bearer" and "BEARER" are one scheme.
    if (header.left(7).compare("Bearer "_ba, Qt::CaseInsensitive) != 0)
        return refuse(u"The Authorization header must use the Bearer scheme"_s);
    const QByteArray presented = header.mid(7).trimmed();
    if (m_apiKey.isEmpty() || !constantTimeEquals(presented, m_apiKey.toUtf8()))
        return refuse(u"Invalid API key"_s);
    return std::nullopt;
}

std::variant<QJsonObject, ApiProblem> ExpressApi::jsonObjectBody(const SandboxRequest& request)
{
    const QByteArray contentType = request.header("Content-Type"_ba).split(';').first().trimmed().toLower();
    if (contentType != "application/json") {
        return ApiProblem::make(415, u"unsupported_media_type"_s,
            contentType.isEmpty()
                ? u"Missing Content-Type; this request needs Content-Type: application/json"_s
                : u"Content-Type %1 is not supported; use application/json"_s.arg(QString::fromLatin1(contentType)));
    }
    if (request.body.trimmed().isEmpty())
        return ApiProblem::make(400, u"invalid_body"_s, u"The request body is empty; a JSON object is required"_s);
    if (!request.body.isValidUtf8())
        return ApiProblem::make(400, u"malformed_json"_s, u"The request body is not valid UTF-8"_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiProblem::make(400, u"malformed_json"_s,
            u"The request body is not valid JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        return ApiProblem::make(400, u"invalid_body"_s, u"The request body must be a JSON object"_s);
    return document.object();
}

SandboxResponse ExpressApi::handle(const SandboxRequest& request) const
{
    if (request.body.size() > MaxBodyBytes) {
        return SandboxResponse::problem(ApiProblem::make(413, u"payload_too_large"_s,
            u"The request body has %1 bytes; at most %2 are accepted"_s.arg(request.body.size()).arg(MaxBodyBytes)));
    }

    // Route on path segments: "", "v1", "express", id?, action?
    const QStringList segments = request.path.split(u'/');
    const bool underExpress =
        segments.size() >= 3 && segments.at(0).isEmpty() && segments.at(1) == u"v1"_s && segments.at(2) == u"express"_s;
    enum class Route { None, Collection, Item, Deactivate, Reactivate, Users };
    Route route = Route::None;
    QByteArrayList allowed;
    if (underExpress && segments.size() == 3) {
        route = Route::Collection;
        allowed = {"GET", "POST"};
    } else if (underExpress && segments.size() == 4 && !segments.at(3).isEmpty()) {
        route = Route::Item;
        allowed = {"GET", "PATCH"};
    } else if (underExpress && segments.size() == 5 && !segments.at(3).isEmpty()) {
        const QString action = segments.at(4);
        if (action == u"deactivate"_s || action == u"reactivate"_s) {
            route = action == u"deactivate"_s ? Route::Deactivate : Route::Reactivate;
            allowed = {"POST"};
        } else if (action == u"users"_s) {
            route = Route::Users;
            allowed = {"POST", "DELETE"};
        }
    }
    if (route == Route::None) {
        return SandboxResponse::problem(
            ApiProblem::notFound(u"No endpoint %1 %2"_s.arg(QString::fromLatin1(request.method), request.path)));
    }
    if (!allowed.contains(request.method)) {
        ApiProblem problem = ApiProblem::make(405, u"method_not_allowed"_s,
            u"%1 is not allowed on %2; allowed: %3"_s.arg(
                QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed.join(", "))));
        problem.headers.append({"Allow"_ba, allowed.join(", ")});
        return SandboxResponse::problem(problem);
    }
    if (auto problem = checkAuthorization(request))
        return SandboxResponse::problem(*problem);

    if (route == Route::Collection)
        return request.method == "GET" ? list(request) : create(request);

    const QString id = segments.at(3);
    if (!RequestValidation::isCustomerId(id)) {
        return SandboxResponse::problem(ApiProblem::validation(u"expressCustomerId"_s,
            u"\"%1\" is not an Express customer id (cus_ followed by 32 lowercase hex digits)"_s.arg(id)));
    }
    switch (route) {
    case Route::Item:
        return request.method == "GET" ? retrieve(id) : update(id, request);
    case Route::Deactivate:
        return setActive(id, false);
    case Route::Reactivate:
        return setActive(id, true);
    case Route::Users:
        return membership(id, request, request.method == "POST");
    default:
        return SandboxResponse::problem(ApiProblem::notFound(u"No such endpoint"_s));
    }
}

SandboxResponse ExpressApi::list(const SandboxRequest& request) const
{
    const auto limit = RequestValidation::limit(request.query);
    if (const auto* problem = std::get_if<ApiProblem>(&limit))
        return SandboxResponse::problem(*problem);
    const QStringList cursors = request.query.allQueryItemValues(u"cursor"_s, QUrl::FullyDecoded);
    qint64 after = 0;
    if (cursors.size() > 1)
        return SandboxResponse::problem(
            ApiProblem::make(400, u"invalid_cursor"_s, u"cursor given twice"_s, u"cursor"_s));
    if (!cursors.isEmpty() && !cursors.first().isEmpty()) {
        const auto decoded = m_cursor.decode(cursors.first());
        if (!decoded) {
            return SandboxResponse::problem(ApiProblem::make(400, u"invalid_cursor"_s,
                u"The cursor is not one this server issued; pass back the cursor of the previous page unchanged"_s,
                u"cursor"_s));
        }
        after = *decoded;
    }
    const CustomerStore::Page page = m_store->page(after, std::get<int>(limit));
    QJsonArray customers;
    for (const CustomerRecord& record : page.customers)
        customers.append(record.toApiJson());
    QJsonObject body {{u"expressCustomers"_s, customers}, {u"hasMore"_s, page.hasMore}};
    if (page.hasMore)
        body.insert(u"cursor"_s, m_cursor.encode(page.customers.last().sequence));
    return SandboxResponse::json(body);
}

SandboxResponse ExpressApi::create(const SandboxRequest& request) const
{
    const auto body = jsonObjectBody(request);
    if (const auto* problem = std::get_if<ApiProblem>(&body))
        return SandboxResponse::problem(*problem);
    const auto input = RequestValidation::createBody(std::get<QJsonObject>(body));
    if (const auto* problem = std::get_if<ApiProblem>(&input))
        return SandboxResponse::problem(*problem);
    return customerResponse(m_store->create(std::get<CustomerPatch>(input), m_apiKeyId));
}

SandboxResponse ExpressApi::retrieve(const QString& id) const
{
    const auto record = m_store->find(id);
    if (!record) {
        return SandboxResponse::problem(
            ApiProblem::notFound(u"Express customer %1 not found"_s.arg(id), u"expressCustomerId"_s));
    }
    return SandboxResponse::json(record->toApiJson());
}

SandboxResponse ExpressApi::update(const QString& id, const SandboxRequest& request) const
{
    const auto body = jsonObjectBody(request);
    if (const auto* problem = std::get_if<ApiProblem>(&body))
        return SandboxResponse::problem(*problem);
    const auto patch = RequestValidation::updateBody(std::get<QJsonObject>(body));
    if (const auto* problem = std::get_if<ApiProblem>(&patch))
        return SandboxResponse::problem(*problem);
    return customerResponse(m_store->update(id, std::get<CustomerPatch>(patch)));
}

SandboxResponse ExpressApi::setActive(const QString& id, bool active) const
{
    return customerResponse(m_store->setActive(id, active));
}

SandboxResponse ExpressApi::membership(const QString& id, const SandboxRequest& request, bool add) const
{
    const auto body = jsonObjectBody(request);
    if (const auto* problem = std::get_if<ApiProblem>(&body))
        return SandboxResponse::problem(*problem);
    const auto userId = RequestValidation::membershipBody(std::get<QJsonObject>(body));
    if (const auto* problem = std::get_if<ApiProblem>(&userId))
        return SandboxResponse::problem(*problem);
    const QString user = std::get<QString>(userId);
    const CustomerStore::Result result = add ? m_store->addUser(id, user) : m_store->removeUser(id, user);
    if (!result.ok())
        return SandboxResponse::problem(*result.problem);
    const QString message = add ? u"User %1 added to %2"_s.arg(user, id) : u"User %1 removed from %2"_s.arg(user, id);
    return SandboxResponse::json({{u"success"_s, true}, {u"message"_s, message}});
}

} // namespace Sandbox
