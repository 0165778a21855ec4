// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerDiff.h"

namespace CustomerDiff {

CustomerPatch between(const Customer& before, const CustomerDraft& after)
{
    return between(before, after.name(), after.metadataMap());
}

CustomerPatch between(const Customer& before, const QString& name, const Metadata& metadata)
{
    CustomerPatch patch;
    const QString trimmedName = name.trimmed();
    if (trimmedName != before.name().trimmed()) {
        patch.setName(trimmedName);
    }
    // Customer::metadata() is empty for absent, null and {} alike, so none of them differ from an empty draft.
    if (metadata != before.metadata()) {
        if (metadata.isEmpty()) {
            patch.clearMetadata();
        } else {
            patch.replaceMetadata(metadata);
        }
    }
    return patch;
}

QList<CustomerChange> changes(const Customer& before, const CustomerDraft& after)
{
    return changes(before, after.name(), after.metadataMap());
}

QList<CustomerChange> changes(const Customer& before, const QString& name, const Metadata& metadata)
{
    return changes(before.name(), before.metadata(), name, metadata);
}

QList<CustomerChange> changes(
    const QString& nameBefore, const Metadata& metadataBefore, const QString& nameAfter, const Metadata& metadataAfter)
{
    QList<CustomerChange> list;
    if (nameBefore.trimmed() != nameAfter.trimmed()) {
        list.append(
            CustomerChange {CustomerChange::Kind::NameChanged, QString(), nameBefore.trimmed(), nameAfter.trimmed()});
    }

    // Walk both sorted maps together so the result is sorted by key.
    auto oldIt = metadataBefore.constBegin();
    auto newIt = metadataAfter.constBegin();
    while (oldIt != metadataBefore.constEnd() || newIt != metadataAfter.constEnd()) {
        if (newIt == metadataAfter.constEnd() || (oldIt != metadataBefore.constEnd() && oldIt.key() < newIt.key())) {
            list.append(CustomerChange {CustomerChange::Kind::MetadataRemoved, oldIt.key(), oldIt.value(), QString()});
            ++oldIt;
        } else if (oldIt == metadataBefore.constEnd() || newIt.key() < oldIt.key()) {
            list.append(CustomerChange {CustomerChange::Kind::MetadataAdded, newIt.key(), QString(), newIt.value()});
            ++newIt;
        } else {
            if (oldIt.value() != newIt.value()) {
                list.append(
                    CustomerChange {CustomerChange::Kind::MetadataChanged, oldIt.key(), oldIt.value(), newIt.value()});
            }
            ++oldIt;
            ++newIt;
        }
    }
    return list;
}

} // namespace CustomerDiff
