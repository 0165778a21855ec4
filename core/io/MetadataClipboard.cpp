// SPDX-FileCopyrightText: Express Admin contributors
// SPDX-License-Identifier: MIT
#include "MetadataClipboard.h"

#include "core/io/CsvReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace MetadataClipboard {

namespace {

QStringList lines(const QString& text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    return normalized.split(u'\n');
}

bool isHeader(const QStringList& fields)
{
    return fields.size() >= 2 && fields.at(0).trimmed().compare(u"key"_s, Qt::CaseInsensitive) == 0
        && fields.at(1).trimmed().compare(u"value"_s, Qt::CaseInsensitive) == 0;
}

Result<QList<MetadataEntry>, MetadataError> parseSeparated(const QString& text, QChar delimiter)
{
    auto read = CsvReader::read(text, delimiter);
    if (read.isError()) {
        return read.error();
    }
    QList<MetadataEntry> entries;
    bool first = true;
    for (const CsvReader::Record& record : read.value()) {
        QStringList fields = record.fields;
        // Spreadsheets pad rows with empty cells; only non-empty extra columns are a problem.
        while (fields.size() > 2 && fields.constLast().isEmpty()) {
            fields.removeLast();
        }
        const bool whitespaceOnly = fields.size() == 1 && fields.constFirst().trimmed().isEmpty();
        if (whitespaceOnly) {
            continue;
        }
        if (first && isHeader(fields) && fields.size() == 2) {
            first = false;
            continue;
        }
        first = false;
        if (fields.size() == 1) {
            const QString message = delimiter == u'\t'
                ? QCoreApplication::translate(
                    "MetadataClipboard", "Line %1 has one column; copy a key column and a value column.")
                : QCoreApplication::translate("MetadataClipboard", "Line %1 has no comma between key and value.");
            return MetadataError {message.arg(record.line), record.line};
        }
        if (fields.size() > 2) {
            return MetadataError {QCoreApplication::translate("MetadataClipboard",
                                      "Line %1 has %n columns; metadata needs two: key and value.", nullptr,
                                      static_cast<int>(fields.size()))
                                      .arg(record.line),
                record.line};
        }
        entries.append(MetadataEntry {fields.at(0), fields.at(1)});
    }
    return entries;
}

Result<QList<MetadataEntry>, MetadataError> parseLines(const QString& text, QChar separator)
{
    QList<MetadataEntry> entries;
    const QStringList all = lines(text);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString& line = all.at(i);
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto lineNumber = static_cast<int>(i + 1);
        const qsizetype at = line.indexOf(separator);
        if (at < 0) {
            return MetadataError {
                QCoreApplication::translate("MetadataClipboard", "Line %1 has no “%2” between key and value.")
                    .arg(lineNumber)
                    .arg(separator),
                lineNumber};
        }
        entries.append(MetadataEntry {line.left(at).trimmed(), line.mid(at + 1).trimmed()});
    }
    return entries;
}

} // namespace

std::optional<Format> detectFormat(const QString& text)
{
    for (const QString& line : lines(text)) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        if (line.contains(u'\t')) {
            return Format::TabSeparated;
        }
        // A quoted first field can only be CSV (or TSV, handled above).
        if (line.trimmed().startsWith(u'"')) {
            return Format::CommaSeparated;
        }
        for (const QChar c : line) {
            if (c == u',') {
                return Format::CommaSeparated;
            }
            if (c == u'=') {
                return Format::KeyEqualsValue;
            }
            if (c == u':') {
                return Format::KeyColonValue;
            }
        }
        return std::nullopt;
    }
    return std::nullopt;
}

Result<QList<MetadataEntry>, MetadataError> parse(const QString& text)
{
    const std::optional<Format> format = detectFormat(text);
    if (!format) {
        if (text.trimmed().isEmpty()) {
            return MetadataError {
                QCoreApplication::translate("MetadataClipboard", "The clipboard holds no text to paste."), 0};
        }
        return MetadataError {QCoreApplication::translate("MetadataClipboard",
                                  "The text holds no key/value pairs. Paste two spreadsheet columns, CSV, or "
                                  "lines like “key=value” or “key: value”."),
            0};
    }
    return parse(text, *format);
}

Result<QList<MetadataEntry>, MetadataError> parse(const QString& text, Format format)
{
    switch (format) {
    case Format::TabSeparated:
        return parseSeparated(text, u'\t');
    case Format::CommaSeparated:
        return parseSeparated(text, u',');
    case Format::KeyEqualsValue:
        return parseLines(text, u'=');
    case Format::KeyColonValue:
        return parseLines(text, u':');
    }
    Q_UNREACHABLE();
}

QString toTabSeparated(const QList<MetadataEntry>& entries)
{
    QString text;
    for (const MetadataEntry& entry : entries) {
        text += CsvReader::record({entry.key, entry.value}, u'\t', u"\n");
    }
    return text;
}

} // namespace MetadataClipboard
