// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkCustomerPlan.h"

using namespace Qt::Literals::StringLiterals;

QStringList BulkCustomerPlan::describeChanges() const
{
    QStringList lines;
    for (const CustomerChange& change : changes)
        lines.append(change.describe());
    if (activeAfter)
        lines.append(*activeAfter ? tr("Reactivate (now inactive)") : tr("Deactivate (now active)"));
    return lines;
}

QString BulkCustomerPlan::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Change:
        return u"change"_s;
    case Outcome::Skip:
        return u"skip"_s;
    case Outcome::Invalid:
        return u"invalid"_s;
    case Outcome::AlreadyApplied:
        return u"already_applied"_s;
    case Outcome::Uncertain:
        return u"uncertain"_s;
    }
    return QString();
}
