// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "HistoryDiff.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace HistoryDiff {

namespace {

std::optional<QString> valueOf(const Metadata& metadata, const QString& key)
{
    const auto found = metadata.constFind(key);
    return found == metadata.cend() ? std::nullopt : std::optional(found.value());
}

void appendMetadata(QList<HistoryChange>& changes, const Metadata& before, const Metadata& after)
{
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        const std::optional<QString> was = valueOf(before, key);
        const std::optional<QString> is = valueOf(after, key);
        if (was != is)
            changes.append({HistoryChange::Field::MetadataKey, key, was, is});
    }
}

} // namespace

QList<HistoryChange> update(const Customer& before, const CustomerPatch& patch)
{
    QList<HistoryChange> changes;
    if (patch.name() && *patch.name() != before.name())
        changes.append({HistoryChange::Field::Name, QString(), before.name(), *patch.name()});
    switch (patch.metadataChange()) {
    case CustomerPatch::MetadataChange::Unchanged:
        break;
    case CustomerPatch::MetadataChange::Clear:
        appendMetadata(changes, before.metadata(), {});
        break;
    case CustomerPatch::MetadataChange::Replace:
        appendMetadata(changes, before.metadata(), patch.metadata());
        break;
    }
    return changes;
}

QList<HistoryChange> create(const QString& name, const Metadata& metadata)
{
    QList<HistoryChange> changes {{HistoryChange::Field::Name, QString(), std::nullopt, name}};
    appendMetadata(changes, {}, metadata);
    return changes;
}

QList<HistoryChange> activation(std::optional<bool> wasActive, bool active)
{
    if (wasActive == active)
        return {};
    return {{HistoryChange::Field::Active, QString(), wasActive ? std::optional(boolText(*wasActive)) : std::nullopt,
        boolText(active)}};
}

QList<HistoryChange> membership(const QString& userId, bool added)
{
    if (added)
        return {{HistoryChange::Field::User, userId, std::nullopt, userId}};
    return {{HistoryChange::Field::User, userId, userId, std::nullopt}};
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace HistoryDiff
