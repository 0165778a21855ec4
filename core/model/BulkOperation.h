// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One change asked of many customers at once (a bulk change): a metadata operation (set, remove or rename a key,
// replace text in a key's values) or a change of state (deactivate, reactivate). A plain value; BulkPlanner applies a
// list of them, in order, to one customer.
class BulkOperation
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(BulkOperation)

public:
    enum class Kind {
        SetValue, // key = value: added, or its value changed
        RemoveKey, // key removed; nothing when the customer does not have it
        RenameKey, // key renamed to newKey, keeping its value; nothing when the customer does not have key
        ReplaceText, // every occurrence of find in the value of key replaced with replaceWith (literal, case-sensitive)
        Deactivate,
        Reactivate,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::SetValue;
    QString key {}; // every metadata operation: the key it works on (RenameKey: the old key)
    QString value {}; // SetValue
    QString newKey {}; // RenameKey
    QString find {}; // ReplaceText
    QString replaceWith {}; // ReplaceText

    static BulkOperation setValue(const QString& key, const QString& value);
    static BulkOperation removeKey(const QString& key);
    static BulkOperation renameKey(const QString& key, const QString& newKey);
    static BulkOperation replaceText(const QString& key, const QString& find, const QString& replaceWith);
    static BulkOperation deactivate();
    static BulkOperation reactivate();

    bool isMetadata() const { return kind != Kind::Deactivate && kind != Kind::Reactivate; }
    // The metadata keys whose presence or value the operation reads or writes (RenameKey: both keys); none for a change
    // of state. Nothing else of a customer depends on it or changes by it.
    QStringList keys() const;
    // For people: Set “region” to “west”; Remove “region”; Rename key “region” to “area”; Replace “a” with “b” in
    // “notes”; Deactivate; Reactivate.
    QString describe() const;

    bool operator==(const BulkOperation&) const = default;
};

Q_DECLARE_METATYPE(BulkOperation)
