// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerPageJson.h"

#include "core/CustomerJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

CustomerJsonError error(CustomerJsonError::Kind kind, const QString& field, const QString& message)
{
    return CustomerJsonError {kind, field, message};
}

CustomerJsonError wrongType(const QString& field, const char* expected)
{
    return error(CustomerJsonError::Kind::WrongType, field,
        QCoreApplication::translate("CustomerJson", "The field “%1” must be %2.")
            .arg(field, QCoreApplication::translate("CustomerJson", expected)));
}

} // namespace

namespace CustomerPageJson {

Result<CustomerPage, CustomerJsonError> fromJson(const QJsonValue& json)
{
    if (!json.isObject()) {
        return error(CustomerJsonError::Kind::NotAnObject, {},
            QCoreApplication::translate("CustomerPageJson", "The page of customers is not a JSON object."));
    }
    const QJsonObject object = json.toObject();
    CustomerPage page;

    const QJsonValue customers = object.value("expressCustomers"_L1);
    if (customers.isUndefined()) {
        return error(CustomerJsonError::Kind::MissingField, u"expressCustomers"_s,
            QCoreApplication::translate("CustomerJson", "The field “%1” is missing.").arg(u"expressCustomers"_s));
    }
    if (!customers.isArray())
        return wrongType(u"expressCustomers"_s, QT_TRANSLATE_NOOP("CustomerJson", "an array"));
    const QJsonArray array = customers.toArray();
    page.customers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<Customer, CustomerJsonError> customer = CustomerJson::fromJson(array.at(i));
        if (customer.isError()) {
            const CustomerJsonError& inner = customer.error();
            const QString position = u"expressCustomers[%1]"_s.arg(i);
            const QString field = inner.field.isEmpty() ? position : position + u'.' + inner.field;
            return error(inner.kind, field, u"%1: %2"_s.arg(field, inner.message));
        }
        page.customers.append(std::move(customer).value());
    }

    const QJsonValue cursor = object.value("cursor"_L1);
    if (cursor.isString())
        page.nextCursor = cursor.toString();
    else if (!cursor.isUndefined() && !cursor.isNull())
        return wrongType(u"cursor"_s, QT_TRANSLATE_NOOP("CustomerJson", "a string"));

    const QJsonValue hasMore = object.value("hasMore"_L1);
    if (hasMore.isBool())
        page.hasMore = hasMore.toBool();
    else if (hasMore.isUndefined() || hasMore.isNull())
        page.hasMore = !page.nextCursor.isEmpty();
    else
        return wrongType(u"hasMore"_s, QT_TRANSLATE_NOOP("CustomerJson", "true or false"));
    return page;
}

Result<CustomerPage, CustomerJsonError> fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return error(CustomerJsonError::Kind::NotJson, {},
            QCoreApplication::translate("CustomerJson", "The response is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    return fromJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
}

} // namespace CustomerPageJson
