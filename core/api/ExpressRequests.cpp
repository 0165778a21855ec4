// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "ExpressRequests.h"

#include "core/api/ApiErrorFactory.h"
#include "core/common/TextElision.h"
#include "core/io/CustomerJson.h"
#include "core/model/Validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using Operation = ApiRequest::Operation;

namespace {

// An id as it may be shown in a message: short, one line.
QString shownId(const QString& id)
{
    return TextElision::elided(id.simplified(), 40);
}

std::optional<ApiError> firstError(const QList<ValidationIssue>& issues)
{
    for (const ValidationIssue& issue : issues) {
        if (issue.isError())
            return ApiErrorFactory::invalidRequest(
                issue.message + u' ' + QCoreApplication::translate("ExpressClient", "Nothing was sent."));
    }
    return std::nullopt;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

namespace ExpressRequests {

std::optional<ApiError> checkCustomerId(const QString& id)
{
    if (Validation::isValidCustomerId(id))
        return std::nullopt;
    const QString message = QCoreApplication::translate("ExpressClient",
        "“%1” is not a customer id (cus_ followed by 32 lowercase hexadecimal digits). Nothing was sent.");
    return ApiErrorFactory::invalidRequest(message.arg(shownId(id)));
}

std::optional<ApiError> checkUserId(const QString& id)
{
    if (Validation::isValidUserId(id))
        return std::nullopt;
    const QString message = QCoreApplication::translate(
        "ExpressClient", "“%1” is not a user id (usr_ followed by 32 lowercase hexadecimal digits). Nothing was sent.");
    return ApiErrorFactory::invalidRequest(message.arg(shownId(id)));
}

std::optional<ApiError> checkName(const QString& name)
{
    return firstError(Validation::checkName(name));
}

std::optional<ApiError> checkMetadata(const Metadata& metadata)
{
    QList<MetadataEntry> entries;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        entries.append(MetadataEntry {it.key(), it.value()});
    return firstError(Validation::checkMetadata(entries));
}

std::optional<ApiError> checkPageSize(int limit)
{
    if (limit >= 0 && limit <= 100)
        return std::nullopt;
    return ApiErrorFactory::invalidRequest(QCoreApplication::translate(
        "ExpressClient", "The page size must be between 1 and 100, not %1. Nothing was sent.")
                                               .arg(limit));
}

ApiRequest create(const QString& name, const Metadata& metadata)
{
    QJsonObject body {{u"expressCustomerName"_s, name.trimmed()}};
    if (!metadata.isEmpty())
        body.insert(u"metadata"_s, CustomerJson::metadataToJson(metadata));
    ApiRequest request;
    request.operation = Operation::Create;
    request.method = "POST";
    request.path = u"/v1/express"_s;
    request.body = compact(body);
    return request;
}

ApiRequest forCustomer(Operation operation, const QByteArray& method, const QString& id, const QString& suffix)
{
    ApiRequest request;
    request.operation = operation;
    request.method = method;
    request.path = u"/v1/express/"_s + id + suffix;
    return request;
}

ApiRequest list(const QString& cursor, int limit)
{
    ApiRequest request;
    request.operation = Operation::List;
    request.path = u"/v1/express"_s;
    if (!cursor.isEmpty())
        request.query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (limit > 0)
        request.query.addQueryItem(u"limit"_s, QString::number(limit));
    return request;
}

ApiRequest membership(Operation operation, const QByteArray& method, const QString& customerId, const QString& userId)
{
    ApiRequest request = forCustomer(operation, method, customerId, u"/users"_s);
    request.body = compact(QJsonObject {{u"userId"_s, userId}});
    return request;
}

} // namespace ExpressRequests
