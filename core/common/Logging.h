// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/EnvironmentIssue.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

// The app's logging categories; all default to warnings. Enable one with
// QT_LOGGING_RULES="expressadmin.api.debug=true", or all of them with AVARA_LOG=debug.
Q_DECLARE_LOGGING_CATEGORY(lcApi) // expressadmin.api: one line per request (method, path, status, ms, attempt)
Q_DECLARE_LOGGING_CATEGORY(lcUi) // expressadmin.ui
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // expressadmin.keychain

// AVARA_LOG, the vendor SDK's log level, as filter rules for every expressadmin.* category.
namespace Logging {

inline const QString kLevelVariable = QStringLiteral("AVARA_LOG");

enum class Level {
    Unset, // no rules: the categories' defaults (warnings), QT_LOGGING_RULES and the logging config files
    Debug, // everything: each attempt of each request, retries, warnings
    Info, // retries and warnings
    Warning, // warnings and errors (the default, made explicit)
    Error, // errors only
    Off, // nothing
};

struct LevelSetting
{
    Level level = Level::Unset;
    // Set when AVARA_LOG holds an unknown level (which is then ignored).
    std::optional<EnvironmentIssue> issue;
};

// debug, info, warn or warning, error, off or none; any case, trimmed. Empty or unset is Unset.
LevelSetting levelFromEnvironment(const QProcessEnvironment& environment);
// The QLoggingCategory::setFilterRules() text for level; empty for Unset.
QString filterRules(Level level);
// Reads AVARA_LOG and installs its rules with QLoggingCategory::setFilterRules(), replacing rules set that way
// before. Qt evaluates QT_LOGGING_CONF and QT_LOGGING_RULES after these rules, so a rule given there wins. Call
// once at start, after the QCoreApplication exists; returns the issue to show when the level is unknown.
std::optional<EnvironmentIssue> applyEnvironment(const QProcessEnvironment& environment);

} // namespace Logging
