// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/Result.h"
#include "core/io/CustomerJsonError.h"
#include "core/model/Customer.h"
#include "core/model/CustomerPatch.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Reading and writing the contract's ExpressCustomer JSON object.
//
// Reading is strict about types and lenient about shapes the server decides: the id pattern, the name's
// minimum length and the metadata limits are not checked here (use Validation for what the user edits), so
// a customer the server returns is never refused for them. Either a complete Customer or an error comes
// back, never a half-filled customer.
namespace CustomerJson {

Result<Customer, CustomerJsonError> fromJson(const QJsonValue& json);
// Parses with QJsonDocument; NotJson when the bytes are not JSON, NotAnObject for arrays.
Result<Customer, CustomerJsonError> fromJson(const QByteArray& json);

// The one parse step of every reader of the API's JSON: the document's object or array, or NotJson.
Result<QJsonValue, CustomerJsonError> parseDocument(const QByteArray& json);

// Writes every known field (absent stays absent, null stays null) plus the unknown ones that were read.
QJsonObject toJson(const Customer& customer);
// The contract's metadata object: each key with its string value. Used for customers, PATCH and create bodies.
QJsonObject metadataToJson(const Metadata& metadata);
// The PATCH body of a patch: the name when it changes, the whole metadata map when it changes, null when it is
// cleared; {} for an empty patch.
QJsonObject patchToJson(const CustomerPatch& patch);
// The same as compact UTF-8 JSON, ready to send.
QByteArray patchToBytes(const CustomerPatch& patch);

// RFC 3339 date-time: "2024-01-15T09:00:00Z", "…T09:00:00.123456Z", "…T09:00:00+05:30". A fraction of
// 1-9 digits is kept to the millisecond (truncated). Plain dates, missing offsets and out-of-range fields
// give nullopt. The result is in UTC.
std::optional<QDateTime> parseTimestamp(const QString& text);
// UTC with a "Z"; milliseconds only when non-zero: "2024-01-15T09:00:00Z", "2024-01-15T09:00:00.120Z".
QString formatTimestamp(const QDateTime& dateTime);

} // namespace CustomerJson
