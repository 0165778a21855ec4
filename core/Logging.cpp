// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "expressadmin.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "expressadmin.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "expressadmin.keychain", QtWarningMsg)
