// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkRunRecord.h"

#include "EnumNames.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const EnumNames::Table<BulkRunRecord::State>& states()
{
    using S = BulkRunRecord::State;
    static const EnumNames::Table<S> names {{S::Running, u"running"_s}, {S::Paused, u"paused"_s},
        {S::Finished, u"finished"_s}, {S::Cancelled, u"cancelled"_s}};
    return names;
}

const EnumNames::Table<BulkRunRecord::Selection>& selections()
{
    using S = BulkRunRecord::Selection;
    static const EnumNames::Table<S> names {
        {S::Selected, u"selected"_s}, {S::IdsFile, u"ids_file"_s}, {S::Search, u"search"_s}, {S::All, u"all"_s}};
    return names;
}

} // namespace

QString BulkRunRecord::stateName(State state)
{
    return EnumNames::spell(states(), state);
}

std::optional<BulkRunRecord::State> BulkRunRecord::stateFromName(const QString& name)
{
    return EnumNames::lookUp(states(), name);
}

QString BulkRunRecord::selectionName(Selection selection)
{
    return EnumNames::spell(selections(), selection);
}

std::optional<BulkRunRecord::Selection> BulkRunRecord::selectionFromName(const QString& name)
{
    return EnumNames::lookUp(selections(), name);
}
