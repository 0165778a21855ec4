// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "OperationStatusJson.h"

#include "core/io/CustomerJson.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace OperationStatusJson {

Result<OperationStatus, CustomerJsonError> fromJson(const QByteArray& json)
{
    const Result<QJsonValue, CustomerJsonError> document = CustomerJson::parseDocument(json);
    if (document.isError())
        return document.error();
    if (!document.value().isObject()) {
        return CustomerJsonError {CustomerJsonError::Kind::NotAnObject, {},
            QCoreApplication::translate("OperationStatusJson", "The answer is not a JSON object.")};
    }
    const QJsonObject object = document.value().toObject();
    const QJsonValue success = object.value("success"_L1);
    if (success.isUndefined())
        return CustomerJsonError::missing(u"success"_s);
    if (!success.isBool())
        return CustomerJsonError::wrongType(u"success"_s, QT_TRANSLATE_NOOP("CustomerJson", "true or false"));
    const QJsonValue message = object.value("message"_L1);
    if (!message.isUndefined() && !message.isNull() && !message.isString())
        return CustomerJsonError::wrongType(u"message"_s, QT_TRANSLATE_NOOP("CustomerJson", "a string"));
    return OperationStatus {success.toBool(), message.toString()};
}

} // namespace OperationStatusJson
