// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "sandbox/SandboxDataFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace Sandbox::SandboxDataFile {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString FileFormat = u"express-sandbox-data"_s;
constexpr int FileVersion = 1;

} // namespace

std::optional<QList<CustomerRecord>> read(const QString& path, QString* errorMessage)
{
    const auto fail = [&](const QString& reason) -> std::optional<QList<CustomerRecord>> {
        *errorMessage = u"%1: %2"_s.arg(path, reason);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(u"no such file"_s);
    if (!info.isFile())
        return fail(u"not a regular file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot be read: "_s + file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != FileFormat)
        return fail(u"not an express-sandbox data file (\"format\": \"%1\" is missing)"_s.arg(FileFormat));
    if (root.value(u"version"_s).toInt() != FileVersion)
        return fail(u"unsupported version %1 (expected %2)"_s.arg(root.value(u"version"_s).toInt()).arg(FileVersion));
    if (!root.value(u"customers"_s).isArray())
        return fail(u"\"customers\" must be an array"_s);
    QList<CustomerRecord> loaded;
    QSet<QString> ids;
    const QJsonArray array = root.value(u"customers"_s).toArray();
    loaded.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString reason;
        const auto record = CustomerRecord::fromStorageJson(array.at(i).toObject(), &reason);
        if (!array.at(i).isObject() || !record)
            return fail(u"customers[%1]: %2"_s.arg(i).arg(array.at(i).isObject() ? reason : u"not an object"_s));
        if (ids.contains(record->id))
            return fail(u"customers[%1]: duplicate expressCustomerId %2"_s.arg(i).arg(record->id));
        ids.insert(record->id);
        loaded.append(*record);
    }
    return loaded;
}

bool write(const QString& path, const QList<CustomerRecord>& customers, QString* errorMessage)
{
    QJsonArray array;
    for (const CustomerRecord& record : customers)
        array.append(record.toStorageJson());
    const QJsonObject root {{u"format"_s, FileFormat}, {u"version"_s, FileVersion}, {u"customers"_s, array}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *errorMessage = u"%1: cannot be written: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sandbox::SandboxDataFile
