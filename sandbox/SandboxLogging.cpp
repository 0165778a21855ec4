// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxLogging.h"

namespace Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "expressadmin.sandbox", QtWarningMsg)

} // namespace Sandbox
