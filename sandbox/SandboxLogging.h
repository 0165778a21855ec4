// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace Sandbox {

// expressadmin.sandbox: one info line per request (method, path, status, ms); off unless enabled.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace Sandbox
