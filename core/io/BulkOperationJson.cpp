// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "BulkOperationJson.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using Kind = BulkOperation::Kind;

namespace BulkOperationJson {

namespace {

QString opName(Kind kind)
{
    switch (kind) {
    case Kind::SetValue:
        return u"set"_s;
    case Kind::RemoveKey:
        return u"unset"_s;
    case Kind::RenameKey:
        return u"rename"_s;
    case Kind::ReplaceText:
        return u"replace"_s;
    case Kind::Deactivate:
        return u"deactivate"_s;
    case Kind::Reactivate:
        return u"reactivate"_s;
    }
    return QString();
}

std::optional<Kind> kindFromName(const QString& name)
{
    for (const Kind kind :
        {Kind::SetValue, Kind::RemoveKey, Kind::RenameKey, Kind::ReplaceText, Kind::Deactivate, Kind::Reactivate}) {
        if (opName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

// The fields each kind has, besides "op".
QStringList fieldsOf(Kind kind)
{
    switch (kind) {
    case Kind::SetValue:
        return {u"key"_s, u"value"_s};
    case Kind::RemoveKey:
        return {u"key"_s};
    case Kind::RenameKey:
        return {u"key"_s, u"newKey"_s};
    case Kind::ReplaceText:
        return {u"key"_s, u"find"_s, u"with"_s};
    case Kind::Deactivate:
    case Kind::Reactivate:
        break;
    }
    return {};
}

QString* field(BulkOperation& operation, const QString& name)
{
    if (name == u"key"_s)
        return &operation.key;
    if (name == u"value"_s)
        return &operation.value;
    if (name == u"newKey"_s)
        return &operation.newKey;
    if (name == u"find"_s)
        return &operation.find;
    if (name == u"with"_s)
        return &operation.replaceWith;
    return nullptr;
}

} // namespace

QJsonArray toJson(const QList<BulkOperation>& operations)
{
    QJsonArray array;
    for (BulkOperation operation : operations) {
        QJsonObject object {{u"op"_s, opName(operation.kind)}};
        for (const QString& name : fieldsOf(operation.kind))
            object.insert(name, *field(operation, name));
        array.append(object);
    }
    return array;
}

std::optional<QList<BulkOperation>> fromJson(const QJsonArray& array)
{
    QList<BulkOperation> operations;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        const std::optional<Kind> kind = kindFromName(object.value(u"op"_s).toString());
        if (!value.isObject() || !kind)
            return std::nullopt;
        BulkOperation operation;
        operation.kind = *kind;
        for (const QString& name : fieldsOf(*kind)) {
            if (!object.value(name).isString())
                return std::nullopt;
            *field(operation, name) = object.value(name).toString();
        }
        operations.append(operation);
    }
    return operations;
}

} // namespace BulkOperationJson
