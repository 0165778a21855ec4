// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The stored spellings of an enum's values, as a table, both ways.
namespace EnumNames {

template<typename Enum>
using Table = QList<QPair<Enum, QString>>;

template<typename Enum>
QString spell(const Table<Enum>& names, Enum value)
{
    for (const auto& [candidate, spelling] : names) {
        if (candidate == value)
            return spelling;
    }
    return {};
}

template<typename Enum>
std::optional<Enum> lookUp(const Table<Enum>& names, const QString& name)
{
    for (const auto& [value, spelling] : names) {
        if (spelling == name)
            return value;
    }
    return std::nullopt;
}

} // namespace EnumNames
