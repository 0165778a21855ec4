// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/Result.h"
#include "core/io/CustomerJsonError.h"
#include "core/model/OperationStatus.h"

#include <QByteArray>

// Reading the contract's SuccessResponse ({"success": true, "message": "..."}) of users add and remove.
namespace OperationStatusJson {

Result<OperationStatus, CustomerJsonError> fromJson(const QByteArray& json);

} // namespace OperationStatusJson
