// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

// One field that both the user and someone else changed, differently, since the customer was loaded;
// the user picks a side in the review dialog.
class MergeConflict
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(MergeConflict)

public:
    enum class Field { Name, MetadataKey };
    Q_ENUM(Field)

    enum class Side { Mine, Theirs };
    Q_ENUM(Side)

    Field field = Field::Name;
    // The metadata key; empty for Name.
    QString key;
    // Values as loaded, as edited and as now on the server; nullopt means the key is absent there.
    // Names are trimmed.
    std::optional<QString> base;
    std::optional<QString> mine;
    std::optional<QString> theirs;
    // Unset until the user picks a side.
    std::optional<Side> resolution;

    bool isResolved() const { return resolution.has_value(); }
    std::optional<QString> value(Side side) const { return side == Side::Mine ? mine : theirs; }

    // For example: “region”: yours “south”, theirs removed (was “north”).
    QString describe() const;

    bool operator==(const MergeConflict&) const = default;
};
