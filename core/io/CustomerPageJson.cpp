// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerPageJson.h"

#include "core/io/CustomerJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace CustomerPageJson {

Result<CustomerPage, CustomerJsonError> fromJson(const QJsonValue& json)
{
    if (!json.isObject()) {
        return CustomerJsonError {CustomerJsonError::Kind::NotAnObject, {},
            QCoreApplication::translate("CustomerPageJson", "The page of customers is not a JSON object.")};
    }
    const QJsonObject object = json.toObject();
    CustomerPage page;

    const QJsonValue customers = object.value("expressCustomers"_L1);
    if (customers.isUndefined())
        return CustomerJsonError::missing(u"expressCustomers"_s);
    if (!customers.isArray())
        return CustomerJsonError::wrongType(u"expressCustomers"_s, QT_TRANSLATE_NOOP("CustomerJson", "an array"));
    const QJsonArray array = customers.toArray();
    page.customers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<Customer, CustomerJsonError> customer = CustomerJson::fromJson(array.at(i));
        if (customer.isError()) {
            const CustomerJsonError& inner = customer.error();
            const QString position = u"expressCustomers[%1]"_s.arg(i);
            const QString field = inner.field.isEmpty() ? position : position + u'.' + inner.field;
            return CustomerJsonError {inner.kind, field, u"%1: %2"_s.arg(field, inner.message)};
        }
        page.customers.append(std::move(customer).value());
    }

    const QJsonValue cursor = object.value("cursor"_L1);
    if (cursor.isString())
        page.nextCursor = cursor.toString();
    else if (!cursor.isUndefined() && !cursor.isNull())
        return CustomerJsonError::wrongType(u"cursor"_s, QT_TRANSLATE_NOOP("CustomerJson", "a string"));

    const QJsonValue hasMore = object.value("hasMore"_L1);
    if (hasMore.isBool())
        page.hasMore = hasMore.toBool();
    else if (hasMore.isUndefined() || hasMore.isNull())
        page.hasMore = !page.nextCursor.isEmpty();
    else
        return CustomerJsonError::wrongType(u"hasMore"_s, QT_TRANSLATE_NOOP("CustomerJson", "true or false"));
    return page;
}

Result<CustomerPage, CustomerJsonError> fromJson(const QByteArray& json)
{
    const Result<QJsonValue, CustomerJsonError> document = CustomerJson::parseDocument(json);
    if (document.isError())
        return document.error();
    return fromJson(document.value());
}

} // namespace CustomerPageJson
