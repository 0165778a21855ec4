// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// One problem found by Validation in what the user typed: how serious, where, and what to do about it.
class ValidationIssue
{
    Q_GADGET

public:
    // An Error blocks saving; a Warning is shown but does not.
    enum class Severity { Error, Warning };
    Q_ENUM(Severity)

    enum class Field { Name, MetadataKey, MetadataValue, MetadataCount, Id };
    Q_ENUM(Field)

    Severity severity = Severity::Error;
    Field field = Field::Name;
    // Index of the metadata row (0-based) for MetadataKey and MetadataValue; -1 otherwise.
    int row = -1;
    // Translated text for people; rows in it are numbered from 1.
    QString message;

    bool isError() const { return severity == Severity::Error; }

    bool operator==(const ValidationIssue&) const = default;
};
