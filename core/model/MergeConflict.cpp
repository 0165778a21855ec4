// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MergeConflict.h"

#include "core/common/Quotation.h"

QString MergeConflict::describe() const
{
    const auto shown = [](const std::optional<QString>& value) {
        return value ? Quotation::quoted(*value) : tr("removed");
    };
    if (field == Field::Name) {
        return tr("Name: yours %1, theirs %2 (was %3)").arg(shown(mine), shown(theirs), shown(base));
    }
    const auto wasShown = [](const std::optional<QString>& value) {
        return value ? Quotation::quoted(*value) : tr("not set");
    };
    return tr("“%1”: yours %2, theirs %3 (was %4)").arg(key, shown(mine), shown(theirs), wasShown(base));
}
