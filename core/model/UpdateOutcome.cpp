// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "UpdateOutcome.h"

using namespace Qt::Literals::StringLiterals;

UpdateOutcome UpdateOutcome::verify(const CustomerPatch& asked, const Customer& answered)
{
    UpdateOutcome outcome;
    outcome.customer = answered;
    if (const std::optional<QString> name = asked.name())
        outcome.nameDiffers = answered.name() != *name;

    const Metadata answeredMetadata = answered.metadata();
    switch (asked.metadataChange()) {
    case CustomerPatch::MetadataChange::Unchanged:
        break;
    case CustomerPatch::MetadataChange::Clear:
        outcome.keptKeys = answeredMetadata.keys();
        break;
    case CustomerPatch::MetadataChange::Replace: {
        const Metadata sent = asked.metadata();
        for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
            const auto found = answeredMetadata.constFind(it.key());
            if (found == answeredMetadata.constEnd())
                outcome.missingKeys.append(it.key());
            else if (found.value() != it.value())
                outcome.differentValues.append(it.key());
        }
        for (auto it = answeredMetadata.constBegin(); it != answeredMetadata.constEnd(); ++it) {
            if (!sent.contains(it.key()))
                outcome.keptKeys.append(it.key());
        }
        break;
    }
    }
    return outcome;
}

bool UpdateOutcome::isExact() const
{
    return !nameDiffers && keptKeys.isEmpty() && missingKeys.isEmpty() && differentValues.isEmpty();
}

QString UpdateOutcome::describe() const
{
    QStringList sentences;
    if (nameDiffers)
        sentences.append(tr("The server stored another name: “%1”.").arg(customer.name()));
    if (!keptKeys.isEmpty()) {
        sentences.append(tr("The server kept %n key(s) you removed: %1.", nullptr, int(keptKeys.size()))
                             .arg(keptKeys.join(u", "_s)));
    }
    if (!missingKeys.isEmpty()) {
        sentences.append(tr("The server did not store %n key(s) you sent: %1.", nullptr, int(missingKeys.size()))
                             .arg(missingKeys.join(u", "_s)));
    }
    if (!differentValues.isEmpty()) {
        sentences.append(tr("The server stored other values for %n key(s): %1.", nullptr, int(differentValues.size()))
                             .arg(differentValues.join(u", "_s)));
    }
    return sentences.join(u' ');
}
