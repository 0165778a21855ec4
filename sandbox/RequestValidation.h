// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/ApiProblem.h"
#include "sandbox/CustomerPatch.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <variant>

namespace Sandbox {

// The sandbox's own reading of the contract's request rules (names, metadata, ids, limit).
namespace RequestValidation {

inline constexpr int MaxMetadataPairs = 50;
inline constexpr int MaxMetadataKeyLength = 100; // Unicode code points
inline constexpr int MaxMetadataValueLength = 1000; // Unicode code points
inline constexpr int DefaultLimit = 20;
inline constexpr int MaxLimit = 100;

bool isCustomerId(const QString& id);
bool isUserId(const QString& id);
// Unicode code points (a surrogate pair counts once).
qsizetype characterCount(const QString& text);

// Body of create: {expressCustomerName, metadata?}.
std::variant<CustomerPatch, ApiProblem> createBody(const QJsonObject& body);
// Body of update: {expressCustomerName?, metadata?|null}.
std::variant<CustomerPatch, ApiProblem> updateBody(const QJsonObject& body);
// Body of users add/remove: {userId}; returns the user id.
std::variant<QString, ApiProblem> membershipBody(const QJsonObject& body);
// The list's `limit` query parameter: absent gives DefaultLimit.
std::variant<int, ApiProblem> limit(const QUrlQuery& query);
// The name rules: a string, not empty, not only whitespace.
std::optional<ApiProblem> checkName(const QJsonValue& name);
// The metadata map rules (pairs, key and value lengths, string values).
std::optional<ApiProblem> checkMetadata(const QJsonObject& metadata);
// A metadata object that passed checkMetadata() as a map.
QMap<QString, QString> metadataMap(const QJsonObject& metadata);

} // namespace RequestValidation

} // namespace Sandbox
