// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CliArguments.h"

#include <algorithm>

bool CliArguments::has(const QString& option) const
{
    return std::any_of(
        m_options.cbegin(), m_options.cend(), [&option](const auto& given) { return given.first == option; });
}

QString CliArguments::value(const QString& option) const
{
    for (const auto& given : m_options) {
        if (given.first == option)
            return given.second.value(0);
    }
    return {};
}

QStringList CliArguments::values(const QString& option) const
{
    QStringList result;
    for (const auto& given : m_options) {
        if (given.first == option)
            result.append(given.second.value(0));
    }
    return result;
}
