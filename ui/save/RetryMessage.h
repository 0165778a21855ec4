// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiError.h"

#include <QString>

#include <chrono>

// The status line for ExpressClient::retryScheduled: why the attempt failed and when the next one follows.
namespace RetryMessage {

// "Rate limited; retrying in 2 s…": the reason, and the delay in whole seconds, rounded up and never 0 s.
QString text(std::chrono::milliseconds delay, const ApiError& cause);
// The delay as shown: whole seconds, rounded up, at least 1.
int wholeSeconds(std::chrono::milliseconds delay);

} // namespace RetryMessage
