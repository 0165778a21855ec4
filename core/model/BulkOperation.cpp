// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkOperation.h"

BulkOperation BulkOperation::setValue(const QString& key, const QString& value)
{
    return {.kind = Kind::SetValue, .key = key, .value = value};
}

BulkOperation BulkOperation::removeKey(const QString& key)
{
    return {.kind = Kind::RemoveKey, .key = key};
}

BulkOperation BulkOperation::renameKey(const QString& key, const QString& newKey)
{
    return {.kind = Kind::RenameKey, .key = key, .newKey = newKey};
}

BulkOperation BulkOperation::replaceText(const QString& key, const QString& find, const QString& replaceWith)
{
    return {.kind = Kind::ReplaceText, .key = key, .find = find, .replaceWith = replaceWith};
}

BulkOperation BulkOperation::deactivate()
{
    return {.kind = Kind::Deactivate};
}

BulkOperation BulkOperation::reactivate()
{
    return {.kind = Kind::Reactivate};
}

QStringList BulkOperation::keys() const
{
    switch (kind) {
    case Kind::SetValue:
    case Kind::RemoveKey:
    case Kind::ReplaceText:
        return {key};
    case Kind::RenameKey:
        return {key, newKey};
    case Kind::Deactivate:
    case Kind::Reactivate:
        break;
    }
    return {};
}

QString BulkOperation::describe() const
{
    switch (kind) {
    case Kind::SetValue:
        return tr("Set “%1” to “%2”").arg(key, value);
    case Kind::RemoveKey:
        return tr("Remove “%1”").arg(key);
    case Kind::RenameKey:
        return tr("Rename key “%1” to “%2”").arg(key, newKey);
    case Kind::ReplaceText:
        return tr("Replace “%1” with “%2” in “%3”").arg(find, replaceWith, key);
    case Kind::Deactivate:
        return tr("Deactivate");
    case Kind::Reactivate:
        return tr("Reactivate");
    }
    return QString();
}
