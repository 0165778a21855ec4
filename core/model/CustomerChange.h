// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// One change to a customer in words a person can review: the name, or one metadata key added, removed or
// given a new value.
class CustomerChange
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(CustomerChange)

public:
    enum class Kind { NameChanged, MetadataAdded, MetadataRemoved, MetadataChanged };
    Q_ENUM(Kind)

    Kind kind = Kind::NameChanged;
    // The metadata key; empty for NameChanged.
    QString key;
    // Empty for MetadataAdded.
    QString oldValue;
    // Empty for MetadataRemoved.
    QString newValue;

    // For example: Changed “region” from “northeast” to “southwest”.
    QString describe() const;

    bool operator==(const CustomerChange&) const = default;
};
