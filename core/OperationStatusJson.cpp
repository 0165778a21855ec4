// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "OperationStatusJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace OperationStatusJson {

Result<OperationStatus, CustomerJsonError> fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return CustomerJsonError {CustomerJsonError::Kind::NotJson, {},
            QCoreApplication::translate("CustomerJson", "The response is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset)};
    }
    if (!document.isObject()) {
        return CustomerJsonError {CustomerJsonError::Kind::NotAnObject, {},
            QCoreApplication::translate("OperationStatusJson", "The answer is not a JSON object.")};
    }
    const QJsonObject object = document.object();
    const QJsonValue success = object.value("success"_L1);
    if (success.isUndefined()) {
        return CustomerJsonError {CustomerJsonError::Kind::MissingField, u"success"_s,
            QCoreApplication::translate("CustomerJson", "The field “%1” is missing.").arg(u"success"_s)};
    }
    if (!success.isBool()) {
        return CustomerJsonError {CustomerJsonError::Kind::WrongType, u"success"_s,
            QCoreApplication::translate("CustomerJson", "The field “%1” must be %2.")
                .arg(u"success"_s, QCoreApplication::translate("CustomerJson", "true or false"))};
    }
    const QJsonValue message = object.value("message"_L1);
    if (!message.isUndefined() && !message.isNull() && !message.isString()) {
        return CustomerJsonError {CustomerJsonError::Kind::WrongType, u"message"_s,
            QCoreApplication::translate("CustomerJson", "The field “%1” must be %2.")
                .arg(u"message"_s, QCoreApplication::translate("CustomerJson", "a string"))};
    }
    return OperationStatus {success.toBool(), message.toString()};
}

} // namespace OperationStatusJson
