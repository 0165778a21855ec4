// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataFile.h"

#include "core/io/CsvReader.h"
#include "core/io/MetadataClipboard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace MetadataFile {

namespace {

QString kindOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("MetadataFile", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("MetadataFile", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("MetadataFile", "a number");
    case QJsonValue::Array:
        return QCoreApplication::translate("MetadataFile", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("MetadataFile", "an object");
    case QJsonValue::String:
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("MetadataFile", "not text");
}

QString displayName(const QString& path)
{
    return QFileInfo(path).fileName();
}

MetadataError unknownFormat(const QString& path)
{
    return MetadataError {
        QCoreApplication::translate("MetadataFile", "“%1” is neither a .json nor a .csv file.").arg(displayName(path)),
        0};
}

} // namespace

std::optional<Format> formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"json"_s, Qt::CaseInsensitive) == 0) {
        return Format::Json;
    }
    if (suffix.compare(u"csv"_s, Qt::CaseInsensitive) == 0) {
        return Format::Csv;
    }
    return std::nullopt;
}

Result<QList<MetadataEntry>, MetadataError> fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return MetadataError {
            QCoreApplication::translate("MetadataFile", "The file is not valid JSON: %1 at character %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            0};
    }
    if (!document.isObject()) {
        return MetadataError {
            QCoreApplication::translate("MetadataFile", "The file must hold one JSON object of keys and text values."),
            0};
    }
    const QJsonObject object = document.object();
    QList<MetadataEntry> entries;
    entries.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            return MetadataError {QCoreApplication::translate("MetadataFile",
                                      "The value of “%1” is %2; metadata values must be text (in quotes).")
                                      .arg(it.key(), kindOf(it.value())),
                0};
        }
        entries.append(MetadataEntry {it.key(), it.value().toString()});
    }
    return entries;
}

QByteArray toJson(const QList<MetadataEntry>& entries)
{
    QJsonObject object;
    for (const MetadataEntry& entry : entries) {
        object.insert(entry.key, entry.value);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<QList<MetadataEntry>, MetadataError> fromCsv(const QByteArray& csv)
{
    // The decoder drops a byte order mark (no ConvertInitialBom flag).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        return MetadataError {QCoreApplication::translate("MetadataFile", "The file is not UTF-8 text."), 0};
    }
    return MetadataClipboard::parse(text, MetadataClipboard::Format::CommaSeparated);
}

QByteArray toCsv(const QList<MetadataEntry>& entries)
{
    QString text = CsvReader::record({u"key"_s, u"value"_s}, u',', u"\r\n");
    for (const MetadataEntry& entry : entries) {
        text += CsvReader::record({entry.key, entry.value}, u',', u"\r\n");
    }
    return text.toUtf8();
}

Result<QList<MetadataEntry>, MetadataError> read(const QString& path)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        return unknownFormat(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return MetadataError {QCoreApplication::translate("MetadataFile", "Could not open “%1”: %2")
                                  .arg(displayName(path), file.errorString()),
            0};
    }
    if (file.size() > kMaxFileSize) {
        return MetadataError {
            QCoreApplication::translate("MetadataFile", "“%1” is too large to be metadata.").arg(displayName(path)), 0};
    }
    const QByteArray bytes = file.readAll();
    return *format == Format::Json ? fromJson(bytes) : fromCsv(bytes);
}

std::optional<MetadataError> write(const QString& path, const QList<MetadataEntry>& entries)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        return unknownFormat(path);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return MetadataError {QCoreApplication::translate("MetadataFile", "Could not write “%1”: %2")
                                  .arg(displayName(path), file.errorString()),
            0};
    }
    file.write(*format == Format::Json ? toJson(entries) : toCsv(entries));
    if (!file.commit()) {
        return MetadataError {QCoreApplication::translate("MetadataFile", "Could not write “%1”: %2")
                                  .arg(displayName(path), file.errorString()),
            0};
    }
    return std::nullopt;
}

} // namespace MetadataFile
