// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiRequest.h"
#include "core/model/Customer.h"

#include <QString>

#include <optional>

// The requests of ExpressClient, built from checked arguments, and the checks themselves: an argument that is not
// valid becomes an InvalidRequest error ("… Nothing was sent.") before any request exists.
namespace ExpressRequests {

std::optional<ApiError> checkCustomerId(const QString& id);
std::optional<ApiError> checkUserId(const QString& id);
std::optional<ApiError> checkName(const QString& name);
std::optional<ApiError> checkMetadata(const Metadata& metadata);
// limit 0..100 (0: the server's default).
std::optional<ApiError> checkPageSize(int limit);

// POST /v1/express {"expressCustomerName": …, "metadata": …}
ApiRequest create(const QString& name, const Metadata& metadata);
// /v1/express/{id}{suffix}, no body.
ApiRequest forCustomer(
    ApiRequest::Operation operation, const QByteArray& method, const QString& id, const QString& suffix = {});
// GET /v1/express?cursor=…&limit=…
ApiRequest list(const QString& cursor, int limit);
// POST or DELETE /v1/express/{id}/users {"userId": …}: DELETE too sends the user id in a JSON body.
ApiRequest membership(
    ApiRequest::Operation operation, const QByteArray& method, const QString& customerId, const QString& userId);

} // namespace ExpressRequests
