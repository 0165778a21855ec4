// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/CustomerRecord.h"

#include "sandbox/RequestValidation.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// A date-time in UTC with milliseconds ("2024-01-08T09:00:00.000Z"), or null when invalid.
QJsonValue timestampValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

bool readTimestamp(const QJsonObject& object, const QString& key, QDateTime* out, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isNull()) {
        *out = QDateTime();
        return true;
    }
    if (!value.isString()) {
        *error = key + u": expected a date-time string or null"_s;
        return false;
    }
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        *error = key + u": not an ISO-8601 date-time: "_s + value.toString();
        return false;
    }
    *out = parsed.toUTC();
    return true;
}

} // namespace

QJsonObject CustomerRecord::toApiJson() const
{
    QJsonObject object {
        {u"expressCustomerId"_s, id},
        {u"expressCustomerName"_s, name},
        {u"isActive"_s, active},
        {u"createdAt"_s, timestampValue(createdAt)},
        {u"updatedAt"_s, timestampValue(updatedAt)},
        {u"userCount"_s, members.size()},
    };
    if (!createdByApiKeyId.isEmpty())
        object.insert(u"createdByApiKeyId"_s, createdByApiKeyId);
    if (!createdByUserId.isEmpty())
        object.insert(u"createdByUserId"_s, createdByUserId);
    if (metadata) {
        QJsonObject map;
        for (auto it = metadata->cbegin(); it != metadata->cend(); ++it)
            map.insert(it.key(), it.value());
        object.insert(u"metadata"_s, map);
    }
    return object;
}

QJsonObject CustomerRecord::toStorageJson() const
{
    QJsonObject object = toApiJson();
    object.remove(u"userCount"_s);
    QStringList sorted = members.values();
    std::sort(sorted.begin(), sorted.end());
    object.insert(u"members"_s, QJsonArray::fromStringList(sorted));
    return object;
}

std::optional<CustomerRecord> CustomerRecord::fromStorageJson(const QJsonObject& object, QString* error)
{
    static const QStringList known {u"expressCustomerId"_s, u"expressCustomerName"_s, u"isActive"_s, u"createdAt"_s,
        u"updatedAt"_s, u"createdByApiKeyId"_s, u"createdByUserId"_s, u"metadata"_s, u"members"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"unknown field "_s + it.key();
            return std::nullopt;
        }
    }
    CustomerRecord record;
    record.id = object.value(u"expressCustomerId"_s).toString();
    if (!RequestValidation::isCustomerId(record.id)) {
        *error = u"expressCustomerId: not a customer id (cus_ + 32 lowercase hex digits)"_s;
        return std::nullopt;
    }
    // The API's own name rules: a data file cannot hold a name that create or update would refuse.
    if (auto problem = RequestValidation::checkName(object.value(u"expressCustomerName"_s))) {
        *error = problem->field + u": "_s + problem->message;
        return std::nullopt;
    }
    record.name = object.value(u"expressCustomerName"_s).toString();
    const QJsonValue active = object.value(u"isActive"_s);
    if (!active.isBool()) {
        *error = u"isActive: expected true or false"_s;
        return std::nullopt;
    }
    record.active = active.toBool();
    if (!readTimestamp(object, u"createdAt"_s, &record.createdAt, error)
        || !readTimestamp(object, u"updatedAt"_s, &record.updatedAt, error))
        return std::nullopt;
    if (object.contains(u"createdByApiKeyId"_s)) {
        const QString keyId = object.value(u"createdByApiKeyId"_s).toString();
        if (QUuid::fromString(keyId).isNull()) {
            *error = u"createdByApiKeyId: expected a UUID"_s;
            return std::nullopt;
        }
        record.createdByApiKeyId = keyId;
    }
    if (object.contains(u"createdByUserId"_s)) {
        const QJsonValue userId = object.value(u"createdByUserId"_s);
        if (!userId.isString()) {
            *error = u"createdByUserId: expected a string"_s;
            return std::nullopt;
        }
        record.createdByUserId = userId.toString();
    }
    if (object.contains(u"metadata"_s)) {
        const QJsonValue metadata = object.value(u"metadata"_s);
        if (!metadata.isObject()) {
            *error = u"metadata: expected an object"_s;
            return std::nullopt;
        }
        if (auto problem = RequestValidation::checkMetadata(metadata.toObject())) {
            *error = problem->field + u": "_s + problem->message;
            return std::nullopt;
        }
        record.metadata = RequestValidation::metadataMap(metadata.toObject());
    }
    const QJsonValue members = object.value(u"members"_s);
    if (!members.isUndefined()) {
        if (!members.isArray()) {
            *error = u"members: expected an array of user ids"_s;
            return std::nullopt;
        }
        const QJsonArray array = members.toArray();
        for (const QJsonValue& member : array) {
            if (!RequestValidation::isUserId(member.toString())) {
                *error = u"members: not a user id: "_s + member.toString();
                return std::nullopt;
            }
            record.members.insert(member.toString());
        }
    }
    return record;
}

} // namespace Sandbox
