// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"
#include "core/common/Result.h"

// The outcome of one API call: its typed value or an ApiError.
template<typename T>
using ApiResult = Result<T, ApiError>;
