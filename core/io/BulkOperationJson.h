// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/BulkOperation.h"

#include <QJsonArray>
#include <QList>

#include <optional>

// A bulk change's operations as JSON, as the run's journal keeps them and the CLI prints them:
//   [{"op": "set", "key": "region", "value": "west"}, {"op": "unset", "key": "tier"},
//    {"op": "rename", "key": "region", "newKey": "area"}, {"op": "replace", "key": "notes", "find": "a", "with": "b"},
//    {"op": "deactivate"}, {"op": "reactivate"}]
namespace BulkOperationJson {

QJsonArray toJson(const QList<BulkOperation>& operations);
// nullopt when the array holds anything else (an unknown op, a missing or non-string field).
std::optional<QList<BulkOperation>> fromJson(const QJsonArray& array);

} // namespace BulkOperationJson
