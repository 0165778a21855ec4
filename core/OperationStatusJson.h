// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/CustomerJsonError.h"
#include "core/OperationStatus.h"
#include "core/Result.h"

#include <QByteArray>

// Reading the contract's SuccessResponse ({"success": true, "message": "..."}) of users add and remove.
namespace OperationStatusJson {

Result<OperationStatus, CustomerJsonError> fromJson(const QByteArray& json);

} // namespace OperationStatusJson
