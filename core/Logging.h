// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The app's logging categories; all default to warnings. Enable one with
// QT_LOGGING_RULES="expressadmin.api.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi) // expressadmin.api: one line per request (method, path, status, ms, attempt)
Q_DECLARE_LOGGING_CATEGORY(lcUi) // expressadmin.ui
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // expressadmin.keychain
