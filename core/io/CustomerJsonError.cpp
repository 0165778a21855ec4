// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerJsonError.h"

#include <QCoreApplication>
#include <QJsonParseError>

// The messages keep the translation context "CustomerJson", where they were first written.

CustomerJsonError CustomerJsonError::notJson(const QJsonParseError& parseError)
{
    return CustomerJsonError {Kind::NotJson, QString(),
        QCoreApplication::translate("CustomerJson", "The response is not valid JSON (%1 at byte %2).")
            .arg(parseError.errorString())
            .arg(parseError.offset)};
}

CustomerJsonError CustomerJsonError::missing(const QString& field)
{
    return CustomerJsonError {Kind::MissingField, field,
        QCoreApplication::translate("CustomerJson", "The field “%1” is missing.").arg(field)};
}

CustomerJsonError CustomerJsonError::wrongType(const QString& field, const char* expected)
{
    return CustomerJsonError {Kind::WrongType, field,
        QCoreApplication::translate("CustomerJson", "The field “%1” must be %2.")
            .arg(field, QCoreApplication::translate("CustomerJson", expected))};
}

CustomerJsonError CustomerJsonError::invalidValue(const QString& field, const QString& reason)
{
    return CustomerJsonError {Kind::InvalidValue, field,
        QCoreApplication::translate("CustomerJson", "The field “%1” is invalid: %2").arg(field, reason)};
}
