// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// One field's before and after in a journaled write. field says which part of the customer: its name, whether it is
// active, one metadata key (key names it) or one user (key is the user id). nullopt is "absent": a metadata key that
// was not there, a user that was not (or is no longer) a member.
class HistoryChange
{
    Q_GADGET

public:
    enum class Field { Name, Active, MetadataKey, User };
    Q_ENUM(Field)

    Field field = Field::Name;
    QString key; // the metadata key or the user id; empty for name and active
    std::optional<QString> before;
    std::optional<QString> after;

    // The stored spelling: name, active, metadata, user.
    static QString fieldName(Field field);
    static std::optional<Field> fieldFromName(const QString& name);

    bool operator==(const HistoryChange&) const = default;
};
