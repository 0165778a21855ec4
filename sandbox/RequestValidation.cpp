// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/RequestValidation.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace RequestValidation {

namespace {

std::optional<ApiProblem> checkUnknownFields(const QJsonObject& body, const QStringList& allowed)
{
    const QStringList keys = body.keys(); // sorted, so the first unknown field is deterministic
    for (const QString& key : keys) {
        if (!allowed.contains(key)) {
            return ApiProblem::validation(
                key, u"Unknown field \"%1\"; allowed fields: %2"_s.arg(key, allowed.join(u", "_s)));
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<ApiProblem> checkName(const QJsonValue& name)
{
    const QString field = u"expressCustomerName"_s;
    if (!name.isString())
        return ApiProblem::validation(field, u"expressCustomerName must be a string"_s);
    if (name.toString().isEmpty())
        return ApiProblem::validation(field, u"expressCustomerName must not be empty"_s);
    if (name.toString().trimmed().isEmpty())
        return ApiProblem::validation(field, u"expressCustomerName must not be only whitespace"_s);
    return std::nullopt;
}

QMap<QString, QString> metadataMap(const QJsonObject& metadata)
{
    QMap<QString, QString> map;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

bool isCustomerId(const QString& id)
{
    static const QRegularExpression pattern(u"^cus_[0-9a-f]{32}$"_s);
    return pattern.match(id).hasMatch();
}

bool isUserId(const QString& id)
{
    static const QRegularExpression pattern(u"^usr_[0-9a-f]{32}$"_s);
    return pattern.match(id).hasMatch();
}

qsizetype characterCount(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

std::optional<ApiProblem> checkMetadata(const QJsonObject& metadata)
{
    if (metadata.size() > MaxMetadataPairs) {
        return ApiProblem::validation(u"metadata"_s,
            u"metadata has %1 pairs; at most %2 are allowed"_s.arg(metadata.size()).arg(MaxMetadataPairs));
    }
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        const QString field = u"metadata."_s + it.key();
        if (characterCount(it.key()) > MaxMetadataKeyLength) {
            return ApiProblem::validation(field,
                u"metadata key has %1 characters; at most %2 are allowed"_s.arg(characterCount(it.key()))
                    .arg(MaxMetadataKeyLength));
        }
        if (!it.value().isString())
            return ApiProblem::validation(field, u"metadata values must be strings"_s);
        const qsizetype length = characterCount(it.value().toString());
        if (length > MaxMetadataValueLength) {
            return ApiProblem::validation(field,
                u"metadata value has %1 characters; at most %2 are allowed"_s.arg(length).arg(MaxMetadataValueLength));
        }
    }
    return std::nullopt;
}

std::variant<CustomerPatch, ApiProblem> createBody(const QJsonObject& body)
{
    if (auto problem = checkUnknownFields(body, {u"expressCustomerName"_s, u"metadata"_s}))
        return *problem;
    if (!body.contains(u"expressCustomerName"_s))
        return ApiProblem::validation(u"expressCustomerName"_s, u"expressCustomerName is required"_s);
    if (auto problem = checkName(body.value(u"expressCustomerName"_s)))
        return *problem;
    CustomerPatch patch;
    patch.name = body.value(u"expressCustomerName"_s).toString();
    if (body.contains(u"metadata"_s)) {
        const QJsonValue metadata = body.value(u"metadata"_s);
        if (!metadata.isObject())
            return ApiProblem::validation(u"metadata"_s, u"metadata must be an object of string values"_s);
        if (auto problem = checkMetadata(metadata.toObject()))
            return *problem;
        patch.hasMetadata = true;
        patch.metadata = metadataMap(metadata.toObject());
    }
    return patch;
}

std::variant<CustomerPatch, ApiProblem> updateBody(const QJsonObject& body)
{
    if (auto problem = checkUnknownFields(body, {u"expressCustomerName"_s, u"metadata"_s}))
        return *problem;
    CustomerPatch patch;
    if (body.contains(u"expressCustomerName"_s)) {
        if (body.value(u"expressCustomerName"_s).isNull()) {
            return ApiProblem::validation(
                u"expressCustomerName"_s, u"expressCustomerName cannot be null; omit it to keep the name"_s);
        }
        if (auto problem = checkName(body.value(u"expressCustomerName"_s)))
            return *problem;
        patch.name = body.value(u"expressCustomerName"_s).toString();
    }
    if (body.contains(u"metadata"_s)) {
        const QJsonValue metadata = body.value(u"metadata"_s);
        patch.hasMetadata = true;
        if (!metadata.isNull()) {
            if (!metadata.isObject()) {
                return ApiProblem::validation(
                    u"metadata"_s, u"metadata must be an object of string values, or null to clear it"_s);
            }
            if (auto problem = checkMetadata(metadata.toObject()))
                return *problem;
            patch.metadata = metadataMap(metadata.toObject());
        }
    }
    return patch;
}

std::variant<QString, ApiProblem> membershipBody(const QJsonObject& body)
{
    if (auto problem = checkUnknownFields(body, {u"userId"_s}))
        return *problem;
    if (!body.contains(u"userId"_s))
        return ApiProblem::validation(u"userId"_s, u"userId is required"_s);
    const QJsonValue userId = body.value(u"userId"_s);
    if (!userId.isString())
        return ApiProblem::validation(u"userId"_s, u"userId must be a string"_s);
    if (!isUserId(userId.toString()))
        return ApiProblem::validation(u"userId"_s, u"userId must be usr_ followed by 32 lowercase hex digits"_s);
    return userId.toString();
}

std::variant<int, ApiProblem> limit(const QUrlQuery& query)
{
    const QStringList values = query.allQueryItemValues(u"limit"_s, QUrl::FullyDecoded);
    if (values.isEmpty())
        return DefaultLimit;
    const QString message = u"limit must be a whole number from 1 to %1"_s.arg(MaxLimit);
    if (values.size() > 1)
        return ApiProblem::validation(u"limit"_s, message + u" (given more than once)"_s);
    bool ok = false;
    const double number = values.first().toDouble(&ok);
    if (!ok || !std::isfinite(number) || std::floor(number) != number || number < 1 || number > MaxLimit)
        return ApiProblem::validation(u"limit"_s, message);
    return static_cast<int>(number);
}

} // namespace RequestValidation

} // namespace Sandbox
