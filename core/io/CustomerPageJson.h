// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/Result.h"
#include "core/io/CustomerJsonError.h"
#include "core/model/CustomerPage.h"

#include <QByteArray>
#include <QJsonValue>

// Reading the contract's ExpressCustomerList: {expressCustomers, hasMore, cursor?}. Errors name the field
// with its position ("expressCustomers[3].userCount"). A missing hasMore means "more only if a cursor was
// given"; an absent, null or empty cursor ends the list.
namespace CustomerPageJson {

Result<CustomerPage, CustomerJsonError> fromJson(const QJsonValue& json);
Result<CustomerPage, CustomerJsonError> fromJson(const QByteArray& json);

} // namespace CustomerPageJson
