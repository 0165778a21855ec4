// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkItemRecord.h"

#include "EnumNames.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const EnumNames::Table<BulkItemRecord::State>& states()
{
    using S = BulkItemRecord::State;
    static const EnumNames::Table<S> names {{S::Planned, u"planned"_s}, {S::Excluded, u"excluded"_s},
        {S::InFlight, u"in_flight"_s}, {S::Succeeded, u"succeeded"_s}, {S::Skipped, u"skipped"_s},
        {S::Failed, u"failed"_s}, {S::Uncertain, u"uncertain"_s}};
    return names;
}

} // namespace

QString BulkItemRecord::stateName(State state)
{
    return EnumNames::spell(states(), state);
}

std::optional<BulkItemRecord::State> BulkItemRecord::stateFromName(const QString& name)
{
    return EnumNames::lookUp(states(), name);
}
