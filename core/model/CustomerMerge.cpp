// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "CustomerMerge.h"

#include "core/model/CustomerChange.h"
#include "core/model/MergeConflict.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace CustomerMerge {

namespace {

using Value = std::optional<QString>;

Value valueOf(const Metadata& metadata, const QString& key)
{
    const auto it = metadata.constFind(key);
    return it == metadata.constEnd() ? Value() : Value(*it);
}

enum class Outcome { Unchanged, Mine, Theirs, Same, Conflict };

Outcome decide(const Value& base, const Value& mine, const Value& theirs)
{
    const bool mineChanged = mine != base;
    const bool theirsChanged = theirs != base;
    if (!mineChanged && !theirsChanged) {
        return Outcome::Unchanged;
    }
    if (!theirsChanged) {
        return Outcome::Mine;
    }
    if (!mineChanged) {
        return Outcome::Theirs;
    }
    return mine == theirs ? Outcome::Same : Outcome::Conflict;
}

CustomerChange metadataChange(const QString& key, const Value& before, const Value& after)
{
    if (!before) {
        return CustomerChange {CustomerChange::Kind::MetadataAdded, key, QString(), *after};
    }
    if (!after) {
        return CustomerChange {CustomerChange::Kind::MetadataRemoved, key, *before, QString()};
    }
    return CustomerChange {CustomerChange::Kind::MetadataChanged, key, *before, *after};
}

} // namespace

MergeResult merge(const Customer& base, const CustomerDraft& mine, const Customer& theirs)
{
    return merge(base, mine.name(), mine.metadataMap(), theirs);
}

MergeResult merge(const Customer& base, const QString& mineName, const Metadata& mineMetadata, const Customer& theirs)
{
    QList<MergeConflict> conflicts;
    QList<CustomerChange> theirChanges;

    const QString baseName = base.name().trimmed();
    const QString myName = mineName.trimmed();
    const QString theirName = theirs.name().trimmed();
    QString name = baseName;
    switch (decide(baseName, myName, theirName)) {
    case Outcome::Unchanged:
        break;
    case Outcome::Mine:
    case Outcome::Same:
        name = myName;
        break;
    case Outcome::Theirs:
        name = theirName;
        theirChanges.append(CustomerChange {CustomerChange::Kind::NameChanged, QString(), baseName, theirName});
        break;
    case Outcome::Conflict:
        name = theirName;
        conflicts.append(MergeConflict {MergeConflict::Field::Name, QString(), baseName, myName, theirName, {}});
        break;
    }

    const Metadata baseMetadata = base.metadata();
    const Metadata theirMetadata = theirs.metadata();
    QStringList keys = baseMetadata.keys() + mineMetadata.keys() + theirMetadata.keys();
    keys.sort();
    keys.removeDuplicates();

    Metadata metadata;
    for (const QString& key : std::as_const(keys)) {
        const Value baseValue = valueOf(baseMetadata, key);
        const Value myValue = valueOf(mineMetadata, key);
        const Value theirValue = valueOf(theirMetadata, key);
        Value merged = baseValue;
        switch (decide(baseValue, myValue, theirValue)) {
        case Outcome::Unchanged:
            break;
        case Outcome::Mine:
        case Outcome::Same:
            merged = myValue;
            break;
        case Outcome::Theirs:
            merged = theirValue;
            theirChanges.append(metadataChange(key, baseValue, theirValue));
            break;
        case Outcome::Conflict:
            merged = theirValue;
            conflicts.append(
                MergeConflict {MergeConflict::Field::MetadataKey, key, baseValue, myValue, theirValue, {}});
            break;
        }
        if (merged) {
            metadata.insert(key, *merged);
        }
    }

    return MergeResult(theirs, name, metadata, conflicts, theirChanges);
}

} // namespace CustomerMerge
