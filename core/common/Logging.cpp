// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "Logging.h"

#include "TextElision.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "expressadmin.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "expressadmin.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "expressadmin.keychain", QtWarningMsg)

namespace Logging {

LevelSetting levelFromEnvironment(const QProcessEnvironment& environment)
{
    LevelSetting setting;
    const QString text = environment.value(kLevelVariable).trimmed();
    const QString value = text.toLower();
    if (value.isEmpty())
        setting.level = Level::Unset;
    else if (value == "debug"_L1)
        setting.level = Level::Debug;
    else if (value == "info"_L1)
        setting.level = Level::Info;
    else if (value == "warn"_L1 || value == "warning"_L1)
        setting.level = Level::Warning;
    else if (value == "error"_L1)
        setting.level = Level::Error;
    else if (value == "off"_L1 || value == "none"_L1)
        setting.level = Level::Off;
    else {
        // A log level is no secret, and seeing the typo helps; it is cut short all the same.
        const QString shown = TextElision::elided(text, 20);
        setting.issue = EnvironmentIssue {EnvironmentIssue::Kind::UnknownLogLevel, kLevelVariable, 0, {},
            QCoreApplication::translate(
                "Logging", "AVARA_LOG=“%1” is not a log level (debug, info, warning, error or off); it was ignored.")
                .arg(shown)};
    }
    return setting;
}

QString filterRules(Level level)
{
    switch (level) {
    case Level::Unset:
        return {};
    case Level::Debug:
        return u"expressadmin.*=true"_s;
    case Level::Info:
        return u"expressadmin.*=true\nexpressadmin.*.debug=false"_s;
    case Level::Warning:
        return u"expressadmin.*=true\nexpressadmin.*.debug=false\nexpressadmin.*.info=false"_s;
    case Level::Error:
        return u"expressadmin.*=false\nexpressadmin.*.critical=true"_s;
    case Level::Off:
        return u"expressadmin.*=false"_s;
    }
    return {};
}

std::optional<EnvironmentIssue> applyEnvironment(const QProcessEnvironment& environment)
{
    const LevelSetting setting = levelFromEnvironment(environment);
    if (setting.level != Level::Unset)
        QLoggingCategory::setFilterRules(filterRules(setting.level));
    return setting.issue;
}

} // namespace Logging
